"""What every export shares: the columns, the formula guard, the summary counts and
the safe write (a temporary file beside the target, then os.replace)."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from tracker.store.queries import CommitmentRow

STATUS_LABELS = {
    "open": "Open",
    "fulfilled": "Voldaan",
    "partial": "Deels voldaan",
    "lapsed": "Vervallen",
}

# (header, width, wrap)
COLUMNS = [
    ("Nr.", 7, False),
    ("Toezegging", 40, True),
    ("Citaat", 70, True),
    ("Bewindspersoon", 24, True),
    ("Ministerie", 12, False),
    ("Fractie", 14, False),
    ("Brondocument", 26, True),
    ("Documentdatum", 14, False),
    ("Termijn zoals geschreven", 24, True),
    ("Uiterste datum", 14, False),
    ("Dagen te laat", 10, False),
    ("Status", 14, False),
    ("Laatste toelichting", 30, True),
    ("Bewijs", 26, True),
    ("Link", 30, False),
]
HEADERS = [c[0] for c in COLUMNS]
DATE_COLUMNS = (HEADERS.index("Documentdatum"), HEADERS.index("Uiterste datum"))
NUMBER_COLUMNS = (HEADERS.index("Nr."), HEADERS.index("Dagen te laat"))
LINK_COLUMN = HEADERS.index("Link")

UNKNOWN_MINISTRY = "(onbekend)"


class ExportError(Exception):
    """The export could not be written; the message names the file and the problem."""


def safe_text(value: str | None) -> str:
    """Text a spreadsheet will not run as a formula (CSV/formula injection guard)."""
    if not value:
        return ""
    if value[0] in "=+-@\t\r":
        return "'" + value
    return value


def row_values(row: CommitmentRow, as_of: dt.date) -> list:
    """The values of one commitment in COLUMNS order: text guarded, dates as dates,
    numbers as ints, the link as a plain URL (not guarded: it is never a formula)."""
    return [
        row.id,
        safe_text(row.title),
        safe_text(row.quote),
        safe_text(row.actor),
        safe_text(row.ministry),
        safe_text(", ".join(row.factions)),
        safe_text(row.reference),
        row.document_date,
        safe_text(row.due_text),
        row.due,
        row.days_overdue(as_of),
        STATUS_LABELS.get(row.status, row.status),
        safe_text(row.latest_note),
        safe_text(row.latest_evidence),
        row.url or "",
    ]


@dataclass
class MinistryCounts:
    ministry: str
    open: int = 0
    overdue: int = 0
    fulfilled: int = 0


def ministry_counts(rows: Iterable[CommitmentRow], as_of: dt.date) -> list[MinistryCounts]:
    """Per ministry (alphabetical, unknown last): open, overdue on `as_of`, fulfilled."""
    counts: dict[str, MinistryCounts] = {}
    for row in rows:
        name = row.ministry or UNKNOWN_MINISTRY
        item = counts.setdefault(name, MinistryCounts(name))
        if row.status == "open":
            item.open += 1
            if row.is_overdue(as_of):
                item.overdue += 1
        elif row.status == "fulfilled":
            item.fulfilled += 1
    return sorted(counts.values(), key=lambda c: (c.ministry == UNKNOWN_MINISTRY, c.ministry))


def check_target(path: str | os.PathLike[str]) -> Path:
    """Raise ExportError now if `path` cannot be written (before any work is done)."""
    target = Path(path)
    if target.is_dir():
        raise ExportError(f"{target}: cannot write the export (this is a folder, not a file)")
    if not target.parent.is_dir():
        raise ExportError(
            f"{target}: cannot write the export (the folder {target.parent} does not exist)"
        )
    if target.exists() and not os.access(target, os.W_OK):
        raise ExportError(f"{target}: cannot write the export (the file is read-only)")
    return target


def atomic_write(path: str | os.PathLike[str], write: Callable[[str], None]) -> Path:
    """Call `write(tmp)` on a temporary file beside `path`, then move it over `path`.

    Any failure raises one ExportError naming the file, removes the temporary file and
    leaves an existing `path` untouched.
    """
    target = check_target(path)
    try:
        fd, tmp = tempfile.mkstemp(
            prefix=f".~{target.stem}-", suffix=target.suffix or ".tmp", dir=target.parent
        )
    except OSError as exc:
        raise ExportError(
            f"{target}: cannot write the export (the folder is not writable: {exc.strerror or exc})"
        ) from None
    os.close(fd)
    try:
        write(tmp)
        os.replace(tmp, target)
    except PermissionError:
        raise ExportError(
            f"{target}: cannot write the export (the file is open in another program "
            "or not writable; close it and try again)"
        ) from None
    except OSError as exc:
        raise ExportError(f"{target}: cannot write the export ({exc.strerror or exc})") from None
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return target
