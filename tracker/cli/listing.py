"""`tracker list`, `tracker export` and `tracker dates`: what the register holds, shown,
written to a file, or (for a text) the dates it names."""

from __future__ import annotations

import argparse
import datetime as dt

from tracker.cli.arguments import STATUS_CHOICES, Command, parse_date
from tracker.cli.opening import open_register
from tracker.cli.output import CliError, iso, print_json

EXPORT_FORMATS = ("xlsx", "csv", "ics")


def _add_list_parser(sub, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("list", help="list stored commitments")
    p.add_argument(
        "--overdue",
        action="store_true",
        help="only open (or partly fulfilled) commitments past their due date",
    )
    p.add_argument(
        "--as-of", type=parse_date, metavar="DATE", help="the day 'overdue' is measured on"
    )
    p.add_argument("--status", choices=STATUS_CHOICES)
    p.add_argument("--ministry")
    p.add_argument("--json", action="store_true")


def _add_export_parser(sub, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "export", help="write commitments to an Excel workbook, a CSV file or a calendar"
    )
    p.add_argument(
        "--overdue",
        action="store_true",
        help="only open (or partly fulfilled) commitments past their due date",
    )
    p.add_argument(
        "--as-of",
        type=parse_date,
        metavar="DATE",
        help="the day 'overdue' is measured on (with --rappel: the cut-off date)",
    )
    p.add_argument("--status", choices=STATUS_CHOICES)
    p.add_argument("--ministry")
    p.add_argument("--due-before", type=parse_date, metavar="DATE")
    p.add_argument(
        "--format",
        choices=EXPORT_FORMATS,
        help="xlsx, csv or ics (default: from the suffix of FILE, else xlsx)",
    )
    p.add_argument(
        "--rappel",
        action="store_true",
        help="reminder round workbook: per ministry, overdue on --as-of and due before --next",
    )
    p.add_argument(
        "--next", type=parse_date, metavar="DATE", help="the next cut-off date (with --rappel)"
    )
    p.add_argument("-o", "--output", required=True, metavar="FILE")


def _add_dates_parser(sub, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("dates", help="show the time expressions in a Dutch text and their dates")
    p.add_argument("text")
    p.add_argument("--reference", type=parse_date, metavar="DATE", help="default: today")
    p.add_argument("--json", action="store_true")


def _filtered_rows(args: argparse.Namespace):
    from tracker.store.queries import StoreError, list_commitments

    try:
        return list_commitments(
            overdue=args.overdue,
            as_of=args.as_of,
            status=args.status,
            ministry=args.ministry,
            due_before=getattr(args, "due_before", None),
        )
    except StoreError as exc:
        raise CliError(str(exc)) from None


def cmd_list(args: argparse.Namespace) -> int:
    open_register(args)
    as_of = args.as_of or dt.date.today()
    rows = _filtered_rows(args)
    if args.json:
        out = [
            {
                "id": r.id,
                "title": r.title,
                "due": iso(r.due),
                "due_text": r.due_text,
                "due_precision": r.due_precision,
                "status": r.status,
                "review_state": r.review_state,
                "days_overdue": r.days_overdue(as_of),
                "ministry": r.ministry,
                "actor": r.actor,
                "factions": r.factions,
                "document": r.reference,
                # the day its relative due dates count from (null: from the document's
                # date, else from the day it was imported), and whether the user gave it
                "reference_date": iso(r.reference_date),
                "reference_date_given": r.reference_date_given,
                "quote": r.quote,
            }
            for r in rows
        ]
        print_json(out)
        return 0
    for r in rows:
        late = r.days_overdue(as_of)
        flag = f"{late}d late" if late is not None else ""
        phrase = (
            f'  ("{r.due_text}"{", set by hand" if r.due_overridden else ""})' if r.due_text else ""
        )
        print(
            f"{r.id:5}  {iso(r.due) or '-':10}  {r.status:9}  {flag:10}  "
            f"{', '.join(r.factions) or '-':12}  {r.title}{phrase}"
        )
    print(f"{len(rows)} commitments")
    return 0


def describe_filter(args: argparse.Namespace, as_of: dt.date) -> str:
    """The filter that produced an export, in Dutch, for the workbook's properties."""
    parts = []
    if getattr(args, "rappel", False):
        parts.append(f"rappel, peildatum {as_of:%d-%m-%Y}")
        if getattr(args, "next", None):
            parts.append(f"volgende peildatum {args.next:%d-%m-%Y}")
    if args.overdue:
        parts.append(f"te laat op {as_of:%d-%m-%Y}")
    if args.status:
        parts.append(f"status {args.status}")
    if args.ministry:
        parts.append(f"ministerie {args.ministry}")
    if getattr(args, "due_before", None):
        parts.append(f"termijn voor {args.due_before:%d-%m-%Y}")
    return "Toezeggingen: " + (", ".join(parts) if parts else "alle")


def export_format(output: str, requested: str | None) -> str:
    """The export format: --format if given, else from the suffix of FILE, else xlsx."""
    from pathlib import Path

    suffix = Path(output).suffix.lower().lstrip(".")
    if requested:
        if suffix in EXPORT_FORMATS and suffix != requested:
            raise CliError(f"{output}: the name ends in .{suffix} but --format is {requested}")
        return requested
    if suffix in EXPORT_FORMATS:
        return suffix
    if not suffix:
        return "xlsx"
    raise CliError(f"{output}: the export must be an .xlsx, .csv or .ics file (or give --format)")


def cmd_export(args: argparse.Namespace) -> int:
    from tracker.export.common import ExportError

    fmt = export_format(args.output, args.format)
    if args.rappel:
        if fmt != "xlsx":
            raise CliError(f"{args.output}: the rappel export is an Excel workbook (.xlsx)")
        if args.as_of is None or args.next is None:
            raise CliError("--rappel needs --as-of (the cut-off date) and --next (the next one)")
        if args.next <= args.as_of:
            raise CliError(f"--next ({args.next}) must come after --as-of ({args.as_of})")
    elif args.next is not None:
        raise CliError("--next only goes with --rappel")
    open_register(args)
    as_of = args.as_of or dt.date.today()
    description = describe_filter(args, as_of)
    try:
        if args.rappel:
            from tracker.export.xlsx import write_rappel_xlsx
            from tracker.store.queries import StoreError, list_commitments

            try:
                # every status: the rappel keeps those still open, partly kept too
                rows = list_commitments(ministry=args.ministry, due_before=args.due_before)
            except StoreError as exc:
                raise CliError(str(exc)) from None
            groups = write_rappel_xlsx(
                args.output, rows, as_of=as_of, next_cutoff=args.next, description=description
            )
            overdue = sum(o for o, _ in groups.values())
            upcoming = sum(u for _, u in groups.values())
            print(
                f"wrote the rappel for {len(groups)} ministries to {args.output}: "
                f"{overdue} overdue, {upcoming} falling due before {args.next:%d-%m-%Y}"
            )
            return 0
        rows = _filtered_rows(args)
        if fmt == "csv":
            from tracker.export.csv import write_csv

            write_csv(args.output, rows, as_of=as_of)
            count = len(rows)
        elif fmt == "ics":
            from tracker.export.ics import write_ics

            count = write_ics(args.output, rows, name=description)
            print(f"wrote {count} open commitments with a due date to {args.output}")
            return 0
        else:
            from tracker.export.xlsx import write_overdue_xlsx

            write_overdue_xlsx(args.output, rows, as_of=as_of, description=description)
            count = len(rows)
    except ExportError as exc:
        raise CliError(str(exc)) from None
    print(f"wrote {count} commitments to {args.output}")
    return 0


def cmd_dates(args: argparse.Namespace) -> int:
    from tracker.dates import find_time_expressions

    reference = args.reference or dt.date.today()
    found = find_time_expressions(args.text, reference)
    if args.json:
        print_json([e.to_dict() for e in found])
        return 0
    for e in found:
        due = iso(e.due) or "-"
        flag = " (vague)" if e.vague else (" (past)" if e.past else "")
        print(f"{e.text!r:40} {e.precision:8} {iso(e.period_start) or '-'} .. {due}{flag}")
    return 0


COMMANDS = {
    "list": Command(_add_list_parser, cmd_list),
    "export": Command(_add_export_parser, cmd_export),
    "dates": Command(_add_dates_parser, cmd_dates),
}
