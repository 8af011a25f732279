"""`tracker mark`, `tracker due` and `tracker hints`: changing a commitment's status or
due date by hand, and accepting or dismissing the suggestions that it was kept."""

from __future__ import annotations

import argparse
import sys

from tracker.cli.arguments import STATUS_CHOICES, Command, parse_date
from tracker.cli.opening import open_register
from tracker.cli.output import CliError, iso, plural, print_json


def _add_mark_parser(sub, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "mark",
        help="change the status of one or more commitments "
        "(one that already has it is left as it is)",
    )
    p.add_argument("ids", nargs="+", type=int, metavar="ID")
    p.add_argument("status", choices=STATUS_CHOICES)
    p.add_argument("--note", default="", help="why (kept in the history)")
    p.add_argument(
        "--evidence", default="", help="what fulfilled it, e.g. 'Kamerstuk 32 637, nr. 460'"
    )


def _add_due_parser(sub, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("due", help="correct a commitment's due date by hand (the phrase is kept)")
    p.add_argument("id", type=int)
    p.add_argument("date", help="YYYY-MM-DD, or 'reset' to go back to the extracted date")


def _add_hints_parser(sub, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "hints",
        help="suggestions that an imported document fulfils open commitments: "
        "list them, or accept or dismiss some",
        description="Without an action: list the pending suggestions.",
    )
    p.add_argument("--json", action="store_true", help="list as JSON")
    actions = p.add_subparsers(dest="hints_action", metavar="ACTION")
    a = actions.add_parser(
        "accept",
        parents=[common],
        help="mark each suggestion's commitment fulfilled, with the document as evidence",
    )
    a.add_argument("ids", nargs="+", type=int, metavar="ID")
    d = actions.add_parser(
        "dismiss", parents=[common], help="dismiss suggestions (they do not come back)"
    )
    d.add_argument("ids", nargs="+", type=int, metavar="ID")


def cmd_mark(args: argparse.Namespace) -> int:
    """Mark a commitment. Like `due`, it acts on the commitment as stored now (it passes
    no version, so it is never refused as stale: the command shows nothing beforehand
    that could be out of date). The audit trail records $TRACKER_USER, else the OS user."""
    from tracker.store.queries import StoreError, mark_changes

    open_register(args)
    try:
        result = mark_changes(args.ids, args.status, note=args.note, evidence=args.evidence)
    except StoreError as exc:
        raise CliError(str(exc)) from None
    changed = {row.id for row in result.changed}
    for row in result.rows:  # one that already had the status: nothing was written
        print(f"{row.id}: {row.title} is {'now' if row.id in changed else 'already'} {row.status}")
    return 0


def cmd_due(args: argparse.Namespace) -> int:
    from tracker.store.queries import StoreError, set_due

    open_register(args)
    if args.date == "reset":
        due = None
    else:
        try:
            due = parse_date(args.date)
        except argparse.ArgumentTypeError as exc:
            raise CliError(str(exc)) from None
    try:
        row = set_due(args.id, due)
    except StoreError as exc:
        raise CliError(str(exc)) from None
    phrase = f' (phrase: "{row.due_text}")' if row.due_text else ""
    print(f"{row.id}: due {iso(row.due) or 'none'}{phrase}")
    return 0


_HINT_REASONS = {
    "zoals_toegezegd": "says it keeps a promise",
    "same_dossier_subject": "later letter in the same dossier on the same subject",
}


def cmd_hints(args: argparse.Namespace) -> int:
    from tracker.store import suggestions
    from tracker.store.queries import StoreError

    open_register(args)
    action = getattr(args, "hints_action", None)
    try:
        if action == "accept":
            result = suggestions.accept(args.ids)
            accepted = {r.id: r for r in suggestions.list_suggestions(result.accepted)}
            for sid in result.accepted:
                row = accepted[sid]
                print(
                    f"accepted {sid}: #{row.commitment_id} {row.commitment_title} is now "
                    f"fulfilled (evidence: {row.evidence})"
                )
            for sid, why in result.refused:
                print(f"refused  {sid}: {why}", file=sys.stderr)
            return 1 if result.refused else 0
        if action == "dismiss":
            count = suggestions.dismiss(args.ids)
            print(f"dismissed {plural(count, 'suggestion')}")
            return 0
        rows = suggestions.list_pending()
    except StoreError as exc:
        raise CliError(str(exc)) from None
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
        date = f" of {r.document_date:%d-%m-%Y}" if r.document_date else ""
        why = _HINT_REASONS.get(r.reason, r.reason)
        cited = f": {r.matched_reference}" if r.matched_reference else ""
        print(f"{r.id:5}  #{r.commitment_id} {r.commitment_title}")
        print(f"       fulfilled by {r.evidence}{date}? ({why}{cited}; score {r.score:.2f})")
        if r.sentence:
            print(f"       \u201c{r.sentence}\u201d")
    print(f"{plural(len(rows), 'pending suggestion')}")
    return 0


COMMANDS = {
    "mark": Command(_add_mark_parser, cmd_mark),
    "hints": Command(_add_hints_parser, cmd_hints),
    "due": Command(_add_due_parser, cmd_due),
}
