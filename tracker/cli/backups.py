"""`tracker db backup`, `db backups` and `db restore`: the backups of a database file."""

from __future__ import annotations

import argparse
import sys

from tracker.cli.output import CliError, plural


def database_file(args: argparse.Namespace):
    """The SQLite file of --db (backups are of files; a server has its own tools)."""
    from tracker.store.connection import resolve_location

    location = resolve_location(getattr(args, "db", None))
    if location.path is None:
        raise CliError(
            f"{location.display}: backups here are of a database file; back up a PostgreSQL "
            "database with the server's tools (pg_dump)"
        )
    return location.path


def _db_backup(path, args: argparse.Namespace) -> int:
    from tracker.store.backup import backup_database, describe_backup

    made = describe_backup(backup_database(path, "manual"))
    print(f"backed up {path} to {made.path} ({_backup_counts(made)})")
    return 0


def _db_backups(path, args: argparse.Namespace) -> int:
    from tracker.store.backup import backup_folder, list_backups

    backups = list_backups(path)
    if not backups and not path.exists():
        raise CliError(f"{path}: no such database file (and no backups of it)")
    if not backups:
        print(f"no backups of {path} (they would be in {backup_folder(path)})")
        return 0
    print(f"backups of {path} in {backup_folder(path)}:")
    print(
        f"{'taken':16}  {'kind':15}  {'schema':>6}  {'commitments':>11}  {'documents':>9}  "
        f"{'status changes':>14}  {'size':>9}  file"
    )
    for b in backups:
        kind = f"premigration-v{b.from_version}" if b.kind == "premigration" else b.kind
        if b.problem:
            print(f"{b.taken_at:%Y-%m-%d %H:%M}  {kind:15}  {'-':>6}  {b.problem}  {b.name}")
            continue
        print(
            f"{b.taken_at:%Y-%m-%d %H:%M}  {kind:15}  {b.schema_version:>6}  "
            f"{b.count('commitment') or 0:>11}  {b.count('document') or 0:>9}  "
            f"{b.count('status_change') or 0:>14}  {_size(b.size):>9}  {b.name}"
        )
    return 0


def _db_restore(path, args: argparse.Namespace) -> int:
    from tracker.store.backup import (
        BackupError,
        backup_folder,
        describe_backup,
        find_backup,
        latest_backup,
    )
    from tracker.store.restore import restore_backup

    if args.latest:
        chosen = latest_backup(path)
        if chosen is None:
            raise BackupError(f"no intact backup of {path} in {backup_folder(path)}")
    else:
        chosen = describe_backup(find_backup(path, args.backup))
    if not args.yes and sys.stdin.isatty():
        answer = input(
            f"Replace {path} by the {chosen.kind} backup of {chosen.taken_at:%Y-%m-%d %H:%M} "
            f"({_backup_counts(chosen)})? The current file is kept. [y/N] "
        )
        if answer.strip().lower() not in ("y", "yes", "j", "ja"):
            print("nothing was restored", file=sys.stderr)
            return 1
    result = restore_backup(path, chosen)
    print(f"restored {path} from {chosen.path} ({_backup_counts(chosen)})")
    if result.damaged:
        print(f"the damaged file was moved aside to {result.kept}")
    elif result.kept:
        print(f"the register as it was is backed up in {result.kept}")
    return 0


def _backup_counts(backup) -> str:
    return (
        f"{plural(backup.count('commitment') or 0, 'commitment')}, "
        f"{plural(backup.count('document') or 0, 'document')}, "
        f"{plural(backup.count('status_change') or 0, 'status change')}"
    )


def _size(size: int) -> str:
    for unit in ("B", "kB", "MB"):
        if size < 1024:
            return f"{size} {unit}"
        size //= 1024
    return f"{size} GB"


ACTIONS = {"backup": _db_backup, "backups": _db_backups, "restore": _db_restore}
