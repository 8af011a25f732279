"""Which commands may create a database: a mistyped `--db` must not look like an empty
register. Only `import` (and the window, `db copy --to`, `db restore`) start one."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from factories import run_cli

from tracker.store.connection import close_database

READING_COMMANDS = [
    ["list"],
    ["mark", "1", "open"],
    ["due", "1", "2027-01-01"],
    ["hints"],
    ["export", "-o", "OUT"],
    ["db", "info"],
    ["db", "backup"],
    ["db", "backups"],
]


@pytest.fixture(autouse=True)
def _closed():
    yield
    close_database()


@pytest.mark.parametrize("command", READING_COMMANDS, ids=lambda c: " ".join(c[:2]))
def test_a_command_on_a_missing_database_names_it_and_creates_nothing(capsys, tmp_path, command):
    target = tmp_path / "no-such-folder" / "sub" / "t.sqlite"
    argv = [str(tmp_path / "out.csv") if a == "OUT" else a for a in command]
    code, out, err = run_cli(capsys, "--db", str(target), *argv)
    assert code != 0
    assert str(target) in err and "no such database file" in err
    assert "0 commitments" not in out
    assert not (tmp_path / "no-such-folder").exists()
    assert not (tmp_path / "out.csv").exists()


def test_an_empty_file_is_refused_not_made_a_database(capsys, tmp_path):
    target = tmp_path / "t.sqlite"
    target.write_bytes(b"")
    code, _, err = run_cli(capsys, "--db", str(target), "list")
    assert code == 1 and str(target) in err and "empty" in err
    assert target.stat().st_size == 0


def test_a_folder_given_as_the_database_says_it_is_a_folder(capsys, tmp_path):
    for command in (["list"], ["import", "nothing.md"]):
        code, _, err = run_cli(capsys, "--db", str(tmp_path), *command)
        assert code == 1 and str(tmp_path) in err and "is a folder" in err


def test_a_new_database_in_a_read_only_folder_says_so(capsys, tmp_path, seed_path):
    # root may write in any folder of its own: then /proc is the folder it cannot write in
    folder = tmp_path / "shared" if os.geteuid() != 0 else Path("/proc")
    if folder != Path("/proc"):
        folder.mkdir()
        folder.chmod(0o555)
    try:
        code, _, err = run_cli(capsys, "--db", str(folder / "t.sqlite"), "import", str(seed_path))
    finally:
        if folder != Path("/proc"):
            folder.chmod(0o755)
    assert code == 1
    assert f"{folder / 't.sqlite'}: cannot create the database (folder is read-only)" in err
    assert not (folder / "t.sqlite").exists()


def test_import_creates_the_database_and_then_list_reads_it(capsys, tmp_path, seed_path):
    target = tmp_path / "new" / "t.sqlite"
    code, _, _ = run_cli(capsys, "--db", str(target), "import", str(seed_path))
    assert code == 0 and target.is_file()
    close_database()
    code, out, _ = run_cli(capsys, "--db", str(target), "list", "--json")
    assert code == 0 and len(json.loads(out)) > 0


def test_dates_needs_no_database(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("TRACKER_DB", str(tmp_path / "nowhere" / "t.sqlite"))
    code, out, _ = run_cli(capsys, "dates", "voor de zomer van 2027", "--reference", "2026-11-28")
    assert code == 0 and "2027" in out
    assert not (tmp_path / "nowhere").exists()
