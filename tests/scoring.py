"""The shared extraction scorer (a copy of ../shared/tools/score_extraction.py), for the tests."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

_PATH = Path(__file__).resolve().parent / "data" / "gold" / "score_extraction.py"
_spec = importlib.util.spec_from_file_location("score_extraction", _PATH)
scorer = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(scorer)

MAX_QUOTE_CHARS = scorer.MAX_QUOTE_CHARS
norm = scorer.norm
match = scorer.match
quotes_of = scorer.quotes_of

COUNTS = ("found", "must", "right", "items", "due_ok", "due_n", "title_ok", "title_n")


def score_counts(gold: dict, commitments: list[dict]) -> tuple[dict[str, int], list[str]]:
    """The counts `score_extraction.py` prints for one document, and what went wrong.

    `commitments` is the "commitments" list of `tracker extract DOC --json`.
    The counts are those `score_set.py` reads from the summary line:
    found/must (recall), right/items (precision), due_ok/due_n (due, due_n is
    found) and title_ok/title_n (titles of found must items that carry "topic").
    """
    quote_list = [(ci, norm(q)) for ci, c in enumerate(commitments) for q in quotes_of(c)]
    must = [g for g in gold["commitments"] if g["kind"] == "must"]
    optional = [g for g in gold["commitments"] if g["kind"] != "must"]
    must_found = match(must, quote_list)
    taken = set(must_found.values())
    rest = [(ci, q) if qi not in taken else (ci, "\0") for qi, (ci, q) in enumerate(quote_list)]
    optional_found = match(optional, rest)
    correct = {quote_list[qi][0] for qi in [*must_found.values(), *optional_found.values()]}

    problems = [
        f"missed {g['id']}: {g['anchor']}" for gi, g in enumerate(must) if gi not in must_found
    ]
    due_ok = title_ok = title_n = 0
    for gi, g in enumerate(must):
        if gi not in must_found:
            continue
        c = commitments[quote_list[must_found[gi]][0]]
        if (c.get("due") or None) == g.get("due"):
            due_ok += 1
        else:
            problems.append(
                f"due {g['id']}: {c.get('due')!r} != {g.get('due')!r} ({g.get('due_text') or ''})"
            )
        if g.get("topic"):
            title_n += 1
            title = norm(str(c.get("title") or ""))
            if any(norm(t) in title for t in g["topic"]):
                title_ok += 1
            else:
                problems.append(
                    f"title {g['id']}: {title!r} lacks {g['topic']} "
                    f"(like {g.get('title_hint', '')!r})"
                )
    problems += [
        f"not in gold: {' | '.join(quotes_of(c))[:160]!r}"
        + (" (too long)" if len(norm(" | ".join(quotes_of(c)))) > MAX_QUOTE_CHARS else "")
        for ci, c in enumerate(commitments)
        if ci not in correct
    ]
    counts = {
        "found": len(must_found),
        "must": len(must),
        "right": len(correct),
        "items": len(commitments),
        "due_ok": due_ok,
        "due_n": len(must_found),
        "title_ok": title_ok,
        "title_n": title_n,
    }
    return counts, problems


def pooled(totals: dict[str, int]) -> dict[str, float]:
    """Pooled recall, precision, due and titles, with `score_set.py`'s defaults for empty sets."""
    return {
        "recall": totals["found"] / totals["must"] if totals["must"] else 1.0,
        "precision": totals["right"] / totals["items"] if totals["items"] else 0.0,
        "due": totals["due_ok"] / totals["found"] if totals["found"] else 0.0,
        "titles": totals["title_ok"] / totals["title_n"] if totals["title_n"] else 1.0,
    }


def summary(totals: dict[str, int]) -> str:
    """`score_set.py`'s pooled line."""
    p = pooled(totals)
    return (
        f"pooled recall {p['recall']:.2f} ({totals['found']}/{totals['must']}) "
        f"precision {p['precision']:.2f} ({totals['right']}/{totals['items']}) "
        f"due {p['due']:.2f} ({totals['due_ok']}/{totals['found']}) "
        f"titles {p['titles']:.2f} ({totals['title_ok']}/{totals['title_n']})"
    )


def score_set(gold_dir: Path, docs_dir: Path, extract_json) -> tuple[dict[str, int], list[str]]:
    """Pool the counts over every GOLD_DIR/*.json like `score_set.py`.

    `extract_json(path)` returns the "commitments" list for a document; when it
    raises, the document's must items count as missed (score_set.py's failed extract).
    """
    totals = dict.fromkeys(COUNTS, 0)
    report: list[str] = []
    for gold_path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = docs_dir / gold["document"]
        try:
            commitments = extract_json(doc)
        except Exception as exc:  # noqa: BLE001 - score_set.py counts any failure the same way
            totals["must"] += sum(c["kind"] == "must" for c in gold["commitments"])
            report.append(f"{doc.name}: extract failed: {exc!r}")
            continue
        counts, problems = score_counts(gold, commitments)
        for key in COUNTS:
            totals[key] += counts[key]
        report.append(f"{doc.name}: {summary(counts).removeprefix('pooled ')}")
        report += [f"  {line}" for line in problems]
    return totals, report
