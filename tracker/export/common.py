"""What every export shares: the columns, the formula guard, the summary counts and
the safe write (a temporary file beside the target, then os.replace)."""

from __future__ import annotations

import datetime as dt
import functools
import gc
import os
import re
import sys
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from tracker.reasons import describe
from tracker.store.models import OPEN_STATUSES
from tracker.store.queries import CommitmentRow
from tracker.store.write_errors import FULL, write_problem

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

T = TypeVar("T")


class ExportError(Exception):
    """The export could not be written; the message names the file and the problem (in
    English). `reason` and `details` say it in a language (tracker.reasons), when known;
    a `reason` without a message gets the catalogue's English."""

    def __init__(self, message: str = "", reason: str | None = None, **details: object) -> None:
        self.reason = reason
        self.details = details
        super().__init__(message or describe(reason, details, "en"))


# Control characters a workbook cannot hold (openpyxl drops them): dropped before the
# guard looks at the first character, or "\x01=HYPERLINK(...)" would become a formula.
_DROPPED = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def plain_text(value: str | None) -> str:
    """The text without the control characters a workbook cannot hold."""
    return _DROPPED.sub("", value) if value else ""


def looks_like_formula(text: str) -> bool:
    """Whether a spreadsheet would run `text` as a formula if it were typed in."""
    return bool(text) and text[0] in "=+-@\t\r"


def safe_text(value: str | None) -> str:
    """Text a spreadsheet will not run as a formula (CSV/formula injection guard): an
    apostrophe in front. The workbooks write such text as a text cell instead."""
    value = plain_text(value)
    if looks_like_formula(value):
        return "'" + value
    return value


def row_values(
    row: CommitmentRow, as_of: dt.date, guard: Callable[[str | None], str] = safe_text
) -> list:
    """The values of one commitment in COLUMNS order: text through `guard`, dates as
    dates, numbers as ints, the link as a plain URL (not guarded: it is never a formula)."""
    return [
        row.id,
        guard(row.title),
        guard(row.quote),
        guard(row.actor),
        guard(row.ministry),
        guard(", ".join(row.factions)),
        guard(row.reference),
        row.document_date,
        guard(row.due_text),
        row.due,
        row.days_overdue(as_of),
        STATUS_LABELS.get(row.status, row.status),
        guard(row.latest_note),
        guard(row.latest_evidence),
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
        if row.status in OPEN_STATUSES:
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
        raise ExportError(reason="export_is_folder", path=target)
    if not target.parent.is_dir():
        raise ExportError(reason="export_no_folder", path=target, folder=target.parent)
    if target.exists() and not os.access(target, os.W_OK):
        raise ExportError(reason="export_read_only", path=target)
    return target


def atomic_write(path: str | os.PathLike[str], write: Callable[[str], None]) -> Path:
    """Call `write(tmp)` on a temporary file beside `path`, then move it over `path`.

    Any failure raises one ExportError naming the file, removes the temporary file and
    leaves an existing `path` untouched (a full disk included: the new file is complete
    before it replaces the old one).
    """
    target = check_target(path)
    existed = target.exists()
    try:
        fd, tmp = tempfile.mkstemp(
            prefix=f".~{target.stem}-", suffix=target.suffix or ".tmp", dir=target.parent
        )
    except OSError as exc:
        if write_problem(exc) == FULL:
            raise ExportError(_full_message(target, exc, existed)) from None
        raise ExportError(
            f"{target}: cannot write the export (the folder is not writable: {exc.strerror or exc})"
        ) from None
    os.close(fd)
    try:
        write(tmp)
        # mkstemp makes the file private (0600); an export gets the mode a file saved
        # by hand would get (or keeps the mode of the file it replaces).
        os.chmod(tmp, _mode_for(target, existed))
        os.replace(tmp, target)
    except PermissionError:
        raise ExportError(reason="export_in_use", path=target) from None
    except OSError as exc:
        if write_problem(exc) == FULL:
            raise ExportError(_full_message(target, exc, existed)) from None
        raise ExportError(f"{target}: cannot write the export ({exc.strerror or exc})") from None
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return target


def _mode_for(target: Path, existed: bool) -> int:
    if existed:
        try:
            return target.stat().st_mode & 0o7777
        except OSError:
            pass
    return 0o666 & ~_umask()


def _umask() -> int:
    """The process's umask, read without changing it (Linux), else the usual 022."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    return 0o022


def _full_message(target: Path, exc: Exception, existed: bool) -> str:
    kept = "the existing file is unchanged" if existed else "no file was made"
    why = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
    return (
        f"{target}: the export was not written: no space left on the disk, or the file "
        f"may not grow that large ({why}); {kept}"
    )


def _says_full(exc: Exception) -> bool:
    """A failure for lack of space: an OSError, or lxml's (openpyxl's writer) IO_ENOSPC."""
    return write_problem(exc) == FULL or any(
        code in str(exc) for code in ("ENOSPC", "EFBIG", "EDQUOT")
    )


def full_disk_guard(writer: Callable[..., T]) -> Callable[..., T]:
    """Make a writer whose work starts before `atomic_write` (openpyxl streams large
    sheets to the system's temporary folder) fail on a full disk with one ExportError,
    like `atomic_write` does; the existing file at the target is never touched. After
    any ExportError, the half-written workbook is let go quietly (openpyxl's abandoned
    sheet writers complain once more as they are freed, on stderr: not news)."""

    @functools.wraps(writer)
    def guarded(path: str | os.PathLike[str], *args: Any, **kwargs: Any) -> T:
        existed = Path(path).exists()
        try:
            return writer(path, *args, **kwargs)
        except ExportError as exc:
            error = ExportError(str(exc), exc.reason, **exc.details)
            previous, sys.unraisablehook = sys.unraisablehook, _ignore
        except Exception as exc:
            if not _says_full(exc):
                raise
            error = ExportError(_full_message(Path(path), exc, existed))
            previous, sys.unraisablehook = sys.unraisablehook, _ignore
        try:  # the caught error (and the workbook its frames hold) is gone by now
            gc.collect()
        finally:
            sys.unraisablehook = previous
        raise error

    return guarded


def _ignore(_unraisable: Any) -> None:
    pass
