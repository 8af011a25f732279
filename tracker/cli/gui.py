"""`tracker gui` (the default command): the window. `ui` and Qt are imported only here,
when the window starts, so every other command runs without them."""

from __future__ import annotations

import argparse

from tracker.cli.arguments import Command
from tracker.cli.messages import t
from tracker.cli.output import CliError


def _add_gui_parser(sub, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("gui", help=t("het venster openen (de standaard)"))
    p.add_argument(
        "--screenshot",
        metavar=t("BESTAND.png"),
        help=t(
            "het venster als afbeelding opslaan en stoppen (.png, .jpg of .bmp, naar de "
            "extensie; de map moet bestaan)"
        ),
    )
    p.add_argument(
        "--size",
        type=parse_size,
        metavar=t("BxH"),
        help=t("grootte van het venster in pixels, bijv. 1400x900"),
    )
    p.add_argument(
        "files",
        nargs="*",
        metavar=t("BESTAND"),
        help=t(
            "documenten of mappen om te importeren zodra het venster open is "
            "(zo geeft 'Openen met' van een bestandsbeheerder ze door)"
        ),
    )


# Qt's platforms that need a display server: X11 (xcb) or Wayland
_DISPLAY_PLATFORMS = ("xcb", "wayland", "wayland-egl", "wayland-brcm")

NO_DISPLAY = (
    "er is geen beeldscherm om het venster op te openen (DISPLAY noch WAYLAND_DISPLAY is "
    "gezet); zie `tracker --help` voor de opdrachten die er geen nodig hebben, of zet "
    "QT_QPA_PLATFORM=offscreen om het venster te tekenen met "
    "`tracker gui --screenshot BESTAND.png`"
)


def display_missing(environ=None, platform: str | None = None, *, screenshot: bool = False) -> bool:
    """Whether the window cannot open on Linux for want of a display: Qt would abort
    (exit 134) rather than say so. Checked before Qt is imported. A screenshot renders
    offscreen unless QT_QPA_PLATFORM names a platform."""
    import os
    import sys

    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    if not platform.startswith("linux"):
        return False
    if environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"):
        return False
    # QT_QPA_PLATFORM may list fallbacks ("wayland;xcb") and options ("xcb:dpi=96")
    wanted = [p.split(":", 1)[0].strip() for p in environ.get("QT_QPA_PLATFORM", "").split(";")]
    wanted = [p for p in wanted if p]
    if not wanted:
        return not screenshot
    return all(p in _DISPLAY_PLATFORMS for p in wanted)


# the image formats `--screenshot` writes, by the suffix of its file
SCREENSHOT_FORMATS = {".png": "PNG", ".jpg": "JPG", ".jpeg": "JPG", ".bmp": "BMP"}


def check_screenshot(name: str) -> None:
    """Refuse a `--screenshot` file that cannot be written, before the window starts:
    its folder must exist (none is made), and its suffix names the image format."""
    from pathlib import Path

    target = Path(name)
    if target.is_dir():
        raise CliError(
            t(
                "{target}: kan de schermafbeelding niet schrijven (dit is een map, geen bestand)",
                target=target,
            )
        )
    if not target.parent.is_dir():
        raise CliError(
            t(
                "{target}: kan de schermafbeelding niet schrijven (de map {folder} bestaat niet)",
                target=target,
                folder=target.parent,
            )
        )
    if target.suffix.lower() not in SCREENSHOT_FORMATS:
        raise CliError(
            t(
                "{target}: de schermafbeelding moet een .png-, .jpg- of .bmp-bestand zijn",
                target=target,
            )
        )


def cmd_gui(args: argparse.Namespace) -> int:
    screenshot = getattr(args, "screenshot", None)
    if screenshot:
        check_screenshot(screenshot)
    if display_missing(screenshot=bool(screenshot)):
        import sys

        print(f"tracker: {t(NO_DISPLAY)}", file=sys.stderr)
        return 2
    try:
        from ui.app import run_gui
    except ImportError as exc:
        raise CliError(t("het venster kan niet starten: {error}", error=exc)) from None
    return run_gui(
        args.db,
        screenshot=screenshot,
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
            raise CliError(t("{name}: bestand of map bestaat niet", name=name))
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
        raise argparse.ArgumentTypeError(
            t("verwacht BREEDTExHOOGTE zoals 1400x900, niet {given!r}", given=text)
        )
    return size


COMMANDS = {"gui": Command(_add_gui_parser, cmd_gui)}
