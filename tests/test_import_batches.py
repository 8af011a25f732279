"""Importing many files at once: `tracker import` and `tracker.importing.import_batch`."""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT
from factories import found_in, run_cli, seed_copies
from test_import_versions import corrected

import tracker.importing
import tracker.store.documents
from tracker.cli import main
from tracker.importing import ImportProgress, import_batch
from tracker.store.connection import close_database, open_database
from tracker.store.models import Commitment, Document, Source


@pytest.fixture
def dbfile(db_url):
    """`--db`: a fresh SQLite file or PostgreSQL database (the tests run on both)."""
    yield db_url
    close_database()


def documents(folder: Path, seed_path: Path, count: int) -> list[Path]:
    return seed_copies(folder, seed_path, count, name="doc-{n:02}.md", first_number=500)


@pytest.fixture
def inbox(tmp_path, seed_path) -> Path:
    """A folder as staff keep it: a document in one month's folder, a broken PDF and a
    hidden file beside it."""
    folder = tmp_path / "inbox"
    (folder / "2021-03").mkdir(parents=True)
    (folder / "2021-03" / "kst-32637-448.md").write_text(seed_path.read_text("utf-8"), "utf-8")
    (folder / "kapot.pdf").write_bytes(b"dit is geen pdf")
    (folder / ".verborgen.md").write_text("niet importeren", "utf-8")
    return folder


def test_a_folder_is_imported_with_one_line_per_file_and_a_summary(capsys, dbfile, inbox):
    original = inbox / "2021-03" / "kst-32637-448.md"
    herdruk = inbox / "2021-04" / "kst-32637-448-herdruk.md"
    herdruk.parent.mkdir()
    herdruk.write_text(corrected(original.read_text("utf-8")), "utf-8")
    code, out, err = run_cli(capsys, "--db", dbfile, "import", str(inbox))
    assert code == 1  # a file was refused
    lines = out.splitlines()
    seed_count = found_in(original)
    assert lines[0] == f"imported {original}: {seed_count} commitments"
    assert lines[1].startswith(f"updated  {herdruk}: ")
    gone = Commitment.get(
        Commitment.title
        == "Meenemen data in kennisuitwisseling tussen hogescholen over werven en behoud"
    ).id  # its sentence was deleted
    assert lines[1].endswith(f" updated, 1 added, 1 no longer found (#{gone})")
    assert f"refused  {inbox / 'kapot.pdf'}:" in err
    assert "verborgen" not in out + err
    assert lines[-1] == (
        f"3 files: 1 imported, 1 updated, 0 skipped, 1 refused; {seed_count + 1} commitments added"
    )
    assert "[" not in err  # no progress noise when stderr is not a terminal


def test_importing_the_folder_again_skips_what_is_stored(capsys, dbfile, inbox):
    (inbox / "kapot.pdf").unlink()
    assert run_cli(capsys, "--db", dbfile, "import", str(inbox))[0] == 0
    code, out, err = run_cli(capsys, "--db", dbfile, "import", str(inbox))
    assert code == 0 and err == ""
    assert out.splitlines() == [
        f"skipped  {inbox / '2021-03' / 'kst-32637-448.md'}: already imported",
        "1 file: 0 imported, 0 updated, 1 skipped, 0 refused; 0 commitments added",
    ]


def test_progress_is_shown_when_asked_for(capsys, dbfile, tmp_path, seed_path):
    paths = documents(tmp_path / "map", seed_path, 2)
    code, _, err = run_cli(capsys, "--db", dbfile, "import", "--progress", str(tmp_path / "map"))
    assert code == 0
    first = found_in(paths[0])
    assert err.splitlines() == [
        "[1/2] 0 commitments… doc-00.md",
        f"[2/2] {first} commitments… doc-01.md",
    ]


def test_progress_on_a_terminal_is_one_updating_line(
    capsys, monkeypatch, dbfile, tmp_path, seed_path
):
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    paths = documents(tmp_path / "map", seed_path, 2)
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["--db", dbfile, "import", *map(str, paths)]) == 0
    shown = terminal.getvalue()
    assert "\n" not in shown  # the line is rewritten, never scrolled
    assert "\r\x1b[K[1/2] 0 commitments… doc-00.md" in shown
    assert shown.endswith("\r\x1b[K")  # and cleared at the end
    assert "imported" in capsys.readouterr().out


def interrupt_at(monkeypatch, stop_at: str) -> None:
    """Ctrl+C while the file `stop_at` is being stored, half-way its commitments."""
    real = tracker.store.documents._create_commitments

    def create(parsed, items, document_id):
        if Path(parsed.path).name == stop_at:
            real(parsed, items[:5], document_id)
            raise KeyboardInterrupt
        return real(parsed, items, document_id)

    monkeypatch.setattr(tracker.store.documents, "_create_commitments", create)


def test_ctrl_c_stops_after_the_files_done_and_rolls_back_the_current_one(
    capsys, monkeypatch, dbfile, tmp_path, seed_path
):
    paths = documents(tmp_path / "map", seed_path, 5)
    interrupt_at(monkeypatch, "doc-02.md")
    code, out, err = run_cli(capsys, "--db", dbfile, "import", str(tmp_path / "map"))
    assert code == 130
    assert [line.split(":")[0] for line in out.splitlines()[:-1]] == [
        f"imported {paths[0]}",
        f"imported {paths[1]}",
    ]
    assert out.splitlines()[-1].startswith("2 files: 2 imported,")
    assert "interrupted; 3 files not processed" in err
    open_database(dbfile)
    assert sorted(Path(d.path).name for d in Document.select()) == ["doc-00.md", "doc-01.md"]
    assert Commitment.select().count() == 2 * found_in(paths[0])  # nothing of doc-02 half-stored
    assert not Source.select().join(Document).where(Document.path == str(paths[2])).exists()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT to a child process is POSIX")
def test_ctrl_c_in_a_real_run_finishes_the_current_file(tmp_path, seed_path):
    documents(tmp_path / "map", seed_path, 25)
    db = tmp_path / "signal.sqlite"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        [sys.executable, "-m", "tracker.cli", "--db", str(db), "import", "--progress"]
        + [str(tmp_path / "map")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    try:
        for line in process.stderr:
            if line.startswith("[3/25]"):
                process.send_signal(signal.SIGINT)
                break
        out, err = process.communicate(timeout=60)
    finally:
        process.kill()
    assert process.returncode == 130
    imported = [line for line in out.splitlines() if line.startswith("imported ")]
    assert 3 <= len(imported) < 25
    assert f"{25 - len(imported)} files not processed" in err
    open_database(db)
    try:
        assert Document.select().count() == len(imported)
    finally:
        close_database()


# -- import_batch -------------------------------------------------------------------------


def test_one_bad_file_never_stops_the_batch(db, tmp_path, seed_path):
    good = documents(tmp_path, seed_path, 2)
    missing = tmp_path / "weg.md"
    batch = import_batch([good[0], missing, tmp_path / "leeg.txt", good[1]])
    assert [r.state for r in batch.results] == ["imported", "refused", "refused", "imported"]
    assert "weg.md: file not found" in batch.results[1].error
    assert not batch.stopped and Document.select().count() == 2


def test_progress_counts_files_and_commitments_found(db, tmp_path, seed_path):
    paths = documents(tmp_path, seed_path, 3)
    steps: list[ImportProgress] = []
    batch = import_batch(paths, progress=steps.append)
    each = found_in(paths[0])
    assert [(s.done, s.total, Path(s.path).name if s.path else "", s.found) for s in steps] == [
        (0, 3, "doc-00.md", 0),
        (1, 3, "doc-01.md", each),
        (2, 3, "doc-02.md", 2 * each),
        (3, 3, "", 3 * each),
    ]
    assert [r.found for r in batch.results] == [each] * 3


def test_cancelling_leaves_the_remaining_files_pending(db, tmp_path, seed_path):
    paths = documents(tmp_path, seed_path, 4)
    batch = import_batch(paths, cancel=lambda: Document.select().count() >= 2)
    assert [Path(r.path).name for r in batch.results] == ["doc-00.md", "doc-01.md"]
    assert batch.pending == [str(p) for p in paths[2:]]
    assert batch.stopped and batch.total == 4


def test_a_file_already_imported_is_not_read_again(db, tmp_path, seed_path, monkeypatch):
    [path] = documents(tmp_path, seed_path, 1)
    import_batch([path])

    def unread(path):
        raise AssertionError("read again")

    monkeypatch.setattr(tracker.importing, "read_document", unread)
    [result] = import_batch([path]).results
    assert result.state == "skipped" and result.found == 0


def test_a_new_file_is_read_from_disk_once(db, tmp_path, seed_path, monkeypatch):
    """Its bytes are hashed (to skip a file imported before) and parsed from one read."""
    [path] = documents(tmp_path, seed_path, 1)
    reads: list[str] = []
    real_open = Path.open  # (Path.read_bytes opens it too)

    def open_(self, mode="r", *args, **kwargs):
        if "r" in mode:
            reads.append(str(self))
        return real_open(self, mode, *args, **kwargs)

    monkeypatch.setattr(Path, "open", open_)
    [result] = import_batch([path]).results
    assert result.state == "imported"
    assert reads.count(str(path)) == 1
