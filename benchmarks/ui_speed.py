"""How fast the main window is on a large register: 100,000 commitments, 5,000 documents.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/ui_speed.py [--commitments N]

Fills a temporary database in one transaction (peewee `insert_many`), then measures
through the window's public parts only (`MainWindow`, `.proxy`, `.table`,
`.search_edit`), so it keeps working while the window is reworked:

- creating the window until the list holds every row,
- search keystroke latency: typing a query one character at a time, each until the
  proxy has settled (works for a filter that runs at once or after a short delay),
- toggling a filter ("Alleen te laat"),
- sorting on the due column and on the title column.

Prints a table with the targets and whether each was met.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QSettings, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from tracker.store.connection import close_database, open_database  # noqa: E402
from tracker.store.models import DB, Commitment, Document, Source  # noqa: E402

TARGET_LIST_S = 1.5
TARGET_KEYSTROKE_P95_MS = 100.0
TARGET_SORT_MS = 300.0
SETTLE_MS = 250  # a debounced filter must have run within this after the last change
QUERY = "evaluatie van de stageplaatsen"

MINISTRIES = [
    "Onderwijs, Cultuur en Wetenschap",
    "Economische Zaken en Klimaat",
    "Volksgezondheid, Welzijn en Sport",
    "Financiën",
    "Justitie en Veiligheid",
    "Binnenlandse Zaken en Koninkrijksrelaties",
    "Infrastructuur en Waterstaat",
    "Sociale Zaken en Werkgelegenheid",
    "Landbouw, Natuur en Voedselkwaliteit",
    "Buitenlandse Zaken",
    "Defensie",
    "Klimaat en Groene Groei",
]
FACTIONS = [
    "VVD",
    "PVV",
    "NSC",
    "BBB",
    "GroenLinks-PvdA",
    "D66",
    "CDA",
    "SP",
    "ChristenUnie",
    "SGP",
    "PvdD",
    "Volt",
    "JA21",
    "DENK",
]
SUBJECTS = [
    "stageplaatsen",
    "hybride docenten",
    "het Techniekpact",
    "de subsidieregeling Praktijkleren",
    "kennismigranten",
    "de arbeidsmarktregio's",
    "het Nationaal Programma Onderwijs",
    "de energietransitie",
    "netcongestie",
    "de stikstofaanpak",
    "jeugdzorg",
    "de huurtoeslag",
    "het leraren­tekort",
    "cybersecurity",
    "de Wet open overheid",
]
ACTIONS = [
    "Brief over",
    "Evaluatie van",
    "Onderzoek naar",
    "Voortgangsrapportage over",
    "Kabinetsreactie op advies over",
    "Gesprek met de sector over",
    "Wetsvoorstel over",
    "Kamer informeren over",
    "Verkenning naar",
]
DUE_PHRASES = [
    "voor de zomer",
    "dit najaar",
    "begin volgend jaar",
    "in het eerste kwartaal",
    "voor het einde van het jaar",
    "zo spoedig mogelijk",
    "in maart",
]
STATUSES = ["open"] * 7 + ["fulfilled"] * 2 + ["partial", "lapsed"]


def fill_database(
    path: Path, commitments: int, documents: int, undated: float = 0.2, seed: int = 2027
) -> None:
    """A realistic-looking register, written in one transaction with insert_many."""
    rng = random.Random(seed)
    start = dt.date(2020, 1, 1)
    span = (dt.date(2028, 12, 31) - start).days
    open_database(path)
    per_doc = max(commitments // documents, 1)
    with DB.atomic():
        doc_rows = []
        for d in range(1, documents + 1):
            day = start + dt.timedelta(days=rng.randrange(span))
            dossier = str(rng.randrange(21000, 36600))
            doc_rows.append(
                {
                    "id": d,
                    "path": f"/data/kst-{dossier}-{d}.md",
                    "title": f"{rng.choice(SUBJECTS).capitalize()}; Verslag van een "
                    "schriftelijk overleg",
                    "kind": rng.choice(["verslag", "kamervragen", "brief"]),
                    "dossier": dossier,
                    "number": str(d % 900 + 1),
                    "official_id": f"kst-{dossier}-{d}",
                    "document_date": day,
                    "answer_date": day - dt.timedelta(days=1),
                    "content_hash": f"hash-{d}",
                }
            )
        for i in range(0, len(doc_rows), 500):
            Document.insert_many(doc_rows[i : i + 500]).execute()

        rows, sources = [], []
        for c in range(1, commitments + 1):
            subject = rng.choice(SUBJECTS)
            due = (
                start + dt.timedelta(days=rng.randrange(span)) if rng.random() >= undated else None
            )
            rows.append(
                {
                    "id": c,
                    "title": f"{rng.choice(ACTIONS)} {subject}",
                    "due_date": due,
                    "due_date_extracted": due,
                    "due_text": rng.choice(DUE_PHRASES) if due else None,
                    "due_precision": rng.choice(["day", "month", "quarter", "half", "year"])
                    if due
                    else None,
                    "status": rng.choice(STATUSES),
                    "review_state": "to_review",
                    "ministry": rng.choice(MINISTRIES),
                    "actor": "de minister",
                    "cue": "ik zal",
                }
            )
            quote = (
                f"Ik zal de Kamer {rng.choice(DUE_PHRASES)} informeren over {subject} "
                f"en over de uitkomsten van het overleg met de betrokken partijen."
            )
            sources.append(
                {
                    "commitment": c,
                    "document": min((c - 1) // per_doc + 1, documents),
                    "quote": quote,
                    "faction": rng.choice(FACTIONS),
                    "question": f"De leden vragen naar {subject}.",
                    "answer": quote,
                    "quote_start_in_answer": 0,
                    "quote_end_in_answer": len(quote),
                    "start": 0,
                    "end": len(quote),
                }
            )
        for i in range(0, len(rows), 1000):
            Commitment.insert_many(rows[i : i + 1000]).execute()
            Source.insert_many(sources[i : i + 1000]).execute()
    close_database()


def process_until(predicate, timeout_ms: int) -> bool:
    clock = QElapsedTimer()
    clock.start()
    while not predicate():
        if clock.elapsed() > timeout_ms:
            return False
        QCoreApplication.processEvents()
        time.sleep(0.001)
    return True


class ProxyWatch:
    """Notes when the proxy last changed (rows in or out, layout, reset)."""

    def __init__(self, proxy) -> None:
        self.last = 0.0
        for name in ("layoutChanged", "modelReset", "rowsRemoved", "rowsInserted"):
            getattr(proxy, name).connect(self._changed)

    def _changed(self, *_args) -> None:
        self.last = time.perf_counter()

    def settle(self, started: float) -> float:
        """Process events until the proxy has been quiet for SETTLE_MS; seconds taken
        from `started` to its last change (or to now, if it changed synchronously)."""
        done_sync = time.perf_counter()
        while True:
            QCoreApplication.processEvents()
            quiet = (time.perf_counter() - max(self.last, done_sync)) * 1000
            if quiet >= SETTLE_MS:
                break
            time.sleep(0.002)
        end = self.last if self.last >= started else done_sync
        return max(end, done_sync) - started


def column_named(proxy, *names: str) -> int | None:
    for column in range(proxy.columnCount()):
        label = str(proxy.headerData(column, Qt.Orientation.Horizontal) or "").lower()
        if any(label.startswith(n) for n in names):
            return column
    return None


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--commitments", type=int, default=100_000)
    parser.add_argument("--documents", type=int, default=5_000)
    parser.add_argument(
        "--undated", type=float, default=0.2, help="share of commitments without a due date"
    )
    args = parser.parse_args(argv)

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from ui.main_window import MainWindow  # after the QApplication exists

    results: list[tuple[str, str, str, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        db_path = Path(tmp) / "bench.sqlite"
        t = time.perf_counter()
        fill_database(db_path, args.commitments, args.documents, args.undated)
        print(
            f"filled {args.commitments:,} commitments over {args.documents:,} documents "
            f"in {time.perf_counter() - t:.1f} s"
        )
        open_database(db_path)
        settings = QSettings(str(Path(tmp) / "ui.ini"), QSettings.Format.IniFormat)

        # 1. Window to filled list.
        t0 = time.perf_counter()
        window = MainWindow(settings=settings, remember_state=False)
        window.show()
        loaded = process_until(lambda: window.proxy.rowCount() >= args.commitments, 120_000)
        list_s = time.perf_counter() - t0
        results.append(
            (
                "window → filled list",
                f"{list_s:.2f} s" + ("" if loaded else " (not all rows!)"),
                f"≤ {TARGET_LIST_S} s",
                "met" if loaded and list_s <= TARGET_LIST_S else "NOT met",
            )
        )
        process_until(lambda: False, 300)  # let late layout work finish

        # 2. Search keystrokes.
        watch = ProxyWatch(window.proxy)
        latencies = []
        for i in range(1, len(QUERY) + 1):
            started = time.perf_counter()
            window.search_edit.setText(QUERY[:i])
            latencies.append(watch.settle(started) * 1000)
        shown = window.proxy.rowCount()
        p50, p95 = statistics.median(latencies), percentile(latencies, 95)
        results.append(
            (
                f"search keystroke ({len(latencies)} keys, median)",
                f"{p50:.0f} ms",
                "",
                "",
            )
        )
        results.append(
            (
                "search keystroke p95",
                f"{p95:.0f} ms (max {max(latencies):.0f})",
                f"< {TARGET_KEYSTROKE_P95_MS:.0f} ms",
                "met" if p95 < TARGET_KEYSTROKE_P95_MS else "NOT met",
            )
        )
        started = time.perf_counter()
        window.search_edit.clear()
        clear_ms = watch.settle(started) * 1000
        results.append(("clear search", f"{clear_ms:.0f} ms", "", ""))

        # 3. Filter toggle: "Alleen te laat", through whatever the window offers.
        toggle = getattr(window, "overdue_check", None) or getattr(window, "overdue_action", None)
        if toggle is not None:
            timings = []
            for _ in range(2):
                started = time.perf_counter()
                toggle.setChecked(not toggle.isChecked())
                timings.append(watch.settle(started) * 1000)
            results.append(
                (
                    "filter toggle (overdue on/off, worst)",
                    f"{max(timings):.0f} ms",
                    f"< {TARGET_KEYSTROKE_P95_MS:.0f} ms",
                    "met" if max(timings) < TARGET_KEYSTROKE_P95_MS else "NOT met",
                )
            )
        else:
            results.append(("filter toggle", "n/a (no overdue filter found)", "", ""))

        # 4. Sorting.
        for label, names in (("due", ("termijn", "due")), ("title", ("titel", "title"))):
            column = column_named(window.proxy, *names)
            if column is None:
                results.append((f"sort on {label}", "n/a (column not found)", "", ""))
                continue
            timings = []
            for order in (Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder):
                started = time.perf_counter()
                window.table.sortByColumn(column, order)
                QCoreApplication.processEvents()
                timings.append((time.perf_counter() - started) * 1000)
            results.append(
                (
                    f"sort on {label} column (worst of asc/desc)",
                    f"{max(timings):.0f} ms",
                    f"< {TARGET_SORT_MS:.0f} ms",
                    "met" if max(timings) < TARGET_SORT_MS else "NOT met",
                )
            )

        window.close()
        window.deleteLater()
        app.processEvents()
        close_database()

    width = max(len(r[0]) for r in results)
    print()
    print(f"{'measurement':{width}}  {'result':28}  {'target':10}  verdict")
    print("-" * (width + 52))
    for name, value, target, verdict in results:
        print(f"{name:{width}}  {value:28}  {target:10}  {verdict}")
    print(f"\n(the query '{QUERY}' left {shown:,} rows; settle time per step {SETTLE_MS} ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
