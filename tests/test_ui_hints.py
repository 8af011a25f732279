"""The Suggesties dialog: staff see why a document seems to keep a promise, accept or
dismiss through the buttons, and undo — checking the database afterwards."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from factories import open_window
from PySide6.QtCore import Qt

from tracker.hints import suggest_for_document
from tracker.importing import import_file
from tracker.store import queries, suggestions
from tracker.store.models import Document
from ui.dialogs.hints_dialog import HintsDialog
from ui.settings_dialog import DISPLAY_NAME_KEY

HINTS = Path(__file__).parent / "data" / "hints"
PRAKTIJKLEREN = "Evaluatie subsidie Praktijkleren"
LANDINGSPAGINA = "Lancering informatie- en landingspagina en Netherlands Branding-campagne"


def _import(path: Path) -> int:
    assert import_file(path).error is None
    return Document.get(Document.path == str(path)).id


@pytest.fixture
def pending(db, seed_path) -> dict[str, int]:
    """The seed and two follow-up letters: commitment title -> commitment id."""
    _import(seed_path)
    suggest_for_document(_import(HINTS / "brief-zoals-toegezegd.md"))
    suggest_for_document(_import(HINTS / "brief-zelfde-dossier.md"))
    return {r.commitment_title: r.commitment_id for r in suggestions.list_pending()}


@pytest.fixture
def window(qtbot, settings, pending):
    return open_window(qtbot, settings)


def _dialog(window) -> HintsDialog:
    window.hints.action.trigger()
    dialog = window.hints.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def _select(dialog: HintsDialog, title: str) -> None:
    row = next(i for i, r in enumerate(dialog.model.rows) if r.commitment_title == title)
    dialog.table.selectRow(row)


def _shown_titles(dialog: HintsDialog) -> list[str]:
    model = dialog.model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_menu_action_and_status_bar_show_how_many_suggestions_wait(window):
    assert window.hints.action.text() == "&Suggesties (2)…"
    assert window.hints.label.isVisible() and window.hints.label.text() == "2 suggesties"
    titles = [a.text() for m in window.menuBar().actions() for a in m.menu().actions()]
    assert "&Suggesties (2)…" in titles


def test_dialog_lists_commitment_document_and_why(window, pending):
    dialog = _dialog(window)
    assert sorted(_shown_titles(dialog)) == sorted(
        f"#{cid} {title}" for title, cid in pending.items()
    )
    row = next(i for i, r in enumerate(dialog.model.rows) if r.commitment_title == PRAKTIJKLEREN)
    assert dialog.model.index(row, 1).data() == "Kamerstuk 32 637, nr. 512 (14-12-2022)"
    why = dialog.model.index(row, 2).data()
    assert "toezegging na te komen" in why and "Kamerstuk 32 637, nr. 448" in why
    _select(dialog, PRAKTIJKLEREN)
    assert "zoals toegezegd in het schriftelijk overleg" in dialog.sentence.text()


def test_accepting_marks_fulfilled_refreshes_the_list_and_can_be_undone(window, pending, qtbot):
    window.settings.setValue(DISPLAY_NAME_KEY, "Anna de Vries")
    dialog = _dialog(window)
    _select(dialog, PRAKTIJKLEREN)
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)

    row = queries.get_commitment(pending[PRAKTIJKLEREN])
    assert row.status == "fulfilled"
    assert row.history[-1].effective_date == dt.date(2022, 12, 14)
    assert "Kamerstuk 32 637, nr. 512" in row.history[-1].evidence
    assert row.history[-1].changed_by == "Anna de Vries"
    assert [r.commitment_title for r in dialog.model.rows] == [LANDINGSPAGINA]
    assert dialog.last_message == "1 toezegging gemarkeerd als voldaan."
    assert window.hints.action.text() == "&Suggesties (1)…"
    # The main list shows the new status at once.
    assert window.model.row_for_id(pending[PRAKTIJKLEREN]) is not None
    shown = window.model.commitment(window.model.row_for_id(pending[PRAKTIJKLEREN]))
    assert shown.status == "fulfilled"

    window.undo_action.trigger()
    assert queries.get_commitment(pending[PRAKTIJKLEREN]).status == "open"
    assert sorted(r.commitment_title for r in dialog.model.rows) == sorted(pending)
    assert window.hints.action.text() == "&Suggesties (2)…"

    window.redo_action.trigger()
    assert queries.get_commitment(pending[PRAKTIJKLEREN]).status == "fulfilled"
    assert [r.commitment_title for r in dialog.model.rows] == [LANDINGSPAGINA]


def test_dismissing_removes_the_suggestion_for_good(window, pending, qtbot):
    dialog = _dialog(window)
    _select(dialog, LANDINGSPAGINA)
    qtbot.mouseClick(dialog.dismiss_button, Qt.MouseButton.LeftButton)
    assert [r.commitment_title for r in dialog.model.rows] == [PRAKTIJKLEREN]
    assert queries.get_commitment(pending[LANDINGSPAGINA]).status == "open"
    letter = Document.get(Document.path == str(HINTS / "brief-zelfde-dossier.md")).id
    assert suggest_for_document(letter) == 0
    dialog.reload()
    assert [r.commitment_title for r in dialog.model.rows] == [PRAKTIJKLEREN]


def test_accepting_one_marked_meanwhile_says_so_and_drops_it(window, pending, qtbot):
    dialog = _dialog(window)
    _select(dialog, PRAKTIJKLEREN)
    queries.mark(pending[PRAKTIJKLEREN], "lapsed", who="bert")  # elsewhere, e.g. the CLI
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    assert queries.get_commitment(pending[PRAKTIJKLEREN]).status == "lapsed"
    assert "niet meer open" in dialog.last_message
    assert [r.commitment_title for r in dialog.model.rows] == [LANDINGSPAGINA]


def test_buttons_work_on_a_selection_of_several(window, pending, qtbot):
    dialog = _dialog(window)
    dialog.table.selectAll()
    assert len(dialog.selected_ids()) == 2
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    assert {queries.get_commitment(i).status for i in pending.values()} == {"fulfilled"}
    assert dialog.model.rowCount() == 0
    assert not dialog.accept_button.isEnabled() and not dialog.dismiss_button.isEnabled()
    assert window.hints.action.text() == "&Suggesties…"
    assert not window.hints.label.isVisible()
