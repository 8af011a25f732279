"""Excel workbooks of commitments that stand on their own for a reader without the tracker."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from tracker.store.queries import CommitmentRow

STATUS_LABELS = {
    "open": "Open",
    "fulfilled": "Voldaan",
    "partial": "Deels voldaan",
    "lapsed": "Vervallen",
}

# (header, width, wrap)
COLUMNS = [
    ("Nr.", 7, False),
    ("Toezegging", 40, True),
    ("Citaat", 70, True),
    ("Bewindspersoon", 24, True),
    ("Ministerie", 12, False),
    ("Fractie", 14, False),
    ("Brondocument", 26, True),
    ("Documentdatum", 14, False),
    ("Termijn zoals geschreven", 24, True),
    ("Uiterste datum", 14, False),
    ("Dagen te laat", 10, False),
    ("Status", 14, False),
    ("Laatste toelichting", 30, True),
    ("Bewijs", 26, True),
    ("Link", 30, False),
]

DATE_FORMAT = "dd-mm-yyyy"


class ExportError(Exception):
    """The export could not be written; the message names the file and the problem."""


def safe_text(value: str | None) -> str:
    """Text a spreadsheet will not run as a formula (CSV/formula injection guard)."""
    if not value:
        return ""
    if value[0] in "=+-@\t\r":
        return "'" + value
    return value


def write_overdue_xlsx(
    path: str | os.PathLike[str],
    rows: list[CommitmentRow],
    *,
    as_of: dt.date,
    description: str,
) -> None:
    """Write `rows` to sheet "Toezeggingen" of a new workbook at `path`.

    The file is written to a temporary file beside it first and then moved into
    place, so a failed export never leaves half a workbook behind.
    """
    wb = Workbook()
    ws = wb.active
    ws.title = "Toezeggingen"
    ws.append([c[0] for c in COLUMNS])
    for row in rows:
        overdue = row.days_overdue(as_of)
        ws.append(
            [
                row.id,
                safe_text(row.title),
                safe_text(row.quote),
                safe_text(row.actor),
                safe_text(row.ministry),
                safe_text(", ".join(row.factions)),
                safe_text(row.reference),
                row.document_date,
                safe_text(row.due_text),
                row.due,
                overdue,
                STATUS_LABELS.get(row.status, row.status),
                safe_text(row.latest_note),
                safe_text(row.latest_evidence),
                row.url or "",
            ]
        )
    _style(ws, len(rows))
    wb.properties.title = "Toezeggingen"
    wb.properties.subject = description
    wb.properties.creator = "Toezeggingenregister"

    target = Path(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(suffix=".xlsx", dir=target.parent)
        os.close(fd)
        try:
            wb.save(tmp)
            os.replace(tmp, target)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
    except OSError as exc:
        raise ExportError(f"{target}: cannot write the export ({exc.strerror or exc})") from None


def _style(ws, n_rows: int) -> None:
    header_fill = PatternFill("solid", fgColor="1F4E79")
    for col, (_, width, wrap) in enumerate(COLUMNS, start=1):
        letter = get_column_letter(col)
        ws.column_dimensions[letter].width = width
        cell = ws.cell(row=1, column=col)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = header_fill
        cell.alignment = Alignment(vertical="center", wrap_text=True)
        for r in range(2, n_rows + 2):
            c = ws.cell(row=r, column=col)
            c.alignment = Alignment(vertical="top", wrap_text=wrap)
    date_cols = [
        i for i, c in enumerate(COLUMNS, start=1) if c[0] in ("Documentdatum", "Uiterste datum")
    ]
    link_col = len(COLUMNS)
    for r in range(2, n_rows + 2):
        for col in date_cols:
            ws.cell(row=r, column=col).number_format = DATE_FORMAT
        link = ws.cell(row=r, column=link_col)
        if link.value:
            link.hyperlink = link.value
            link.style = "Hyperlink"
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{n_rows + 1}"
    ws.print_title_rows = "1:1"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
