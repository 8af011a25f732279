"""The `tracker` command: everything the window does, for scripts, tests and benchmarks.

Thin by design: it parses arguments and calls the core. Each group of commands is a
module here (`imports`, `listing`, `marking`, `database`, `gui`) that adds its
subparsers and runs them; this module builds the one parser and runs `main()`.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from tracker import __version__
from tracker.cli import database, gui, imports, listing, marking
from tracker.cli.arguments import STATUS_CHOICES, Command, parse_date
from tracker.cli.database import cmd_db
from tracker.cli.gui import cmd_gui, parse_size
from tracker.cli.imports import cmd_extract, cmd_import
from tracker.cli.listing import (
    EXPORT_FORMATS,
    cmd_dates,
    cmd_export,
    cmd_list,
    describe_filter,
    export_format,
)
from tracker.cli.marking import cmd_due, cmd_hints, cmd_mark
from tracker.cli.opening import RESTORE_HINT
from tracker.cli.output import CliError, unwritable

__all__ = [
    "COMMANDS",
    "EXPORT_FORMATS",
    "RESTORE_HINT",
    "STATUS_CHOICES",
    "CliError",
    "build_parser",
    "cmd_db",
    "cmd_dates",
    "cmd_due",
    "cmd_export",
    "cmd_extract",
    "cmd_gui",
    "cmd_hints",
    "cmd_import",
    "cmd_list",
    "cmd_mark",
    "describe_filter",
    "export_format",
    "main",
    "parse_date",
    "parse_size",
]

_GROUPS: dict[str, Command] = {
    **imports.COMMANDS,
    **listing.COMMANDS,
    **marking.COMMANDS,
    **database.COMMANDS,
    **gui.COMMANDS,
}
# the order `tracker --help` lists the commands in
_ORDER = ("import", "extract", "list", "mark", "hints", "db", "due", "export", "dates", "gui")
assert sorted(_ORDER) == sorted(_GROUPS), "every command is listed once"

COMMANDS = {name: _GROUPS[name].run for name in _ORDER}


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

    for name in _ORDER:
        _GROUPS[name].add_parser(sub, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run `tracker ARGV`; the exit code. Output into a pipe that closes early
    (`tracker list | head -1`) ends the command quietly, as Python's documentation
    recommends (note on SIGPIPE): the rest of the output goes to devnull."""
    try:
        try:
            code = _run(argv)
        except SystemExit:  # --help, --version, a bad argument: their output too
            sys.stdout.flush()
            raise
        sys.stdout.flush()
        return code
    except BrokenPipeError:
        _silence_stdout()
        return 1


def _silence_stdout() -> None:
    """Point stdout at devnull, so that the flush at exit raises no second error."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # not a real file (a test's capture)
        pass


def _run(argv: Sequence[str] | None) -> int:
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
    except BrokenPipeError:
        raise  # `main` ends quietly
    except Exception as exc:
        message = unwritable(exc)
        if message is None:
            raise
        print(f"tracker: {message}", file=sys.stderr)
        return 1
