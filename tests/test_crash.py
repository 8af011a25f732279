"""Crash safety: the process is killed (SIGKILL) in the middle of a batch import and
in the middle of status changes; the database must be intact, hold every change the
process reported complete and nothing half done, and the batch can simply be run again.

The children (tests/crash_child.py) print a line, flushed, after each committed step,
or when they stand inside a transaction; the parent kills on reading a chosen line, so
the kill points are deterministic rather than timed.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import ROOT, SEED
from factories import seed_register

from tracker.importing import import_file
from tracker.store.connection import close_database, open_database

pytestmark = [
    pytest.mark.sqlite_only,
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX"),
]

CHILD = Path(__file__).with_name("crash_child.py")
HINTS = Path(__file__).parent / "data" / "hints"
CHILD_TIMEOUT = 60  # seconds: a hang guard, far above what a run takes
LETTERS = {4: "brief-zoals-toegezegd.md", 8: "brief-zelfde-dossier.md"}
FILES = 12


# -- the batch and what a clean run of it stores ------------------------------------------


def make_batch(folder: Path) -> list[Path]:
    """FILES documents, each new to the register: the seed, copies of it in other
    dossiers, and two letters that keep promises of the seed (importing them makes
    fulfilment suggestions, so those are part of what must survive a crash)."""
    folder.mkdir()
    text = SEED.read_text(encoding="utf-8")
    files = [folder / "00-kst-32637-448.md"]
    files[0].write_text(text, encoding="utf-8")
    for n in range(1, FILES):
        if n in LETTERS:
            path = folder / f"{n:02}-{LETTERS[n]}"
            shutil.copy(HINTS / LETTERS[n], path)
        else:
            dossier = str(33100 + n)
            path = folder / f"{n:02}-kst-{dossier}.md"
            copy = text.replace("32 637", f"{dossier[:2]} {dossier[2:]}")
            path.write_text(copy.replace("32637", dossier), encoding="utf-8")
        files.append(path)
    return files


def register(db: Path) -> dict:
    """What the database holds, without ids and timestamps: documents by file name;
    commitments by the places they are quoted from, with their fields, sources,
    history, audit trail and search index row; suggestions; document versions."""
    con = sqlite3.connect(db)
    try:
        docs = {i: Path(p).name for i, p in con.execute("SELECT id, path FROM document")}
        places: dict[int, list] = {}
        for cid, doc, start, end, quote in con.execute(
            'SELECT commitment_id, document_id, start, "end", quote FROM source'
        ):
            places.setdefault(cid, []).append((docs[doc], start, end, quote))
        key = {cid: tuple(sorted(p)) for cid, p in places.items()}

        def per_commitment(sql: str) -> dict:
            out: dict = {}
            for cid, *values in con.execute(sql):
                out.setdefault(cid, []).append(tuple(values))
            return out

        history = per_commitment(
            "SELECT commitment_id, from_status, to_status, changed_by, note, evidence"
            " FROM status_change ORDER BY id"
        )
        trail = per_commitment(
            "SELECT commitment_id, version, changed_by, what, old_value, new_value, note,"
            " evidence, via FROM change ORDER BY id"
        )
        index = dict(
            (rowid, (title, quotes, notes))
            for rowid, title, quotes, notes in con.execute(
                "SELECT rowid, title, quotes, notes FROM commitment_fts"
            )
        )
        commitments = {}
        for cid, *fields in con.execute(
            "SELECT id, title, due_date, due_text, status, review_state, ministry, actor,"
            " cue, version, fingerprint FROM commitment"
        ):
            commitments[key.get(cid, ("no source", cid))] = (
                tuple(fields),
                tuple(history.get(cid, ())),
                tuple(trail.get(cid, ())),
                index.get(cid),
            )
        suggestions = sorted(
            (key.get(cid, ("gone", cid)), docs[doc], reason, sentence, evidence, score, state)
            for cid, doc, reason, sentence, evidence, score, state in con.execute(
                "SELECT commitment_id, document_id, reason, sentence, evidence, score, state"
                " FROM suggestion"
            )
        )
        documents = {
            Path(path).name: (title, kind, dossier, number, official_id, content_hash)
            for path, title, kind, dossier, number, official_id, content_hash in con.execute(
                "SELECT path, title, kind, dossier, number, official_id, content_hash FROM document"
            )
        }
        versions = sorted(
            (docs[doc], content_hash, Path(path).name)
            for doc, content_hash, path in con.execute(
                "SELECT document_id, content_hash, path FROM document_version"
            )
        )
        index_rows = con.execute("SELECT COUNT(*) FROM commitment_fts").fetchone()[0]
    finally:
        con.close()
    return {
        "documents": documents,
        "commitments": commitments,
        "suggestions": suggestions,
        "versions": versions,
        "index rows": index_rows,
    }


def integrity(db: Path) -> list[tuple]:
    con = sqlite3.connect(db)
    try:
        # The FTS5 index is checked too: an inconsistent one raises here.
        con.execute("INSERT INTO commitment_fts(commitment_fts) VALUES ('integrity-check')")
        return con.execute("PRAGMA integrity_check").fetchall()
    finally:
        con.close()


@pytest.fixture(scope="module")
def batch(tmp_path_factory) -> tuple[Path, list[dict]]:
    """The batch folder, and what a clean run in one process stores after each file:
    `after[n]` is the register once the first n files are imported."""
    root = tmp_path_factory.mktemp("crash-batch")
    files = make_batch(root / "batch")
    db = root / "clean.sqlite"
    open_database(db)
    try:
        after = [register(db)]
        for path in files:
            result = import_file(path)
            assert result.state == "imported", result.error
            after.append(register(db))
    finally:
        close_database()
    assert len(after[-1]["suggestions"]) >= 2  # the letters made some
    return root / "batch", after


# -- running a child and killing it --------------------------------------------------------


def child(*args: str, tmp_path: Path) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen(
        [sys.executable, str(CHILD), *args],
        stdout=subprocess.PIPE,
        stderr=open(tmp_path / "child-stderr.txt", "ab"),  # noqa: SIM115 - the child's
        text=True,
        env=env,
        cwd=ROOT,
    )


def kill_when(process: subprocess.Popen, stop: Callable[[str, list[str]], bool]) -> list[str]:
    """Read the child's lines until `stop(line, lines so far)`, then SIGKILL it at
    once; every line it printed before it died. Fails if it ends (or hangs) before that.

    The lines it printed between the stop line and the kill (on a busy machine the
    kill can land a few changes later) are read too: each reports work it finished."""
    guard = threading.Timer(CHILD_TIMEOUT, process.kill)
    guard.start()
    lines: list[str] = []
    try:
        for raw in process.stdout:
            line = raw.rstrip("\n")
            lines.append(line)
            if stop(line, lines):
                process.send_signal(signal.SIGKILL)
                break
        process.wait(timeout=CHILD_TIMEOUT)
        lines += [raw.rstrip("\n") for raw in process.stdout]  # printed before it died
    finally:
        guard.cancel()
        if process.poll() is None:
            process.kill()
        process.stdout.close()
    assert process.returncode == -signal.SIGKILL, f"the child ended first: {lines[-3:]}"
    return lines


def imported(lines: list[str]) -> list[str]:
    """The file names the import reported finished."""
    return [
        Path(line.split()[1].rstrip(":")).name for line in lines if line.startswith("imported ")
    ]


def check_after_import_crash(db: Path, lines: list[str], after: list[dict]) -> int:
    """Intact, every reported file whole, nothing half-imported: the register is
    exactly what a clean run holds after the same files. Returns how many are stored."""
    assert integrity(db) == [("ok",)]
    stored = register(db)
    done = imported(lines)
    assert set(done) <= set(stored["documents"])
    # The file the kill interrupted is either wholly stored (it committed before the
    # kill) or not at all; the files after it were never started.
    count = len(stored["documents"])
    assert count in (len(done), len(done) + 1)
    assert stored == after[count]
    return count


def run_again(db: Path, folder: Path, tmp_path: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "tracker.cli", "--db", str(db), "import", str(folder)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=CHILD_TIMEOUT,
    )


# -- a batch import killed ------------------------------------------------------------------


def test_an_import_killed_between_files_keeps_what_it_reported_and_runs_again(batch, tmp_path):
    folder, after = batch
    db = tmp_path / "register.sqlite"
    process = child("import", str(db), str(folder), tmp_path=tmp_path)
    lines = kill_when(process, lambda line, lines: len(imported(lines)) == 3)
    stored = check_after_import_crash(db, lines, after)
    assert stored >= 3

    again = run_again(db, folder, tmp_path)
    assert again.returncode == 0, again.stderr
    assert again.stdout.count("skipped  ") == stored
    assert f"{FILES - stored} imported" in again.stdout
    assert integrity(db) == [("ok",)]
    assert register(db) == after[-1]


@pytest.mark.parametrize(
    "pause_in_file",
    [5, 10],  # 5: a letter, killed while its fulfilment suggestions are being made
)
def test_an_import_killed_inside_a_file_rolls_that_file_back_whole(batch, tmp_path, pause_in_file):
    folder, after = batch
    db = tmp_path / "register.sqlite"
    process = child(
        "import", str(db), str(folder), "--pause-in-file", str(pause_in_file), tmp_path=tmp_path
    )
    lines = kill_when(process, lambda line, lines: line.startswith("inside "))
    inside = next(line for line in lines if line.startswith("inside "))
    interrupted = Path(inside.removeprefix("inside ")).name
    assert len(imported(lines)) == pause_in_file - 1
    assert check_after_import_crash(db, lines, after) == pause_in_file - 1
    assert interrupted not in register(db)["documents"]

    again = run_again(db, folder, tmp_path)
    assert again.returncode == 0, again.stderr
    assert f"imported {folder / interrupted}" in again.stdout
    assert register(db) == after[-1]  # the suggestions of the interrupted file included


def test_a_failure_making_suggestions_keeps_the_document(batch, tmp_path, monkeypatch):
    """The suggestions are made in the file's transaction, in a savepoint of their own:
    when making them fails, the document is still stored, with a warning."""
    folder, after = batch
    files = sorted(folder.iterdir())

    def broken(document_id: int) -> int:
        raise RuntimeError("kapot")

    db = tmp_path / "register.sqlite"
    open_database(db)
    try:
        for path in files[:4]:
            assert import_file(path).state == "imported"
        monkeypatch.setattr("tracker.importing.suggest_for_document", broken)
        result = import_file(files[4])
    finally:
        close_database()
    assert result.state == "imported" and result.commitments == 1
    assert result.warnings[-1] == "fulfilment suggestions could not be made for this document"
    stored = register(db)
    assert stored["documents"] == after[5]["documents"]
    assert stored["commitments"] == after[5]["commitments"]
    assert stored["suggestions"] == after[4]["suggestions"]  # none made for the letter


# -- status changes killed ------------------------------------------------------------------


@pytest.fixture(scope="module")
def marked_template(tmp_path_factory) -> Path:
    """A register with the seed's commitments, closed (no -wal beside it)."""
    return seed_register(tmp_path_factory.mktemp("crash-marks") / "template.sqlite", SEED)


def check_after_marks_crash(db: Path, template: Path, lines: list[str]) -> int:
    """Intact; every change reported done is there with its history row, note,
    evidence and audit record; none half made. Returns how many changes are stored."""
    assert integrity(db) == [("ok",)]
    before = register(template)["commitments"]
    after = register(db)["commitments"]
    assert after.keys() == before.keys()
    done = [line.split() for line in lines if line.startswith("done ")]
    notes: dict[str, tuple[str, str]] = {}  # note -> (status, evidence) as stored
    for key, (fields, history, trail, index) in after.items():
        old_fields, old_history, old_trail, _ = before[key]
        new_history = history[len(old_history) :]
        new_trail = [t for t in trail[len(old_trail) :] if t[2] == "status"]
        assert history[: len(old_history)] == old_history
        # a status never without its history row and audit record, nor these without it
        assert len(new_history) == len(new_trail) == fields[8] - old_fields[8]  # version
        expected_status = new_history[-1][1] if new_history else old_fields[3]
        assert fields[3] == expected_status
        for (_, to, who, note, evidence), (_, _, _, _, new, t_note, t_evidence, _) in zip(
            new_history, new_trail, strict=True
        ):
            assert (to, note, evidence) == (new, t_note, t_evidence)
            assert who == "kind"
            notes[note] = (to, evidence)
            assert note in index[2] and evidence in index[2]  # the search index in step
    for _, i, _cid, status in done:
        assert notes[f"wijziging {i}"] == (status, f"bewijs {i}")
    # Changes are made in order: what is stored is the reported ones, and at most the
    # one after them (committed just before the kill, not yet reported).
    stored = len(notes)
    assert set(notes) == {f"wijziging {i}" for i in range(stored)}
    assert stored in (len(done), len(done) + 1)
    return stored


@pytest.mark.parametrize("kill_after", [1, 17, 48])
def test_status_changes_killed_at_any_point_keep_every_completed_change(
    marked_template, tmp_path, kill_after
):
    db = tmp_path / "register.sqlite"
    shutil.copy(marked_template, db)
    process = child("marks", str(db), "1000", tmp_path=tmp_path)
    lines = kill_when(process, lambda line, lines: line.startswith(f"done {kill_after - 1} "))
    stored = check_after_marks_crash(db, marked_template, lines)
    assert stored >= kill_after

    # Restarted, the register takes changes again.
    again = subprocess.run(
        [sys.executable, str(CHILD), "marks", str(db), "2"],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=CHILD_TIMEOUT,
    )
    assert again.returncode == 0, again.stderr
    assert integrity(db) == [("ok",)]


@pytest.mark.parametrize("pause_in_change", [0, 23])
def test_a_status_change_killed_inside_its_transaction_leaves_no_trace(
    marked_template, tmp_path, pause_in_change
):
    """Killed after the new status and its history row are written but before its
    audit record: none of the three is kept."""
    db = tmp_path / "register.sqlite"
    shutil.copy(marked_template, db)
    process = child(
        "marks", str(db), "1000", "--pause-in-change", str(pause_in_change), tmp_path=tmp_path
    )
    lines = kill_when(process, lambda line, lines: line.startswith("inside "))
    assert check_after_marks_crash(db, marked_template, lines) == pause_in_change


# -- other actions that write several rows -----------------------------------------------------


def test_accepting_several_suggestions_is_one_transaction(tmp_path, monkeypatch):
    """Accepting suggestions marks several commitments: when the second cannot be
    written, the first is not kept either (the user sees one failure, and nothing
    half done that the undo stack does not know of)."""
    import peewee as pw

    import tracker.store.suggestions as suggestions
    from tracker.store.models import Commitment, StatusChange

    db = tmp_path / "register.sqlite"
    open_database(db)
    try:
        import_file(SEED)
        for letter in LETTERS.values():
            import_file(HINTS / letter)
        pending = [r.id for r in suggestions.list_pending()]
        assert len(pending) == 2
        real_mark = suggestions.mark
        calls = []

        def mark_then_fail(*args, **kwargs):
            calls.append(args)
            if len(calls) == 2:
                raise pw.OperationalError(sqlite3.OperationalError("database or disk is full"))
            return real_mark(*args, **kwargs)

        monkeypatch.setattr(suggestions, "mark", mark_then_fail)
        with pytest.raises(pw.OperationalError):
            suggestions.accept(pending, who="kind")
        assert len(calls) == 2
        assert [r.id for r in suggestions.list_pending()] == pending
        assert StatusChange.select().count() == 0
        assert Commitment.select().where(Commitment.status != "open").count() == 0

        monkeypatch.setattr(suggestions, "mark", real_mark)
        result = suggestions.accept(pending, who="kind")
        assert sorted(result.accepted) == sorted(pending)
        assert StatusChange.select().count() == 2
    finally:
        close_database()
