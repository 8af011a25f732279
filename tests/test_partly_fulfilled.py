"""A partly kept promise ("Deels voldaan") is still open: it stays on every chase list —
`tracker list --overdue`, the overdue workbook, the rappel, the calendar, the overview's
counts and the window's Vandaag view — shown as partly fulfilled."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from factories import make_commitment, make_document, open_window, run_cli
from icalendar import Calendar
from openpyxl import load_workbook

from tracker import clock
from tracker.export.common import HEADERS
from tracker.export.ics import write_ics
from tracker.export.xlsx import write_rappel_xlsx
from tracker.store import queries
from tracker.store.filters import Filter, query_commitments
from tracker.store.models import OPEN_STATUSES
from tracker.store.reading import overview

AS_OF = dt.date(2026, 11, 28)
NEXT = dt.date(2027, 5, 28)

PARTLY_LATE = "Brief over stageplaatsen"  # overdue on AS_OF, partly kept
PARTLY_SOON = "Evaluatie praktijkleren"  # due before NEXT, partly kept
OPEN_LATE = "Monitor lerarentekort"  # overdue on AS_OF, open
DONE_LATE = "Kamerbrief wachtlijsten"  # overdue on AS_OF, fulfilled


@pytest.fixture
def ids(db) -> dict[str, int]:
    queries.import_document(
        make_document(),
        [
            make_commitment(PARTLY_LATE, dt.date(2024, 1, 1)),
            make_commitment(PARTLY_SOON, dt.date(2027, 1, 15)),
            make_commitment(OPEN_LATE, dt.date(2025, 6, 1)),
            make_commitment(DONE_LATE, dt.date(2024, 2, 1)),
        ],
    )
    found = {r.title: r.id for r in queries.list_commitments()}
    queries.mark(found[PARTLY_LATE], "partial", note="eerste deel gestuurd")
    queries.mark(found[PARTLY_SOON], "partial")
    queries.mark(found[DONE_LATE], "fulfilled")
    return found


def test_open_statuses_are_open_and_partly_fulfilled():
    assert set(OPEN_STATUSES) == {"open", "partial"}


def test_list_overdue_keeps_a_partly_fulfilled_commitment(capsys, db_url, ids):
    code, out, _ = run_cli(
        capsys, "--db", db_url, "list", "--overdue", "--json", "--as-of", AS_OF.isoformat()
    )
    assert code == 0
    rows = {r["title"]: r for r in json.loads(out)}
    assert sorted(rows) == sorted([PARTLY_LATE, OPEN_LATE])
    assert rows[PARTLY_LATE]["status"] == "partial"
    assert rows[PARTLY_LATE]["days_overdue"] == (AS_OF - dt.date(2024, 1, 1)).days


def test_the_overdue_workbook_keeps_it_shown_as_partly_fulfilled(capsys, db_url, ids, tmp_path):
    out = tmp_path / "te-laat.xlsx"
    code, _, _ = run_cli(
        capsys, "--db", db_url, "export", "--overdue", "--as-of", AS_OF.isoformat(), "-o", str(out)
    )
    assert code == 0
    sheet = load_workbook(out)["Toezeggingen"]
    rows = {r[1]: r for r in sheet.iter_rows(min_row=2, values_only=True)}
    assert sorted(rows) == sorted([PARTLY_LATE, OPEN_LATE])
    assert rows[PARTLY_LATE][HEADERS.index("Status")] == "Deels voldaan"
    assert rows[PARTLY_LATE][HEADERS.index("Dagen te laat")] == (AS_OF - dt.date(2024, 1, 1)).days


def test_the_rappel_keeps_it(capsys, db_url, ids, tmp_path):
    out = tmp_path / "rappel.xlsx"
    code, stdout, _ = run_cli(
        capsys,
        "--db",
        db_url,
        "export",
        "--rappel",
        "--as-of",
        AS_OF.isoformat(),
        "--next",
        NEXT.isoformat(),
        "-o",
        str(out),
    )
    assert code == 0
    assert "2 overdue, 1 falling due" in stdout
    groups = write_rappel_xlsx(
        tmp_path / "r.xlsx",
        queries.list_commitments(),
        as_of=AS_OF,
        next_cutoff=NEXT,
        description="",
    )
    assert groups == {"OCW": (2, 1)}
    titles = [r[1] for r in load_workbook(out)["OCW"].iter_rows(values_only=True)]
    assert PARTLY_LATE in titles and PARTLY_SOON in titles and DONE_LATE not in titles


def test_the_calendar_keeps_it(ids, tmp_path):
    out = tmp_path / "agenda.ics"
    assert write_ics(out, queries.list_commitments()) == 3
    events = Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert sorted(str(e["SUMMARY"]) for e in events) == sorted(
        [PARTLY_LATE, PARTLY_SOON, OPEN_LATE]
    )


def test_the_store_filters_and_overview_count_it_as_open(ids):
    overdue = query_commitments(Filter(overdue=True, as_of=AS_OF))
    assert sorted(r.title for r in overdue) == sorted([PARTLY_LATE, OPEN_LATE])
    today = query_commitments(Filter(today=True, due_within_days=60, as_of=AS_OF))
    assert sorted(r.title for r in today) == sorted([PARTLY_LATE, PARTLY_SOON, OPEN_LATE])
    row = next(r for r in overdue if r.title == PARTLY_LATE)
    assert row.is_overdue(AS_OF)
    ((_, open_, late, fulfilled),) = overview(AS_OF).per_ministry
    assert (open_, late, fulfilled) == (3, 2, 1)


def test_the_window_today_view_keeps_it_shown_as_partly_fulfilled(qtbot, settings, db):
    today = clock.today()
    queries.import_document(
        make_document(),
        [
            make_commitment(PARTLY_LATE, today - dt.timedelta(days=30)),
            make_commitment(DONE_LATE, today - dt.timedelta(days=20)),
            make_commitment(OPEN_LATE, today - dt.timedelta(days=10)),
        ],
    )
    found = {r.title: r.id for r in queries.list_commitments()}
    queries.mark(found[PARTLY_LATE], "partial")
    queries.mark(found[DONE_LATE], "fulfilled")
    window = open_window(qtbot, settings)
    assert window.filter_panel.today_button.isChecked()
    from ui.models import Column

    proxy = window.proxy
    shown = {
        proxy.index(r, Column.TITLE).data(): (
            proxy.index(r, Column.STATUS).data(),
            proxy.index(r, Column.DAYS_OVERDUE).data(),
        )
        for r in range(proxy.rowCount())
    }
    assert sorted(shown) == sorted([PARTLY_LATE, OPEN_LATE])
    assert shown[PARTLY_LATE] == ("Deels voldaan", "\u26a0 30")
    window.show_all_action.trigger()
    qtbot.mouseClick(window.filter_panel.overdue_check, _left(), pos=_box(window))
    titles = sorted(proxy.index(r, Column.TITLE).data() for r in range(proxy.rowCount()))
    assert titles == sorted([PARTLY_LATE, OPEN_LATE])


def _left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def _box(window):
    from PySide6.QtCore import QPoint

    check = window.filter_panel.overdue_check
    return QPoint(8, check.height() // 2)
