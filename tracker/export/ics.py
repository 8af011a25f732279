"""An iCalendar file of due dates: one all-day VEVENT per open commitment with a due
date. The UID is stable, so importing a newer export updates the events instead of
adding them twice."""

from __future__ import annotations

import datetime as dt
import os

from icalendar import Calendar, Event

from tracker.export.common import atomic_write
from tracker.store.models import OPEN_STATUSES
from tracker.store.queries import CommitmentRow

UID_DOMAIN = "toezeggingen"


def event_uid(row: CommitmentRow) -> str:
    """`commitment-<id>-<fingerprint>@toezeggingen` (the id twice without fingerprint)."""
    return f"commitment-{row.id}-{row.fingerprint or row.id}@{UID_DOMAIN}"


def calendar_rows(rows: list[CommitmentRow]) -> list[CommitmentRow]:
    return [r for r in rows if r.status in OPEN_STATUSES and r.due is not None]


def build_calendar(rows: list[CommitmentRow], *, name: str = "Toezeggingen") -> Calendar:
    cal = Calendar()
    cal.add("prodid", "-//Toezeggingenregister//tracker//NL")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", name)
    stamp = dt.datetime.now(dt.UTC).replace(microsecond=0)
    for row in calendar_rows(rows):
        event = Event()
        event.add("uid", event_uid(row))
        event.add("dtstamp", stamp)
        event.add("dtstart", row.due)
        event.add("dtend", row.due + dt.timedelta(days=1))
        event.add("summary", row.title)
        lines = [row.quote.strip()] if row.quote else []
        if row.reference:
            lines.append(f"Bron: {row.reference}")
        if row.url:
            lines.append(row.url)
        event.add("description", "\n\n".join(lines))
        if row.url:
            event.add("url", row.url)
        if row.ministry:
            event.add("categories", [row.ministry])
        event.add("transp", "TRANSPARENT")
        cal.add_component(event)
    return cal


def write_ics(path: str | os.PathLike[str], rows: list[CommitmentRow], *, name: str = "") -> int:
    """Write the calendar to `path`; returns the number of events."""
    cal = build_calendar(rows, name=name or "Toezeggingen")
    data = cal.to_ical()

    def write(tmp: str) -> None:
        with open(tmp, "wb") as fh:
            fh.write(data)

    atomic_write(path, write)
    return len(calendar_rows(rows))
