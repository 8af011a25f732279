"""The settings of *Ophalen* (the user's own, in QSettings): sync at start, at most once
per N hours, and the API's address (a mirror, for staff behind one); and where the core's
sync is found (looked up when used, so the window starts without it)."""

from __future__ import annotations

import datetime as dt
import importlib
from types import ModuleType

from PySide6.QtCore import QSettings

SYNC_AT_START_KEY = "sync/at_start"
SYNC_EVERY_HOURS_KEY = "sync/every_hours"
SYNC_API_KEY = "sync/api"
DEFAULT_EVERY_HOURS = 12
MAX_EVERY_HOURS = 24 * 7


def sync_module() -> ModuleType:
    """The core's sync, looked up when used (so a test can stand in for it)."""
    return importlib.import_module("tracker.opendata.sync")


def default_api() -> str:
    return str(sync_module().DEFAULT_API)


def sync_at_start(settings: QSettings) -> bool:
    value = settings.value(SYNC_AT_START_KEY, False)
    return value is True or str(value).lower() in ("true", "1")


def sync_every_hours(settings: QSettings) -> int:
    try:
        hours = int(settings.value(SYNC_EVERY_HOURS_KEY, DEFAULT_EVERY_HOURS))
    except (TypeError, ValueError):
        return DEFAULT_EVERY_HOURS
    return min(max(hours, 1), MAX_EVERY_HOURS)


def sync_api(settings: QSettings) -> str:
    """The API set in the settings (a mirror), else the House's own."""
    return str(settings.value(SYNC_API_KEY, "") or "").strip() or default_api()


def sync_due(last: dt.datetime | None, hours: int, now: dt.datetime) -> bool:
    """Whether a sync at start is due: never synced, or longer than `hours` ago."""
    if last is None:
        return True
    if last.tzinfo is not None and now.tzinfo is None:
        now = now.astimezone()
    elif last.tzinfo is None and now.tzinfo is not None:
        now = now.replace(tzinfo=None)
    return now - last >= dt.timedelta(hours=hours)
