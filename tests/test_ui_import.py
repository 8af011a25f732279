"""The window's import: progress with commitments found, stopping, and the report per file."""

from __future__ import annotations

import re
import threading
from pathlib import Path

import pytest
from factories import found_in, open_window, seed_copies
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from test_import_versions import corrected

import tracker.importing
from tracker.importing import import_file
from tracker.store.models import Document


def numbered(folder: Path, seed_path: Path, count: int) -> list[Path]:
    return seed_copies(folder, seed_path, count, name="document-{n}.md", first_number=600)


@pytest.fixture
def gate(monkeypatch):
    """Holds the import at the start of a chosen file until released."""

    class Gate:
        def __init__(self) -> None:
            self.at: str | None = None
            self.reached = threading.Event()
            self.release = threading.Event()

    gate = Gate()
    real = tracker.importing.import_file

    def gated(path):
        if path == gate.at:
            gate.reached.set()
            assert gate.release.wait(20)
        return real(path)

    monkeypatch.setattr(tracker.importing, "import_file", gated)
    yield gate
    gate.release.set()


def finished_report(qtbot, window):
    qtbot.waitUntil(lambda: window.last_message_box is not None, timeout=30000)
    qtbot.waitUntil(lambda: not window.jobs_running(), timeout=30000)
    return window.last_message_box


def test_the_report_says_per_file_what_happened(qtbot, db, settings, seed_path, tmp_path):
    original = tmp_path / "kst-32637-448.md"
    original.write_text(seed_path.read_text("utf-8"), "utf-8")
    import_file(original)
    herdruk = tmp_path / "kst-32637-448-herdruk.md"
    herdruk.write_text(corrected(original.read_text("utf-8")), "utf-8")
    [other] = numbered(tmp_path, seed_path, 1)
    broken = tmp_path / "kapot.pdf"
    broken.write_bytes(b"dit is geen pdf")
    window = open_window(qtbot, settings)
    window.import_flow.import_files([str(original), str(herdruk), str(other), str(broken)])
    box = finished_report(qtbot, window)
    lines = box.informativeText().splitlines()
    assert lines[0] == "Geïmporteerd: 1 · bijgewerkt: 1 · overgeslagen: 1 · geweigerd: 1"
    assert len(lines) == 6 and lines[1] == ""
    assert lines[2] == "kst-32637-448.md: al eerder geïmporteerd, overgeslagen"
    updated = re.fullmatch(
        r"kst-32637-448-herdruk\.md: nieuwe versie, (\d+) bijgewerkt, 1 toegevoegd, "
        r"1 niet meer gevonden",
        lines[3],
    )
    assert updated and int(updated[1]) > 0  # the commitments brought up to date
    assert lines[4] == f"document-0.md: {found_in(other)} toezeggingen geïmporteerd"
    # why it was refused, on its line and in Dutch; the English message under details
    assert lines[5] == "kapot.pdf: geweigerd — geen leesbare tekst (het bestand is geen PDF)"
    assert f"{broken}: not a PDF file" in box.detailedText()
    assert "kst-32637-448-herdruk.md: niet meer gevonden in de nieuwe versie: #" in (
        box.detailedText()
    )
    assert box.text() == f"{found_in(other) + 1} toezeggingen toegevoegd."


def test_progress_shows_files_done_and_commitments_found(
    qtbot, db, settings, seed_path, tmp_path, gate
):
    paths = numbered(tmp_path, seed_path, 3)
    gate.at = str(paths[1])
    window = open_window(qtbot, settings)
    window.import_flow.import_files([str(p) for p in paths])
    qtbot.waitUntil(gate.reached.is_set, timeout=30000)
    qtbot.waitUntil(lambda: "Bestand 2 van 3" in window.import_flow.import_progress.labelText())
    label = window.import_flow.import_progress.labelText()
    assert label == (f"Bestand 2 van 3: document-1.md\n{found_in(paths[0])} toezeggingen gevonden")
    assert window.import_flow.import_progress.value() == 1
    gate.release.set()
    finished_report(qtbot, window)


def test_after_stopping_the_report_still_lists_each_file(
    qtbot, db, settings, seed_path, tmp_path, gate
):
    paths = numbered(tmp_path, seed_path, 4)
    gate.at = str(paths[1])
    window = open_window(qtbot, settings)
    window.import_flow.import_files([str(p) for p in paths])
    qtbot.waitUntil(gate.reached.is_set, timeout=30000)
    stop = next(
        b
        for b in window.import_flow.import_progress.findChildren(QPushButton)
        if b.text() == "Stoppen"
    )
    qtbot.mouseClick(stop, Qt.MouseButton.LeftButton)
    gate.release.set()
    box = finished_report(qtbot, window)
    assert box.text().startswith("De import is gestopt na 2 van 4 bestanden.")
    each = found_in(paths[0])
    assert box.informativeText().splitlines() == [
        "Geïmporteerd: 2 · bijgewerkt: 0 · overgeslagen: 0 · geweigerd: 0",
        "",
        f"document-0.md: {each} toezeggingen geïmporteerd",
        f"document-1.md: {each} toezeggingen geïmporteerd",
        "",
        "2 bestanden niet verwerkt.",
    ]
    assert box.detailedText().splitlines() == [
        f"Niet verwerkt: {paths[2]}",
        f"Niet verwerkt: {paths[3]}",
    ]
    assert sorted(Path(d.path).name for d in Document.select()) == [
        "document-0.md",
        "document-1.md",
    ]
    assert window.import_action.isEnabled()


def test_a_refusal_says_why_on_its_line_in_the_window_language(qtbot, db, settings, tmp_path):
    binary = tmp_path / "binary.pdf"
    binary.write_bytes(b"\x00\x01 no pdf at all")
    empty = tmp_path / "leeg.txt"
    empty.write_text("  \n", "utf-8")
    big = tmp_path / "groot.docx"
    big.write_bytes(b"PK not really a zip")
    nonsense = tmp_path / "onzin.txt"
    nonsense.write_text("qwx zyv plork " * 400, "utf-8")
    window = open_window(qtbot, settings)
    window.import_flow.import_files([str(binary), str(empty), str(big), str(nonsense)])
    lines = finished_report(qtbot, window).informativeText().splitlines()
    assert lines[2:] == [
        "binary.pdf: geweigerd — geen leesbare tekst (het bestand is geen PDF)",
        "leeg.txt: geweigerd — het bestand is leeg",
        "groot.docx: geweigerd — geen leesbaar Word-document",
        "onzin.txt: geweigerd — geen antwoorden en geen documentstructuur gevonden (geen "
        "verslag, Kamervragen, nota, lijst van vragen of brief)",
    ]


def test_a_refusal_says_why_in_english_in_the_english_window(
    qtbot, db, settings, english, tmp_path
):
    assert english == "en"
    binary = tmp_path / "binary.pdf"
    binary.write_bytes(b"\x00\x01 no pdf at all")
    window = open_window(qtbot, settings)
    window.import_flow.import_files([str(binary)])
    lines = finished_report(qtbot, window).informativeText().splitlines()
    assert lines[2] == "binary.pdf: refused — no readable text (the file is not a PDF)"


def test_progress_moves_within_a_large_file(qtbot, db, settings, seed_path, monkeypatch):
    """The dialog shows how far the step of a file is ("toezeggingen zoeken… 40 %"),
    not only which file: a 30 MB file takes a while."""
    halfway = threading.Event()
    release = threading.Event()
    real = tracker.importing.extract

    def slow_extract(document, progress=None):
        progress(0.4)
        halfway.set()
        assert release.wait(20)
        return real(document, progress=progress)

    monkeypatch.setattr(tracker.importing, "extract", slow_extract)
    window = open_window(qtbot, settings)
    window.import_flow.import_files([str(seed_path)])
    qtbot.waitUntil(halfway.is_set, timeout=30000)
    qtbot.waitUntil(
        lambda: "toezeggingen zoeken… 40 %" in window.import_flow.import_progress.labelText(),
        timeout=10000,
    )
    release.set()
    finished_report(qtbot, window)
