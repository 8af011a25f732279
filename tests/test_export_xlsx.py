"""The overdue workbook: one row per commitment, real date cells, safe to open."""

from __future__ import annotations

import datetime as dt

import pytest
from factories import make_commitment, make_document
from openpyxl import load_workbook

from tracker.export.xlsx import COLUMNS, ExportError, write_overdue_xlsx
from tracker.store import queries

AS_OF = dt.date(2026, 11, 28)


def _header_index(name: str) -> int:
    return [c[0] for c in COLUMNS].index(name)


def test_overdue_workbook_has_one_row_per_overdue_commitment(db, tmp_path):
    queries.import_document(
        make_document(),
        [
            make_commitment("Evaluatie praktijkleren", dt.date(2022, 12, 31)),
            make_commitment("Toekomstige agenda", dt.date(2027, 6, 30)),
        ],
    )
    rows = queries.list_commitments(overdue=True, as_of=AS_OF)
    out = tmp_path / "te-laat.xlsx"
    write_overdue_xlsx(out, rows, as_of=AS_OF, description="te laat")

    wb = load_workbook(out)
    ws = wb["Toezeggingen"]
    values = list(ws.iter_rows(values_only=True))
    assert values[0][1] == "Toezegging"
    assert len(values) == 2
    row = values[1]
    assert row[_header_index("Toezegging")] == "Evaluatie praktijkleren"
    due = row[_header_index("Uiterste datum")]
    assert isinstance(due, dt.datetime) and due.date() == dt.date(2022, 12, 31)
    assert row[_header_index("Dagen te laat")] == (AS_OF - dt.date(2022, 12, 31)).days
    assert row[_header_index("Brondocument")] == "Kamerstuk 32 637, nr. 999"
    link = ws.cell(row=2, column=_header_index("Link") + 1)
    assert link.hyperlink.target == "https://zoek.officielebekendmakingen.nl/kst-32637-999.html"
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref.startswith("A1:")
    assert wb.properties.title == "Toezeggingen"


def test_text_that_looks_like_a_formula_is_written_as_text(db, tmp_path):
    queries.import_document(
        make_document(),
        [make_commitment('=HYPERLINK("http://evil")', dt.date(2022, 1, 1))],
    )
    rows = queries.list_commitments()
    out = tmp_path / "x.xlsx"
    write_overdue_xlsx(out, rows, as_of=AS_OF, description="alle")
    cell = load_workbook(out)["Toezeggingen"].cell(row=2, column=2)
    # text as written (no apostrophe in front that the user sees), never a formula
    assert (cell.value, cell.data_type) == ('=HYPERLINK("http://evil")', "s")


def test_unwritable_location_gives_a_clear_error_naming_the_file(db, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(ExportError, match="cannot write"):
        write_overdue_xlsx(blocker / "out.xlsx", [], as_of=AS_OF, description="")
