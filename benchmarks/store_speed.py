"""How fast the store answers the desk on a large register: 100,000 commitments over
5,000 documents.

    .venv/bin/python benchmarks/store_speed.py [--commitments N] [--documents N]

Fills a temporary SQLite database in one transaction (`insert_many`), builds the
search index once, then times the calls the window makes and prints a table with
the targets and whether each was met (the best of a few runs; the first run of
each is a warm-up).
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

from tracker.store import search  # noqa: E402
from tracker.store.connection import close_database, open_database  # noqa: E402
from tracker.store.filters import (  # noqa: E402
    Filter,
    facet_counts,
    matching_ids,
    query_commitments,
    search_ids,
)
from tracker.store.models import DB, Commitment, Document, Source, StatusChange  # noqa: E402

MINISTRIES = ["OCW", "EZK", "VWS", "Fin", "JenV", "BZK", "IenW", "SZW", "LNV", "BZ", "Def", "KGG"]
FACTIONS = ["VVD", "PVV", "NSC", "BBB", "GL-PvdA", "D66", "CDA", "SP", "CU", "SGP", "PvdD", "Volt"]
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
    "het lerarentekort",
    "coördinatie van zorgkantoren",
    "de Wet open overheid",
]
ACTIONS = ["Brief over", "Evaluatie van", "Onderzoek naar", "Voortgangsrapportage over"]
STATUSES = ["open"] * 7 + ["fulfilled"] * 2 + ["partial", "lapsed"]
REVIEWS = ["to_review"] * 6 + ["confirmed"] * 3 + ["rejected"]

# (what, target in seconds)
TARGETS = {
    "query_commitments(Filter())": 1.0,
    "facet_counts(Filter())": 0.100,
    'search_ids("praktijk")': 0.050,
    "matching_ids(today)": 0.100,
    "facet_counts(today + text)": 0.100,
}


def fill(
    path: Path, commitments: int, documents: int, seed: int = 2027, undated: float = 0.2
) -> None:
    """A register of the given size, written in one transaction (also used by
    `ui_speed.py`); `undated` is the share of commitments without a due date."""
    rng = random.Random(seed)
    start = dt.date(2020, 1, 1)
    span = (dt.date(2028, 12, 31) - start).days
    open_database(path)
    per_doc = max(commitments // documents, 1)
    with DB.atomic():
        docs = []
        for d in range(1, documents + 1):
            day = start + dt.timedelta(days=rng.randrange(span))
            dossier = str(rng.randrange(21000, 36600))
            docs.append(
                {
                    "id": d,
                    "path": f"/data/kst-{dossier}-{d}.md",
                    "title": f"Verslag van een schriftelijk overleg over {rng.choice(SUBJECTS)}",
                    "kind": "verslag",
                    "dossier": dossier,
                    "number": str(d),
                    "official_id": f"kst-{dossier}-{d}",
                    "document_date": day,
                    "answer_date": day - dt.timedelta(days=1),
                    "content_hash": f"hash-{d}",
                }
            )
        for i in range(0, len(docs), 500):
            Document.insert_many(docs[i : i + 500]).execute()
        rows, sources, changes = [], [], []
        for c in range(1, commitments + 1):
            subject = rng.choice(SUBJECTS)
            due = start + dt.timedelta(days=rng.randrange(span)) if rng.random() > undated else None
            ministry = rng.choice(MINISTRIES)
            status = rng.choice(STATUSES)
            rows.append(
                {
                    "id": c,
                    "title": f"{rng.choice(ACTIONS)} {subject}",
                    "due_date": due,
                    "due_date_extracted": due,
                    "due_text": "voor de zomer" if due else None,
                    "due_precision": "season" if due else None,
                    "status": status,
                    "review_state": rng.choice(REVIEWS),
                    "ministry": ministry,
                    "actor": f"Minister van {ministry}",
                    "cue": "ik zal",
                    "fingerprint": f"fp-{c}",
                }
            )
            doc = min((c - 1) // per_doc + 1, documents)
            for n in range(2 if rng.random() < 0.1 else 1):
                quote = f"Ik zal de Kamer voor de zomer informeren over {subject} ({n})."
                sources.append(
                    {
                        "commitment": c,
                        "document": doc if n == 0 else rng.randrange(1, documents + 1),
                        "quote": quote,
                        "faction": rng.choice(FACTIONS),
                        "question": f"De leden vragen naar {subject}.",
                        "answer": quote,
                        "start": 0,
                        "end": len(quote),
                    }
                )
            if status != "open":
                changes.append(
                    {
                        "commitment": c,
                        "from_status": "open",
                        "to_status": status,
                        "changed_by": "anna",
                        "note": "Brief ontvangen" if rng.random() < 0.5 else "",
                        "evidence": "",
                    }
                )
        for i in range(0, len(rows), 1000):
            Commitment.insert_many(rows[i : i + 1000]).execute()
        for i in range(0, len(sources), 1000):
            Source.insert_many(sources[i : i + 1000]).execute()
        for i in range(0, len(changes), 1000):
            StatusChange.insert_many(changes[i : i + 1000]).execute()
        search.rebuild(DB.obj)  # a bulk load outside the store functions indexes once
    DB.obj.execute_sql("ANALYZE")
    close_database()


def best_of(fn, runs: int = 5) -> tuple[float, object]:
    result = fn()  # warm-up
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t)
    return min(times), result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--commitments", type=int, default=100_000)
    parser.add_argument("--documents", type=int, default=5_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.sqlite"
        t = time.perf_counter()
        fill(path, args.commitments, args.documents)
        print(
            f"filled {args.commitments:,} commitments over {args.documents:,} documents"
            f" in {time.perf_counter() - t:.1f} s"
        )
        open_database(path)
        as_of = dt.date(2025, 6, 1)
        everything = Filter(as_of=as_of)
        today = Filter(today=True, as_of=as_of)
        calls = {
            "query_commitments(Filter())": lambda: query_commitments(everything),
            "facet_counts(Filter())": lambda: facet_counts(everything),
            'search_ids("praktijk")': lambda: search_ids("praktijk"),
            "matching_ids(today)": lambda: matching_ids(today),
            "facet_counts(today + text)": lambda: facet_counts(
                Filter(today=True, text="praktijk", as_of=as_of)
            ),
        }
        print(f"\n{'call':32} {'result':>10} {'time':>10} {'target':>10}  met")
        print("-" * 72)
        failed = 0
        for name, fn in calls.items():
            seconds, result = best_of(fn)
            size = len(result) if isinstance(result, list | set) else getattr(result, "total", "")
            target = TARGETS[name]
            ok = seconds <= target
            failed += not ok
            print(
                f"{name:32} {size!s:>10} {seconds * 1000:8.1f}ms {target * 1000:8.0f}ms"
                f"  {'met' if ok else 'NOT MET'}"
            )
        close_database()
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
