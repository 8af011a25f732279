"""Excel workbooks of commitments that stand on their own for a reader without the tracker.

Written in openpyxl's write-only mode (rows streamed to disk, one styled template cell
per column reused for every row): 10,000 rows take well under the 3 s target, see
benchmarks/export_speed.py.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from copy import copy

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from tracker.export.common import (
    COLUMNS,
    DATE_COLUMNS,
    HEADERS,
    LINK_COLUMN,
    STATUS_LABELS,
    ExportError,
    atomic_write,
    check_target,
    full_disk_guard,
    looks_like_formula,
    ministry_counts,
    plain_text,
    row_values,
    safe_text,
)
from tracker.store.models import OPEN_STATUSES
from tracker.store.queries import CommitmentRow

__all__ = [
    "COLUMNS",
    "DATE_FORMAT",
    "STATUS_LABELS",
    "ExportError",
    "safe_text",
    "write_overdue_xlsx",
    "write_rappel_xlsx",
]

DATE_FORMAT = "dd-mm-yyyy"
CREATOR = "Toezeggingenregister"
HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_ALIGNMENT = Alignment(vertical="center", wrap_text=True)
HEADER_BORDER = Border(bottom=Side(style="thin", color="000000"))
SECTION_FONT = Font(bold=True, size=12)
TITLE_FONT = Font(bold=True, size=14)
LINK_FONT = Font(color="0563C1", underline="single")
_SHEET_NAME_BAD = re.compile(r"[\[\]:*?/\\]")


def _clean(value):
    if isinstance(value, str):
        return ILLEGAL_CHARACTERS_RE.sub("", value)
    return value


def _set_text(cell, value: str | None) -> None:
    """Put user text in `cell` as a text cell, never a formula (formula injection guard).

    Text that a spreadsheet would run ("=HYPERLINK(...)", "+cmd|...", "@SUM(...)") is
    saved as a string (an inline string, `t="inlineStr"`) that Excel shows as it is,
    with the "quote prefix" style Excel itself gives a typed leading apostrophe: no
    apostrophe in the cell, and editing the cell keeps it text.
    """
    text = _clean(plain_text(value))
    cell.value = text
    formula = looks_like_formula(text)
    if formula:
        cell.data_type = "s"  # openpyxl took the "=" for a formula
    if cell.quotePrefix != formula:
        # A new style array: the workbook keeps the one of each row already written
        # (the cells are reused), and changing it in place would change those rows.
        cell._style = copy(cell._style)
        cell.quotePrefix = formula


def _text(ws, value: str | None) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws)
    _set_text(cell, value)
    return cell


def _header_cells(ws) -> list[WriteOnlyCell]:
    cells = []
    for header in HEADERS:
        cell = WriteOnlyCell(ws, header)
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        cell.alignment = HEADER_ALIGNMENT
        cell.border = HEADER_BORDER
        cells.append(cell)
    return cells


class _RowWriter:
    """Appends commitment rows to a write-only sheet, reusing one styled cell per column
    (each row is serialised as it is appended, so the cells can be refilled)."""

    def __init__(self, ws, as_of: dt.date) -> None:
        self.ws = ws
        self.as_of = as_of
        self.cells = []
        for i, (_, _, wrap) in enumerate(COLUMNS):
            cell = WriteOnlyCell(ws)
            cell.alignment = Alignment(vertical="top", wrap_text=wrap)
            if i in DATE_COLUMNS:
                cell.number_format = DATE_FORMAT
            if i == LINK_COLUMN:
                cell.font = LINK_FONT
            self.cells.append(cell)

    def append(self, row: CommitmentRow) -> None:
        out = []
        for i, value in enumerate(row_values(row, self.as_of, guard=plain_text)):
            if value is None or value == "":
                out.append(None)
                continue
            cell = self.cells[i]
            if isinstance(value, str) and i != LINK_COLUMN:
                _set_text(cell, value)
            else:
                cell.value = _clean(value)
            if i == LINK_COLUMN:
                cell._hyperlink = None
                cell.hyperlink = value
            out.append(cell)
        self.ws.append(out)


def _widths(ws) -> None:
    for col, (_, width, _) in enumerate(COLUMNS, start=1):
        ws.column_dimensions[get_column_letter(col)].width = width


def _print_setup(ws, header_text: str, *, title_rows: str | None = "1:1") -> None:
    if title_rows:
        ws.print_title_rows = title_rows
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = "9"  # A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.oddHeader.center.text = header_text
    ws.oddFooter.right.text = "Pagina &P van &N"


def _properties(wb: Workbook, title: str, subject: str) -> None:
    wb.properties.title = title
    wb.properties.subject = subject
    wb.properties.creator = CREATOR


def _summary_sheet(wb: Workbook, rows, *, as_of: dt.date, description: str) -> None:
    ws = wb.create_sheet("Samenvatting")
    ws.column_dimensions["A"].width = 24
    for letter in "BCD":
        ws.column_dimensions[letter].width = 12
    title = WriteOnlyCell(ws, "Samenvatting")
    title.font = TITLE_FONT
    ws.append([title])
    date = WriteOnlyCell(ws, as_of)
    date.number_format = DATE_FORMAT
    date.alignment = Alignment(horizontal="left")
    ws.append(["Peildatum", date])
    ws.append(["Filter", _text(ws, description)])
    ws.append([])
    header = []
    for text in ("Ministerie", "Open", "Te laat", "Voldaan"):
        cell = WriteOnlyCell(ws, text)
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        header.append(cell)
    ws.append(header)
    counts = ministry_counts(rows, as_of)
    for c in counts:
        ws.append([_text(ws, c.ministry), c.open, c.overdue, c.fulfilled])
    total = WriteOnlyCell(ws, "Totaal")
    total.font = Font(bold=True)
    ws.append(
        [
            total,
            sum(c.open for c in counts),
            sum(c.overdue for c in counts),
            sum(c.fulfilled for c in counts),
        ]
    )
    _print_setup(ws, f"Samenvatting toezeggingen — peildatum {as_of:%d-%m-%Y}", title_rows=None)
    ws.page_setup.orientation = "portrait"


@full_disk_guard
def write_overdue_xlsx(
    path: str | os.PathLike[str],
    rows: list[CommitmentRow],
    *,
    as_of: dt.date,
    description: str,
) -> None:
    """Write `rows` to sheet "Toezeggingen" (plus a sheet "Samenvatting") at `path`.

    The file is written to a temporary file beside it first and then moved into
    place, so a failed export never leaves half a workbook behind.
    """
    check_target(path)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Toezeggingen")
    _widths(ws)
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{len(rows) + 1}"
    _print_setup(ws, f"Toezeggingen — {as_of:%d-%m-%Y}")
    ws.append(_header_cells(ws))
    writer = _RowWriter(ws, as_of)
    for row in rows:
        writer.append(row)
    _summary_sheet(wb, rows, as_of=as_of, description=description)
    _properties(wb, "Toezeggingen", description)
    atomic_write(path, wb.save)


def rappel_groups(
    rows: list[CommitmentRow], *, as_of: dt.date, next_cutoff: dt.date
) -> dict[str, tuple[list[CommitmentRow], list[CommitmentRow]]]:
    """Per ministry (alphabetical, unknown last): the open commitments overdue on `as_of`
    and, for information, the open ones falling due from `as_of` up to (not including)
    `next_cutoff`. Each list is sorted by due date, then id."""
    groups: dict[str, tuple[list, list]] = {}
    for row in rows:
        if row.status not in OPEN_STATUSES or row.due is None:
            continue
        if row.due < as_of:
            which = 0
        elif row.due < next_cutoff:
            which = 1
        else:
            continue
        name = row.ministry or "(onbekend)"
        groups.setdefault(name, ([], []))[which].append(row)
    for overdue, upcoming in groups.values():
        overdue.sort(key=lambda r: (r.due, r.id))
        upcoming.sort(key=lambda r: (r.due, r.id))
    return dict(sorted(groups.items(), key=lambda kv: (kv[0] == "(onbekend)", kv[0])))


def sheet_name(name: str, taken: set[str]) -> str:
    base = _SHEET_NAME_BAD.sub("-", name).strip("'") or "Ministerie"
    base = base[:31]
    candidate, n = base, 2
    while candidate.lower() in taken:
        suffix = f" ({n})"
        candidate = base[: 31 - len(suffix)] + suffix
        n += 1
    taken.add(candidate.lower())
    return candidate


@full_disk_guard
def write_rappel_xlsx(
    path: str | os.PathLike[str],
    rows: list[CommitmentRow],
    *,
    as_of: dt.date,
    next_cutoff: dt.date,
    description: str,
) -> dict[str, tuple[int, int]]:
    """The reminder round (rappel) workbook: a sheet "Samenvatting" and then one sheet
    per ministry with two sections: "Te laat op <as_of>" and "Ter informatie: termijn
    vóór <next_cutoff>". Returns {ministry: (overdue, upcoming)}."""
    if next_cutoff <= as_of:
        raise ExportError(
            f"{path}: the next cut-off ({next_cutoff:%d-%m-%Y}) must come after "
            f"the cut-off date ({as_of:%d-%m-%Y})"
        )
    check_target(path)
    groups = rappel_groups(rows, as_of=as_of, next_cutoff=next_cutoff)
    wb = Workbook(write_only=True)
    summary = wb.create_sheet("Samenvatting")
    summary.column_dimensions["A"].width = 28
    summary.column_dimensions["B"].width = 12
    summary.column_dimensions["C"].width = 16
    title = WriteOnlyCell(summary, "Rappel toezeggingen")
    title.font = TITLE_FONT
    summary.append([title])
    for label, value in (("Peildatum", as_of), ("Volgende peildatum", next_cutoff)):
        cell = WriteOnlyCell(summary, value)
        cell.number_format = DATE_FORMAT
        cell.alignment = Alignment(horizontal="left")
        summary.append([label, cell])
    summary.append(["Filter", _text(summary, description)])
    summary.append([])
    header = []
    for text in ("Ministerie", "Te laat", "Ter informatie"):
        cell = WriteOnlyCell(summary, text)
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        header.append(cell)
    summary.append(header)
    for name, (overdue, upcoming) in groups.items():
        summary.append([_text(summary, name), len(overdue), len(upcoming)])
    _print_setup(summary, f"Rappel toezeggingen — peildatum {as_of:%d-%m-%Y}", title_rows=None)
    summary.page_setup.orientation = "portrait"

    taken = {"samenvatting"}
    for name, (overdue, upcoming) in groups.items():
        ws = wb.create_sheet(sheet_name(name, taken))
        _widths(ws)
        _print_setup(ws, f"Rappel {name} — peildatum {as_of:%d-%m-%Y}", title_rows=None)
        writer = _RowWriter(ws, as_of)
        sections = (
            (f"Te laat op {as_of:%d-%m-%Y} ({len(overdue)})", overdue),
            (
                f"Ter informatie: termijn vóór {next_cutoff:%d-%m-%Y} ({len(upcoming)})",
                upcoming,
            ),
        )
        for i, (heading, section_rows) in enumerate(sections):
            if i:
                ws.append([])
            cell = WriteOnlyCell(ws, _clean(heading))
            cell.font = SECTION_FONT
            ws.append([cell])
            ws.append(_header_cells(ws))
            for row in section_rows:
                writer.append(row)
    _properties(wb, "Rappel toezeggingen", description)
    atomic_write(path, wb.save)
    return {name: (len(o), len(u)) for name, (o, u) in groups.items()}
