"""The `tracker` command: everything the window does, for scripts, tests and benchmarks.

Thin by design: it parses arguments and calls the core. Each group of commands is a
module here (`imports`, `listing`, `marking`, `syncing`, `database`, `gui`) that adds its
subparsers and runs them; this module builds the one parser and runs `main()`.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from tracker import __version__
from tracker.cli import database, gui, imports, listing, marking, syncing
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
from tracker.cli.messages import LANGUAGES, resolve_language, set_language, t
from tracker.cli.opening import RESTORE_HINT
from tracker.cli.output import CliError, server_trouble, unwritable

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
    **syncing.COMMANDS,
}
# the order `tracker --help` lists the commands in
_ORDER = (
    "import",
    "extract",
    "list",
    "mark",
    "hints",
    "follow",
    "sync",
    "db",
    "due",
    "export",
    "dates",
    "gui",
)
assert sorted(_ORDER) == sorted(_GROUPS), "every command is listed once"

COMMANDS = {name: _GROUPS[name].run for name in _ORDER}


class _Formatter(argparse.HelpFormatter):
    """argparse's help with "usage:" in the CLI's language."""

    def add_usage(self, usage, actions, groups, prefix=None):
        return super().add_usage(
            usage, actions, groups, t("gebruik: ") if prefix is None else prefix
        )


class _Parser(argparse.ArgumentParser):
    """The `tracker` parser (and each subcommand's): its error line in the CLI's language."""

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str):
        self.print_usage(sys.stderr)
        message = _argparse_message(message)
        self.exit(2, t("{prog}: fout: {message}", prog=self.prog, message=message) + "\n")


# argparse's own error messages (English) as the CLI's Dutch texts: (its start, ours)
_ARGPARSE_MESSAGES = (
    ("the following arguments are required: ", "deze argumenten ontbreken: "),
    ("unrecognized arguments: ", "onbekende argumenten: "),
    ("invalid choice: ", "ongeldige keuze: "),
    ("expected one argument", "verwacht één waarde"),
)


def _argparse_message(message: str) -> str:
    """argparse's English message in the CLI's language (the ones a user meets most)."""
    for english, dutch in _ARGPARSE_MESSAGES:
        message = message.replace(english, t(dutch))
    return message.replace("(choose from ", t("(kies uit "))


def build_parser() -> argparse.ArgumentParser:
    """The one `tracker` parser, its texts in the current language (`set_language`)."""
    parser = _Parser(
        prog="tracker",
        description=t("Volg de toezeggingen die de regering doet in haar antwoorden aan de Kamer."),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--db",
        metavar="URL",
        help=t(
            "database: een bestand (sqlite:///PAD of PAD) of "
            "postgresql://GEBRUIKER@HOST:POORT/DBNAAM (standaard: $TRACKER_DB, anders "
            "tracker.sqlite in de gegevensmap van de gebruiker)"
        ),
    )
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        help=t(
            "taal van de uitvoer (en van het venster), alleen voor deze keer (standaard: "
            "$TRACKER_LANG, anders de taal uit Instellingen van het venster, anders die van "
            "het systeem als dat Nederlands of Engels is, anders Nederlands)"
        ),
    )
    parser.add_argument("-v", "--verbose", action="store_true", help=t("melden wat er gebeurt"))
    # --db and --lang are accepted before and after the command: "tracker --db x list"
    # and "tracker list --db x"
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", metavar="URL", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    common.add_argument(
        "--lang", choices=LANGUAGES, default=argparse.SUPPRESS, help=argparse.SUPPRESS
    )
    sub = parser.add_subparsers(
        dest="command", metavar=t("OPDRACHT"), help=t("wat te doen (zonder: het venster openen)")
    )
    add = sub.add_parser

    def add_parser(name: str, **kwargs):
        return add(name, parents=[common], **kwargs)

    sub.add_parser = add_parser  # type: ignore[method-assign]

    for name in _ORDER:
        _GROUPS[name].add_parser(sub, common)
    for each in all_parsers(parser):
        _translate_argparse_texts(each)
    return parser


def all_parsers(parser: argparse.ArgumentParser) -> list[argparse.ArgumentParser]:
    """`parser` and every subcommand's parser under it, at any depth."""
    found = [parser]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in dict.fromkeys(action.choices.values()):
                found += all_parsers(child)
    return found


def _translate_argparse_texts(parser: argparse.ArgumentParser) -> None:
    """The texts argparse adds itself: the group titles and -h's and --version's help."""
    parser._positionals.title = t("positionele argumenten")
    parser._optionals.title = t("opties")
    for action in parser._actions:
        if isinstance(action, argparse._HelpAction):
            action.help = t("deze hulp tonen en stoppen")
        elif isinstance(action, argparse._VersionAction):
            action.help = t("het versienummer tonen en stoppen")


def _language_asked(argv: Sequence[str]) -> str | None:
    """The value of --lang in `argv`, before the parser (whose texts depend on it) exists."""
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


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
    argv = list(sys.argv[1:] if argv is None else argv)
    set_language(resolve_language(_language_asked(argv)))
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
        print("tracker: " + t("onderbroken"), file=sys.stderr)
        return 130
    except BrokenPipeError:
        raise  # `main` ends quietly
    except Exception as exc:
        message = unwritable(exc) or server_trouble(exc)
        if message is None:
            raise
        print(f"tracker: {message}", file=sys.stderr)
        return 1
