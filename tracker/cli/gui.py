"""`tracker gui` (the default command): the window. `ui` and Qt are imported only here,
when the window starts, so every other command runs without them."""

from __future__ import annotations

import argparse

from tracker.cli.arguments import Command
from tracker.cli.output import CliError


def _add_gui_parser(sub, common: argparse.ArgumentParser) -> None:
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


COMMANDS = {"gui": Command(_add_gui_parser, cmd_gui)}
