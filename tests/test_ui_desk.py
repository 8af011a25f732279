"""The desk: filters with counts, the Vandaag view, search, changes to several rows,
undo and redo, import by drop and with cancel, and export of the current view —
driven through the widgets, checking the database afterwards."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import pytest
from factories import make_commitment, make_document, open_window
from openpyxl import load_workbook
from PySide6.QtCore import QDate, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QPushButton,
)

from tracker import clock
from tracker.store import queries
from tracker.store.filters import Filter, Matching, query_commitments
from tracker.store.models import Document
from tracker.store.queries import StoreError, get_commitment, import_document
from ui.dialogs.edit_dialog import EditDialog
from ui.dialogs.manual_dialog import ManualCommitmentDialog
from ui.dialogs.mark_dialog import MarkDialog
from ui.dialogs.merge_dialog import MergeDialog
from ui.flows import list_flow
from ui.main_window import MainWindow
from ui.models import Column

TODAY = clock.today()
DAY = dt.timedelta(days=1)

LATE_OCW = "Brief over stageplaatsen"
LATE_VWS = "Rapport over wachtlijsten jeugdzorg"
SOON_OCW = "Evaluatie subsidie praktijkleren"
LATER_VWS = "Monitor coördinatie zorgkantoren"
UNDATED_JENV = "Verkenning met stakeholders welke acties meest effectief zullen zijn"
DONE_OCW = "Kamerbrief lerarentekort"


def commitment(title, due, ministry, faction, *, quote=""):
    return make_commitment(title, due, ministry=ministry, faction=faction, quote=quote)


@pytest.fixture
def ids(db) -> dict[str, int]:
    """Six commitments over three ministries: late, soon, later, undated, fulfilled."""
    import_document(
        make_document(),
        [
            commitment(LATE_OCW, TODAY - 30 * DAY, "OCW", "VVD"),
            commitment(LATE_VWS, TODAY - 3 * DAY, "VWS", "SP"),
            commitment(SOON_OCW, TODAY + 5 * DAY, "OCW", "D66"),
            commitment(LATER_VWS, TODAY + 90 * DAY, "VWS", "CDA"),
            commitment(UNDATED_JENV, None, "JenV", "CDA"),
            commitment(DONE_OCW, TODAY - 10 * DAY, "OCW", "GL"),
        ],
    )
    found = {r.title: r.id for r in query_commitments(Filter())}
    queries.mark(found[DONE_OCW], "fulfilled", note="Brief verstuurd")
    return found


@pytest.fixture
def window(qtbot, ids, settings) -> MainWindow:
    return open_window(qtbot, settings)


@pytest.fixture
def all_shown(window) -> MainWindow:
    window.show_all_action.trigger()
    return window


def shown(window: MainWindow, column: Column = Column.TITLE) -> list[str]:
    proxy = window.proxy
    return [proxy.index(r, column).data() for r in range(proxy.rowCount())]


def select_titles(window: MainWindow, *titles: str) -> None:
    window.selection.select_ids(
        [window.proxy.index(shown(window).index(t), 0).data(Qt.UserRole + 3) for t in titles]
    )
    assert sorted(r.title for r in window.selection.selected_commitments()) == sorted(titles)


def toggle(qtbot, check) -> None:
    """Click a checkbox on its box (its centre may lie beside a short label)."""
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=QPoint(8, check.height() // 2))


def click_ok(qtbot, dialog) -> int:
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    return dialog.result()


def state(commitment_id: int):
    """What a test compares before and after undo: the stored row, or None if deleted."""
    try:
        row = get_commitment(commitment_id)
    except StoreError:
        return None
    return (
        row.title,
        row.due,
        row.status,
        row.review_state,
        row.ministry,
        row.actor,
        [(s.quote, s.document_id) for s in row.sources],
        [(h.from_status, h.to_status, h.note) for h in row.history],
    )


# -- the list and the Vandaag view -------------------------------------------------------


def test_the_desk_opens_on_today_overdue_and_due_soon(window, ids):
    assert window.filter_panel.today_button.isChecked()
    assert sorted(shown(window)) == sorted([LATE_OCW, LATE_VWS, SOON_OCW])
    assert window.count_label.text() == "3 van 6 toezeggingen"
    assert window.filter_panel.today_button.text().endswith("(3)")


def test_a_large_register_is_read_in_the_background_while_the_window_shows(
    qtbot, ids, settings, monkeypatch
):
    monkeypatch.setattr(list_flow, "LOAD_IN_BACKGROUND_ABOVE", 0)
    window = MainWindow(settings=settings)
    qtbot.addWidget(window)
    # The constructor returns before the rows are read, and the list says so.
    assert window.model.rowCount() == 0
    assert window.count_label.text() == "Laden\u2026"
    window.show()
    qtbot.waitUntil(lambda: window.model.rowCount() == 6, timeout=5000)
    assert sorted(shown(window)) == sorted([LATE_OCW, LATE_VWS, SOON_OCW])
    assert window.count_label.text() == "3 van 6 toezeggingen"
    qtbot.waitUntil(lambda: window.filter_panel.today_button.text().endswith("(3)"))
    qtbot.waitUntil(lambda: not window.jobs_running())


def test_a_refresh_during_a_background_load_shows_only_the_latest(
    qtbot, ids, settings, monkeypatch
):
    monkeypatch.setattr(list_flow, "LOAD_IN_BACKGROUND_ABOVE", 0)
    window = MainWindow(settings=settings)
    qtbot.addWidget(window)
    queries.mark(ids[LATE_OCW], "fulfilled", note="Brief verstuurd")
    window.list_flow.refresh()  # the first load's results are dropped when they arrive
    qtbot.waitUntil(lambda: not window.jobs_running(), timeout=5000)
    assert window.model.rowCount() == 6
    assert sorted(shown(window)) == sorted([LATE_VWS, SOON_OCW])


def test_overdue_and_due_soon_rows_are_marked_with_text(window):
    days = dict(zip(shown(window), shown(window, Column.DAYS_OVERDUE), strict=True))
    assert days[LATE_OCW] == "\u26a0 30"
    assert days[SOON_OCW] == "\u25f7 over 5 dagen"
    row = shown(window).index(SOON_OCW)
    late = shown(window).index(LATE_OCW)
    soon_brush = window.proxy.index(row, 0).data(Qt.ItemDataRole.BackgroundRole)
    late_brush = window.proxy.index(late, 0).data(Qt.ItemDataRole.BackgroundRole)
    assert soon_brush.color() != late_brush.color()


def test_all_columns_are_there_and_sortable(all_shown):
    window = all_shown
    headers = [window.proxy.headerData(c, Qt.Orientation.Horizontal) for c in range(len(Column))]
    assert headers == [
        "Titel",
        "Termijn",
        "Dagen te laat",
        "Status",
        "Beoordeling",
        "Ministerie",
        "Bewindspersoon",
        "Fractie",
        "Document",
    ]
    window.table.sortByColumn(Column.MINISTRY, Qt.SortOrder.AscendingOrder)
    assert shown(window, Column.MINISTRY) == ["JenV", "OCW", "OCW", "OCW", "VWS", "VWS"]
    window.table.sortByColumn(Column.TITLE, Qt.SortOrder.DescendingOrder)
    titles = shown(window)
    assert titles == sorted(titles, key=str.casefold, reverse=True)
    assert set(shown(window, Column.REVIEW)) == {"Te beoordelen"}


# -- filters and counts ----------------------------------------------------------------


def test_each_filter_shows_its_count_and_they_combine(qtbot, all_shown, ids):
    window, panel = all_shown, all_shown.filter_panel
    assert window.count_label.text() == "6 van 6 toezeggingen"
    assert panel.status_checks["open"].text() == "Open (5)"
    assert panel.status_checks["fulfilled"].text() == "Voldaan (1)"
    assert panel.overdue_check.text() == "Te laat (2)"
    assert panel.without_due_check.text() == "Zonder termijn (1)"
    assert panel.ministry_list.item_for("OCW").text() == "OCW (3)"

    toggle(qtbot, panel.overdue_check)
    assert sorted(shown(window)) == sorted([LATE_OCW, LATE_VWS])
    assert window.count_label.text() == "2 van 6 toezeggingen"
    # The ministry counts now count the overdue rows only.
    assert panel.ministry_list.item_for("OCW").text() == "OCW (1)"
    assert panel.ministry_list.item_for("VWS").text() == "VWS (1)"

    panel.ministry_list.item_for("VWS").setCheckState(Qt.CheckState.Checked)
    assert shown(window) == [LATE_VWS]
    assert panel.overdue_check.text() == "Te laat (1)"
    assert window.count_label.text() == "1 van 6 toezeggingen"

    toggle(qtbot, panel.overdue_check)
    assert sorted(shown(window)) == sorted([LATE_VWS, LATER_VWS])
    panel.faction_list.item_for("CDA").setCheckState(Qt.CheckState.Checked)
    assert shown(window) == [LATER_VWS]

    window.show_all_action.trigger()
    toggle(qtbot, panel.status_checks["fulfilled"])
    assert shown(window) == [DONE_OCW]
    toggle(qtbot, panel.status_checks["fulfilled"])
    toggle(qtbot, panel.without_due_check)
    assert shown(window) == [UNDATED_JENV]


def test_filter_lists_hide_values_without_commitments_but_keep_checked_ones(qtbot, all_shown, ids):
    panel = all_shown.filter_panel
    assert panel.ministry_list.shown_keys() == ["JenV", "OCW", "VWS"]
    panel.ministry_list.item_for("JenV").setCheckState(Qt.CheckState.Checked)
    toggle(qtbot, panel.overdue_check)  # the undated JenV commitment is not overdue
    assert panel.ministry_list.item_for("JenV").text() == "JenV (0)"
    assert "JenV" in panel.ministry_list.shown_keys()  # checked: shown, to be unchecked
    panel.ministry_list.item_for("JenV").setCheckState(Qt.CheckState.Unchecked)
    assert panel.ministry_list.shown_keys() == ["OCW", "VWS"]
    assert panel.faction_list.shown_keys() == ["SP", "VVD"]  # the two overdue ones


def test_due_within_days_follows_the_spinbox(qtbot, all_shown):
    window, panel = all_shown, all_shown.filter_panel
    toggle(qtbot, panel.within_check)
    assert shown(window) == [SOON_OCW]
    panel.within_spin.setValue(120)
    assert sorted(shown(window)) == sorted([SOON_OCW, LATER_VWS])
    assert panel.within_count.text() == "(2)"


def test_every_count_matches_the_rows_it_would_show(qtbot, all_shown):
    """Checking a filter shows exactly as many rows as its label said."""
    window, panel = all_shown, all_shown.filter_panel
    for check in [*panel.status_checks.values(), panel.overdue_check, panel.without_due_check]:
        expected = int(check.text().rsplit("(", 1)[1].rstrip(")"))
        toggle(qtbot, check)
        assert window.proxy.rowCount() == expected, check.text()
        toggle(qtbot, check)


def test_search_is_debounced_prefix_and_accent_insensitive(qtbot, all_shown):
    window = all_shown
    window.search_action.trigger()
    assert window.search_edit.hasFocus()
    qtbot.keyClicks(window.search_edit, "coordinatie")
    qtbot.waitUntil(lambda: shown(window) == [LATER_VWS], timeout=2000)
    window.search_edit.clear()
    qtbot.keyClicks(window.search_edit, "stagepl")
    qtbot.waitUntil(lambda: shown(window) == [LATE_OCW], timeout=2000)
    assert window.count_label.text() == "1 van 6 toezeggingen"
    window.search_edit.clear()
    qtbot.waitUntil(lambda: window.proxy.rowCount() == 6, timeout=2000)


def test_a_filter_matching_most_rows_is_kept_as_the_rows_it_leaves_out(qtbot, all_shown, ids):
    """ "Alles tonen" matches every row: the window holds the few it does not match (none
    here), not every id, and a search and a status filter still combine with it."""
    window, panel = all_shown, all_shown.filter_panel
    kept = window.proxy.allowed("filter")
    assert isinstance(kept, Matching) and kept.complement and not kept.ids
    toggle(qtbot, panel.status_checks["open"])  # five of six: still the other one
    kept = window.proxy.allowed("filter")
    assert kept.complement and kept.ids == {ids[DONE_OCW]}
    assert set(shown(window)) == {LATE_OCW, LATE_VWS, SOON_OCW, LATER_VWS, UNDATED_JENV}
    qtbot.keyClicks(window.search_edit, "stagepl")
    qtbot.waitUntil(lambda: shown(window) == [LATE_OCW], timeout=2000)


def test_show_all_clears_the_today_view(window):
    window.show_all_action.trigger()
    assert not window.filter_panel.today_button.isChecked()
    assert window.proxy.rowCount() == 6
    window.today_action.trigger()
    assert window.proxy.rowCount() == 3


def test_last_filters_are_remembered(qtbot, ids, settings):
    window = open_window(qtbot, settings)
    window.show_all_action.trigger()
    window.filter_panel.ministry_list.item_for("VWS").setCheckState(Qt.CheckState.Checked)
    assert sorted(shown(window)) == sorted([LATE_VWS, LATER_VWS])
    window.close()
    again = open_window(qtbot, settings)
    assert not again.filter_panel.today_button.isChecked()
    assert sorted(shown(again)) == sorted([LATE_VWS, LATER_VWS])


# -- changes -------------------------------------------------------------------------


def test_marking_several_rows_at_once_with_a_date(qtbot, all_shown, ids, monkeypatch):
    window = all_shown
    select_titles(window, LATE_OCW, LATE_VWS)
    when = TODAY - 2 * DAY

    def exec_(dialog: MarkDialog) -> int:
        assert dialog.windowTitle() == "Toezeggingen markeren"
        dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("partial"))
        dialog.date_edit.setDate(QDate(when.year, when.month, when.day))
        qtbot.keyClicks(dialog.note_edit, "Deels per brief")
        qtbot.keyClicks(dialog.evidence_edit, "Kamerstuk 32 637, nr. 470")
        return click_ok(qtbot, dialog)

    monkeypatch.setattr(MarkDialog, "exec", exec_)
    window.mark_action.trigger()
    for title in (LATE_OCW, LATE_VWS):
        stored = get_commitment(ids[title])
        assert stored.status == "partial"
        last = stored.history[-1]
        assert (last.note, last.evidence) == ("Deels per brief", "Kamerstuk 32 637, nr. 470")
        effective = getattr(last, "effective_date", None)
        assert effective in (None, when)
    assert set(shown(window, Column.STATUS)) >= {"Deels voldaan"}
    assert window.undo_action.text() == "Ongedaan maken: 2 toezeggingen markeren als Deels voldaan"


def test_reject_hides_the_row_but_keeps_it_and_confirm_shows_in_the_column(all_shown, ids):
    window = all_shown
    select_titles(window, UNDATED_JENV)
    window.reject_action.trigger()
    assert get_commitment(ids[UNDATED_JENV]).review_state == "rejected"
    assert UNDATED_JENV not in shown(window)
    assert window.count_label.text() == "5 van 6 toezeggingen"
    window.filter_panel.review_checks["rejected"].setChecked(True)
    assert UNDATED_JENV in shown(window)
    row = shown(window).index(UNDATED_JENV)
    assert window.proxy.index(row, Column.REVIEW).data() == "Afgewezen"

    select_titles(window, LATE_OCW, SOON_OCW)
    window.confirm_action.trigger()
    assert get_commitment(ids[LATE_OCW]).review_state == "confirmed"
    assert get_commitment(ids[SOON_OCW]).review_state == "confirmed"
    row = shown(window).index(LATE_OCW)
    assert window.proxy.index(row, Column.REVIEW).data() == "Bevestigd"


def test_edit_changes_title_ministry_and_due_but_keeps_the_phrase(
    qtbot, all_shown, ids, monkeypatch
):
    window = all_shown
    select_titles(window, SOON_OCW)
    before = get_commitment(ids[SOON_OCW])

    def exec_(dialog: EditDialog) -> int:
        dialog.title_edit.setText("Evaluatie praktijkleren (herzien)")
        dialog.ministry_combo.setCurrentText("SZW")
        dialog.due_edit.setDate(QDate(2031, 3, 1))
        return click_ok(qtbot, dialog)

    monkeypatch.setattr(EditDialog, "exec", exec_)
    window.edit_action.trigger()
    stored = get_commitment(ids[SOON_OCW])
    assert stored.title == "Evaluatie praktijkleren (herzien)"
    assert stored.ministry == "SZW"
    assert stored.due == dt.date(2031, 3, 1)
    assert stored.due_text == before.due_text
    assert "Evaluatie praktijkleren (herzien)" in shown(window)


def test_merge_keeps_the_chosen_title_with_both_sources(qtbot, all_shown, ids, monkeypatch):
    window = all_shown
    select_titles(window, LATE_OCW, SOON_OCW)

    def exec_(dialog: MergeDialog) -> int:
        chosen = next(b for b in dialog.choices if b.text().startswith(SOON_OCW))
        chosen.setChecked(True)
        return click_ok(qtbot, dialog)

    monkeypatch.setattr(MergeDialog, "exec", exec_)
    window.merge_action.trigger()
    kept = get_commitment(ids[SOON_OCW])
    quotes = {s.quote for s in kept.sources}
    assert quotes == {
        f"{LATE_OCW} wordt naar de Kamer gestuurd.",
        f"{SOON_OCW} wordt naar de Kamer gestuurd.",
    }
    with pytest.raises(StoreError):
        get_commitment(ids[LATE_OCW])
    assert LATE_OCW not in shown(window)
    assert window.selection.selected_id() == ids[SOON_OCW]


def test_delete_asks_first_and_cancel_keeps_it(all_shown, ids, monkeypatch):
    window = all_shown
    asked = []

    def answer(button):
        def question(parent, title, text, *args, **kwargs):
            asked.append(text)
            return button

        return staticmethod(question)

    select_titles(window, LATER_VWS)
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Cancel))
    window.delete_action.trigger()
    assert LATER_VWS in asked[0]
    assert get_commitment(ids[LATER_VWS]).title == LATER_VWS

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    window.delete_action.trigger()
    with pytest.raises(StoreError):
        get_commitment(ids[LATER_VWS])
    assert LATER_VWS not in shown(window)
    assert window.count_label.text() == "5 van 5 toezeggingen"


# -- undo and redo ---------------------------------------------------------------------


def _mark(qtbot, window, monkeypatch):
    def exec_(dialog):
        dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("lapsed"))
        return click_ok(qtbot, dialog)

    monkeypatch.setattr(MarkDialog, "exec", exec_)
    window.mark_action.trigger()


def _edit(qtbot, window, monkeypatch):
    def exec_(dialog):
        dialog.title_edit.setText("Nieuwe titel")
        dialog.actor_combo.setCurrentText("Staatssecretaris van OCW")
        return click_ok(qtbot, dialog)

    monkeypatch.setattr(EditDialog, "exec", exec_)
    window.edit_action.trigger()


def _due(qtbot, window, monkeypatch):
    from ui.dialogs.due_dialog import DueDialog

    def exec_(dialog):
        dialog.date_edit.setDate(QDate(2030, 1, 15))
        return click_ok(qtbot, dialog)

    monkeypatch.setattr(DueDialog, "exec", exec_)
    window.due_action.trigger()


def _reject(qtbot, window, monkeypatch):
    window.reject_action.trigger()


def _confirm(qtbot, window, monkeypatch):
    window.confirm_action.trigger()


def _delete(qtbot, window, monkeypatch):
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
    window.delete_action.trigger()


@pytest.mark.parametrize(
    ("change", "prefix"),
    [
        (_mark, "Markeren als Vervallen"),
        (_reject, "Afwijzen"),
        (_confirm, "Bevestigen"),
        (_edit, "Bewerken"),
        (_due, "Termijn aanpassen"),
        (_delete, "Verwijderen"),
    ],
)
def test_undo_and_redo_restore_the_database(qtbot, all_shown, ids, monkeypatch, change, prefix):
    window = all_shown
    target = ids[LATE_OCW]
    before = state(target)
    select_titles(window, LATE_OCW)
    change(qtbot, window, monkeypatch)
    after = state(target)
    assert after != before
    assert window.undo_action.isEnabled()
    assert window.undo_action.text().startswith(f"Ongedaan maken: {prefix}")

    window.undo_action.trigger()
    assert state(target) == before
    assert LATE_OCW in shown(window)  # back in the list, as it was
    assert window.redo_action.isEnabled()

    window.redo_action.trigger()
    assert state(target) == after
    window.undo_action.trigger()
    assert state(target) == before


def test_undo_and_redo_of_a_merge(qtbot, all_shown, ids, monkeypatch):
    window = all_shown
    keep, other = ids[SOON_OCW], ids[LATE_OCW]
    before = (state(keep), state(other))
    select_titles(window, LATE_OCW, SOON_OCW)

    def exec_(dialog: MergeDialog) -> int:
        next(b for b in dialog.choices if b.text().startswith(SOON_OCW)).setChecked(True)
        return click_ok(qtbot, dialog)

    monkeypatch.setattr(MergeDialog, "exec", exec_)
    window.merge_action.trigger()
    after = (state(keep), state(other))
    assert after[1] is None and len(after[0][6]) == 2
    window.undo_action.trigger()
    assert (state(keep), state(other)) == before
    assert {LATE_OCW, SOON_OCW} <= set(shown(window))
    window.redo_action.trigger()
    assert (state(keep), state(other)) == after


# -- the document view and a manual commitment -------------------------------------------


def test_manual_commitment_from_the_document_view_is_undoable(
    qtbot, db, settings, seed_path, monkeypatch
):
    from tracker.importing import import_paths

    import_paths([seed_path])
    window = open_window(qtbot, settings)
    if window.document_view is None:
        pytest.skip("ui.document_view is not there")
    window.show_all_action.trigger()
    window.selection.select_row(0)
    chosen = window.selection.selected_id()
    window.show_document_action.trigger()
    view = window.document_view
    assert window.tabs.currentWidget() is view
    assert view.current_commitment == chosen
    text = view._text
    start = text.index("Nederland")
    end = start + 60

    def exec_(dialog: ManualCommitmentDialog) -> int:
        assert dialog.title_edit.text().startswith("Nederland")
        dialog.title_edit.setText("Handmatige toezegging")
        return click_ok(qtbot, dialog)

    def made() -> list:
        return [r for r in query_commitments(Filter()) if r.title == "Handmatige toezegging"]

    monkeypatch.setattr(ManualCommitmentDialog, "exec", exec_)
    view.make_commitment_requested.emit(view.document_id, start, end, text[start:end])
    assert len(made()) == 1 and made()[0].manual
    assert "Handmatige toezegging" in shown(window)
    assert window.undo_action.text().startswith("Ongedaan maken: Toezegging maken")
    window.undo_action.trigger()
    assert not made()
    assert "Handmatige toezegging" not in shown(window)
    window.redo_action.trigger()
    assert len(made()) == 1
    assert "Handmatige toezegging" in shown(window)


def test_clicking_a_ministry_in_the_overview_filters_the_list(all_shown):
    window = all_shown
    if window.overview_view is None:
        pytest.skip("ui.overview_view is not there")
    window.tabs_flow.show_tab("overview")
    window.overview_view.ministry_clicked.emit("OCW", "overdue")
    assert window.tabs.currentIndex() == 0
    assert shown(window) == [LATE_OCW]


# -- import and export ---------------------------------------------------------------


def _documents(tmp_path: Path, seed_path: Path, count: int) -> list[Path]:
    """`count` different documents: the seed with its own number (so that none is a
    corrected version of another) and a distinct last answer line each."""
    text = seed_path.read_text(encoding="utf-8")
    paths = []
    for number in range(count):
        path = tmp_path / f"document-{number}.md"
        own = text.replace("**Nr. 448**", f"**Nr. {500 + number}**")
        path.write_text(own + f"\n\nNaschrift {number}: tekst nummer {number}.\n", "utf-8")
        paths.append(path)
    return paths


@pytest.mark.filterwarnings("ignore:Function.*QDragEnterEvent:DeprecationWarning")
def test_import_by_dropping_files_on_the_window(qtbot, db, settings, seed_path, tmp_path):
    window = open_window(qtbot, settings)
    folder = tmp_path / "map"
    folder.mkdir()
    [inside] = _documents(folder, seed_path, 1)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(folder))])
    enter = QDragEnterEvent(
        QPoint(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()  # the window offers to take the folder
    event = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, event)
    assert event.isAccepted()
    qtbot.waitUntil(lambda: window.last_message_box is not None, timeout=30000)
    assert "document-0.md" in window.last_message_box.informativeText()
    assert Document.select().count() == 1
    assert window.model.rowCount() > 20
    qtbot.waitUntil(lambda: not window.jobs_running())


def test_import_can_be_cancelled_and_keeps_the_completed_files(
    qtbot, db, settings, seed_path, tmp_path, monkeypatch
):
    import tracker.importing

    paths = _documents(tmp_path, seed_path, 4)
    real_import = tracker.importing.import_file
    second_started = threading.Event()
    release = threading.Event()

    def gated(path):
        if path == str(paths[1]):
            second_started.set()
            assert release.wait(20)
        return real_import(path)

    monkeypatch.setattr(tracker.importing, "import_file", gated)
    window = open_window(qtbot, settings)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    assert window.import_flow.import_dropped(mime)
    qtbot.waitUntil(second_started.is_set, timeout=30000)
    assert not window.import_action.isEnabled()
    # The window answers while the import runs.
    window.show_all_action.trigger()
    stop = next(
        b
        for b in window.import_flow.import_progress.findChildren(QPushButton)
        if b.text() == "Stoppen"
    )
    qtbot.mouseClick(stop, Qt.MouseButton.LeftButton)
    release.set()
    qtbot.waitUntil(lambda: window.last_message_box is not None, timeout=30000)
    assert window.last_message_box.text() == (
        "De import is gestopt na 2 van 4 bestanden. "
        "De bestanden die al verwerkt waren, zijn opgeslagen."
    )
    stored = sorted(Path(d.path).name for d in Document.select())
    assert stored == ["document-0.md", "document-1.md"]
    qtbot.waitUntil(lambda: not window.jobs_running())
    assert window.import_action.isEnabled()
    assert window.model.rowCount() == len(query_commitments(Filter()))
    window.selection.select_row(0)
    assert window.mark_action.isEnabled()


def test_export_of_the_current_view(qtbot, all_shown, ids, tmp_path, monkeypatch):
    window = all_shown
    window.filter_panel.ministry_list.item_for("OCW").setCheckState(Qt.CheckState.Checked)
    window.table.sortByColumn(Column.TITLE, Qt.SortOrder.AscendingOrder)
    target = tmp_path / "weergave.xlsx"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    window.export_view_action.trigger()
    qtbot.waitUntil(lambda: target.exists() and not window.jobs_running(), timeout=10000)
    workbook = load_workbook(target)
    sheet = workbook.active
    exported = [row[0] for row in sheet.iter_rows(min_row=2, values_only=True) if row[0]]
    expected = [ids[t] for t in sorted([LATE_OCW, SOON_OCW, DONE_OCW], key=str.casefold)]
    assert [i for i in exported if isinstance(i, int)] == expected
    assert "ministerie: OCW" in workbook.properties.subject


def test_f6_moves_between_the_panes(qtbot, window):
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_F6)
    assert window.detail.hasFocus()
    qtbot.keyClick(window.detail, Qt.Key.Key_F6)
    assert window.search_edit.hasFocus()
    qtbot.keyClick(window.search_edit, Qt.Key.Key_F6)
    assert window.table.hasFocus()


def test_clicking_a_month_in_the_overview_shows_its_open_commitments(all_shown):
    window = all_shown
    if window.overview_view is None:
        pytest.skip("ui.overview_view is not there")
    soon = TODAY + 5 * DAY
    window.overview_view.month_clicked.emit(soon.replace(day=1))
    assert window.tabs.currentIndex() == 0
    dues = {LATE_OCW: -30, LATE_VWS: -3, SOON_OCW: 5, LATER_VWS: 90}  # the open ones
    expected = {
        title
        for title, days in dues.items()
        if ((TODAY + days * DAY).year, (TODAY + days * DAY).month) == (soon.year, soon.month)
    }
    assert set(shown(window)) == expected
    assert window.month_label.isVisible()
    window.month_clear.click()
    assert window.proxy.rowCount() == 5  # open ones, the status filter stays


def test_settings_name_is_recorded_with_a_change(qtbot, all_shown, ids, monkeypatch):
    from ui.settings_dialog import SettingsDialog

    window = all_shown

    def exec_(dialog: SettingsDialog) -> int:
        dialog.name_edit.setText("J. de Vries")
        dialog.days_spin.setValue(30)
        return click_ok(qtbot, dialog)

    monkeypatch.setattr(SettingsDialog, "exec", exec_)
    window.settings_action.trigger()
    assert window.filter_panel.within_spin.value() == 30
    select_titles(window, LATE_OCW)
    monkeypatch.setattr(MarkDialog, "exec", lambda dialog: click_ok(qtbot, dialog))
    window.mark_action.trigger()
    assert get_commitment(ids[LATE_OCW]).history[-1].changed_by == "J. de Vries"
