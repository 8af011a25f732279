"""`tracker list`, `tracker export` and `tracker dates`: what the register holds, shown,
written to a file, or (for a text) the dates it names."""

from __future__ import annotations

import argparse
import datetime as dt

from tracker import clock
from tracker.cli.arguments import Command, parse_date, parse_status, status_choices
from tracker.cli.messages import plural, t
from tracker.cli.opening import open_register
from tracker.cli.output import CliError, error_text, iso, print_json, status_label

EXPORT_FORMATS = ("xlsx", "csv", "ics")


def _add_list_parser(sub, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("list", help=t("de opgeslagen toezeggingen tonen"))
    _add_row_filters(p, t("de dag waarop 'te laat' wordt gemeten (standaard: vandaag)"))
    p.add_argument(
        "--json", action="store_true", help=t("als JSON (velden en statussen in het Engels)")
    )


def _add_row_filters(p, as_of_help: str) -> None:
    """--overdue, --as-of, --status and --ministry, for `list` and `export`."""
    p.add_argument(
        "--overdue",
        action="store_true",
        help=t("alleen open (of deels voldane) toezeggingen over hun termijn"),
    )
    p.add_argument("--as-of", type=parse_date, metavar=t("JJJJ-MM-DD"), help=as_of_help)
    p.add_argument(
        "--status",
        type=parse_status,
        metavar="STATUS",
        help=t("alleen deze status: {choices}", choices=status_choices()),
    )
    p.add_argument("--ministry", metavar=t("NAAM"), help=t("alleen dit ministerie"))


def _add_export_parser(sub, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "export",
        help=t("toezeggingen naar een Excel-werkmap, een CSV-bestand of een agenda schrijven"),
    )
    _add_row_filters(p, t("de dag waarop 'te laat' wordt gemeten (met --rappel: de peildatum)"))
    p.add_argument(
        "--due-before",
        type=parse_date,
        metavar=t("JJJJ-MM-DD"),
        help=t("alleen toezeggingen met een termijn voor deze dag"),
    )
    p.add_argument(
        "--format",
        choices=EXPORT_FORMATS,
        help=t("xlsx, csv of ics (standaard: naar de extensie van BESTAND, anders xlsx)"),
    )
    p.add_argument(
        "--rappel",
        action="store_true",
        help=t(
            "werkmap voor de rappelronde: per ministerie wat op --as-of te laat is en wat "
            "voor --next verloopt"
        ),
    )
    p.add_argument(
        "--next",
        type=parse_date,
        metavar=t("JJJJ-MM-DD"),
        help=t("de volgende peildatum (met --rappel)"),
    )
    p.add_argument(
        "-o", "--output", required=True, metavar=t("BESTAND"), help=t("het bestand om te schrijven")
    )


def _add_dates_parser(sub, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "dates", help=t("de tijdsaanduidingen in een Nederlandse tekst en hun data tonen")
    )
    p.add_argument("text", metavar=t("TEKST"), help=t("de tekst, tussen aanhalingstekens"))
    p.add_argument(
        "--reference",
        type=parse_date,
        metavar=t("JJJJ-MM-DD"),
        help=t("de dag waarvan de tekst uitgaat (standaard: vandaag)"),
    )
    p.add_argument("--json", action="store_true", help=t("als JSON"))


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
        raise CliError(error_text(exc)) from None


def cmd_list(args: argparse.Namespace) -> int:
    open_register(args)
    as_of = args.as_of or clock.today()
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
    _print_table(rows, as_of)
    print(plural(len(rows), "toezegging", "toezeggingen"))
    return 0


def _print_table(rows, as_of: dt.date) -> None:
    """The rows under a header, each column as wide as its widest value; the title last."""
    header = [t("Nr."), t("Termijn"), t("Status"), t("Te laat"), t("Fractie"), t("Titel")]
    table = []
    for r in rows:
        late = r.days_overdue(as_of)
        by_hand = t(", met de hand gezet") if r.due_overridden else ""
        phrase = f'  ("{r.due_text}"{by_hand})' if r.due_text else ""
        table.append(
            [
                str(r.id),
                iso(r.due) or "-",
                status_label(r.status),
                t("{days} d", days=late) if late is not None else "",
                ", ".join(r.factions) or "-",
                f"{r.title}{phrase}",
            ]
        )
    widths = [max(len(line[i]) for line in [header, *table]) for i in range(len(header) - 1)]
    for line in [header, *table]:
        cells = [line[0].rjust(widths[0])]
        cells += [cell.ljust(width) for cell, width in zip(line[1:-1], widths[1:], strict=True)]
        print("  ".join([*cells, line[-1]]).rstrip())


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
            raise CliError(
                t(
                    "{output}: de naam eindigt op .{suffix} maar --format is {requested}",
                    output=output,
                    suffix=suffix,
                    requested=requested,
                )
            )
        return requested
    if suffix in EXPORT_FORMATS:
        return suffix
    if not suffix:
        return "xlsx"
    raise CliError(
        t(
            "{output}: de export moet een .xlsx-, .csv- of .ics-bestand zijn (of geef --format)",
            output=output,
        )
    )


def cmd_export(args: argparse.Namespace) -> int:
    from tracker.export.common import ExportError

    fmt = export_format(args.output, args.format)
    if args.rappel:
        if fmt != "xlsx":
            raise CliError(
                t("{output}: de rappelexport is een Excel-werkmap (.xlsx)", output=args.output)
            )
        if args.as_of is None or args.next is None:
            raise CliError(t("--rappel vraagt --as-of (de peildatum) en --next (de volgende)"))
        if args.next <= args.as_of:
            raise CliError(
                t(
                    "--next ({next}) moet na --as-of ({as_of}) komen",
                    next=args.next.isoformat(),
                    as_of=args.as_of.isoformat(),
                )
            )
    elif args.next is not None:
        raise CliError(t("--next hoort alleen bij --rappel"))
    open_register(args)
    as_of = args.as_of or clock.today()
    description = describe_filter(args, as_of)
    try:
        if args.rappel:
            from tracker.export.xlsx import write_rappel_xlsx
            from tracker.store.queries import StoreError, list_commitments

            try:
                # every status: the rappel keeps those still open, partly kept too
                rows = list_commitments(ministry=args.ministry, due_before=args.due_before)
            except StoreError as exc:
                raise CliError(error_text(exc)) from None
            groups = write_rappel_xlsx(
                args.output, rows, as_of=as_of, next_cutoff=args.next, description=description
            )
            overdue = sum(o for o, _ in groups.values())
            upcoming = sum(u for _, u in groups.values())
            print(
                t(
                    "rappel voor {ministries} naar {output} geschreven: {overdue} te laat, "
                    "{upcoming} met een termijn voor {next}",
                    ministries=plural(len(groups), "ministerie", "ministeries"),
                    output=args.output,
                    overdue=overdue,
                    upcoming=upcoming,
                    next=args.next.isoformat(),
                )
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
            print(
                t(
                    "{count} met een termijn naar {output} geschreven",
                    count=plural(count, "open toezegging", "open toezeggingen"),
                    output=args.output,
                )
            )
            return 0
        else:
            from tracker.export.xlsx import write_overdue_xlsx

            write_overdue_xlsx(args.output, rows, as_of=as_of, description=description)
            count = len(rows)
    except ExportError as exc:
        raise CliError(error_text(exc)) from None
    print(
        t(
            "{count} naar {output} geschreven",
            count=plural(count, "toezegging", "toezeggingen"),
            output=args.output,
        )
    )
    return 0


def cmd_dates(args: argparse.Namespace) -> int:
    from tracker.dates import find_time_expressions

    reference = args.reference or clock.today()
    found = find_time_expressions(args.text, reference)
    if args.json:
        print_json([e.to_dict() for e in found])
        return 0
    for e in found:
        due = iso(e.due) or "-"
        flag = t(" (vaag)") if e.vague else (t(" (verleden)") if e.past else "")
        print(f"{e.text!r:40} {e.precision:8} {iso(e.period_start) or '-'} .. {due}{flag}")
    return 0


COMMANDS = {
    "list": Command(_add_list_parser, cmd_list),
    "export": Command(_add_export_parser, cmd_export),
    "dates": Command(_add_dates_parser, cmd_dates),
}
