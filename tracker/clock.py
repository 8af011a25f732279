"""What the app takes as today.

Normally the system's date. The environment variable TRACKER_TODAY (YYYY-MM-DD) fixes it:
to show or take a screenshot of the register as it looks on a given day, and in the test
suite, which fixes it to the day the run starts, so that a run going past midnight does
not see two different todays (one when a test set its data up, one in the window).
"""

from __future__ import annotations

import datetime as dt
import logging
import os

VARIABLE = "TRACKER_TODAY"

log = logging.getLogger(__name__)


def today() -> dt.date:
    """The day the app counts from: TRACKER_TODAY when it holds a date, else the system's."""
    fixed = os.environ.get(VARIABLE, "").strip()
    if fixed:
        try:
            return dt.date.fromisoformat(fixed)
        except ValueError:
            log.warning(
                "%s=%r is not a date (YYYY-MM-DD); using the system's date", VARIABLE, fixed
            )
    return dt.date.today()
