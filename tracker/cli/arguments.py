"""What the command line takes: dates, statuses, and how a command joins the parser."""

from __future__ import annotations

import argparse
import datetime as dt
import re
from collections.abc import Callable
from typing import NamedTuple

from tracker.cli.messages import language, t

STATUS_CHOICES = ("open", "fulfilled", "partial", "lapsed")
# the statuses as typed in Dutch (the exports' words), besides the keys above
_DUTCH_STATUSES = {
    "open": "open",
    "voldaan": "fulfilled",
    "deels-voldaan": "partial",
    "deels": "partial",
    "vervallen": "lapsed",
}


def status_choices() -> str:
    """The statuses as a user types them, in the current language."""
    if language() == "en":
        return ", ".join(STATUS_CHOICES)
    return "open, voldaan, deels-voldaan, vervallen"


def parse_status(text: str) -> str:
    """A status key ("fulfilled") from its Dutch word ("voldaan", "deels voldaan") or key."""
    word = "-".join(text.strip().lower().split())
    if word in STATUS_CHOICES:
        return word
    if word in _DUTCH_STATUSES:
        return _DUTCH_STATUSES[word]
    raise argparse.ArgumentTypeError(
        t("onbekende status: {given!r} (kies uit {choices})", given=text, choices=status_choices())
    )


class Command(NamedTuple):
    """One subcommand: `add_parser(sub, common)` adds its arguments to the `tracker`
    parser (`common` holds the options every command accepts), `run(args)` does it
    and returns the exit code."""

    add_parser: Callable[[argparse._SubParsersAction, argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace], int]


# the dates the tracker takes: a year outside these is a typing error (0001-01-01)
FIRST_YEAR, LAST_YEAR = 1990, 2100
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def parse_date(text: str) -> dt.date:
    """A date given as YYYY-MM-DD, between 1990 and 2100: the one date type of every
    date argument (`--as-of`, `--due-before`, `--next`, `--reference`,
    `--reference-date`, `due ID DATE`). Other forms (15-01-2027) are refused, not guessed."""
    value = None
    if _ISO_DATE.fullmatch(text.strip()):
        try:
            value = dt.date.fromisoformat(text.strip())
        except ValueError:
            value = None
    if value is None:
        raise argparse.ArgumentTypeError(
            t("geen datum: {given!r} (verwacht JJJJ-MM-DD, bijv. 2027-01-15)", given=text)
        )
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise argparse.ArgumentTypeError(
            t(
                "{given}: de datum moet tussen {first} en {last} liggen",
                given=text,
                first=FIRST_YEAR,
                last=LAST_YEAR,
            )
        )
    return value
