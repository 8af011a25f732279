"""The window asks the date of a document that states none: after an import (once the
report is read), and later through Bestand › Datum van document opgeven…. Giving it
reads the document's due dates again from that day, off the UI thread; cancelling
leaves them read from the day of the import."""

from __future__ import annotations

import datetime as dt

from factories import open_window
from test_redate import DATED, UNDATED

from tracker import clock
from tracker.importing import import_file
from tracker.store import queries
from ui.detail_pane import commitment_html
from ui.dialogs.reference_date_dialog import ReferenceDateDialog


def write(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def shown_due(window, commitment_id: int) -> dt.date | None:
    """The due date the list shows for a commitment."""
    return window.model.commitment(window.model.row_for_id(commitment_id)).due


def imported_in_window(qtbot, window, path) -> ReferenceDateDialog:
    """Import `path` in the window, read the report, and get the question that follows."""
    window.import_flow.import_files([str(path)])
    qtbot.waitUntil(lambda: window.last_message_box is not None, timeout=30000)
    qtbot.waitUntil(lambda: not window.jobs_running(), timeout=30000)
    box = window.last_message_box
    assert "1 document noemt geen datum: de termijnen tellen vanaf vandaag." in (
        box.informativeText()
    )
    assert window.redate_flow.reference_date_dialog is None  # not while the report is open
    box.accept()
    qtbot.waitUntil(lambda: window.redate_flow.reference_date_dialog is not None, timeout=5000)
    return window.redate_flow.reference_date_dialog


def test_after_an_import_the_date_asked_for_updates_the_due_date_in_the_list(
    qtbot, db, settings, tmp_path
):
    window = open_window(qtbot, settings)
    dialog = imported_in_window(qtbot, window, write(tmp_path, "vragen.txt", UNDATED))
    assert dialog.windowTitle() == "Datum van de antwoorden"
    assert "vragen.txt" in dialog.findChild(type(dialog.problem), "referenceDateDocument").text()
    assert dialog.date == clock.today()  # the default
    assert dialog.date_edit.calendarPopup()
    [row] = queries.list_commitments()
    dialog.set_date(dt.date(2024, 3, 1))
    dialog.accept()
    qtbot.waitUntil(lambda: shown_due(window, row.id) == dt.date(2024, 6, 1), timeout=30000)
    assert "tellen nu vanaf 01-03-2024" in window.statusBar().currentMessage()
    stored = queries.get_commitment(row.id)
    assert stored.reference_date == dt.date(2024, 3, 1) and stored.reference_date_given
    assert "01-03-2024 (opgegeven: het document noemt geen datum)" in commitment_html(
        stored, dt.date(2024, 5, 1)
    )


def test_cancelling_keeps_the_due_date_read_from_the_day_of_the_import(
    qtbot, db, settings, tmp_path
):
    window = open_window(qtbot, settings)
    dialog = imported_in_window(qtbot, window, write(tmp_path, "vragen.txt", UNDATED))
    [row] = queries.list_commitments()
    dialog.reject()
    qtbot.waitUntil(lambda: window.redate_flow.reference_date_dialog is None, timeout=5000)
    assert not window.jobs_running()
    assert shown_due(window, row.id) == row.due
    kept = queries.get_commitment(row.id)
    assert kept.reference_date is None
    assert "de dag van de import: het document noemt geen datum" in commitment_html(
        kept, dt.date(2024, 5, 1)
    )
    # ... and the date can still be given later.
    window.filter_panel.show_all()
    qtbot.waitUntil(lambda: window.selection.select_id(row.id), timeout=5000)
    assert window.redate_action.isEnabled()


def test_the_date_can_be_given_later_for_the_selected_commitments_document(
    qtbot, db, settings, tmp_path
):
    import_file(write(tmp_path, "vragen.txt", UNDATED))
    [row] = queries.list_commitments()
    queries.mark(row.id, "fulfilled", note="brief ontvangen")
    window = open_window(qtbot, settings)
    window.filter_panel.show_all()
    qtbot.waitUntil(lambda: window.selection.select_id(row.id), timeout=5000)
    assert window.redate_action.isEnabled()
    window.redate_action.trigger()
    dialog = window.redate_flow.reference_date_dialog
    assert isinstance(dialog, ReferenceDateDialog)
    dialog.set_date(dt.date(2024, 3, 1))
    dialog.accept()
    qtbot.waitUntil(lambda: shown_due(window, row.id) == dt.date(2024, 6, 1), timeout=30000)
    assert queries.get_commitment(row.id).status == "fulfilled"

    # A date given can be corrected: the dialog starts from it.
    qtbot.waitUntil(lambda: window.selection.select_id(row.id), timeout=5000)
    assert window.redate_action.isEnabled()
    window.redate_action.trigger()
    dialog = window.redate_flow.reference_date_dialog
    assert dialog.date == dt.date(2024, 3, 1)
    dialog.reject()


def test_a_document_with_its_own_date_cannot_be_given_another(qtbot, db, settings, tmp_path):
    import_file(write(tmp_path, "vragen-officieel.txt", DATED))
    [row] = queries.list_commitments()
    window = open_window(qtbot, settings)
    window.filter_panel.show_all()
    qtbot.waitUntil(lambda: window.selection.select_id(row.id), timeout=5000)
    assert not window.redate_action.isEnabled()
    assert "Geteld vanaf" not in commitment_html(queries.get_commitment(row.id), clock.today())
    assert window.redate_action in window.menuBar().actions()[0].menu().actions()


def test_a_date_in_the_future_gets_a_clear_message_and_is_not_used(qtbot, settings):
    today = dt.date(2024, 5, 1)
    dialog = ReferenceDateDialog("Antwoord op vragen (vragen.txt)", today=today)
    qtbot.addWidget(dialog)
    assert dialog.date_edit.maximumDate().toPython() == today  # the picker goes no further
    dialog.set_date(dt.date(2024, 5, 2))
    dialog.accept()
    assert dialog.result() != ReferenceDateDialog.DialogCode.Accepted
    assert not dialog.problem.isHidden()
    assert dialog.problem.text() == (
        "02-05-2024 ligt in de toekomst. Geef de dag waarop de antwoorden zijn gegeven "
        "(uiterlijk vandaag)."
    )
    dialog.set_date(dt.date(2024, 4, 30))  # a good date clears the message
    assert dialog.problem.isHidden()
    dialog.accept()
    assert dialog.result() == ReferenceDateDialog.DialogCode.Accepted
