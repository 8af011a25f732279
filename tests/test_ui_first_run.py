"""First start on an empty register: the sample document is offered once, imported
through the normal import, and not offered again after Nee or once documents exist."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import GOLD, SEED
from factories import open_window
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tracker.importing import import_file
from tracker.store.models import Document
from ui.first_run import offer_sample


@pytest.fixture
def musts() -> list[dict]:
    """The commitments of the sample that every extraction must find."""
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    return [c for c in gold["commitments"] if c["kind"] == "must"]


def answer(box: QMessageBox, button: QMessageBox.StandardButton) -> None:
    box.button(button).click()


def test_fresh_register_is_offered_the_sample(qtbot, db, settings):
    window = open_window(qtbot, settings)
    box = offer_sample(window)
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    assert box.text().endswith("Voorbeelddocument importeren?")
    assert box.button(QMessageBox.StandardButton.Yes).text() == "Ja"
    assert box.button(QMessageBox.StandardButton.No).text() == "Nee"
    # Not application-modal and not exec()'d: the window keeps working behind it.
    assert box.windowModality() != Qt.WindowModality.ApplicationModal


def test_accepting_imports_the_sample_and_fills_the_list(qtbot, db, settings, musts):
    settings.setValue("import/directory", "/home/someone/stukken")
    window = open_window(qtbot, settings)
    answer(offer_sample(window), QMessageBox.StandardButton.Yes)
    # Through the window's import: its report ends it.
    qtbot.waitUntil(lambda: window.last_message_box is not None, timeout=30000)
    qtbot.waitUntil(lambda: not window.jobs_running(), timeout=30000)
    assert window.model.rowCount() >= len(musts)
    assert [Path(d.path).name for d in Document.select()] == [SEED.name]
    assert "toegevoegd" in window.last_message_box.text()
    # The import dialog still starts in the user's own folder, not in the bundle's.
    assert settings.value("import/directory") == "/home/someone/stukken"
    # With documents in the register the offer is not made again.
    window.last_message_box.close()
    assert offer_sample(window) is None


def test_declining_is_remembered(qtbot, db, settings):
    window = open_window(qtbot, settings)
    answer(offer_sample(window), QMessageBox.StandardButton.No)
    assert Document.select().count() == 0
    assert offer_sample(window) is None
    # Also in the next session (a new window on the same settings).
    window.close()
    assert offer_sample(open_window(qtbot, settings)) is None


def test_a_register_with_documents_is_not_offered_the_sample(qtbot, db, settings):
    import_file(SEED)
    assert offer_sample(open_window(qtbot, settings)) is None


def test_gui_imports_files_given_on_the_command_line(qapp, tmp_path, musts):
    """`tracker gui FILE` (a file manager's Open with) imports it as the window opens;
    a screenshot waits for that import, and no first-run question blocks it."""
    from tracker.store.connection import close_database, open_database
    from tracker.store.models import Commitment
    from ui.app import run_gui

    dbfile, png = tmp_path / "fresh.sqlite", tmp_path / "shot.png"
    assert run_gui(str(dbfile), screenshot=str(png), files=[str(SEED)]) == 0
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    open_database(dbfile)
    try:
        assert [Path(d.path).name for d in Document.select()] == [SEED.name]
        assert Commitment.select().count() >= len(musts)
    finally:
        close_database()


def test_screenshot_of_a_fresh_register_does_not_wait_for_the_offer(qapp, tmp_path):
    from ui.app import run_gui

    png = tmp_path / "shot.png"
    assert run_gui(str(tmp_path / "fresh.sqlite"), screenshot=str(png)) == 0
    assert png.is_file()


def test_gui_refuses_a_file_that_does_not_exist(tmp_path, capsys):
    from tracker.cli import main

    missing = tmp_path / "weg.pdf"
    assert main(["--db", str(tmp_path / "t.sqlite"), "gui", str(missing)]) == 1
    assert f"{missing}: no such file or folder" in capsys.readouterr().err
