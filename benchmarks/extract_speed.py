"""How fast is extraction? Prints a table of two figures against their targets.

    .venv/bin/python benchmarks/extract_speed.py [SEED.md]

1. Extracting the seed document (Kamerstuk 32 637, nr. 448) after start-up:
   target < 100 ms (first call, imports done and the document read).
2. Throughput on a large document of answer text (the seed's answers, or our
   test corpus when the seed is absent, repeated to several MB), on one core:
   target >= 2 MB of answer text per second.

Not a test: run it by hand or in CI and read the table.
"""

from __future__ import annotations

import copy
import json
import statistics
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tracker.documents.model import Block, Document, Exchange  # noqa: E402
from tracker.extract import extract  # noqa: E402

DEFAULT_SEED = ROOT / "resources" / "samples" / "kst-32637-448.md"
CORPUS = ROOT / "tests" / "data" / "extract" / "corpus.json"
TARGET_SEED_MS = 100.0
TARGET_MB_PER_S = 2.0
BIG_MB = 4.0


def answer_bytes(document: Document) -> int:
    return sum(len(b.text.encode("utf-8")) for ex in document.exchanges for b in ex.answer)


def corpus_document() -> Document:
    """Our test corpus as one document (used when the seed is not available)."""
    data = json.loads(CORPUS.read_text(encoding="utf-8"))
    exchanges = []
    pos = 0
    for spec in data["documents"]:
        for ex in spec["exchanges"]:
            blocks = []
            for text in ex["answer"]:
                blocks.append(Block("answer", text, list(range(pos, pos + len(text)))))
                pos += len(text) + 2
            exchanges.append(
                Exchange(ex["question"], blocks, faction=ex.get("faction"), number=ex.get("number"))
            )
    return Document(path="corpus", source="", reference_date=date(2023, 3, 1), exchanges=exchanges)


def big_document(base: Document, megabytes: float) -> Document:
    """`base`'s exchanges repeated until its answers hold `megabytes` of text."""
    size = max(answer_bytes(base), 1)
    copies = max(1, int(megabytes * 1_000_000 / size) + 1)
    exchanges = []
    for k in range(copies):
        for ex in base.exchanges:
            clone = copy.copy(ex)
            # vary the faction so that grouping sees many distinct sources, as in a real big file
            clone.faction = f"{ex.faction or 'F'}-{k}"
            exchanges.append(clone)
    return Document(
        path="big",
        source=base.source,
        kind=base.kind,
        reference_date=base.reference_date,
        addressee=base.addressee,
        exchanges=exchanges,
    )


def main(argv: list[str]) -> int:
    seed_path = Path(argv[1]) if len(argv) > 1 else DEFAULT_SEED
    rows = []
    if seed_path.exists():
        from tracker.documents import read_document

        seed = read_document(seed_path)
        t0 = time.perf_counter()
        first = extract(seed)
        first_ms = (time.perf_counter() - t0) * 1000
        runs = []
        for _ in range(5):
            t0 = time.perf_counter()
            extract(read_document(seed_path))
            runs.append((time.perf_counter() - t0) * 1000)
        rows.append(
            (
                f"seed {seed_path.name}: first extraction ({len(first)} commitments)",
                f"{first_ms:.1f} ms (warm median {statistics.median(runs):.1f} ms)",
                f"< {TARGET_SEED_MS:.0f} ms",
                first_ms < TARGET_SEED_MS,
            )
        )
        base = seed
    else:
        rows.append((f"seed {seed_path}: not found", "-", f"< {TARGET_SEED_MS:.0f} ms", None))
        base = corpus_document()

    big = big_document(base, BIG_MB)
    size = answer_bytes(big)
    t0 = time.perf_counter()
    found = extract(big)
    seconds = time.perf_counter() - t0
    rate = size / 1_000_000 / seconds
    rows.append(
        (
            f"throughput: {size / 1_000_000:.1f} MB of answer text ({len(found)} commitments)",
            f"{rate:.2f} MB/s ({seconds:.2f} s)",
            f">= {TARGET_MB_PER_S:.0f} MB/s",
            rate >= TARGET_MB_PER_S,
        )
    )

    width = max(len(r[0]) for r in rows)
    print(f"{'measure':<{width}}  {'result':<34}  {'target':<10}  status")
    print("-" * (width + 60))
    for name, result, target, ok in rows:
        status = "n/a" if ok is None else ("met" if ok else "NOT MET")
        print(f"{name:<{width}}  {result:<34}  {target:<10}  {status}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
