"""What the command line takes: dates, statuses, and how a command joins the parser."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from typing import NamedTuple

STATUS_CHOICES = ("open", "fulfilled", "partial", "lapsed")


class Command(NamedTuple):
    """One subcommand: `add_parser(sub, common)` adds its arguments to the `tracker`
    parser (`common` holds the options every command accepts), `run(args)` does it
    and returns the exit code."""

    add_parser: Callable[[argparse._SubParsersAction, argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace], int]


def parse_date(text: str) -> dt.date:
    """A date given as YYYY-MM-DD (also accepts DD-MM-YYYY, the Dutch way)."""
    for fmt in ("%Y-%m-%d", "%d-%m-%Y"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(f"not a date: {text!r} (expected YYYY-MM-DD)")
