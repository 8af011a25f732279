"""A large register in the window (issue 20): the list fills page by page, and a filter
or a search is computed in the thread pool and swapped in. The thresholds are lowered,
so a few hundred rows stand in for 500,000."""

from __future__ import annotations

import datetime as dt

import pytest
from factories import make_commitment, make_document
from test_ui_flows import list_stand_in

from tracker import clock
from tracker.store import queries
from tracker.store.filters import Filter, query_commitments
from ui.flows import list_flow
from ui.models import Role

TODAY = clock.today()
ROWS = 300


def large_register() -> None:
    """ROWS commitments in three kinds of title, a third of them overdue."""
    kinds = ("Brief over de wachttijden", "Evaluatie van de wet", "Onderzoek naar de kosten")
    commitments = [
        make_commitment(f"{kinds[n % 3]} {n}", TODAY + dt.timedelta(days=(n % 7) * 9 - 20))
        for n in range(ROWS)
    ]
    queries.import_document(make_document(content_hash="large"), commitments)


def shown_ids(window) -> list[int]:
    proxy = window.proxy
    return [proxy.index(r, 0).data(Role.ID) for r in range(proxy.rowCount())]


@pytest.fixture
def large(monkeypatch):
    monkeypatch.setattr(list_flow, "LOAD_IN_BACKGROUND_ABOVE", 100)
    monkeypatch.setattr(list_flow, "FILTER_IN_BACKGROUND_ABOVE", 100)
    monkeypatch.setattr(list_flow, "LOAD_IN_PAGES_ABOVE", 100)
    monkeypatch.setattr(list_flow, "LOAD_PAGE_SIZE", 40)
    large_register()


def loaded(qtbot, window) -> None:
    window.list_flow.refresh()
    qtbot.waitUntil(lambda: not window.jobs_running(), timeout=10_000)
    assert window.model.rowCount() == ROWS


def test_a_large_register_fills_the_list_page_by_page_in_the_stores_order(qtbot, db, large):
    window = list_stand_in(qtbot)
    window.proxy.sort(-1)  # the store's order: by due date, then id
    counts_seen: list[int] = []
    window.model.rowsInserted.connect(lambda *_: counts_seen.append(window.model.rowCount()))
    window.list_flow.refresh()
    qtbot.waitUntil(lambda: not window.jobs_running(), timeout=10_000)
    # Rows were in the list before the last page was read, in pages of 40.
    assert counts_seen[:3] == [80, 120, 160]
    assert window.model.rowCount() == ROWS
    everything = Filter(review_states=list_flow.ALL_REVIEW_STATES, as_of=TODAY)
    expected = [row.id for row in query_commitments(everything)]
    assert [window.model.commitment(p).id for p in range(ROWS)] == expected
    assert shown_ids(window) == expected
    assert window.count_label.text() == f"{ROWS} van {ROWS} toezeggingen"


def test_a_page_says_how_far_loading_is(qtbot, db, large):
    window = list_stand_in(qtbot)
    texts: list[str] = []
    set_text = window.count_label.setText
    window.count_label.setText = lambda text: (texts.append(text), set_text(text))
    window.list_flow.refresh()
    qtbot.waitUntil(lambda: not window.jobs_running(), timeout=10_000)
    # What the label shows in turn (the same text set again, as when the counts arrive
    # between two pages, shows nothing new).
    shown = [t for i, t in enumerate(texts) if i == 0 or t != texts[i - 1]]
    progress = [t for t in shown if t.startswith("Laden\u2026 ")]
    assert progress[:2] == [f"Laden\u2026 40 van {ROWS}", f"Laden\u2026 80 van {ROWS}"]
    assert texts[-1] == f"{ROWS} van {ROWS} toezeggingen"


def synchronous_rows(qtbot, window, act) -> list[int]:
    """The rows `act` leaves with the filter applied at once (small-register path)."""
    list_flow.FILTER_IN_BACKGROUND_ABOVE = 10**9
    act()
    rows = shown_ids(window)
    list_flow.FILTER_IN_BACKGROUND_ABOVE = 100
    return rows


def test_a_filter_toggle_in_the_background_shows_what_the_synchronous_path_shows(qtbot, db, large):
    window = list_stand_in(qtbot)
    loaded(qtbot, window)
    before = shown_ids(window)
    panel = window.filter_panel
    panel.overdue_check.setChecked(True)
    window.list_flow.on_filter_changed()
    assert shown_ids(window) == before  # not applied while the window waits
    qtbot.waitUntil(lambda: not window.jobs_running(), timeout=10_000)
    in_background = shown_ids(window)
    assert 0 < len(in_background) < ROWS
    assert in_background == synchronous_rows(qtbot, window, window.list_flow.on_filter_changed)
    assert window.count_label.text() == f"{len(in_background)} van {ROWS} toezeggingen"


def test_a_search_in_the_background_shows_what_the_synchronous_path_shows(qtbot, db, large):
    window = list_stand_in(qtbot)
    loaded(qtbot, window)
    window.filter_panel.search_edit.setText("evaluatie")
    before = shown_ids(window)
    window.list_flow.on_search_changed("evaluatie")
    assert shown_ids(window) == before
    qtbot.waitUntil(lambda: not window.jobs_running(), timeout=10_000)
    in_background = shown_ids(window)
    assert len(in_background) == ROWS // 3
    assert in_background == synchronous_rows(
        qtbot, window, lambda: window.list_flow.on_search_changed("evaluatie")
    )


def test_quick_keystrokes_end_with_the_result_of_the_last_one_only(qtbot, db, large):
    window = list_stand_in(qtbot)
    loaded(qtbot, window)
    swaps: list[int] = []
    window.proxy.modelReset.connect(lambda: swaps.append(window.proxy.rowCount()))
    for text in ("o", "on", "ond", "onde", "onderzoek", "onderzoek naar de k"):
        window.filter_panel.search_edit.setText(text)
        window.list_flow.on_search_changed(text)
    qtbot.waitUntil(lambda: not window.jobs_running(), timeout=10_000)
    swapped, shown = list(swaps), shown_ids(window)
    expected = synchronous_rows(
        qtbot, window, lambda: window.list_flow.on_search_changed("onderzoek naar de k")
    )
    assert len(expected) == ROWS // 3
    assert shown == expected
    # One swap: the earlier keystrokes' results were dropped, never shown.
    assert swapped == [len(expected)]


def test_the_selected_commitment_stays_selected_across_a_refilter(qtbot, db, large):
    window = list_stand_in(qtbot)
    loaded(qtbot, window)
    row = next(
        window.model.commitment(p)
        for p in range(ROWS)
        if window.model.commitment(p).title.startswith("Evaluatie")
    )
    assert window.selection.select_id(row.id)
    window.filter_panel.search_edit.setText("evaluatie")
    window.list_flow.on_search_changed("evaluatie")
    qtbot.waitUntil(lambda: not window.jobs_running(), timeout=10_000)
    assert window.proxy.rowCount() == ROWS // 3
    assert window.selection.selected_ids() == [row.id]
    assert window.selection.selected_id() == row.id
    current = window.table.selectionModel().currentIndex()
    assert current.isValid() and current.siblingAtColumn(0).data(Role.ID) == row.id


@pytest.mark.parametrize("swap_at_once_below", [10**9, 0])
def test_pages_are_sorted_and_filtered_in_as_they_arrive(
    qtbot, db, large, monkeypatch, swap_at_once_below
):
    # The stand-in sorts on the title; "te laat" is on before the first page is read.
    # A filter that arrives after more pages came in is applied at once, or (0) its
    # visible rows are computed again in the background.
    monkeypatch.setattr(list_flow, "SWAP_AT_ONCE_BELOW", swap_at_once_below)
    window = list_stand_in(qtbot)
    window.filter_panel.overdue_check.setChecked(True)
    inserted: list[int] = []
    window.model.rowsInserted.connect(lambda *_: inserted.append(window.model.rowCount()))
    loaded(qtbot, window)
    assert len(inserted) >= 3  # the rows came in pages
    paged = shown_ids(window)
    monkeypatch.setattr(list_flow, "LOAD_IN_BACKGROUND_ABOVE", 10**9)
    monkeypatch.setattr(list_flow, "FILTER_IN_BACKGROUND_ABOVE", 10**9)
    at_once = list_stand_in(qtbot)
    at_once.filter_panel.overdue_check.setChecked(True)
    at_once.list_flow.refresh()
    expected = shown_ids(at_once)
    assert 0 < len(expected) < ROWS
    assert paged == expected
