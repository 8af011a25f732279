"""Backups of the SQLite register: made once a day and before migrations, rotated,
listed with what they hold, restored after keeping the current file; and the start-up
check that refuses a damaged file without touching it."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from factories import make_commitment, make_document

from tracker import cli
from tracker.store import backup
from tracker.store.backup import (
    BackupError,
    backup_database,
    backup_folder,
    list_backups,
)
from tracker.store.connection import CorruptDatabaseError, close_database, open_database
from tracker.store.migrations import SCHEMA_VERSION
from tracker.store.queries import import_document, list_commitments, mark
from tracker.store.restore import restore_backup

pytestmark = pytest.mark.sqlite_only

TITLES = ["Brief over stageplaatsen", "Evaluatie subsidie Praktijkleren", "Rapport jeugdzorg"]


class Clock:
    """The time the backup module sees; tests move it."""

    def __init__(self, monkeypatch, start: dt.datetime) -> None:
        self.now = start
        monkeypatch.setattr(backup, "_now", lambda: self.now)


@pytest.fixture
def clock(monkeypatch) -> Clock:
    return Clock(monkeypatch, dt.datetime(2026, 11, 29, 8, 15))


@pytest.fixture
def register(tmp_path) -> Path:
    """A closed register file with three commitments, one marked fulfilled with a note."""
    path = tmp_path / "tracker.sqlite"
    open_database(path)
    import_document(make_document(), [make_commitment(t, None) for t in TITLES])
    first = list_commitments()[0].id
    mark(first, "fulfilled", note="Brief ontvangen", evidence="Kamerstuk 32 637, nr. 460")
    close_database()
    return path


def rows(path: Path, sql: str) -> list[tuple]:
    """Read a database file read-only, without the app's code."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def statuses(path: Path) -> dict[str, str]:
    return dict(rows(path, "SELECT title, status FROM commitment"))


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def backup_names(path: Path) -> list[str]:
    return sorted(p.name for p in backup_folder(path).iterdir())


# -- automatic backups ---------------------------------------------------------------


def test_backups_are_kept_in_a_folder_named_after_the_database(tmp_path):
    assert backup_folder(tmp_path / "tracker.sqlite") == tmp_path / "tracker-backups"
    assert backup_folder(tmp_path / "team.db") == tmp_path / "team-backups"


def test_a_daily_backup_is_made_on_the_first_open_of_a_day_only(register, clock):
    assert not backup_folder(register).exists()  # a new register has nothing to back up

    open_database(register)
    close_database()
    assert backup_names(register) == ["tracker-2026-11-29T081500-daily.sqlite"]

    clock.now = dt.datetime(2026, 11, 29, 17, 40)  # later that day: no second one
    open_database(register)
    close_database()
    assert len(backup_names(register)) == 1

    clock.now = dt.datetime(2026, 11, 30, 7, 55)  # the next morning
    open_database(register)
    close_database()
    assert backup_names(register) == [
        "tracker-2026-11-29T081500-daily.sqlite",
        "tracker-2026-11-30T075500-daily.sqlite",
    ]
    made = list_backups(register)[0]
    assert made.kind == "daily" and made.taken_at == dt.datetime(2026, 11, 30, 7, 55)
    assert statuses(made.path) == statuses(register)


def test_rotation_keeps_seven_daily_four_weekly_and_the_latest_of_the_other_kinds(register, clock):
    start = dt.datetime(2026, 1, 1, 9, 0)  # a Thursday
    for day in range(60):  # 1 January to 1 March 2026
        clock.now = start + dt.timedelta(days=day)
        backup_database(register, "daily")
    for minute in range(7):
        clock.now = dt.datetime(2026, 3, 1, 12, minute)
        backup_database(register, "premigration-v3")
        backup_database(register, "before-restore")
        backup_database(register, "manual")

    kept = {(b.taken_at.date().isoformat(), b.kind) for b in list_backups(register)}
    daily = {d for d, kind in kept if kind == "daily"}
    weekly = {d for d, kind in kept if kind == "weekly"}
    assert daily == {f"2026-02-{d}" for d in range(23, 29)} | {"2026-03-01"}
    # The newest daily of each of the four ISO weeks before them: the Sundays.
    assert weekly == {"2026-02-22", "2026-02-15", "2026-02-08", "2026-02-01"}
    by_kind = {}
    for b in list_backups(register):
        by_kind.setdefault(b.kind, []).append(b.taken_at.minute)
    assert sorted(by_kind["premigration"]) == [2, 3, 4, 5, 6]
    assert sorted(by_kind["before-restore"]) == [2, 3, 4, 5, 6]
    assert sorted(by_kind["manual"]) == [0, 1, 2, 3, 4, 5, 6]  # the user's: never removed


def test_the_only_backup_of_a_kind_is_never_removed(register, clock):
    made = backup_database(register, "before-restore")
    for _ in range(1, 40):
        clock.now += dt.timedelta(days=1)
        backup_database(register, "daily")
    assert made.exists()


def test_a_backup_of_an_open_wal_database_holds_the_latest_committed_change(register):
    open_database(register)
    try:
        second = list_commitments()[1].id
        mark(second, "partial", note="Eerste deel ontvangen")
        # The change is committed to the write-ahead log, not yet to the file itself.
        assert Path(f"{register}-wal").stat().st_size > 0
        in_file = sqlite3.connect(f"file:{register}?immutable=1", uri=True)
        assert in_file.execute(
            "SELECT status FROM commitment WHERE id = ?", (second,)
        ).fetchone() == ("open",)
        in_file.close()

        made = backup_database(register, "manual")
    finally:
        close_database()
    assert rows(made, f"SELECT status FROM commitment WHERE id = {second}") == [("partial",)]
    assert ("Eerste deel ontvangen",) in rows(made, "SELECT note FROM status_change")
    assert rows(made, "PRAGMA integrity_check") == [("ok",)]
    assert rows(made, "PRAGMA journal_mode") == [("delete",)]  # no -wal beside a backup


def test_a_backup_that_cannot_be_written_is_a_warning_and_the_database_opens(register, clock):
    backup_folder(register).write_text("not a folder")  # the folder cannot be made
    warnings: list[str] = []

    open_database(register, on_warning=warnings.append)
    try:
        assert len(list_commitments()) == len(TITLES)
    finally:
        close_database()
    assert len(warnings) == 1
    assert "daily" in warnings[0] and str(backup_folder(register)) in warnings[0]


def test_a_backup_that_fails_halfway_leaves_nothing_behind(register, clock, monkeypatch):
    def fail_halfway(source: Path, target: Path) -> None:
        target.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backup, "_copy_database", fail_halfway)
    with pytest.raises(BackupError, match="the disk is full") as error:
        backup_database(register, "manual")
    assert str(backup_folder(register)) in str(error.value)
    assert list(backup_folder(register).iterdir()) == []


def test_a_backup_interrupted_by_a_crash_is_cleared_away_later(register, clock):
    folder = backup_folder(register)
    folder.mkdir()
    old = folder / ".tracker-crashed.partial"  # what a killed process left an hour ago
    old.write_bytes(b"SQLite format 3\x00")
    an_hour_ago = time.time() - 3700
    os.utime(old, (an_hour_ago, an_hour_ago))
    running = folder / ".tracker-running.partial"  # another process writing one now
    running.write_bytes(b"SQLite format 3\x00")

    backup_database(register, "manual")
    assert not old.exists() and running.exists()
    assert [b.kind for b in list_backups(register)] == ["manual"]


# -- listing and restoring -------------------------------------------------------------


def test_the_list_shows_each_backup_with_its_date_kind_schema_and_counts(register, clock):
    backup_database(register, "manual")
    clock.now += dt.timedelta(hours=1)
    open_database(register)
    try:
        mark(list_commitments()[1].id, "lapsed", note="Vervallen")
    finally:
        close_database()
    clock.now += dt.timedelta(hours=1)
    backup_database(register, "premigration-v3")

    newest, daily, oldest = list_backups(register)
    assert (daily.kind, daily.taken_at.hour) == ("daily", 9)  # the open in between
    assert (newest.kind, newest.from_version, newest.taken_at.hour) == ("premigration", 3, 10)
    assert (oldest.kind, oldest.taken_at.hour) == ("manual", 8)
    assert newest.counts == {"commitment": 3, "document": 1, "status_change": 2}
    assert oldest.counts == {"commitment": 3, "document": 1, "status_change": 1}
    assert (
        newest.schema_version
        == oldest.schema_version
        == rows(register, "SELECT version FROM schema_version")[0][0]
    )
    assert newest.size == newest.path.stat().st_size > 0


def test_restore_keeps_the_current_register_as_a_backup_first(register, clock):
    made = backup_database(register, "manual")
    open_database(register)
    mark(list_commitments()[1].id, "partial", note="Na de back-up")
    close_database()
    after_backup = statuses(register)

    clock.now += dt.timedelta(minutes=5)
    result = restore_backup(register, made)
    try:
        assert {r.title: r.status for r in list_commitments()} == statuses(made)
    finally:
        close_database()
    assert statuses(register) == statuses(made) != after_backup
    assert not result.damaged and result.kept is not None
    assert "before-restore" in result.kept.name
    assert statuses(result.kept) == after_backup  # the change made after the backup is kept

    restore_backup(register, result.kept)  # and can be put back
    close_database()
    assert statuses(register) == after_backup


def test_restore_refuses_a_damaged_backup_and_changes_nothing(register, tmp_path):
    bad = tmp_path / "tracker-2026-11-01T080000-daily.sqlite"
    bad.write_bytes(b"this is no database at all" * 100)
    before = digest(register)

    with pytest.raises(BackupError, match="not a database"):
        restore_backup(register, bad)
    assert digest(register) == before
    assert not backup_folder(register).exists()


def damage_header(path: Path) -> None:
    with open(path, "r+b") as handle:
        handle.write(b"JUNK" * 32)


def truncate_half(path: Path) -> None:
    os.truncate(path, path.stat().st_size // 2)


@pytest.mark.parametrize("damage", [damage_header, truncate_half], ids=["junk-header", "truncated"])
def test_a_damaged_file_is_refused_naming_it_and_is_never_modified(register, clock, damage):
    open_database(register)  # today's daily backup
    close_database()
    damage(register)
    before = digest(register)

    with pytest.raises(CorruptDatabaseError) as error:
        open_database(register)
    message = str(error.value)
    assert str(register) in message
    assert "damaged" in message or "not a database" in message
    assert f"1 backup exists in {backup_folder(register)}" in message
    assert digest(register) == before


def test_an_emptied_file_with_backups_is_not_taken_for_a_new_register(register, clock):
    open_database(register)
    close_database()
    register.write_bytes(b"")

    with pytest.raises(CorruptDatabaseError, match="empty"):
        open_database(register)
    assert register.stat().st_size == 0


CRASH_IN_A_TRANSACTION = """
import os, sqlite3, sys
con = sqlite3.connect(sys.argv[1], isolation_level=None)
con.execute("PRAGMA cache_size = 1")  # pages spill into the file before the commit
con.execute("BEGIN")
con.execute("CREATE TABLE half_done (x)")
for _ in range(3000):
    con.execute("INSERT INTO half_done VALUES (?)", ("x" * 500,))
os._exit(9)  # killed before the commit: the rollback journal is left behind
"""


def test_an_old_file_left_mid_transaction_by_a_crash_is_rolled_back_not_refused(tmp_path):
    path = tmp_path / "tracker.sqlite"
    shutil.copy(Path(__file__).parent / "data" / "schemas" / "v2.sqlite", path)  # no WAL yet
    titles = rows(path, "SELECT title FROM commitment")
    subprocess.run([sys.executable, "-c", CRASH_IN_A_TRANSACTION, str(path)], check=False)
    assert Path(f"{path}-journal").stat().st_size > 0  # a hot journal: a crash to undo

    open_database(path)
    close_database()
    assert rows(path, "SELECT title FROM commitment") == titles
    assert rows(path, "SELECT name FROM sqlite_master WHERE name = 'half_done'") == []


def test_a_file_that_is_no_database_says_no_backups_exist(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_text("Boodschappen: melk, brood\n" * 50)
    with pytest.raises(CorruptDatabaseError, match="no backups exist") as error:
        open_database(path)
    assert str(path) in str(error.value)
    assert path.read_text() == "Boodschappen: melk, brood\n" * 50


# -- the command line ------------------------------------------------------------------


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_backup_and_backups_list_them_with_counts(register, clock, capsys):
    code, out, _ = run(capsys, "--db", str(register), "db", "backup")
    assert code == 0
    assert "3 commitments, 1 document, 1 status change" in out

    code, out, _ = run(capsys, "--db", str(register), "db", "backups")
    assert code == 0
    line = next(line for line in out.splitlines() if "manual" in line)
    assert line.split()[:6] == ["2026-11-29", "08:15", "manual", str(SCHEMA_VERSION), "3", "1"]
    assert line.endswith("tracker-2026-11-29T081500-manual.sqlite")


def test_cli_on_a_damaged_file_says_how_to_restore_and_restore_latest_works(
    register, clock, capsys
):
    open_database(register)  # today's daily backup
    close_database()
    expected = statuses(register)
    damage_header(register)
    damaged = digest(register)

    code, _, err = run(capsys, "--db", str(register), "list")
    assert code == 1
    assert str(register) in err and "tracker db restore --latest" in err
    assert digest(register) == damaged

    clock.now += dt.timedelta(minutes=1)
    code, out, _ = run(capsys, "--db", str(register), "db", "restore", "--latest", "--yes")
    assert code == 0, out
    assert "moved aside" in out
    kept = register.with_name("tracker.sqlite.damaged-2026-11-29T081600")
    assert digest(kept) == damaged  # the damaged file is kept as it was
    assert statuses(register) == expected

    code, out, _ = run(capsys, "--db", str(register), "list")
    assert code == 0 and "3 commitments" in out


def test_cli_restore_by_name_and_an_unknown_name(register, clock, capsys):
    made = backup_database(register, "manual")
    open_database(register)
    mark(list_commitments()[2].id, "lapsed")
    close_database()

    code, _, err = run(capsys, "--db", str(register), "db", "restore", "nope.sqlite")
    assert code == 1 and "nope.sqlite: no such backup" in err

    code, out, _ = run(capsys, "--db", str(register), "db", "restore", made.name, "--yes")
    assert code == 0
    assert statuses(register) == statuses(made)
    assert "before-restore" in out


def test_cli_backups_of_a_postgresql_database_point_to_its_own_tools(capsys):
    code, _, err = run(capsys, "--db", "postgresql://u@localhost/x", "db", "backup")
    assert code == 1 and "pg_dump" in err
