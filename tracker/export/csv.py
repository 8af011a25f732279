"""CSV the Dutch way: UTF-8 with BOM (so Excel reads the accents), `;` between fields,
dates as dd-mm-jjjj, the same columns as the workbook, formula guard applied."""

from __future__ import annotations

import csv
import datetime as dt
import os

from tracker.export.common import HEADERS, atomic_write, row_values
from tracker.store.queries import CommitmentRow


def _cell(value) -> str | int:
    if isinstance(value, dt.date):
        return f"{value:%d-%m-%Y}"
    if value is None:
        return ""
    return value


def write_csv(path: str | os.PathLike[str], rows: list[CommitmentRow], *, as_of: dt.date) -> None:
    """Write `rows` as CSV to `path` (safely: temp file beside it, then replace)."""

    def write(tmp: str) -> None:
        with open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh, delimiter=";", quoting=csv.QUOTE_MINIMAL)
            writer.writerow(HEADERS)
            for row in rows:
                writer.writerow([_cell(v) for v in row_values(row, as_of)])

    atomic_write(path, write)
