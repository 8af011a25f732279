"""A full disk and read-only locations: writing the database, an export or a backup
gives one clear message naming the file, and nothing saved before is lost.

A full disk is simulated without mounting anything: the writing process may not let a
file grow past a limit (RLIMIT_FSIZE; the write then fails with EFBIG, as it fails with
ENOSPC on a full disk), in a child process so the test run itself is not limited. Where
the test may mount a small tmpfs (root with CAP_SYS_ADMIN), a really full disk is tried
too. Read-only is chmod for a normal user; root, for whom chmod does not bind, gets an
immutable file or folder (`chattr +i`), and the test is skipped, saying why, where
neither works.
"""

from __future__ import annotations

import errno
import os
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import peewee as pw
import pytest
from conftest import ROOT, SEED
from factories import seed_register
from PySide6.QtWidgets import QMessageBox

from tracker.export.common import ExportError, atomic_write
from tracker.importing import import_file
from tracker.store.connection import close_database, open_database

pytestmark = [
    pytest.mark.sqlite_only,
    pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE and chattr are POSIX"),
]

CHILD = Path(__file__).with_name("crash_child.py")
TIMEOUT = 60  # a hang guard for the child processes


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    """A register holding the seed's commitments (closed: no -wal beside it)."""
    return seed_register(tmp_path_factory.mktemp("full-template") / "template.sqlite", SEED)


@pytest.fixture
def register(template, tmp_path) -> Path:
    db = tmp_path / "register.sqlite"
    shutil.copy(template, db)
    return db


def _limit(size: int):
    def preexec() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (size, resource.RLIM_INFINITY))

    return preexec


def tracker(*args: str, limit: int | None = None) -> subprocess.CompletedProcess:
    """`tracker ARGS` in a child process, its files limited to `limit` bytes if given."""
    return subprocess.run(
        [sys.executable, "-m", "tracker.cli", *args],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        cwd=ROOT,
        timeout=TIMEOUT,
        preexec_fn=_limit(limit) if limit is not None else None,
    )


def tracker_on_full_disk(db: Path, limit: int, *args: str) -> subprocess.CompletedProcess:
    """`tracker --db DB ARGS` once the disk is full: the database is opened first (as
    by a program already running), then no file may grow past `limit` bytes."""
    return subprocess.run(
        [sys.executable, str(CHILD), "limited", str(db), str(limit), "--", "--db", str(db)]
        + list(args),
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        cwd=ROOT,
        timeout=TIMEOUT,
    )


def one_message(result: subprocess.CompletedProcess) -> str:
    """The child's error: exactly one line on stderr, never a traceback."""
    assert "Traceback" not in result.stderr, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def query(db: Path, sql: str, *params) -> list[tuple]:
    con = sqlite3.connect(db)
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()


def intact(db: Path) -> bool:
    return query(db, "PRAGMA integrity_check") == [("ok",)]


def copies(folder: Path, count: int) -> list[Path]:
    """`count` documents, each new to the register (its own dossier)."""
    folder.mkdir()
    text = SEED.read_text(encoding="utf-8")
    paths = []
    for n in range(count):
        dossier = str(34100 + n)
        path = folder / f"{n:02}-kst-{dossier}.md"
        copy = text.replace("32 637", f"{dossier[:2]} {dossier[2:]}").replace("32637", dossier)
        path.write_text(copy, encoding="utf-8")
        paths.append(path)
    return paths


# -- exports ----------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["xlsx", "csv", "ics"])
def test_an_export_to_a_full_disk_keeps_the_old_file(register, tmp_path, fmt):
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / f"toezeggingen.{fmt}"
    target.write_bytes(b"het vorige bestand")

    result = tracker_on_full_disk(register, 2000, "export", "-o", str(target))

    assert result.returncode == 1
    message = one_message(result)
    assert message.startswith(f"tracker: {target}: the export was not written: ")
    assert "no space left on the disk, or the file may not grow that large" in message
    assert message.endswith("; the existing file is unchanged")
    assert target.read_bytes() == b"het vorige bestand"
    assert sorted(p.name for p in folder.iterdir()) == [target.name]  # no temporary file

    # With space again, the same export works.
    again = tracker("--db", str(register), "export", "-o", str(target))
    assert again.returncode == 0, again.stderr
    assert target.read_bytes() != b"het vorige bestand"


def test_an_export_that_runs_out_of_space_leaves_no_file(tmp_path):
    target = tmp_path / "nieuw.csv"

    def write(tmp: str) -> None:
        Path(tmp).write_text("Nr.;Toezegging\n")
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    with pytest.raises(ExportError) as info:
        atomic_write(target, write)
    assert str(info.value) == (
        f"{target}: the export was not written: no space left on the disk, or the file may "
        f"not grow that large ({os.strerror(errno.ENOSPC)}); no file was made"
    )
    assert list(tmp_path.iterdir()) == []


# -- the database ----------------------------------------------------------------------------


def test_an_import_on_a_full_disk_stops_with_a_clear_message_and_keeps_what_was_stored(
    register, tmp_path
):
    folder = tmp_path / "inbox"
    copies(folder, 6)
    [(n,)] = query(register, "SELECT COUNT(*) FROM commitment")  # the seed's, stored once
    size = register.stat().st_size
    # The log (-wal) may grow to the size of the database and a few documents more.
    result = tracker("--db", str(register), "import", str(folder), limit=size + 700_000)

    assert result.returncode == 1
    message = one_message(result)
    assert message.startswith(f"tracker: {register}: the database could not be written: ")
    assert message.endswith("; this change was not saved, everything saved before is kept")
    done = [line for line in result.stdout.splitlines() if line.startswith("imported ")]
    assert 1 <= len(done) < 6
    assert all(line.endswith(f": {n} commitments") for line in done)

    # Every document reported is stored whole; the one being stored is rolled back.
    assert intact(register)
    per_document = query(
        register,
        "SELECT d.path, COUNT(DISTINCT s.commitment_id) FROM document d"
        " LEFT JOIN source s ON s.document_id = d.id"
        " GROUP BY d.id ORDER BY d.id",
    )
    assert per_document == [(str(SEED), n)] + [(line.split()[1].rstrip(":"), n) for line in done]
    assert query(register, "SELECT COUNT(*) FROM commitment") == [(n * (1 + len(done)),)]

    # With space again, the same import stores the rest.
    again = tracker("--db", str(register), "import", str(folder))
    assert again.returncode == 0, again.stderr
    assert again.stdout.count("skipped  ") == len(done)
    assert query(register, "SELECT COUNT(*) FROM document") == [(7,)]
    assert query(register, "SELECT COUNT(*) FROM commitment") == [(n * 7,)]
    assert intact(register)


def test_a_status_change_on_a_full_disk_is_not_saved_and_works_once_there_is_space(register):
    before = query(register, "SELECT status, version FROM commitment WHERE id = 3")
    result = tracker_on_full_disk(register, 4096, "mark", "3", "fulfilled", "--note", "Brief")

    assert result.returncode == 1
    message = one_message(result)
    assert message.startswith(f"tracker: {register}: the database could not be written: ")
    assert message.endswith("; this change was not saved, everything saved before is kept")
    assert intact(register)
    assert query(register, "SELECT status, version FROM commitment WHERE id = 3") == before
    assert query(register, "SELECT COUNT(*) FROM status_change") == [(0,)]
    assert query(register, "SELECT COUNT(*) FROM change WHERE what = 'status'") == [(0,)]

    again = tracker("--db", str(register), "mark", "3", "fulfilled", "--note", "Brief")
    assert again.returncode == 0, again.stderr
    assert query(register, "SELECT to_status, note FROM status_change") == [("fulfilled", "Brief")]
    assert query(register, "SELECT status FROM commitment WHERE id = 3") == [("fulfilled",)]


@contextmanager
def small_disk(folder: Path, size: str) -> Iterator[Path]:
    """A tmpfs of `size` mounted at `folder`; skips the test where mounting is not
    allowed (not root, or a container without CAP_SYS_ADMIN)."""
    folder.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("a really full disk needs a tmpfs mount (root); RLIMIT tests cover it")
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
        capture_output=True,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.decode().strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def test_an_import_on_a_really_full_disk_says_no_space_left(template, tmp_path):
    folder = tmp_path / "inbox"
    copies(folder, 6)
    with small_disk(tmp_path / "disk", "1500k") as disk:
        db = disk / "register.sqlite"
        shutil.copy(template, db)
        shutil.rmtree(disk / "register-backups", ignore_errors=True)
        result = tracker("--db", str(db), "import", str(folder))
        assert result.returncode == 1
        message = one_message(result)
        assert message.startswith(f"tracker: {db}: the database could not be written: ")
        assert ": no space left on the disk (or the file may not grow) (" in message
        assert intact(db)
        done = [line for line in result.stdout.splitlines() if line.startswith("imported ")]
        assert query(db, "SELECT COUNT(*) FROM document") == [(1 + len(done),)]


# -- read-only files and folders -------------------------------------------------------------


@contextmanager
def read_only(path: Path) -> Iterator[None]:
    """`path` (a file or folder) made read-only for this process; skips the test where
    that cannot be done (root without `chattr`, or a file system without it)."""
    if os.geteuid() != 0:
        mode = path.stat().st_mode
        path.chmod(mode & ~0o222)
        try:
            yield
        finally:
            path.chmod(mode)
        return
    chattr = shutil.which("chattr")
    if chattr is None:
        pytest.skip("running as root, where chmod does not bind, and chattr is missing")
    made = subprocess.run([chattr, "+i", str(path)], capture_output=True, text=True)
    if made.returncode != 0:
        pytest.skip(f"running as root, and `chattr +i` fails here: {made.stderr.strip()}")
    try:
        yield
    finally:
        subprocess.run([chattr, "-i", str(path)], check=False)


def test_a_read_only_database_can_be_read_but_a_change_is_refused_clearly(register, tmp_path):
    folder = tmp_path / "inbox"
    copies(folder, 1)
    before = query(register, "SELECT id, status, version FROM commitment ORDER BY id")
    with read_only(register):
        listed = tracker("--db", str(register), "list")
        assert listed.returncode == 0, listed.stderr
        assert listed.stdout.strip().endswith(f"{len(before)} commitments")

        for args in (["mark", "3", "fulfilled", "--note", "Brief"], ["import", str(folder)]):
            result = tracker("--db", str(register), *args)
            assert result.returncode == 1
            assert one_message(result) == (
                f"tracker: {register}: the database could not be written: the file or its "
                "folder is read-only (attempt to write a readonly database); this change was "
                "not saved, everything saved before is kept"
            )
    assert intact(register)
    assert query(register, "SELECT id, status, version FROM commitment ORDER BY id") == before
    assert query(register, "SELECT COUNT(*) FROM document") == [(1,)]


def test_a_database_in_a_read_only_folder_is_not_called_damaged(register, tmp_path):
    """SQLite needs to write its journal files beside the database: a read-only folder
    is said to be one, not reported as a damaged file to restore."""
    folder = tmp_path / "shared"
    folder.mkdir()
    db = folder / "register.sqlite"
    shutil.copy(register, db)
    before = db.read_bytes()
    with read_only(folder):
        result = tracker("--db", str(db), "list")
    assert result.returncode != 0
    message = one_message(result)
    assert f"its folder {folder} is read-only" in message and "damaged" not in message
    assert db.read_bytes() == before


def test_an_export_to_a_read_only_folder_keeps_the_old_file(register, tmp_path):
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "toezeggingen.xlsx"
    target.write_bytes(b"het vorige bestand")
    with read_only(folder):
        result = tracker("--db", str(register), "export", "-o", str(target))
        assert result.returncode == 1
        message = one_message(result)
        assert message.startswith(f"tracker: {target}: cannot write the export (")
        assert target.read_bytes() == b"het vorige bestand"
    assert sorted(p.name for p in folder.iterdir()) == [target.name]


def test_an_export_over_a_read_only_file_keeps_it(register, tmp_path):
    target = tmp_path / "toezeggingen.csv"
    target.write_bytes(b"het vorige bestand")
    with read_only(target):
        result = tracker("--db", str(register), "export", "-o", str(target))
        assert result.returncode == 1
        assert one_message(result) == (
            f"tracker: {target}: cannot write the export (the file is read-only)"
        )
    assert target.read_bytes() == b"het vorige bestand"


# -- backups ----------------------------------------------------------------------------------


def test_a_backup_to_a_read_only_folder_fails_clearly_and_keeps_the_earlier_ones(register):
    from tracker.store.backup import BackupError, backup_database, backup_folder

    first = backup_database(register, "manual")
    kept = first.read_bytes()
    folder = backup_folder(register)
    before = query(register, "SELECT COUNT(*), SUM(version) FROM commitment")
    with read_only(folder):
        with pytest.raises(BackupError) as info:
            backup_database(register, "manual")
    message = str(info.value)
    assert str(folder) in message and "\n" not in message
    assert sorted(folder.iterdir()) == [first]  # nothing half-written beside it
    assert first.read_bytes() == kept
    assert query(register, "SELECT COUNT(*), SUM(version) FROM commitment") == before


def test_a_backup_on_a_full_disk_fails_clearly_and_keeps_the_earlier_ones(register):
    from tracker.store.backup import backup_database, backup_folder

    first = backup_database(register, "manual")
    kept = first.read_bytes()
    script = (
        "import resource, signal, sys\n"
        "from tracker.store.backup import BackupError, backup_database\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        f"resource.setrlimit(resource.RLIMIT_FSIZE, ({register.stat().st_size // 2},"
        " resource.RLIM_INFINITY))\n"
        "try:\n"
        f"    backup_database({str(register)!r}, 'manual')\n"
        "except BackupError as exc:\n"
        "    print(exc)\n"
        "    sys.exit(1)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=TIMEOUT,
    )
    assert result.returncode == 1, result.stderr
    message = result.stdout.strip()
    folder = backup_folder(register)
    assert str(folder) in message and "\n" not in message
    assert sorted(folder.iterdir()) == [first]
    assert first.read_bytes() == kept
    assert intact(register)


# -- the window --------------------------------------------------------------------------------


@pytest.fixture
def window(qtbot, db, settings):
    from factories import open_window

    assert import_file(SEED).state == "imported"
    window = open_window(qtbot, settings)
    window.show_all_action.trigger()
    return window


def _mark_first(qtbot, window, monkeypatch) -> int:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialogButtonBox

    from ui.dialogs.mark_dialog import MarkDialog

    def exec_(dialog: MarkDialog) -> int:
        qtbot.keyClicks(dialog.note_edit, "Brief verstuurd")
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(MarkDialog, "exec", exec_)
    window.table.selectRow(0)
    chosen = window.selection.selected_id()
    window.mark_action.trigger()
    return chosen


def test_the_window_says_plainly_that_the_disk_is_full(qtbot, window, db, monkeypatch):
    from tracker.store.queries import get_commitment

    def full(*args, **kwargs):
        raise pw.OperationalError(sqlite3.OperationalError("database or disk is full"))

    monkeypatch.setattr("tracker.store.queries.mark_many", full)
    chosen = _mark_first(qtbot, window, monkeypatch)

    box = window.last_message_box
    assert box is not None and box.icon() == QMessageBox.Icon.Critical
    assert box.text() == "De status kon niet worden opgeslagen."
    assert box.informativeText() == (
        f"De database {db.database} kon niet worden bijgewerkt: de schijf is vol (of het "
        "bestand mag niet groter worden). Wat u net deed is niet opgeslagen; alles wat "
        "eerder was opgeslagen blijft bewaard."
    )
    assert get_commitment(chosen).status == "open"


def test_the_window_says_plainly_that_the_database_is_read_only(
    qtbot, db, settings, monkeypatch, tmp_path
):
    from factories import open_window

    from tracker.store.queries import get_commitment

    assert import_file(SEED).state == "imported"
    path = Path(db.database)
    close_database()
    with read_only(path):
        open_database(path)
        window = open_window(qtbot, settings)
        window.show_all_action.trigger()
        chosen = _mark_first(qtbot, window, monkeypatch)
        box = window.last_message_box
        assert box is not None and box.text() == "De status kon niet worden opgeslagen."
        assert box.informativeText().startswith(
            f"De database {path} kon niet worden bijgewerkt: het bestand of de map is "
            "alleen-lezen. Wat u net deed is niet opgeslagen"
        )
        box.close()

        # An import in the background says the same, naming the database.
        inbox = tmp_path / "inbox"
        [document] = copies(inbox, 1)
        window.last_message_box = None
        window.import_flow.import_files([str(document)])
        qtbot.waitUntil(lambda: window.last_message_box is not None, timeout=30000)
        qtbot.waitUntil(lambda: not window.jobs_running(), timeout=30000)
        box = window.last_message_box
        assert box.text() == "De import is mislukt."
        assert box.informativeText().startswith(
            f"De database {path} kon niet worden bijgewerkt: het bestand of de map is alleen-lezen."
        )
        assert get_commitment(chosen).status == "open"
        close_database()
    open_database(path)
    assert query(path, "SELECT COUNT(*) FROM document") == [(1,)]
