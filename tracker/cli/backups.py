"""`tracker db backup`, `db backups` and `db restore`: the backups of a database file."""

from __future__ import annotations

import argparse
import sys

from tracker.cli.messages import plural, t
from tracker.cli.output import CliError


def database_file(args: argparse.Namespace):
    """The SQLite file of --db (backups are of files; a server has its own tools)."""
    from tracker.store.connection import resolve_location

    location = resolve_location(getattr(args, "db", None))
    if location.path is None:
        raise CliError(
            t(
                "{where}: back-ups hier zijn van een databasebestand; maak een back-up van een "
                "PostgreSQL-database met de middelen van de server (pg_dump)",
                where=location.display,
            )
        )
    return location.path


def _db_backup(path, args: argparse.Namespace) -> int:
    from tracker.store.backup import backup_database, describe_backup

    made = describe_backup(backup_database(path, "manual"))
    print(
        t(
            "back-up van {path} gemaakt in {backup} ({counts})",
            path=path,
            backup=made.path,
            counts=_backup_counts(made),
        )
    )
    return 0


def _db_backups(path, args: argparse.Namespace) -> int:
    from tracker.store.backup import backup_folder, list_backups

    backups = list_backups(path)
    if not backups and not path.exists():
        raise CliError(
            t("{path}: databasebestand bestaat niet (en er zijn geen back-ups van)", path=path)
        )
    if not backups:
        print(
            t(
                "geen back-ups van {path} (ze zouden in {folder} staan)",
                path=path,
                folder=backup_folder(path),
            )
        )
        return 0
    print(t("back-ups van {path} in {folder}:", path=path, folder=backup_folder(path)))
    print(
        f"{t('gemaakt'):16}  {t('soort'):15}  {t('schema'):>6}  {t('toezeggingen'):>12}  "
        f"{t('documenten'):>10}  {t('statuswijzigingen'):>17}  {t('grootte'):>9}  {t('bestand')}"
    )
    for b in backups:
        kind = f"premigration-v{b.from_version}" if b.kind == "premigration" else b.kind
        if b.problem:
            print(f"{b.taken_at:%Y-%m-%d %H:%M}  {kind:15}  {'-':>6}  {b.problem}  {b.name}")
            continue
        print(
            f"{b.taken_at:%Y-%m-%d %H:%M}  {kind:15}  {b.schema_version:>6}  "
            f"{b.count('commitment') or 0:>12}  {b.count('document') or 0:>10}  "
            f"{b.count('status_change') or 0:>17}  {_size(b.size):>9}  {b.name}"
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
            raise BackupError(
                t(
                    "geen intacte back-up van {path} in {folder}",
                    path=path,
                    folder=backup_folder(path),
                )
            )
    else:
        chosen = describe_backup(find_backup(path, args.backup))
    if not args.yes and sys.stdin.isatty():
        answer = input(
            t(
                "{path} vervangen door de back-up ({kind}) van {taken} ({counts})? Het "
                "huidige bestand blijft bewaard. [j/N] ",
                path=path,
                kind=chosen.kind,
                taken=f"{chosen.taken_at:%Y-%m-%d %H:%M}",
                counts=_backup_counts(chosen),
            )
        )
        if answer.strip().lower() not in ("y", "yes", "j", "ja"):
            print(t("er is niets teruggezet"), file=sys.stderr)
            return 1
    result = restore_backup(path, chosen)
    print(
        t(
            "{path} teruggezet uit {backup} ({counts})",
            path=path,
            backup=chosen.path,
            counts=_backup_counts(chosen),
        )
    )
    if result.damaged:
        print(t("het beschadigde bestand is opzij gezet als {kept}", kept=result.kept))
    elif result.kept:
        print(t("het register zoals het was staat in de back-up {kept}", kept=result.kept))
    return 0


def _backup_counts(backup) -> str:
    return (
        f"{plural(backup.count('commitment') or 0, 'toezegging', 'toezeggingen')}, "
        f"{plural(backup.count('document') or 0, 'document', 'documenten')}, "
        f"{plural(backup.count('status_change') or 0, 'statuswijziging', 'statuswijzigingen')}"
    )


def _size(size: int) -> str:
    for unit in ("B", "kB", "MB"):
        if size < 1024:
            return f"{size} {unit}"
        size //= 1024
    return f"{size} GB"


ACTIONS = {"backup": _db_backup, "backups": _db_backups, "restore": _db_restore}
