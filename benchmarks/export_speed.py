"""How fast the exports write a large list: 10,000 commitments by default.

    .venv/bin/python benchmarks/export_speed.py [--rows N] [--runs N]

Builds the rows in memory (no database), then times each writer (the best of a few
runs) and prints a table with the target and whether it was met. For comparison it
also times the same sheet written with openpyxl's default (in-memory) workbook and
per-cell styling, the way the xlsx export worked before it used write-only mode.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from openpyxl import Workbook  # noqa: E402
from openpyxl.styles import Alignment, Font, PatternFill  # noqa: E402
from openpyxl.utils import get_column_letter  # noqa: E402

from tracker.export.common import COLUMNS, row_values  # noqa: E402
from tracker.export.csv import write_csv  # noqa: E402
from tracker.export.ics import write_ics  # noqa: E402
from tracker.export.xlsx import write_overdue_xlsx, write_rappel_xlsx  # noqa: E402
from tracker.store.queries import CommitmentRow  # noqa: E402

AS_OF = dt.date(2026, 11, 28)
NEXT = dt.date(2027, 5, 28)
XLSX_TARGET = 3.0
MINISTRIES = ["OCW", "EZK", "VWS", "Fin", "JenV", "BZK", "IenW", "SZW", "LNV", "BZ", "Def"]
FACTIONS = ["VVD", "PVV", "NSC", "BBB", "GL-PvdA", "D66", "CDA", "SP", "CU", "SGP"]


def make_rows(n: int) -> list[CommitmentRow]:
    rnd = random.Random(7)
    rows = []
    for i in range(1, n + 1):
        due = AS_OF + dt.timedelta(days=rnd.randint(-900, 900)) if rnd.random() > 0.1 else None
        ministry = rnd.choice(MINISTRIES)
        status = rnd.choices(["open", "fulfilled", "partial", "lapsed"], [70, 20, 5, 5])[0]
        number = rnd.randint(100, 999)
        rows.append(
            CommitmentRow(
                id=i,
                title=f"Brief over onderwerp {i} aan de Kamer",
                due=due,
                due_text=f"voor {due:%d-%m-%Y}" if due else "na de zomer",
                due_precision="day" if due else None,
                due_overridden=False,
                due_extracted=due,
                status=status,
                review_state="accepted",
                ministry=ministry,
                actor=f"Minister van {ministry}",
                cue="zal",
                factions=rnd.sample(FACTIONS, rnd.randint(1, 3)),
                reference=f"Kamerstuk 32 637, nr. {number}",
                quote="De minister zal de Kamer voor de zomer informeren over de voortgang "
                * rnd.randint(1, 4),
                latest_note="toelichting" if status != "open" else "",
                latest_evidence="Kamerstuk 32 637, nr. 460" if status == "fulfilled" else "",
                url=f"https://zoek.officielebekendmakingen.nl/kst-32637-{number}.html",
                document_date=dt.date(2021, 3, 10),
                fingerprint=f"{i:016x}",
            )
        )
    return rows


def default_workbook(path: str, rows: list[CommitmentRow]) -> None:
    """The same sheet in openpyxl's default mode with per-cell styling (the old way)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Toezeggingen"
    ws.append([c[0] for c in COLUMNS])
    for row in rows:
        ws.append(row_values(row, AS_OF))
    fill = PatternFill("solid", fgColor="1F4E79")
    for col, (_, width, wrap) in enumerate(COLUMNS, start=1):
        ws.column_dimensions[get_column_letter(col)].width = width
        cell = ws.cell(row=1, column=col)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill
        for r in range(2, len(rows) + 2):
            ws.cell(row=r, column=col).alignment = Alignment(vertical="top", wrap_text=wrap)
    for r in range(2, len(rows) + 2):
        for col in (8, 10):
            ws.cell(row=r, column=col).number_format = "dd-mm-yyyy"
        link = ws.cell(row=r, column=15)
        if link.value:
            link.hyperlink = link.value
    ws.freeze_panes = "A2"
    wb.save(path)


def best_of(runs: int, fn) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    rows = make_rows(args.rows)
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        cases = [
            (
                "xlsx (write-only, the export)",
                lambda: write_overdue_xlsx(d / "a.xlsx", rows, as_of=AS_OF, description="alle"),
                XLSX_TARGET,
            ),
            (
                "xlsx rappel",
                lambda: write_rappel_xlsx(
                    d / "r.xlsx", rows, as_of=AS_OF, next_cutoff=NEXT, description="rappel"
                ),
                XLSX_TARGET,
            ),
            ("csv", lambda: write_csv(d / "a.csv", rows, as_of=AS_OF), None),
            ("ics", lambda: write_ics(d / "a.ics", rows), None),
            (
                "xlsx openpyxl default workbook (comparison)",
                lambda: default_workbook(str(d / "b.xlsx"), rows),
                None,
            ),
        ]
        print(f"{args.rows:,} commitments, best of {args.runs} runs\n")
        print(f"{'export':46} {'seconds':>8} {'target':>8}  met")
        print("-" * 70)
        failed = False
        for name, fn, target in cases:
            seconds = best_of(args.runs, fn)
            if target is None:
                print(f"{name:46} {seconds:8.2f} {'-':>8}  -")
            else:
                ok = seconds < target
                failed |= not ok
                print(f"{name:46} {seconds:8.2f} {'< ' + str(target):>8}  {'yes' if ok else 'NO'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
