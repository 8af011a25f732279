"""`tracker follow add|remove|list` (what the register follows in the House's open
data) and `tracker sync` (fetching what changed: documents and oral commitments)."""

from __future__ import annotations

import argparse
import sys

from tracker.cli.arguments import Command, parse_date
from tracker.cli.messages import t
from tracker.cli.opening import CHANGE, open_register
from tracker.cli.output import CliError

KIND_HELP = (
    "dossier (bijv. 32637), commissie (naam of afkorting), ministerie (bijv. OCW) of "
    "soort (een documentsoort, bijv. 'Antwoord schriftelijke vragen')"
)


def _add_follow_parser(sub, common: argparse.ArgumentParser) -> None:
    from tracker.store.follows import FOLLOW_KINDS

    p = sub.add_parser(
        "follow",
        help=t(
            "volgen welke dossiers, commissies, ministeries en documentsoorten tracker sync ophaalt"
        ),
    )
    actions = p.add_subparsers(dest="follow_action", metavar=t("ACTIE"), help=t("wat te doen"))
    actions.required = True
    for name, text in (("add", t("iets gaan volgen")), ("remove", t("iets niet meer volgen"))):
        a = actions.add_parser(name, parents=[common], help=text)
        a.add_argument("kind", metavar=t("SOORT"), choices=FOLLOW_KINDS, help=t(KIND_HELP))
        a.add_argument("value", metavar=t("WAARDE"), help=t("wat te volgen"))
    actions.add_parser(
        "list",
        parents=[common],
        help=t("tonen wat gevolgd wordt (zonder gevolgde soort: de soorten met antwoorden)"),
    )


def cmd_follow(args: argparse.Namespace) -> int:
    from tracker.store.follows import DEFAULT_SOORTEN, add_follow, list_follows, remove_follow

    changes = args.follow_action != "list"
    open_register(args, create=args.follow_action == "add", needs=CHANGE if changes else None)
    if args.follow_action == "list":
        follows = list_follows()
        for follow in follows:
            print(f"{follow.kind:10}  {follow.value}")
        if not any(f.kind == "soort" for f in follows):
            print(t("(geen soort gevolgd: de soorten met antwoorden van de regering)"))
            for soort in DEFAULT_SOORTEN:
                print(f"{'soort':10}  {soort}")
        return 0
    try:
        if args.follow_action == "add":
            follow = add_follow(args.kind, args.value)
            print(t("volgt nu {kind} {value}", kind=follow.kind, value=follow.value))
            return 0
        if remove_follow(args.kind, args.value):
            print(t("volgt niet meer {kind} {value}", kind=args.kind, value=args.value))
            return 0
    except ValueError as exc:
        raise CliError(str(exc)) from exc
    raise CliError(t("{kind} {value} werd niet gevolgd", kind=args.kind, value=args.value))


def _add_sync_parser(sub, common: argparse.ArgumentParser) -> None:
    from tracker.opendata.client import DEFAULT_API

    p = sub.add_parser(
        "sync",
        help=t(
            "nieuwe antwoorden van wat u volgt en de mondelinge toezeggingen ophalen uit de "
            "open data van de Tweede Kamer"
        ),
        description=t(
            "Haalt de documenten op die sinds de vorige keer zijn gewijzigd en bij wat u "
            "volgt horen, en importeert ze zoals tracker import. Ctrl+C stopt netjes: de "
            "volgende keer gaat verder waar deze stopte."
        ),
    )
    p.add_argument(
        "--since",
        type=parse_date,
        metavar="JJJJ-MM-DD",
        help=t("ophalen wat sinds deze dag gewijzigd is (standaard: sinds de vorige keer)"),
    )
    p.add_argument(
        "--api",
        metavar="URL",
        default=DEFAULT_API,
        help=t("het adres van de OData-API (standaard: {api})", api=DEFAULT_API),
    )


class _ProgressLine:
    """One line on a terminal, rewritten as the sync goes on; nothing into a pipe."""

    def __init__(self, stream) -> None:
        self.stream = stream
        self.shown = False
        self.on = stream.isatty()

    def __call__(self, p) -> None:
        if not self.on:
            return
        line = t(
            "gevonden {found}, opgehaald {downloaded}, geïmporteerd {imported}, "
            "toezeggingen {commitments}, mondeling {oral}",
            found=p.found,
            downloaded=p.downloaded,
            imported=p.imported,
            commitments=p.commitments,
            oral=p.oral,
        )
        self.stream.write("\r" + line[:150] + "\033[K")
        self.stream.flush()
        self.shown = True

    def clear(self) -> None:
        if self.shown:
            self.stream.write("\r\033[K")
            self.stream.flush()
            self.shown = False


def cmd_sync(args: argparse.Namespace) -> int:
    from tracker.opendata.sync import sync

    open_register(args, create=True, needs=CHANGE)
    line = _ProgressLine(sys.stderr)
    report = sync(args.api, args.since, progress=line)
    line.clear()
    print(
        t(
            "{found} documenten gevonden, {downloaded} opgehaald, {imported} geïmporteerd "
            "({commitments} toezeggingen), {already} al in het register, {deleted} "
            "ingetrokken, {failed} mislukt",
            found=report.found,
            downloaded=report.downloaded,
            imported=report.imported,
            commitments=report.commitments,
            already=report.already,
            deleted=report.deleted,
            failed=len(report.failed),
        )
    )
    print(
        t(
            "mondelinge toezeggingen: {added} nieuw, {updated} bijgewerkt, {changes} met een "
            "gewijzigde status bij de Kamer",
            added=report.oral_added,
            updated=report.oral_updated,
            changes=report.house_status_changes,
        )
    )
    for what, reason in report.failed:
        print(t("mislukt      {what}: {reason}", what=what, reason=reason), file=sys.stderr)
    if report.cancelled:
        print(t("tracker: gestopt; de volgende keer gaat verder waar deze stopte"), file=sys.stderr)
        return 1
    if report.stopped:
        print(
            t(
                "tracker: gestopt: {reason}; de volgende keer gaat verder waar deze stopte",
                reason=report.stopped,
            ),
            file=sys.stderr,
        )
        return 1
    return 0


COMMANDS = {
    "follow": Command(_add_follow_parser, cmd_follow),
    "sync": Command(_add_sync_parser, cmd_sync),
}
