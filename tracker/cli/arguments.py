"""What the command line takes: dates, statuses, and how a command joins the parser."""

from __future__ import annotations

import argparse
import datetime as dt
import re
from collections.abc import Callable
from typing import NamedTuple

STATUS_CHOICES = ("open", "fulfilled", "partial", "lapsed")


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
            f"not a date: {text!r} (expected YYYY-MM-DD, e.g. 2027-01-15)"
        )
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise argparse.ArgumentTypeError(
            f"{text}: the date must lie between {FIRST_YEAR} and {LAST_YEAR}"
        )
    return value
