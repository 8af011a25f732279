"""Benchmark: tracker.dates against dateparser on Kamerstuk 32 637, nr. 448.

Prints, for our reader and for dateparser:
  - the share of the seed's time phrases resolved to the right due date (the gold
    list's due_text/due pairs plus a hand-made list of phrases from the seed);
  - throughput on the whole seed (MB/s, and texts/s over its paragraphs).

Usage:
    .venv/bin/pip install dateparser     # needed once; not a project dependency
    .venv/bin/python benchmarks/dates_vs_dateparser.py [SEED.md] [--gold GOLD.json]

This is a script, not a test: it prints a table and whether our targets are met
(>= 98% resolved, faster than dateparser).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tracker.dates import find_time_expressions  # noqa: E402

REFERENCE = dt.date(2021, 3, 9)  # "Bij brief van 9 maart 2021 zijn de vragen beantwoord"
DEFAULT_SEED = ROOT / "resources" / "samples" / "kst-32637-448.md"
FALLBACK_SEED = ROOT / "resources" / "samples" / "kst-32637-448.md"
DEFAULT_GOLD = ROOT / "tests" / "data" / "gold" / "kst-32637-448.json"
FALLBACK_GOLD = ROOT / "tests" / "data" / "gold" / "kst-32637-448.json"

# More phrases from the seed, each resolvable without its sentence, with the due
# date worked out by hand from docs/due-date-conventions.md (reference 9 March 2021).
SEED_PHRASES: list[tuple[str, str | None]] = [
    ("10 maart 2021", "2021-03-10"),
    ("19 december 2019", "2019-12-19"),
    ("27 januari 2020", "2020-01-27"),
    ("18 september 2020", "2020-09-18"),
    ("27 november 2020", "2020-11-27"),
    ("op 11 december 2020", "2020-12-11"),
    ("9 maart 2021", "2021-03-09"),
    ("op 17 februari 2021", "2021-02-17"),
    ("tot eind maart 2021", "2021-03-31"),
    ("in januari 2021", "2021-01-31"),
    ("na afloop van het studiejaar 2020–2021", "2021-07-31"),
    ("in april 2020", "2020-04-30"),
    ("per 4 januari 2021", "2021-01-04"),
    ("in de eerste helft van 2020", "2020-06-30"),
    ("in 2019", "2019-12-31"),
    ("in de zomermaanden van 2020", "2020-08-31"),
    ("in het tweede kwartaal van 2021", "2021-06-30"),
    ("Op 5 februari van dit jaar", "2021-02-05"),
    ("In februari 2020", "2020-02-29"),
    ("Aan het begin van dit jaar", "2021-03-31"),
    ("Tussen 1 januari 2020 en 1 januari 2021", "2021-01-01"),
    ("binnen twee jaar", "2023-03-09"),
    ("tussen 2016 en 2031", "2031-12-31"),
    ("Vóór de zomer 2020", "2020-06-30"),
    ("28 januari jl.", "2021-01-28"),
    ("11 november jl.", "2020-11-11"),
    ("tussen juni en half september 2021", "2021-09-20"),
    ("in juni 2020", "2020-06-30"),
    ("Eind juli 2020", "2020-07-31"),
    ("sinds 2008", "2008-12-31"),
    ("vanaf 1 maart 2020", "2020-03-01"),
    ("De komende twee jaar", "2023-03-09"),
    ("najaar 2020", "2020-11-30"),
    ("2 november 2020", "2020-11-02"),
    ("per schooljaar 2020/2021", "2021-07-31"),
    ("in maart 2021", "2021-03-31"),
    ("eind 2019", "2019-12-31"),
    ("vóór de zomer 2021", "2021-06-30"),
    ("Vergaderjaar 2020–2021", "2021-09-20"),
    ("2020–2023", "2023-12-31"),
    ("tot 2024", "2024-12-31"),
    ("op de korte en/of lange termijn", None),
    ("zo snel mogelijk", None),
]


def load_phrases(gold_path: Path | None) -> list[tuple[str, str, dt.date | None]]:
    """(source, phrase, expected due) for every case."""
    cases: list[tuple[str, str, dt.date | None]] = []
    if gold_path is not None:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        for item in gold["commitments"]:
            if "due_text" in item:
                due = dt.date.fromisoformat(item["due"]) if item["due"] else None
                cases.append((f"gold {item['id']}", item["due_text"], due))
    for phrase, due in SEED_PHRASES:
        cases.append(("seed", phrase, dt.date.fromisoformat(due) if due else None))
    return cases


def ours(phrase: str) -> dt.date | None:
    found = find_time_expressions(phrase, REFERENCE)
    whole = [e for e in found if e.text == phrase]
    chosen = whole[0] if whole else (found[0] if found else None)
    return chosen.due if chosen else None


def make_dateparser() -> tuple[Callable[[str], dt.date | None], Callable[[str], object]]:
    import dateparser
    from dateparser.search import search_dates

    settings = {
        "RELATIVE_BASE": dt.datetime.combine(REFERENCE, dt.time()),
        "PREFER_DATES_FROM": "future",
        # Our due date is the last day of the period named: ask for the same.
        "PREFER_DAY_OF_MONTH": "last",
        "PREFER_MONTH_OF_YEAR": "last",
    }

    def parse(phrase: str) -> dt.date | None:
        result = dateparser.parse(phrase, languages=["nl"], settings=settings)
        return result.date() if result else None

    def search(text: str) -> object:
        return search_dates(text, languages=["nl"], settings=settings)

    return parse, search


def throughput(fn: Callable[[str], object], text: str, paragraphs: list[str], repeat: int):
    """(MB/s on the whole text, paragraphs per second)."""
    size = len(text.encode("utf-8"))
    started = time.perf_counter()
    for _ in range(repeat):
        fn(text)
    whole = (time.perf_counter() - started) / repeat
    started = time.perf_counter()
    for _ in range(repeat):
        for p in paragraphs:
            fn(p)
    per_para = (time.perf_counter() - started) / repeat
    return size / whole / 1e6, len(paragraphs) / per_para


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("seed", nargs="?", type=Path, default=None, help="the seed document (.md)")
    ap.add_argument("--gold", type=Path, default=None, help="the gold list (.json)")
    ap.add_argument("--show-misses", action="store_true", help="list every wrong phrase")
    args = ap.parse_args(argv)

    seed = args.seed or (DEFAULT_SEED if DEFAULT_SEED.exists() else FALLBACK_SEED)
    if not seed.exists():
        print(f"seed document not found: {seed}", file=sys.stderr)
        return 2
    gold = args.gold or (DEFAULT_GOLD if DEFAULT_GOLD.exists() else FALLBACK_GOLD)
    cases = load_phrases(gold if gold.exists() else None)
    text = seed.read_text(encoding="utf-8")
    paragraphs = [p for p in text.split("\n\n") if p.strip()]

    try:
        dp_parse, dp_search = make_dateparser()
    except ImportError:
        print(
            "dateparser is not installed; it is only needed for this benchmark:\n"
            "    .venv/bin/pip install dateparser",
            file=sys.stderr,
        )
        return 2

    rows = []
    misses: dict[str, list[str]] = {"tracker.dates": [], "dateparser": []}
    for name, fn in (("tracker.dates", ours), ("dateparser", dp_parse)):
        right = 0
        started = time.perf_counter()
        for source, phrase, want in cases:
            got = fn(phrase)
            if got == want:
                right += 1
            else:
                misses[name].append(f"  {source:9} {phrase!r}: expected {want}, got {got}")
        phrase_rate = len(cases) / (time.perf_counter() - started)
        repeat = 5 if name == "tracker.dates" else 1
        fn_text = (lambda t: find_time_expressions(t, REFERENCE)) if fn is ours else dp_search
        mbps, texts = throughput(fn_text, text, paragraphs, repeat)
        rows.append((name, right, len(cases), phrase_rate, mbps, texts))

    size_kb = len(text.encode("utf-8")) / 1024
    print(f"seed: {seed.resolve()} ({size_kb:.0f} KiB, {len(paragraphs)} paragraphs)")
    print(f"phrases: {len(cases)} (gold due_text/due pairs + {len(SEED_PHRASES)} from the seed)")
    print(f"reference date: {REFERENCE.isoformat()}")
    print()
    header = (
        f"{'reader':<15} {'right':>9} {'share':>7} {'phrases/s':>11} {'MB/s':>8} {'texts/s':>9}"
    )
    print(header)
    print("-" * len(header))
    for name, right, total, phrase_rate, mbps, texts in rows:
        print(
            f"{name:<15} {right:>4}/{total:<4} {right / total:>6.1%} {phrase_rate:>11.0f} "
            f"{mbps:>8.3f} {texts:>9.0f}"
        )
    print()
    print("(MB/s: find_time_expressions / dateparser.search.search_dates on the whole seed;")
    print(" texts/s: the same on each paragraph; phrases/s: resolving the phrase list)")
    print()

    ours_row, dp_row = rows
    share_ok = ours_row[1] / ours_row[2] >= 0.98
    faster = ours_row[4] > dp_row[4] and ours_row[5] > dp_row[5]
    share = ours_row[1] / ours_row[2]
    print(f"target >= 98% resolved: {'met' if share_ok else 'NOT met'} ({share:.1%})")
    print(
        f"target faster than dateparser: {'met' if faster else 'NOT met'} "
        f"({ours_row[4] / dp_row[4]:.0f}x MB/s, {ours_row[5] / dp_row[5]:.0f}x texts/s)"
    )
    for name, lines in misses.items():
        if lines and (args.show_misses or name == "tracker.dates"):
            print(f"\nwrong for {name}:")
            print("\n".join(lines))
    return 0 if share_ok and faster else 1


if __name__ == "__main__":
    sys.exit(main())
