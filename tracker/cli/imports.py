"""`tracker import` stores the commitments of documents; `tracker extract` only shows them."""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from tracker.cli.arguments import Command, parse_date
from tracker.cli.opening import open_register
from tracker.cli.output import CliError, iso, plural, print_json


def _add_import_parser(sub, common: argparse.ArgumentParser) -> None:
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


def _add_extract_parser(sub, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("extract", help="read a document and print its commitments (stores nothing)")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--json", action="store_true", help="print the JSON contract (see README)")
    p.add_argument(
        "--reference-date",
        type=parse_date,
        metavar="YYYY-MM-DD",
        help="the day the answers were given, if the document states no date of its own",
    )


def cmd_import(args: argparse.Namespace) -> int:
    """Import files and folders, one report line per file; Ctrl+C stops after the
    current file (twice: at once, rolling that file back)."""
    import signal
    import threading
    from pathlib import Path

    from tracker.importing import expand_paths, import_batch

    _check_reference_date(args.reference_date)
    open_register(args)
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
                f"{plural(result.suggestions, 'open commitment')} (see `tracker hints`)"
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
            stage=progress.stage,
            reference_date=args.reference_date,
            part=progress.part,
        )
    finally:
        if previous is not None:
            signal.signal(signal.SIGINT, previous)
        progress.clear()
    refused += batch.count("refused")
    results = batch.results
    print(
        f"{plural(len(results), 'file')}: {batch.count('imported')} imported, "
        f"{batch.count('updated')} updated, {batch.count('skipped')} skipped, "
        f"{batch.count('refused')} refused; "
        f"{plural(sum(r.commitments for r in results), 'commitment')} added"
    )
    if batch.stopped:
        print(
            f"tracker: interrupted; {plural(len(batch.pending), 'file')} not processed",
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
    return f"imported {result.path}: {plural(result.commitments, 'commitment')}"


class _ImportProgressLine:
    """Progress of an import on stderr: one updating line on a terminal, a line per
    file when asked for elsewhere, nothing otherwise."""

    def __init__(self, stream, requested: bool) -> None:
        self.stream = stream
        self.terminal = bool(getattr(stream, "isatty", lambda: False)())
        self.enabled = self.terminal or requested
        self.shown = False
        self.line = ""  # the current file's part of the line

    def show(self, step) -> None:
        if not self.enabled or not step.path:
            return
        from pathlib import Path

        self.line = (
            f"[{step.done + 1}/{step.total}] "
            f"{plural(step.found, 'commitment')}… {Path(step.path).name}"
        )
        self._write(self.line, every=True)

    def stage(self, path: str, stage: str) -> None:
        """A step of the current file began: shown on a terminal's line."""
        if self.line:
            self._write(f"{self.line} — {stage}")

    def part(self, path: str, stage: str, fraction: float) -> None:
        """How far a step of the current file is: "extracting 40 %" on a terminal's line
        (a large file takes a while; the line moves within it)."""
        if self.line:
            self._write(f"{self.line} — {stage} {int(fraction * 100)} %")

    def _write(self, text: str, every: bool = False) -> None:
        """Show `text` as the line (a terminal), or as a line of its own when progress
        was asked for elsewhere and `every` (one line per file, not per step)."""
        if not self.enabled or not (self.terminal or every):
            return
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
        print_json(to_json(document, commitments))
        return 0
    for item in commitments:
        due = iso(item.due) or "-"
        print(f"{due:10}  {item.title}")
        for src in item.sources:
            print(f"            [{src.faction or '-'}] {src.quote[:200]}")
    print(f"{len(commitments)} commitments in {args.file}")
    return 0


COMMANDS = {
    "import": Command(_add_import_parser, cmd_import),
    "extract": Command(_add_extract_parser, cmd_extract),
}
