"""One language per surface: the core's errors carry a reason, said by tracker/reasons.py
in Dutch or English; the CLI prints them in its language, the window in its own."""

from __future__ import annotations

import ast
import string
from pathlib import Path

import pytest
from conftest import ROOT
from factories import run_cli

from tracker.cli.messages import set_language
from tracker.documents.reader import REFUSAL_REASONS
from tracker.reasons import DATABASE_REASONS, DOCUMENT_REASONS, REASONS, describe
from tracker.store import write_errors
from tracker.store.connection import close_database


@pytest.fixture(autouse=True)
def _back_to_english():
    yield
    close_database()
    set_language("en")


@pytest.fixture
def register(tmp_path, seed_path, capsys):
    path = tmp_path / "t.sqlite"
    assert run_cli(capsys, "--db", str(path), "import", str(seed_path))[0] == 0
    close_database()
    return str(path)


def _error(capsys, *argv: str) -> str:
    code, _, err = run_cli(capsys, *argv)
    close_database()
    assert code == 1, err
    return err


def test_a_missing_database_in_dutch_and_english(capsys, tmp_path):
    path = tmp_path / "nosuch" / "t.sqlite"
    assert _error(capsys, "--lang", "nl", "--db", str(path), "list") == (
        f"tracker: {path}: dat databasebestand bestaat niet (controleer het pad; `tracker "
        "import` of het venster maakt een nieuw register)\n"
    )
    assert _error(capsys, "--lang", "en", "--db", str(path), "list") == (
        f"tracker: {path}: no such database file (check the path; `tracker import` or the "
        "window creates a new register)\n"
    )


def test_an_empty_database_file_in_dutch_and_english(capsys, tmp_path):
    path = tmp_path / "leeg.sqlite"
    path.write_bytes(b"")
    assert _error(capsys, "--lang", "nl", "--db", str(path), "list") == (
        f"tracker: {path}: het bestand is leeg (0 bytes), geen tracker-database\n"
    )
    assert _error(capsys, "--lang", "en", "--db", str(path), "list") == (
        f"tracker: {path}: the file is empty (0 bytes), not a tracker database\n"
    )


def test_a_folder_as_database_in_dutch_and_english(capsys, tmp_path):
    assert _error(capsys, "--lang", "nl", "--db", str(tmp_path), "list") == (
        f"tracker: {tmp_path}: is een map, geen databasebestand\n"
    )
    assert _error(capsys, "--lang", "en", "--db", str(tmp_path), "list") == (
        f"tracker: {tmp_path}: is a folder, not a database file\n"
    )


def test_a_refused_pdf_in_the_import_report_in_dutch_and_english(capsys, tmp_path):
    db = str(tmp_path / "t.sqlite")
    pdf = tmp_path / "bin.pdf"
    pdf.write_bytes(b"\x00\x01 no pdf at all")
    _, _, err = run_cli(capsys, "--lang", "nl", "--db", db, "import", str(pdf))
    close_database()
    assert f"geweigerd    {pdf}: geen leesbare tekst (het bestand is geen PDF)\n" in err
    assert "not a PDF" not in err
    _, _, err = run_cli(capsys, "--lang", "en", "--db", db, "import", str(pdf))
    assert f"refused  {pdf}: not a PDF file (no %PDF header)\n" in err


def test_extract_of_a_refused_pdf_in_dutch(capsys, tmp_path):
    pdf = tmp_path / "bin.pdf"
    pdf.write_bytes(b"\x00\x01 no pdf at all")
    assert _error(capsys, "--lang", "nl", "extract", str(pdf)) == (
        f"tracker: {pdf}: geen leesbare tekst (het bestand is geen PDF)\n"
    )


@pytest.mark.parametrize("suffix", ["xlsx", "csv", "ics"])
def test_an_export_into_a_missing_folder_in_dutch_and_english(capsys, register, tmp_path, suffix):
    target = tmp_path / "nope" / f"x.{suffix}"
    assert _error(capsys, "--lang", "nl", "--db", register, "export", "-o", str(target)) == (
        f"tracker: {target}: de export kan niet worden geschreven (de map {target.parent} "
        "bestaat niet)\n"
    )
    assert _error(capsys, "--lang", "en", "--db", register, "export", "-o", str(target)) == (
        f"tracker: {target}: cannot write the export (the folder {target.parent} does not exist)\n"
    )


def test_marking_a_commitment_that_does_not_exist_in_dutch_and_english(capsys, register):
    assert _error(capsys, "--lang", "nl", "--db", register, "mark", "9999", "voldaan") == (
        "tracker: er is geen toezegging 9999\n"
    )
    assert _error(capsys, "--lang", "nl", "--db", register, "mark", "9998", "9999", "voldaan") == (
        "tracker: er zijn geen toezeggingen 9998, 9999\n"
    )
    assert _error(capsys, "--lang", "en", "--db", register, "mark", "9999", "fulfilled") == (
        "tracker: there is no commitment 9999\n"
    )


def test_a_damaged_database_in_dutch(capsys, tmp_path):
    path = tmp_path / "kapot.sqlite"
    path.write_bytes(b"no database at all " * 300)
    err = _error(capsys, "--lang", "nl", "--db", str(path), "list")
    assert err.startswith(f"tracker: {path}: het bestand is beschadigd, onleesbaar of geen ")
    assert "toon de back-ups met `tracker db backups`" in err


def test_a_full_disk_is_said_in_both_languages():
    error = write_errors.DatabaseWriteError(write_errors.FULL, "/x/t.sqlite", "No space")
    assert str(error) == (
        "/x/t.sqlite: the database could not be written: no space left on the disk (or the "
        "file may not grow) (No space); this change was not saved, everything saved before "
        "is kept"
    )
    assert describe(error.reason, error.details, "nl").startswith(
        "/x/t.sqlite: de database kon niet worden geschreven: er is geen ruimte meer op de "
        "schijf (of het bestand mag niet groeien) (No space); "
    )


def _raised_reasons() -> set[str]:
    """Every reason key written as a literal where an error is made (`SomethingError(...,
    reason="key")`, and a DocumentError's second argument)."""
    found: set[str] = set()
    for path in (ROOT / "tracker").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", ""))
            if not name.endswith("Error"):  # (a hint's reason is another vocabulary)
                continue
            for keyword in node.keywords:
                if keyword.arg == "reason" and isinstance(keyword.value, ast.Constant):
                    found.add(keyword.value.value)
            if name == "DocumentError" and len(node.args) > 1:
                if isinstance(node.args[1], ast.Constant):
                    found.add(node.args[1].value)
    found.discard(None)
    return found


def test_every_reason_has_its_dutch_and_english():
    raised = _raised_reasons()
    assert {"not_pdf", "db_missing", "export_no_folder", "no_commitment"} <= raised
    problems = {write_errors.FULL, write_errors.READ_ONLY, write_errors.WRITE_FAILED}
    needed = set(REFUSAL_REASONS) | set(DATABASE_REASONS) | raised | problems
    assert sorted(needed - set(REASONS)) == []
    assert set(DOCUMENT_REASONS) == set(REFUSAL_REASONS)
    for reason, (dutch, english) in REASONS.items():
        assert dutch and english and dutch != english, reason
        names = [
            {f[1] for f in string.Formatter().parse(text) if f[1]} for text in (dutch, english)
        ]
        # the Dutch may leave out the core's English particulars (a damaged file's problem)
        assert names[0] <= names[1], reason


def test_the_window_keeps_no_table_of_its_own():
    source = Path(ROOT / "ui" / "flows" / "import_flow.py").read_text(encoding="utf-8")
    assert "geen leesbaar Word-document" not in source
