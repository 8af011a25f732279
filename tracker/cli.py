"""The `tracker` command: everything the window does, for scripts, tests and benchmarks.

Thin by design: it parses arguments and calls the core.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import sys
from collections.abc import Sequence

from tracker import __version__

STATUS_CHOICES = ("open", "fulfilled", "partial", "lapsed")
EXPORT_FORMATS = ("xlsx", "csv", "ics")


class CliError(Exception):
    """An error the user can fix; printed as one line."""


def parse_date(text: str) -> dt.date:
    """A date given as YYYY-MM-DD (also accepts DD-MM-YYYY, the Dutch way)."""
    for fmt in ("%Y-%m-%d", "%d-%m-%Y"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(f"not a date: {text!r} (expected YYYY-MM-DD)")


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tracker",
        description="Track the commitments the government makes in its answers to Parliament.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--db",
        metavar="URL",
        help="database: a file (sqlite:///PATH or PATH) or postgresql://USER@HOST:PORT/DBNAME"
        " (default: $TRACKER_DB, else tracker.sqlite in the user data folder)",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log what happens")
    # --db is accepted before and after the command: "tracker --db x list" and "tracker list --db x"
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", metavar="URL", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    add = sub.add_parser

    def add_parser(name: str, **kwargs):
        return add(name, parents=[common], **kwargs)

    sub.add_parser = add_parser  # type: ignore[method-assign]

    p = sub.add_parser("import", help="read answer documents and store their commitments")
    p.add_argument(
        "files", nargs="+", metavar="PATH", help="documents, or folders to import recursively"
    )
    p.add_argument(
        "--progress",
        action="store_true",
        help="show progress on stderr also when it is not a terminal (one line per file)",
    )
    p.add_argument(
        "--reference-date",
        type=parse_date,
        metavar="YYYY-MM-DD",
        help="the day the answers were given, for documents that state no date of their own "
        "(relative due dates count from it; a document's own date always wins). A file "
        "imported before without a date is updated: its due dates are read again from "
        "this day, and its statuses, notes and edits are kept",
    )

    p = sub.add_parser("extract", help="read a document and print its commitments (stores nothing)")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--json", action="store_true", help="print the JSON contract (see README)")
    p.add_argument(
        "--reference-date",
        type=parse_date,
        metavar="YYYY-MM-DD",
        help="the day the answers were given, if the document states no date of its own",
    )

    p = sub.add_parser("list", help="list stored commitments")
    p.add_argument(
        "--overdue", action="store_true", help="only open commitments past their due date"
    )
    p.add_argument(
        "--as-of", type=parse_date, metavar="DATE", help="the day 'overdue' is measured on"
    )
    p.add_argument("--status", choices=STATUS_CHOICES)
    p.add_argument("--ministry")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("mark", help="change the status of a commitment")
    p.add_argument("id", type=int)
    p.add_argument("status", choices=STATUS_CHOICES)
    p.add_argument("--note", default="", help="why (kept in the history)")
    p.add_argument(
        "--evidence", default="", help="what fulfilled it, e.g. 'Kamerstuk 32 637, nr. 460'"
    )

    _add_hints_parser(sub, common)
    _add_db_parser(sub, common)

    p = sub.add_parser("due", help="correct a commitment's due date by hand (the phrase is kept)")
    p.add_argument("id", type=int)
    p.add_argument("date", help="YYYY-MM-DD, or 'reset' to go back to the extracted date")

    p = sub.add_parser(
        "export", help="write commitments to an Excel workbook, a CSV file or a calendar"
    )
    p.add_argument(
        "--overdue", action="store_true", help="only open commitments past their due date"
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

    p = sub.add_parser("dates", help="show the time expressions in a Dutch text and their dates")
    p.add_argument("text")
    p.add_argument("--reference", type=parse_date, metavar="DATE", help="default: today")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("gui", help="open the window (the default)")
    p.add_argument("--screenshot", metavar="FILE.png", help="render the window to a PNG and exit")
    p.add_argument(
        "--size", type=parse_size, metavar="WxH", help="window size in pixels, e.g. 1400x900"
    )
    p.add_argument("--lang", choices=("nl", "en"), help="language of the window for this run only")
    p.add_argument(
        "files",
        nargs="*",
        metavar="FILE",
        help="documents or folders to import as soon as the window is open "
        "(how a file manager's 'Open with' passes them)",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    command = args.command or "gui"
    handler = COMMANDS[command]
    try:
        return handler(args)
    except CliError as exc:
        print(f"tracker: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("tracker: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:
        message = _unwritable(exc)
        if message is None:
            raise
        print(f"tracker: {message}", file=sys.stderr)
        return 1


def _unwritable(exc: Exception) -> str | None:
    """A full or read-only database or file as one line, rather than a traceback."""
    from tracker.store.write_errors import database_write_error, reason, write_problem

    if isinstance(exc, OSError):  # a file of ours other than the database
        problem = write_problem(exc)
        if problem is None:
            return None
        return f"{exc.filename or 'a file'}: could not be written: {reason(problem)}"
    unwritable = database_write_error(exc)
    return str(unwritable) if unwritable is not None else None


def _open(args: argparse.Namespace) -> None:
    """Open `--db`; a server that asks for a password gets it typed on the terminal
    (not echoed, kept in memory only)."""
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
                f"\rupdating the register for this version: {done}/{total}",
                end=end,
                file=sys.stderr,
            )

    password = None
    while True:
        try:
            open_database(args.db, password=password, on_progress=progress)
            return
        except PasswordRequired as exc:
            if password is not None or not sys.stdin.isatty():
                raise CliError(str(exc)) from None
            password = getpass.getpass(f"password for {exc.location.display}: ")
        except CorruptDatabaseError as exc:
            raise CliError(f"{exc}\n{RESTORE_HINT}") from None
        except (DatabaseError, SchemaTooNewError) as exc:
            raise CliError(str(exc)) from None


RESTORE_HINT = (
    "list the backups with `tracker db backups`; restore one with `tracker db restore BACKUP`"
    " or `tracker db restore --latest` (the damaged file is moved aside, not deleted)"
)


def cmd_import(args: argparse.Namespace) -> int:
    """Import files and folders, one report line per file; Ctrl+C stops after the
    current file (twice: at once, rolling that file back)."""
    import signal
    import threading
    from pathlib import Path

    from tracker.importing import expand_paths, import_batch

    _check_reference_date(args.reference_date)
    _open(args)
    refused = 0
    for given in args.files:
        if Path(given).is_dir() and not expand_paths([given]):
            refused += 1
            print(f"refused  {given}: folder holds no supported documents", file=sys.stderr)
    progress = _ImportProgressLine(sys.stderr, args.progress)
    stop = threading.Event()

    def on_interrupt(signum, frame) -> None:
        if stop.is_set():
            raise KeyboardInterrupt
        stop.set()
        progress.say("stopping after the current file (Ctrl+C again to stop now)")

    def on_result(result) -> None:
        progress.clear()
        if result.error:
            print(f"refused  {result.error}", file=sys.stderr)
        else:
            print(_import_line(result), flush=True)
        if result.suggestions:
            print(
                f"suggest  {result.path}: may fulfil "
                f"{_plural(result.suggestions, 'open commitment')} (see `tracker hints`)"
            )
        for warning in result.warnings:
            print(f"warning  {result.path}: {warning}", file=sys.stderr)

    in_main_thread = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGINT, on_interrupt) if in_main_thread else None
    try:
        batch = import_batch(
            args.files,
            progress.show,
            stop.is_set,
            on_result,
            reference_date=args.reference_date,
        )
    finally:
        if previous is not None:
            signal.signal(signal.SIGINT, previous)
        progress.clear()
    refused += batch.count("refused")
    results = batch.results
    print(
        f"{_plural(len(results), 'file')}: {batch.count('imported')} imported, "
        f"{batch.count('updated')} updated, {batch.count('skipped')} skipped, "
        f"{batch.count('refused')} refused; "
        f"{_plural(sum(r.commitments for r in results), 'commitment')} added"
    )
    if batch.stopped:
        print(
            f"tracker: interrupted; {_plural(len(batch.pending), 'file')} not processed",
            file=sys.stderr,
        )
        return 130
    return 1 if refused else 0


def _check_reference_date(given: dt.date | None) -> None:
    """Refuse a --reference-date the answers cannot have been given on (in the future)."""
    from tracker.documents.reference_date import ReferenceDateError, check_reference_date

    if given is not None:
        try:
            check_reference_date(given)
        except ReferenceDateError as exc:
            raise CliError(str(exc)) from None


def _print_json(value) -> None:
    """`value` as indented JSON on stdout, non-ASCII characters as they are."""
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def _import_line(result) -> str:
    """The report line of one imported, updated or skipped file."""
    if result.state == "skipped":
        return f"skipped  {result.path}: already imported"
    if result.state == "updated" and result.redated:
        return (
            f"updated  {result.path}: due dates read again from the reference date given, "
            f"{result.changed} changed"
        )
    if result.state == "updated":
        gone = len(result.no_longer_found)
        ids = f" (#{', #'.join(map(str, result.no_longer_found))})" if gone else ""
        return (
            f"updated  {result.path}: {result.changed} updated, {result.commitments} added, "
            f"{gone} no longer found{ids}"
        )
    return f"imported {result.path}: {_plural(result.commitments, 'commitment')}"


class _ImportProgressLine:
    """Progress of an import on stderr: one updating line on a terminal, a line per
    file when asked for elsewhere, nothing otherwise."""

    def __init__(self, stream, requested: bool) -> None:
        self.stream = stream
        self.terminal = bool(getattr(stream, "isatty", lambda: False)())
        self.enabled = self.terminal or requested
        self.shown = False

    def show(self, step) -> None:
        if not self.enabled or not step.path:
            return
        from pathlib import Path

        text = (
            f"[{step.done + 1}/{step.total}] "
            f"{_plural(step.found, 'commitment')}… {Path(step.path).name}"
        )
        if self.terminal:
            import shutil

            width = shutil.get_terminal_size().columns - 1
            self.stream.write("\r\x1b[K" + text[:width])
            self.shown = True
        else:
            self.stream.write(text + "\n")
        self.stream.flush()

    def say(self, message: str) -> None:
        self.clear()
        self.stream.write(f"tracker: {message}\n")
        self.stream.flush()

    def clear(self) -> None:
        if self.shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self.shown = False


def cmd_extract(args: argparse.Namespace) -> int:
    from tracker.documents import DocumentError, read_document
    from tracker.documents.reference_date import use_reference_date
    from tracker.extract import extract, to_json

    try:
        document = read_document(args.file)
    except DocumentError as exc:
        raise CliError(str(exc)) from None
    _check_reference_date(args.reference_date)
    use_reference_date(document, args.reference_date)
    commitments = extract(document)
    for warning in document.warnings:
        print(f"warning: {args.file}: {warning}", file=sys.stderr)
    if args.json:
        _print_json(to_json(document, commitments))
        return 0
    for item in commitments:
        due = _iso(item.due) or "-"
        print(f"{due:10}  {item.title}")
        for src in item.sources:
            print(f"            [{src.faction or '-'}] {src.quote[:200]}")
    print(f"{len(commitments)} commitments in {args.file}")
    return 0


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
    _open(args)
    as_of = args.as_of or dt.date.today()
    rows = _filtered_rows(args)
    if args.json:
        out = [
            {
                "id": r.id,
                "title": r.title,
                "due": _iso(r.due),
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
                "reference_date": _iso(r.reference_date),
                "reference_date_given": r.reference_date_given,
                "quote": r.quote,
            }
            for r in rows
        ]
        _print_json(out)
        return 0
    for r in rows:
        late = r.days_overdue(as_of)
        flag = f"{late}d late" if late is not None else ""
        phrase = (
            f'  ("{r.due_text}"{", set by hand" if r.due_overridden else ""})' if r.due_text else ""
        )
        print(
            f"{r.id:5}  {_iso(r.due) or '-':10}  {r.status:9}  {flag:10}  "
            f"{', '.join(r.factions) or '-':12}  {r.title}{phrase}"
        )
    print(f"{len(rows)} commitments")
    return 0


def cmd_mark(args: argparse.Namespace) -> int:
    """Mark a commitment. Like `due`, it acts on the commitment as stored now (it passes
    no version, so it is never refused as stale: the command shows nothing beforehand
    that could be out of date). The audit trail records $TRACKER_USER, else the OS user."""
    from tracker.store.queries import StoreError, mark

    _open(args)
    try:
        row = mark(args.id, args.status, note=args.note, evidence=args.evidence)
    except StoreError as exc:
        raise CliError(str(exc)) from None
    print(f"{row.id}: {row.title} is now {row.status}")
    return 0


def cmd_due(args: argparse.Namespace) -> int:
    from tracker.store.queries import StoreError, set_due

    _open(args)
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
    print(f"{row.id}: due {_iso(row.due) or 'none'}{phrase}")
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
    _open(args)
    as_of = args.as_of or dt.date.today()
    description = describe_filter(args, as_of)
    try:
        if args.rappel:
            from tracker.export.xlsx import write_rappel_xlsx
            from tracker.store.queries import StoreError, list_commitments

            try:
                rows = list_commitments(
                    status="open", ministry=args.ministry, due_before=args.due_before
                )
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
        _print_json([e.to_dict() for e in found])
        return 0
    for e in found:
        due = _iso(e.due) or "-"
        flag = " (vague)" if e.vague else (" (past)" if e.past else "")
        print(f"{e.text!r:40} {e.precision:8} {_iso(e.period_start) or '-'} .. {due}{flag}")
    return 0


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


_HINT_REASONS = {
    "zoals_toegezegd": "says it keeps a promise",
    "same_dossier_subject": "later letter in the same dossier on the same subject",
}


def cmd_hints(args: argparse.Namespace) -> int:
    from tracker.store import suggestions
    from tracker.store.queries import StoreError

    _open(args)
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
            print(f"dismissed {_plural(count, 'suggestion')}")
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
                    "date": _iso(r.document_date),
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
        _print_json(out)
        return 0
    for r in rows:
        date = f" of {r.document_date:%d-%m-%Y}" if r.document_date else ""
        why = _HINT_REASONS.get(r.reason, r.reason)
        cited = f": {r.matched_reference}" if r.matched_reference else ""
        print(f"{r.id:5}  #{r.commitment_id} {r.commitment_title}")
        print(f"       fulfilled by {r.evidence}{date}? ({why}{cited}; score {r.score:.2f})")
        if r.sentence:
            print(f"       \u201c{r.sentence}\u201d")
    print(f"{_plural(len(rows), 'pending suggestion')}")
    return 0


def _add_db_parser(sub, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("db", help="the database: show what it holds, or copy a whole register")
    actions = p.add_subparsers(dest="db_action", metavar="ACTION")
    actions.required = True
    actions.add_parser(
        "info",
        parents=[common],
        help="the database in use (URL without password), backend, schema version, row counts",
    )
    c = actions.add_parser(
        "copy",
        parents=[common],
        help="copy a whole register (documents, commitments, sources, history, suggestions, "
        "audit trail) to another database, e.g. from a local file to the server and back",
        description="Copies every table with its ids into an empty database in one "
        "transaction, then checks the row counts and a checksum; on any error or mismatch "
        "the target is left as it was. URLs: sqlite:///PATH (or a path) and "
        "postgresql://USER@HOST:PORT/DBNAME; passwords come from ~/.pgpass or PGPASSWORD.",
    )
    c.add_argument(
        "--from",
        dest="source",
        metavar="URL",
        help="the register to copy (default: --db, else $TRACKER_DB, else the local default)",
    )
    c.add_argument("--to", dest="target", metavar="URL", required=True, help="where to copy it")
    c.add_argument(
        "--replace",
        action="store_true",
        help="delete the data the target holds first (on a terminal, asks to confirm)",
    )
    c.add_argument("--yes", action="store_true", help="with --replace: do not ask")
    actions.add_parser(
        "backup",
        parents=[common],
        help="back up the database file now (kept until you delete it)",
        description="Backups are in a folder beside the file, <name>-backups/; the app also "
        "makes one on the first start of a day and before every migration. A PostgreSQL "
        "database is backed up with the server's tools (pg_dump).",
    )
    actions.add_parser(
        "backups",
        parents=[common],
        help="list the backups of the database file, newest first, with what they hold",
    )
    r = actions.add_parser(
        "restore",
        parents=[common],
        help="replace the database file by a backup (the current file is backed up first)",
        description="The current file is first backed up (kind before-restore), or, when it is "
        "damaged, moved aside to <name>.damaged-<time>: nothing is deleted. A backup from "
        "an older version is migrated when it opens.",
    )
    which = r.add_mutually_exclusive_group(required=True)
    which.add_argument(
        "backup",
        nargs="?",
        metavar="BACKUP",
        help="a backup's file name (see `db backups`) or path",
    )
    which.add_argument("--latest", action="store_true", help="the newest intact backup")
    r.add_argument("--yes", action="store_true", help="do not ask to confirm (on a terminal)")


def cmd_db(args: argparse.Namespace) -> int:
    from tracker.store.backup import BackupError
    from tracker.store.connection import DatabaseError, close_database
    from tracker.store.copy import CopyError
    from tracker.store.migrations import SchemaTooNewError

    try:
        if args.db_action == "info":
            return _db_info(getattr(args, "db", None))
        if args.db_action in ("backup", "backups", "restore"):
            return _DB_BACKUP_ACTIONS[args.db_action](_db_file(args), args)
        return _db_copy(args)
    except (BackupError, CopyError, DatabaseError, SchemaTooNewError) as exc:
        raise CliError(str(exc)) from None
    finally:
        close_database()


def _db_file(args: argparse.Namespace):
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
        restore_backup,
    )

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
        f"{_plural(backup.count('commitment') or 0, 'commitment')}, "
        f"{_plural(backup.count('document') or 0, 'document')}, "
        f"{_plural(backup.count('status_change') or 0, 'status change')}"
    )


def _size(size: int) -> str:
    for unit in ("B", "kB", "MB"):
        if size < 1024:
            return f"{size} {unit}"
        size //= 1024
    return f"{size} GB"


_DB_BACKUP_ACTIONS = {"backup": _db_backup, "backups": _db_backups, "restore": _db_restore}


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
            passwords[where] = getpass.getpass(f"password for {where}: ")


def _db_info(url: str | None) -> int:
    from tracker.store.copy import database_info

    info = _with_password(lambda pw: database_info(url, _password_for(url, pw)), {})
    print(f"{'database':18} {info.url}")
    print(f"{'backend':18} {info.backend}")
    if info.schema_version is None:
        print(f"{'schema version':18} none (not a tracker database yet)")
        return 1
    note = ""
    if info.schema_version < info.current_version:
        note = f" (this app migrates it to {info.current_version} when it opens it)"
    elif info.schema_version > info.current_version:
        note = f" (newer than this app: {info.current_version})"
    print(f"{'schema version':18} {info.schema_version}{note}")
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
                f"{held} in {args.target} will be deleted and replaced. Continue? [y/N] "
            )
            if answer.strip().lower() not in ("y", "yes", "j", "ja"):
                print("nothing was copied", file=sys.stderr)
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
    print(f"copied {report.source} -> {report.target} in {report.seconds:.1f} s")
    print(f"{'table':18} {'source':>9} {'target':>9}")
    for t in report.tables:
        print(f"{t.table:18} {t.source:>9} {t.target:>9}{'' if t.ok else '  MISMATCH'}")
    print(f"checksum {report.checksum[:16]} identical; schema version {report.schema_version}")
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
    return ", ".join(f"{n} rows in {table}" for table, n in counts.items() if n)


class _CopyProgress:
    """Rows copied so far, on one line of a terminal."""

    def __init__(self, stream) -> None:
        self.stream = stream
        self.active = stream.isatty()

    def show(self, table: str, rows: int) -> None:
        if self.active:
            self.stream.write(f"\r\033[Kcopying {table}: {rows} rows")
            self.stream.flush()

    def clear(self) -> None:
        if self.active:
            self.stream.write("\r\033[K")
            self.stream.flush()


def cmd_gui(args: argparse.Namespace) -> int:
    try:
        from ui.app import run_gui
    except ImportError as exc:
        raise CliError(f"the window cannot start: {exc}") from None
    return run_gui(
        args.db,
        screenshot=getattr(args, "screenshot", None),
        size=getattr(args, "size", None),
        language=getattr(args, "lang", None),
        files=_gui_files(getattr(args, "files", None) or []),
    )


def _gui_files(names: list[str]) -> list[str]:
    """The files given to `gui`, as paths: a desktop may pass file:// URLs."""
    from pathlib import Path
    from urllib.parse import unquote, urlsplit

    paths = []
    for name in names:
        if name.startswith("file://"):
            name = unquote(urlsplit(name).path)
        if not Path(name).exists():
            raise CliError(f"{name}: no such file or folder")
        paths.append(str(Path(name).resolve()))
    return paths


def parse_size(text: str) -> tuple[int, int]:
    """ "1400x900" -> (1400, 900), for `gui --size`."""
    width, sep, height = text.lower().replace("×", "x").partition("x")
    try:
        size = (int(width), int(height))
    except ValueError:
        size = (0, 0)
    if not sep or min(size) < 100 or max(size) > 20000:
        raise argparse.ArgumentTypeError(f"expected WIDTHxHEIGHT such as 1400x900, not {text!r}")
    return size


COMMANDS = {
    "import": cmd_import,
    "extract": cmd_extract,
    "list": cmd_list,
    "mark": cmd_mark,
    "due": cmd_due,
    "export": cmd_export,
    "dates": cmd_dates,
    "hints": cmd_hints,
    "db": cmd_db,
    "gui": cmd_gui,
}


if __name__ == "__main__":
    sys.exit(main())
