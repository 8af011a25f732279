"""`tracker mark`, `tracker due` and `tracker hints`: changing a commitment's status or
due date by hand, and accepting or dismissing the suggestions that it was kept."""

from __future__ import annotations

import argparse
import sys

from tracker.cli.arguments import Command, parse_date, parse_status, status_choices
from tracker.cli.messages import plural, t
from tracker.cli.opening import CHANGE, open_register
from tracker.cli.output import CliError, error_text, iso, print_json, status_label


def _add_mark_parser(sub, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "mark",
        help=t(
            "de status van een of meer toezeggingen wijzigen "
            "(een die die status al heeft, blijft zoals ze is)"
        ),
    )
    p.add_argument("ids", nargs="+", type=int, metavar="ID", help=t("het nummer van de toezegging"))
    p.add_argument(
        "status",
        type=parse_status,
        metavar="STATUS",
        help=t("de nieuwe status: {choices}", choices=status_choices()),
    )
    p.add_argument(
        "--note", default="", metavar=t("TEKST"), help=t("waarom (bewaard in de geschiedenis)")
    )
    p.add_argument(
        "--evidence",
        default="",
        metavar=t("TEKST"),
        help=t("waarmee ze is nagekomen, bijv. 'Kamerstuk 32 637, nr. 460'"),
    )


def _add_due_parser(sub, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "due", help=t("de termijn van een toezegging met de hand corrigeren (de zinsnede blijft)")
    )
    p.add_argument("id", type=int, metavar="ID", help=t("het nummer van de toezegging"))
    p.add_argument(
        "date",
        metavar=t("DATUM"),
        help=t("JJJJ-MM-DD, of 'reset' om terug te gaan naar de gevonden termijn"),
    )


def _add_hints_parser(sub, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "hints",
        help=t(
            "suggesties dat een geïmporteerd document open toezeggingen nakomt: "
            "tonen, of aannemen of afwijzen"
        ),
        description=t("Zonder actie: de openstaande suggesties tonen."),
    )
    p.add_argument("--json", action="store_true", help=t("als JSON"))
    actions = p.add_subparsers(
        dest="hints_action", metavar=t("ACTIE"), help=t("aannemen of afwijzen (zonder: tonen)")
    )
    a = actions.add_parser(
        "accept",
        parents=[common],
        help=t("de toezegging van elke suggestie voldaan noemen, met het document als bewijs"),
    )
    a.add_argument("ids", nargs="+", type=int, metavar="ID", help=t("de nummers van de suggesties"))
    d = actions.add_parser(
        "dismiss", parents=[common], help=t("suggesties afwijzen (ze komen niet terug)")
    )
    d.add_argument("ids", nargs="+", type=int, metavar="ID", help=t("de nummers van de suggesties"))


def cmd_mark(args: argparse.Namespace) -> int:
    """Mark a commitment. Like `due`, it acts on the commitment as stored now (it passes
    no version, so it is never refused as stale: the command shows nothing beforehand
    that could be out of date). The audit trail records the login (the OS user on SQLite) with
    $TRACKER_USER (else the OS user) beside it as the display name."""
    from tracker.store.queries import StoreError, mark_changes

    open_register(args, needs=CHANGE)
    try:
        result = mark_changes(args.ids, args.status, note=args.note, evidence=args.evidence)
    except StoreError as exc:
        raise CliError(error_text(exc)) from None
    changed = {row.id for row in result.changed}
    for row in result.rows:  # one that already had the status: nothing was written
        line = (
            "{id}: {title} is nu {status}" if row.id in changed else "{id}: {title} is al {status}"
        )
        print(t(line, id=row.id, title=row.title, status=status_label(row.status)))
    return 0


def cmd_due(args: argparse.Namespace) -> int:
    from tracker.store.queries import StoreError, set_due

    open_register(args, needs=CHANGE)
    if args.date == "reset":
        due = None
    else:
        try:
            due = parse_date(args.date)
        except argparse.ArgumentTypeError as exc:
            raise CliError(error_text(exc)) from None
    try:
        row = set_due(args.id, due)
    except StoreError as exc:
        raise CliError(error_text(exc)) from None
    phrase = t(' (zinsnede: "{phrase}")', phrase=row.due_text) if row.due_text else ""
    print(t("{id}: termijn {due}", id=row.id, due=iso(row.due) or t("geen")) + phrase)
    return 0


_HINT_REASONS = {
    "zoals_toegezegd": "zegt dat het een toezegging nakomt",
    "same_dossier_subject": "latere brief in hetzelfde dossier over hetzelfde onderwerp",
    "house_letter": "de Kamer noemt deze brief als nakoming",
}


def cmd_hints(args: argparse.Namespace) -> int:
    from tracker.store import suggestions
    from tracker.store.queries import StoreError

    action = getattr(args, "hints_action", None)
    open_register(args, needs=CHANGE if action else None)
    try:
        if action == "accept":
            result = suggestions.accept(args.ids)
            accepted = {r.id: r for r in suggestions.list_suggestions(result.accepted)}
            for sid in result.accepted:
                row = accepted[sid]
                print(
                    t(
                        "aangenomen {sid}: #{id} {title} is nu {status} (bewijs: {evidence})",
                        sid=sid,
                        id=row.commitment_id,
                        title=row.commitment_title,
                        status=status_label("fulfilled"),
                        evidence=row.evidence,
                    )
                )
            for sid, why in result.refused:
                print(t("geweigerd {sid}: {why}", sid=sid, why=why), file=sys.stderr)
            return 1 if result.refused else 0
        if action == "dismiss":
            count = suggestions.dismiss(args.ids)
            print(t("{count} afgewezen", count=plural(count, "suggestie", "suggesties")))
            return 0
        rows = suggestions.list_pending()
    except StoreError as exc:
        raise CliError(error_text(exc)) from None
    if args.json:
        out = [
            {
                "id": r.id,
                "commitment": {"id": r.commitment_id, "title": r.commitment_title},
                "document": {
                    "id": r.document_id,
                    "reference": r.evidence,
                    "date": iso(r.document_date),
                    "url": r.document_url,
                },
                "reason": r.reason,
                "sentence": r.sentence,
                "matched_words": r.matched_words,
                "matched_reference": r.matched_reference,
                "score": r.score,
            }
            for r in rows
        ]
        print_json(out)
        return 0
    for r in rows:
        date = t(" van {date}", date=r.document_date.isoformat()) if r.document_date else ""
        why = t(_HINT_REASONS[r.reason]) if r.reason in _HINT_REASONS else r.reason
        cited = f": {r.matched_reference}" if r.matched_reference else ""
        print(f"{r.id:5}  #{r.commitment_id} {r.commitment_title}")
        print(
            "       "
            + t(
                "nagekomen met {evidence}{date}? ({why}{cited}; score {score:.2f})",
                evidence=r.evidence,
                date=date,
                why=why,
                cited=cited,
                score=r.score,
            )
        )
        if r.sentence:
            print(f"       \u201c{r.sentence}\u201d")
    print(plural(len(rows), "openstaande suggestie", "openstaande suggesties"))
    return 0


COMMANDS = {
    "mark": Command(_add_mark_parser, cmd_mark),
    "hints": Command(_add_hints_parser, cmd_hints),
    "due": Command(_add_due_parser, cmd_due),
}
