"""Opening the database a command works on (`--db`), asking for a password if needed."""

from __future__ import annotations

import argparse
import sys

from tracker.cli.messages import t
from tracker.cli.output import CliError, error_text

# What a command needs its login to be allowed (tracker.store.roles.CHANGE, DELETE;
# named here so that the CLI starts without importing the store).
CHANGE, DELETE = "change", "delete"

RESTORE_HINT = (
    "toon de back-ups met `tracker db backups`; zet er een terug met `tracker db restore "
    "BACKUP` of `tracker db restore --latest` (het beschadigde bestand wordt opzij gezet, "
    "niet verwijderd)"
)


def open_register(
    args: argparse.Namespace, *, create: bool = False, needs: str | None = None
) -> None:
    """Open `--db`; a server that asks for a password gets it typed on the terminal
    (not echoed, kept in memory only). Only a command that may start a register
    (`import`) passes `create`: the others refuse a file that does not exist. A command
    that changes the register passes `needs` (tracker.store.roles.CHANGE or DELETE): a
    login whose role may not do that is refused in one line before anything is done."""
    import getpass

    from tracker.store.connection import (
        CorruptDatabaseError,
        DatabaseError,
        PasswordRequired,
        open_database,
    )
    from tracker.store.migrations import SchemaTooNewError

    def progress(done: int, total: int) -> None:
        """A long migration (a large register, once) says how far it is."""
        if sys.stderr.isatty():
            end = "\n" if done >= total else ""
            print(
                "\r"
                + t("register bijwerken voor deze versie: {done}/{total}", done=done, total=total),
                end=end,
                file=sys.stderr,
            )

    password = None
    while True:
        try:
            open_database(args.db, password=password, on_progress=progress, create=create)
            break
        except PasswordRequired as exc:
            if password is not None or not sys.stdin.isatty():
                raise CliError(error_text(exc)) from None
            password = getpass.getpass(t("wachtwoord voor {where}: ", where=exc.location.display))
        except CorruptDatabaseError as exc:
            raise CliError(f"{error_text(exc)}\n{t(RESTORE_HINT)}") from None
        except (DatabaseError, SchemaTooNewError) as exc:
            raise CliError(error_text(exc)) from None
    if needs is not None:
        require(needs)


def require(action: str) -> None:
    """Refuse, in one line, what the open database's login may not do (its role)."""
    from tracker.cli.messages import language
    from tracker.reasons import describe
    from tracker.store import roles

    granted = roles.permissions()
    if not granted.allows(action):
        details = {
            "login": granted.login,
            "role": granted.role or t("geen rol van de tracker"),
            "needed": roles.NEEDED_ROLE[action],
        }
        raise CliError(describe("role_forbidden", details, language()))
