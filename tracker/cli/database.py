"""`tracker db`: what the database holds (`info`), copying a whole register (`copy`);
the backups of a database file are in `backups.py`."""

from __future__ import annotations

import argparse
import sys

from tracker.cli import backups
from tracker.cli.arguments import Command
from tracker.cli.output import CliError


def _add_db_parser(sub, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("db", help="the database: show what it holds, or copy a whole register")
    actions = p.add_subparsers(dest="db_action", metavar="ACTION")
    actions.required = True
    actions.add_parser(
        "info",
        parents=[common],
        help="the database in use (URL without password), backend, schema version, row counts",
    )
    c = actions.add_parser(
        "copy",
        parents=[common],
        help="copy a whole register (documents, commitments, sources, history, suggestions, "
        "audit trail) to another database, e.g. from a local file to the server and back",
        description="Copies every table with its ids into an empty database in one "
        "transaction, then checks the row counts and a checksum; on any error or mismatch "
        "the target is left as it was. URLs: sqlite:///PATH (or a path) and "
        "postgresql://USER@HOST:PORT/DBNAME; passwords come from ~/.pgpass or PGPASSWORD.",
    )
    c.add_argument(
        "--from",
        dest="source",
        metavar="URL",
        help="the register to copy (default: --db, else $TRACKER_DB, else the local default)",
    )
    c.add_argument("--to", dest="target", metavar="URL", required=True, help="where to copy it")
    c.add_argument(
        "--replace",
        action="store_true",
        help="delete the data the target holds first (on a terminal, asks to confirm)",
    )
    c.add_argument("--yes", action="store_true", help="with --replace: do not ask")
    actions.add_parser(
        "backup",
        parents=[common],
        help="back up the database file now (kept until you delete it)",
        description="Backups are in a folder beside the file, <name>-backups/; the app also "
        "makes one on the first start of a day and before every migration. A PostgreSQL "
        "database is backed up with the server's tools (pg_dump).",
    )
    actions.add_parser(
        "backups",
        parents=[common],
        help="list the backups of the database file, newest first, with what they hold",
    )
    r = actions.add_parser(
        "restore",
        parents=[common],
        help="replace the database file by a backup (the current file is backed up first)",
        description="The current file is first backed up (kind before-restore), or, when it is "
        "damaged, moved aside to <name>.damaged-<time>: nothing is deleted. A backup from "
        "an older version is migrated when it opens.",
    )
    which = r.add_mutually_exclusive_group(required=True)
    which.add_argument(
        "backup",
        nargs="?",
        metavar="BACKUP",
        help="a backup's file name (see `db backups`) or path",
    )
    which.add_argument("--latest", action="store_true", help="the newest intact backup")
    r.add_argument("--yes", action="store_true", help="do not ask to confirm (on a terminal)")


def cmd_db(args: argparse.Namespace) -> int:
    from tracker.store.backup import BackupError
    from tracker.store.connection import DatabaseError, close_database
    from tracker.store.copy import CopyError
    from tracker.store.migrations import SchemaTooNewError

    try:
        if args.db_action == "info":
            return _db_info(getattr(args, "db", None))
        if args.db_action in ("backup", "backups", "restore"):
            return backups.ACTIONS[args.db_action](backups.database_file(args), args)
        return _db_copy(args)
    except (BackupError, CopyError, DatabaseError, SchemaTooNewError) as exc:
        raise CliError(str(exc)) from None
    finally:
        close_database()


def _with_password(call, passwords: dict[str, str]):
    """Run `call(passwords)`; when a server asks for a password and this is a terminal,
    ask for it (not echoed, kept in memory only) and try again."""
    import getpass

    from tracker.store.connection import PasswordRequired

    while True:
        try:
            return call(passwords)
        except PasswordRequired as exc:
            where = exc.location.display
            if where in passwords or not sys.stdin.isatty():
                raise
            passwords[where] = getpass.getpass(f"password for {where}: ")


def _db_info(url: str | None) -> int:
    from tracker.store.copy import database_info

    info = _with_password(lambda pw: database_info(url, _password_for(url, pw)), {})
    print(f"{'database':18} {info.url}")
    print(f"{'backend':18} {info.backend}")
    if info.schema_version is None:
        print(f"{'schema version':18} none (not a tracker database yet)")
        return 1
    note = ""
    if info.schema_version < info.current_version:
        note = f" (this app migrates it to {info.current_version} when it opens it)"
    elif info.schema_version > info.current_version:
        note = f" (newer than this app: {info.current_version})"
    print(f"{'schema version':18} {info.schema_version}{note}")
    for table, count in info.counts.items():
        print(f"{table:18} {count:>9}")
    return 0


def _password_for(url: str | None, passwords: dict[str, str]) -> str | None:
    from tracker.store.copy import describe_url

    return passwords.get(describe_url(url))


def _db_copy(args: argparse.Namespace) -> int:
    from tracker.store.copy import copy_register

    source = args.source or getattr(args, "db", None)
    passwords: dict[str, str] = {}
    if args.replace and not args.yes and sys.stdin.isatty():
        held = _with_password(
            lambda pw: _held_by(args.target, _password_for(args.target, pw)), passwords
        )
        if held:
            answer = input(
                f"{held} in {args.target} will be deleted and replaced. Continue? [y/N] "
            )
            if answer.strip().lower() not in ("y", "yes", "j", "ja"):
                print("nothing was copied", file=sys.stderr)
                return 1
    progress = _CopyProgress(sys.stderr)

    def copy(pw: dict[str, str]):
        return copy_register(
            source,
            args.target,
            replace=args.replace,
            progress=progress.show,
            source_password=_password_for(source, pw),
            target_password=_password_for(args.target, pw),
        )

    try:
        report = _with_password(copy, passwords)
    finally:
        progress.clear()
    print(f"copied {report.source} -> {report.target} in {report.seconds:.1f} s")
    print(f"{'table':18} {'source':>9} {'target':>9}")
    for t in report.tables:
        print(f"{t.table:18} {t.source:>9} {t.target:>9}{'' if t.ok else '  MISMATCH'}")
    print(f"checksum {report.checksum[:16]} identical; schema version {report.schema_version}")
    return 0


def _held_by(url: str, password: str | None) -> str:
    """What the database at `url` holds ("31 rows in commitment, ..."); "" if nothing."""
    from tracker.store.connection import PasswordRequired
    from tracker.store.copy import database_info

    try:
        counts = database_info(url, password).counts
    except PasswordRequired:
        raise
    except Exception:  # noqa: BLE001 - no database there yet: nothing to replace
        return ""
    return ", ".join(f"{n} rows in {table}" for table, n in counts.items() if n)


class _CopyProgress:
    """Rows copied so far, on one line of a terminal."""

    def __init__(self, stream) -> None:
        self.stream = stream
        self.active = stream.isatty()

    def show(self, table: str, rows: int) -> None:
        if self.active:
            self.stream.write(f"\r\033[Kcopying {table}: {rows} rows")
            self.stream.flush()

    def clear(self) -> None:
        if self.active:
            self.stream.write("\r\033[K")
            self.stream.flush()


COMMANDS = {"db": Command(_add_db_parser, cmd_db)}
