"""`tracker db`: what the database holds (`info`), copying a whole register (`copy`);
the backups of a database file are in `backups.py`."""

from __future__ import annotations

import argparse
import sys

from tracker.cli import backups, roles
from tracker.cli.arguments import Command
from tracker.cli.messages import t
from tracker.cli.output import CliError, error_text


def _add_db_parser(sub, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "db",
        help=t(
            "de database: tonen wat ze bevat, een register kopiëren, back-ups maken en terugzetten"
        ),
    )
    actions = p.add_subparsers(
        dest="db_action", metavar=t("ACTIE"), help=t("wat te doen met de database")
    )
    actions.required = True
    actions.add_parser(
        "info",
        parents=[common],
        help=t(
            "de gebruikte database (URL zonder wachtwoord), soort, schemaversie, aantallen rijen"
        ),
    )
    c = actions.add_parser(
        "copy",
        parents=[common],
        help=t(
            "een heel register (documenten, toezeggingen, bronnen, geschiedenis, suggesties, "
            "audittrail) naar een andere database kopiëren, bijv. van een lokaal bestand naar "
            "de server en terug"
        ),
        description=t(
            "Kopieert elke tabel met haar nummers in één transactie naar een lege database "
            "en controleert daarna de aantallen rijen en een controlesom; bij een fout of "
            "verschil blijft het doel zoals het was. URL's: sqlite:///PAD (of een pad) en "
            "postgresql://GEBRUIKER@HOST:POORT/DBNAAM; wachtwoorden komen uit ~/.pgpass of "
            "PGPASSWORD."
        ),
    )
    c.add_argument(
        "--from",
        dest="source",
        metavar="URL",
        help=t(
            "het register om te kopiëren (standaard: --db, anders $TRACKER_DB, anders het "
            "lokale bestand)"
        ),
    )
    c.add_argument(
        "--to", dest="target", metavar="URL", required=True, help=t("waarheen te kopiëren")
    )
    c.add_argument(
        "--replace",
        action="store_true",
        help=t("eerst de gegevens in het doel verwijderen (vraagt in een terminal om bevestiging)"),
    )
    c.add_argument("--yes", action="store_true", help=t("met --replace: niet vragen"))
    actions.add_parser(
        "backup",
        parents=[common],
        help=t("nu een back-up van het databasebestand maken (bewaard tot u hem verwijdert)"),
        description=t(
            "Back-ups staan in een map naast het bestand, <naam>-backups/; de app maakt er "
            "ook een bij de eerste start van een dag en voor elke migratie. Van een "
            "PostgreSQL-database maakt u een back-up met de middelen van de server (pg_dump)."
        ),
    )
    actions.add_parser(
        "backups",
        parents=[common],
        help=t("de back-ups van het databasebestand tonen, nieuwste eerst, met wat ze bevatten"),
    )
    r = actions.add_parser(
        "restore",
        parents=[common],
        help=t(
            "het databasebestand vervangen door een back-up (van het huidige bestand wordt "
            "eerst een back-up gemaakt)"
        ),
        description=t(
            "Van het huidige bestand wordt eerst een back-up gemaakt (soort before-restore), "
            "of het wordt, als het beschadigd is, opzij gezet als <naam>.damaged-<tijd>: er "
            "wordt niets verwijderd. Een back-up van een oudere versie wordt bij het openen "
            "bijgewerkt."
        ),
    )
    which = r.add_mutually_exclusive_group(required=True)
    which.add_argument(
        "backup",
        nargs="?",
        metavar="BACKUP",
        help=t("de bestandsnaam (zie `db backups`) of het pad van een back-up"),
    )
    which.add_argument("--latest", action="store_true", help=t("de nieuwste intacte back-up"))
    r.add_argument(
        "--yes", action="store_true", help=t("niet om bevestiging vragen (in een terminal)")
    )
    roles.add_roles_parser(actions, common)


def cmd_db(args: argparse.Namespace) -> int:
    from tracker.store.backup import BackupError
    from tracker.store.connection import DatabaseError, close_database
    from tracker.store.copy import CopyError
    from tracker.store.migrations import SchemaTooNewError

    try:
        if args.db_action == "info":
            return _db_info(getattr(args, "db", None))
        if args.db_action == "roles":
            return roles.run_roles(args)
        if args.db_action in ("backup", "backups", "restore"):
            return backups.ACTIONS[args.db_action](backups.database_file(args), args)
        return _db_copy(args)
    except (BackupError, CopyError, DatabaseError, SchemaTooNewError) as exc:
        raise CliError(error_text(exc)) from None
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
            passwords[where] = getpass.getpass(t("wachtwoord voor {where}: ", where=where))


def _db_info(url: str | None) -> int:
    from tracker.store.copy import database_info

    info = _with_password(lambda pw: database_info(url, _password_for(url, pw)), {})
    print(f"{t('database'):18} {info.url}")
    print(f"{t('soort'):18} {info.backend}")
    if info.login:
        print(f"{t('login'):18} {info.login}")
    if info.schema_version is None:
        print(f"{t('schemaversie'):18} {t('geen (nog geen database van de tracker)')}")
        return 1
    note = ""
    if info.schema_version < info.current_version:
        note = t(
            " (deze app werkt haar bij naar {version} bij het openen)",
            version=info.current_version,
        )
    elif info.schema_version > info.current_version:
        note = t(" (nieuwer dan deze app: {version})", version=info.current_version)
    print(f"{t('schemaversie'):18} {info.schema_version}{note}")
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
                t(
                    "{held} in {target} worden verwijderd en vervangen. Doorgaan? [j/N] ",
                    held=held,
                    target=args.target,
                )
            )
            if answer.strip().lower() not in ("y", "yes", "j", "ja"):
                print(t("er is niets gekopieerd"), file=sys.stderr)
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
    print(
        t(
            "{source} -> {target} gekopieerd in {seconds:.1f} s",
            source=report.source,
            target=report.target,
            seconds=report.seconds,
        )
    )
    print(f"{t('tabel'):18} {t('bron'):>9} {t('doel'):>9}")
    for table in report.tables:
        mismatch = "" if table.ok else "  " + t("VERSCHIL")
        print(f"{table.table:18} {table.source:>9} {table.target:>9}{mismatch}")
    print(
        t(
            "controlesom {checksum} gelijk; schemaversie {version}",
            checksum=report.checksum[:16],
            version=report.schema_version,
        )
    )
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
    return ", ".join(
        t("{count} rijen in {table}", count=n, table=table) for table, n in counts.items() if n
    )


class _CopyProgress:
    """Rows copied so far, on one line of a terminal."""

    def __init__(self, stream) -> None:
        self.stream = stream
        self.active = stream.isatty()

    def show(self, table: str, rows: int) -> None:
        if self.active:
            self.stream.write(
                "\r\033[K" + t("{table} kopiëren: {rows} rijen", table=table, rows=rows)
            )
            self.stream.flush()

    def clear(self) -> None:
        if self.active:
            self.stream.write("\r\033[K")
            self.stream.flush()


COMMANDS = {"db": Command(_add_db_parser, cmd_db)}
