"""`tracker import` stores the commitments of documents; `tracker extract` only shows them."""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from tracker.cli.arguments import Command, parse_date
from tracker.cli.messages import plural, t
from tracker.cli.opening import CHANGE, open_register
from tracker.cli.output import CliError, document_refusal, error_text, iso, print_json


def _add_import_parser(sub, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("import", help=t("antwoorddocumenten lezen en hun toezeggingen opslaan"))
    p.add_argument(
        "files",
        nargs="+",
        metavar=t("PAD"),
        help=t("documenten, of mappen om met alles erin te importeren"),
    )
    p.add_argument(
        "--progress",
        action="store_true",
        help=t("de voortgang op stderr tonen, ook buiten een terminal (een regel per bestand)"),
    )
    p.add_argument(
        "--reference-date",
        type=parse_date,
        metavar=t("JJJJ-MM-DD"),
        help=t(
            "de dag van de antwoorden, voor documenten zonder eigen datum (relatieve "
            "termijnen tellen vanaf die dag; de eigen datum van een document gaat voor). "
            "Een eerder zonder datum geïmporteerd bestand wordt bijgewerkt: de termijnen "
            "worden opnieuw gelezen vanaf deze dag; statussen, notities en wijzigingen blijven"
        ),
    )


def _add_extract_parser(sub, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "extract", help=t("een document lezen en zijn toezeggingen tonen (slaat niets op)")
    )
    p.add_argument("file", metavar=t("BESTAND"), help=t("het document"))
    p.add_argument("--json", action="store_true", help=t("het JSON-contract tonen (zie README)"))
    p.add_argument(
        "--reference-date",
        type=parse_date,
        metavar=t("JJJJ-MM-DD"),
        help=t("de dag van de antwoorden, als het document geen eigen datum noemt"),
    )


def cmd_import(args: argparse.Namespace) -> int:
    """Import files and folders, one report line per file; Ctrl+C stops after the
    current file (twice: at once, rolling that file back)."""
    import signal
    import threading
    from pathlib import Path

    from tracker.importing import expand_paths, import_batch

    _check_reference_date(args.reference_date)
    open_register(args, create=True, needs=CHANGE)
    refused = 0
    for given in args.files:
        if Path(given).is_dir() and not expand_paths([given]):
            refused += 1
            print(
                t("geweigerd    {path}: de map bevat geen leesbare documenten", path=given),
                file=sys.stderr,
            )
    progress = _ImportProgressLine(sys.stderr, args.progress)
    stop = threading.Event()

    def on_interrupt(signum, frame) -> None:
        if stop.is_set():
            raise KeyboardInterrupt
        stop.set()
        progress.say(t("stopt na het huidige bestand (nog eens Ctrl+C om nu te stoppen)"))

    def on_result(result) -> None:
        progress.clear()
        if result.error:
            why = document_refusal(result.path, result.reason, result.reason_details, result.error)
            print(t("geweigerd    {error}", error=why), file=sys.stderr)
        else:
            print(_import_line(result), flush=True)
        if result.suggestions:
            print(
                t(
                    "suggestie    {path}: komt mogelijk {count} na (zie `tracker hints`)",
                    path=result.path,
                    count=plural(result.suggestions, "open toezegging", "open toezeggingen"),
                )
            )
        for warning in result.warnings:
            print(
                t("waarschuwing {path}: {warning}", path=result.path, warning=warning),
                file=sys.stderr,
            )

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
        t(
            "{files}: {imported} geïmporteerd, {updated} bijgewerkt, {skipped} overgeslagen, "
            "{refused} geweigerd; {commitments} toegevoegd",
            files=plural(len(results), "bestand", "bestanden"),
            imported=batch.count("imported"),
            updated=batch.count("updated"),
            skipped=batch.count("skipped"),
            refused=batch.count("refused"),
            commitments=plural(sum(r.commitments for r in results), "toezegging", "toezeggingen"),
        )
    )
    if batch.interrupted is not None:  # the server went away: say what is not stored
        for path in batch.pending:
            print(t("niet opgeslagen {path}", path=path), file=sys.stderr)
        print(
            "tracker: "
            + error_text(batch.interrupted)
            + "; "
            + t(
                "{files} niet opgeslagen: voer dezelfde import opnieuw uit als de server "
                "terug is (wat al is opgeslagen, wordt overgeslagen)",
                files=plural(len(batch.pending), "bestand", "bestanden"),
            ),
            file=sys.stderr,
        )
        return 1
    if batch.stopped:
        print(
            "tracker: "
            + t(
                "onderbroken; {files} niet verwerkt",
                files=plural(len(batch.pending), "bestand", "bestanden"),
            ),
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
            raise CliError(error_text(exc)) from None


def _import_line(result) -> str:
    """The report line of one imported, updated or skipped file."""
    if result.state == "skipped":
        return t("overgeslagen {path}: al geïmporteerd", path=result.path)
    if result.state == "updated" and result.redated:
        return t(
            "bijgewerkt   {path}: termijnen opnieuw gelezen vanaf de opgegeven datum, "
            "{changed} gewijzigd",
            path=result.path,
            changed=result.changed,
        )
    if result.state == "updated":
        gone = len(result.no_longer_found)
        ids = f" (#{', #'.join(map(str, result.no_longer_found))})" if gone else ""
        return t(
            "bijgewerkt   {path}: {changed} bijgewerkt, {added} toegevoegd, "
            "{gone} niet meer gevonden{ids}",
            path=result.path,
            changed=result.changed,
            added=result.commitments,
            gone=gone,
            ids=ids,
        )
    return t(
        "geïmporteerd {path}: {count}",
        path=result.path,
        count=plural(result.commitments, "toezegging", "toezeggingen"),
    )


def _stage_name(stage: str) -> str:
    """The step of a file ("extracting") as the progress line says it."""
    names = {
        "reading": t("lezen"),
        "extracting": t("toezeggingen zoeken"),
        "storing": t("opslaan"),
    }
    return names.get(stage, stage)


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
            f"{plural(step.found, 'toezegging', 'toezeggingen')}… {Path(step.path).name}"
        )
        self._write(self.line, every=True)

    def stage(self, path: str, stage: str) -> None:
        """A step of the current file began: shown on a terminal's line."""
        if self.line:
            self._write(f"{self.line} — {_stage_name(stage)}")

    def part(self, path: str, stage: str, fraction: float) -> None:
        """How far a step of the current file is: "extracting 40 %" on a terminal's line
        (a large file takes a while; the line moves within it)."""
        if self.line:
            self._write(f"{self.line} — {_stage_name(stage)} {int(fraction * 100)} %")

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
    from pathlib import Path

    from tracker.documents import DocumentError, read_document
    from tracker.documents.reference_date import use_reference_date
    from tracker.extract import extract, to_json

    try:
        document = read_document(args.file)
    except DocumentError as exc:
        raise CliError(
            document_refusal(Path(args.file), exc.reason, exc.details, str(exc))
        ) from None
    _check_reference_date(args.reference_date)
    use_reference_date(document, args.reference_date)
    commitments = extract(document)
    for warning in document.warnings:
        print(
            t("waarschuwing: {file}: {warning}", file=args.file, warning=warning), file=sys.stderr
        )
    if args.json:
        print_json(to_json(document, commitments))
        return 0
    for item in commitments:
        due = iso(item.due) or "-"
        print(f"{due:10}  {item.title}")
        for src in item.sources:
            print(f"            [{src.faction or '-'}] {src.quote[:200]}")
    print(
        t(
            "{count} in {file}",
            count=plural(len(commitments), "toezegging", "toezeggingen"),
            file=args.file,
        )
    )
    return 0


COMMANDS = {
    "import": Command(_add_import_parser, cmd_import),
    "extract": Command(_add_extract_parser, cmd_extract),
}
