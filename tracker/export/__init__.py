"""Exports staff hand on: Excel workbooks (xlsx), CSV and iCalendar (ics)."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from tracker.export.common import ExportError

FORMATS = ("xlsx", "csv", "ics")


def format_for(path: str | os.PathLike[str], default: str = "xlsx") -> str:
    """The export format a file name asks for (by its suffix), else `default`."""
    suffix = Path(path).suffix.lower().lstrip(".")
    return suffix if suffix in FORMATS else default


def write_export(
    path: str | os.PathLike[str],
    rows: list,
    *,
    as_of: dt.date,
    description: str,
    fmt: str | None = None,
) -> int:
    """Write `rows` in the format `fmt` (default: from the suffix of `path`, else xlsx).

    Returns the number of commitments written (for ics: the open ones with a due date).
    """
    fmt = fmt or format_for(path)
    if fmt == "csv":
        from tracker.export.csv import write_csv

        write_csv(path, rows, as_of=as_of)
        return len(rows)
    if fmt == "ics":
        from tracker.export.ics import write_ics

        return write_ics(path, rows, name=description)
    if fmt == "xlsx":
        from tracker.export.xlsx import write_overdue_xlsx

        write_overdue_xlsx(path, rows, as_of=as_of, description=description)
        return len(rows)
    raise ExportError(f"{path}: unknown export format {fmt!r} (expected xlsx, csv or ics)")


__all__ = ["FORMATS", "ExportError", "format_for", "write_export"]
