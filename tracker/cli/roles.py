"""`tracker db roles`: the lezer, medewerker and beheerder roles on a PostgreSQL register,
and adding a staff member (tracker/store/roles.py does the work)."""

from __future__ import annotations

import argparse
import sys

from tracker.cli.messages import t
from tracker.cli.opening import open_register
from tracker.cli.output import CliError, error_text

ROLE_NAMES = ("lezer", "medewerker", "beheerder")  # tracker.store.roles.ROLES


def add_roles_parser(actions, common: argparse.ArgumentParser) -> None:
    p = actions.add_parser(
        "roles",
        parents=[common],
        help=t(
            "PostgreSQL: de rollen lezer, medewerker en beheerder inrichten, of een "
            "medewerker toevoegen (--add)"
        ),
        description=t(
            "Zonder --add: maakt de rollen lezer (lezen), medewerker (markeren, beoordelen, "
            "bewerken, importeren) en beheerder (ook verwijderen, samenvoegen, terugzetten en "
            "het register bijwerken) als ze er nog niet zijn, geeft de tabellen van het "
            "register aan beheerder, met de rechten en regels per rij; opnieuw uitvoeren kan "
            "altijd (na een nieuwe versie van de app: nodig). Daarna de medewerkers per rol. "
            "Met --add LOGIN --role ROL: een login voor een medewerker maken, of een bestaande "
            "een andere rol geven; het wachtwoord wordt gevraagd (of met --password-stdin "
            "gelezen), nooit op de opdrachtregel."
        ),
    )
    p.add_argument(
        "--add", metavar="LOGIN", help=t("een medewerker toevoegen (of van rol veranderen)")
    )
    p.add_argument("--role", choices=ROLE_NAMES, help=t("met --add: de rol van de medewerker"))
    how = p.add_mutually_exclusive_group()
    how.add_argument(
        "--password-stdin",
        action="store_true",
        help=t("met --add: het wachtwoord lezen van de standaardinvoer (één regel)"),
    )
    how.add_argument(
        "--no-password",
        action="store_true",
        help=t(
            "met --add: geen wachtwoord zetten (inloggen met een clientcertificaat, "
            "sslmode=verify-full, of een bestaand wachtwoord houden)"
        ),
    )


def run_roles(args: argparse.Namespace) -> int:
    from tracker.store import roles
    from tracker.store.models import DB

    if args.add and not args.role:
        raise CliError(t("--add vraagt ook --role (lezer, medewerker of beheerder)"))
    if args.role and not args.add:
        raise CliError(t("--role hoort bij --add LOGIN"))
    open_register(args)
    try:
        if args.add:
            password = _new_password(args)
            outcome = roles.add_staff(DB.obj, args.add, args.role, password)
            text = (
                "{login} toegevoegd als {role}" if outcome == "created" else "{login} is nu {role}"
            )
            print(t(text, login=args.add, role=args.role))
            if password is None:
                print(
                    t(
                        "geen wachtwoord gezet: {login} logt in met een clientcertificaat "
                        "(sslmode=verify-full) of een wachtwoord dat er al was",
                        login=args.add,
                    )
                )
            return 0
        tables = roles.setup_roles(DB.obj)
        print(
            t(
                "rollen lezer, medewerker en beheerder ingericht op {count} tabellen",
                count=len(tables),
            )
        )
        members = roles.staff(DB.obj)
        for member in members:
            note = "" if member.can_log_in else "  " + t("(kan niet inloggen)")
            print(f"{member.login:24} {member.role}{note}")
        if not members:
            print(t("nog geen medewerkers: voeg ze toe met --add LOGIN --role ROL"))
        return 0
    except roles.RoleError as exc:
        raise CliError(error_text(exc)) from None


def _new_password(args: argparse.Namespace) -> str | None:
    """The new login's password: typed twice on a terminal (not echoed), or one line of
    standard input; None with --no-password. Never an argument: that would stay in the
    shell's history and show in the process list."""
    import getpass

    if args.no_password:
        return None
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    elif sys.stdin.isatty():
        password = getpass.getpass(t("wachtwoord voor {login}: ", login=args.add))
        if getpass.getpass(t("nogmaals: ")) != password:
            raise CliError(t("de wachtwoorden verschillen; er is niets gewijzigd"))
    else:
        raise CliError(
            t(
                "geen terminal om het wachtwoord te vragen: geef het met --password-stdin, of "
                "--no-password voor inloggen met een clientcertificaat"
            )
        )
    if not password:
        raise CliError(t("een leeg wachtwoord kan niet; er is niets gewijzigd"))
    return password
