"""SQLite on a shared folder: a few processes writing to one register file at once.

Each child process opens the register as the window does (one connection, kept open)
and makes a fixed number of mixed changes on an overlapping set of commitments: marks
with a note through the store and through the `tracker mark` command, reviews, due
dates, and imports of small documents. It reports each change it was told succeeded;
the parent then checks that nothing was lost, that no "database is locked" reached
anyone, and that the file is intact.
"""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).parent / "data" / "documents"
SETUP = ("kamervragen-pdf.txt", "verslag-pdf.md")
DOCUMENTS = ("kamervragen-clean.txt", "kamervragen-cp1252.txt", "verslag-plain.txt")
ROUNDS = 6

# argv: register, name, busy timeout (ms; "" for the default), commitment ids, documents,
# suggestion ids
_CHILD = r"""
import datetime as dt, sys, traceback
from tracker.store import connection

db_path, me, timeout, ids, docs, sids = sys.argv[1:7]
sids = [int(i) for i in sids.split(",")]
if timeout:
    connection.SQLITE_PRAGMAS["busy_timeout"] = int(timeout)
ids = [int(i) for i in ids.split(",")]
docs = docs.split(",")
from tracker import importing
from tracker.cli import main as cli
from tracker.cli.output import unwritable
from tracker.store import editing, suggestions

def told(exc):
    message = unwritable(exc)
    if message is None:
        traceback.print_exc()
        sys.exit(1)
    print("tracker: " + message, flush=True)

connection.open_database(db_path)
number = int(me[-1])
for i in range(ROUNDS):
    chosen = [ids[(number + i + k) % len(ids)] for k in range(3)]
    note = f"{me}-{i}"
    status = ("fulfilled", "partial", "lapsed", "open")[(number + i) % 4]
    try:
        result = editing.mark_changes(chosen, status, note=note, who=me)
        for row in result.changed:
            print(f"done status {row.id}", flush=True)
    except Exception as exc:
        told(exc)
    try:
        cid = ids[(number * 2 + i) % len(ids)]
        editing.set_review_state(cid, ("confirmed", "rejected")[i % 2], who=me)
        print(f"done review {cid}", flush=True)
    except Exception as exc:
        told(exc)
    try:
        cid = ids[(number + 2 * i) % len(ids)]
        editing.set_due(cid, dt.date(2031, number, i + 1), who=me)
        print(f"done due {cid}", flush=True)
    except Exception as exc:
        told(exc)
    try:
        sid = sids[(number + i) % len(sids)]
        if suggestions.dismiss([sid], who=me):
            print(f"done dismiss {sid}", flush=True)
    except Exception as exc:
        told(exc)
    cid = ids[(number * 3 + i) % len(ids)]
    code = cli(["--db", db_path, "mark", str(cid), status, "--note", f"{note}-cli"])
    print(f"cli exit {code}", flush=True)
    try:
        path = docs[(number + i) % len(docs)]
        result = importing.import_file(path)
        print(f"import {result.state} {result.error or ''}", flush=True)
    except Exception as exc:
        told(exc)
""".replace("ROUNDS", str(ROUNDS))


def _register(tmp_path: Path) -> tuple[Path, list[int], list[int]]:
    """A register holding two documents' commitments, and a pending suggestion that
    each document keeps each promise of the other; closed again. The file, the
    commitment ids and the suggestion ids."""
    from tracker.importing import import_file
    from tracker.store import suggestions
    from tracker.store.connection import close_database, open_database
    from tracker.store.models import Commitment, Source, Suggestion

    path = tmp_path / "shared" / "tracker.sqlite"
    open_database(path)
    try:
        for name in SETUP:
            assert import_file(DATA / name).state == "imported"
        ids = [c.id for c in Commitment.select().order_by(Commitment.id)]
        of = {s.commitment_id: s.document_id for s in Source.select()}
        for document in set(of.values()):
            hints = [suggestions.Hint(c, "zoals_toegezegd", 0.9) for c in ids if of[c] != document]
            suggestions.create(document, hints)
        sids = [s.id for s in Suggestion.select().order_by(Suggestion.id)]
    finally:
        close_database()
    assert len(ids) >= 3 and len(sids) == len(ids)
    return path, ids, sids


def _run_writers(
    path: Path, ids: list[int], sids: list[int], count: int, timeout: str
) -> list[tuple[str, str]]:
    """Start `count` writers at once; each one's (stdout, stderr) once all are done."""
    docs = ",".join(str(DATA / name) for name in DOCUMENTS)
    children = []
    for number in range(1, count + 1):
        env = {**os.environ, "PYTHONPATH": str(ROOT), "TRACKER_USER": f"writer{number}"}
        children.append(
            subprocess.Popen(
                [
                    sys.executable,
                    "-c",
                    _CHILD,
                    str(path),
                    f"writer{number}",
                    timeout,
                    ",".join(map(str, ids)),
                    docs,
                    ",".join(map(str, sids)),
                ],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                env=env,
            )
        )
    outputs = []
    for child in children:
        out, err = child.communicate(timeout=300)
        assert child.returncode == 0, f"exit {child.returncode}\n{out}\n{err}"
        outputs.append((out, err))
    return outputs


@pytest.mark.parametrize("count", [2, 5])
def test_writers_sharing_one_file_lose_nothing_and_never_see_locked(tmp_path, count):
    path, ids, sids = _register(tmp_path)
    outputs = _run_writers(path, ids, sids, count, "")

    from tracker.store.connection import close_database, open_database
    from tracker.store.models import Change, Document, StatusChange, Suggestion

    for out, err in outputs:
        text = (out + err).lower()
        assert "locked" not in text and "busy" not in text, out + err
        assert "tracker:" not in text, out + err  # every change was made
        assert out.count("cli exit 0") == ROUNDS, out + err
        assert "import failed" not in out, out
    open_database(path)
    try:
        for number, (out, _err) in enumerate(outputs, start=1):
            me = f"writer{number}"
            reported = {kind: [] for kind in ("status", "review", "due", "dismiss")}
            for kind, cid in re.findall(r"^done (\w+) (\d+)$", out, re.M):
                reported[kind].append(int(cid))
            for kind in ("review", "due"):
                stored = Change.select().where(Change.changed_by == me, Change.what == kind)
                assert sorted(c.commitment_id for c in stored) == sorted(reported[kind])
            # status changes: the store's and the command's, each with its history row
            store_marks = list(StatusChange.select().where(StatusChange.changed_by == me))
            by_store = sorted(h.commitment.id for h in store_marks if not h.note.endswith("-cli"))
            assert by_store == sorted(reported["status"])
            assert len(by_store) + sum(1 for h in store_marks if h.note.endswith("-cli")) == (
                Change.select().where(Change.changed_by == me, Change.what == "status").count()
            )
            # a suggestion dismissed by two writers at once: by one of them, once
            dismissed = Suggestion.select().where(Suggestion.decided_by == me)
            assert sorted(s.id for s in dismissed) == sorted(reported["dismiss"])
            assert all(s.state == "dismissed" for s in dismissed)
        # each document once, however many writers imported it at the same moment
        assert Document.select().count() == len(SETUP) + len(DOCUMENTS)
    finally:
        close_database()
    with sqlite3.connect(path) as check:
        assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


@pytest.fixture
def held(tmp_path, monkeypatch):
    """A register whose write lock another program holds (as a colleague's tracker does
    in the middle of a change), and a busy timeout of 0.1 s instead of 5 s."""
    from tracker.store import connection

    path, ids, sids = _register(tmp_path)
    monkeypatch.setitem(connection.SQLITE_PRAGMAS, "busy_timeout", 100)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    yield path, ids, sids
    holder.execute("ROLLBACK")
    holder.close()
    connection.close_database()


def _changes(path: Path) -> tuple:
    with sqlite3.connect(path) as check:
        return tuple(
            check.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()
            for table in ("commitment", "status_change", "change", "suggestion")
        )


@pytest.mark.parametrize("action", ["mark", "due", "dismiss"])
def test_a_file_held_too_long_by_another_program_is_one_clear_error(held, action):
    import datetime as dt

    from tracker.store import editing, suggestions
    from tracker.store.connection import open_database
    from tracker.store.write_errors import BUSY, database_write_error

    path, ids, sids = held
    before = _changes(path)
    open_database(path)
    change = {
        "mark": lambda: editing.mark_changes([ids[0]], "fulfilled", note="klaar"),
        "due": lambda: editing.set_due(ids[0], dt.date(2031, 1, 1)),
        # reads the suggestion before it writes: it, too, must wait for the lock
        "dismiss": lambda: suggestions.dismiss([sids[0]]),
    }[action]
    with pytest.raises(Exception) as raised:
        change()
    told = database_write_error(raised.value)  # what the CLI and the window say
    assert told is not None, raised.value
    assert told.problem == BUSY
    assert str(told).startswith(f"{path}: the database could not be written: another program")
    assert "not saved" in str(told) and "locked" not in str(told)
    assert _changes(path) == before


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_command_line_says_so_in_one_line(held, capsys, language):
    from tracker.cli import main

    path, ids, sids = held
    before = _changes(path)
    for command in (
        ["mark", str(ids[0]), "fulfilled", "--note", "klaar"],
        ["hints", "dismiss", str(sids[0])],
    ):
        assert main(["--db", str(path), "--lang", language, *command]) == 1
        out, err = capsys.readouterr()
        lines = err.strip().splitlines()
        assert len(lines) == 1, err
        assert lines[0].startswith(f"tracker: {path}: ")
        held_by = "een ander programma" if language == "nl" else "another program"
        assert held_by in lines[0] and "locked" not in lines[0]
    assert _changes(path) == before


def test_the_window_says_so_in_one_line(held):
    pytest.importorskip("PySide6")
    from tracker.store import editing
    from tracker.store.connection import open_database
    from ui.workers import unwritable_text

    path, ids, _sids = held
    open_database(path)
    with pytest.raises(Exception) as raised:
        editing.set_review_state(ids[0], "confirmed")
    text = unwritable_text(raised.value)
    assert text is not None and "\n" not in text
    assert f"De database {path} kon niet worden bijgewerkt: een ander programma" in text
