"""Documents the rules were not written from: each is scored against its hand-made gold.

`tests/data/extract/unseen/` holds answer documents written like real ministries
write them (Kamervragen and verslagen van een schriftelijk overleg, IenW, SZW,
Financiën, JenV, LVVN and Defensie; one of them PDF text with page footers and
hyphenation), each with a gold list annotated from the specification
(`docs/what-is-a-commitment.md`, `docs/due-date-conventions.md`), not from the
extractor. The bars are those the tracker is measured with on new documents.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from scoring import scorer

from tracker.documents.reader import read_document
from tracker.extract import extract
from tracker.extract.serialize import to_json

DATA = Path(__file__).parent / "data"
UNSEEN = DATA / "extract" / "unseen"
GOLDS = sorted(UNSEEN.glob("*.gold.json"))

MIN_RECALL = 0.96
MIN_PRECISION = 0.90
MIN_DUE = 0.96


SCORER = scorer


def _score(gold: dict, commitments: list[dict]) -> tuple[float, float, float, list[str]]:
    """recall, precision, due (as `score_extraction.py` computes them) and what went wrong."""
    quotes = [(ci, SCORER.norm(q)) for ci, c in enumerate(commitments) for q in SCORER.quotes_of(c)]
    must = [g for g in gold["commitments"] if g["kind"] == "must"]
    optional = [g for g in gold["commitments"] if g["kind"] != "must"]
    must_found = SCORER.match(must, quotes)
    taken = set(must_found.values())
    rest = [(ci, q) if qi not in taken else (ci, "\0") for qi, (ci, q) in enumerate(quotes)]
    optional_found = SCORER.match(optional, rest)
    correct = {quotes[qi][0] for qi in [*must_found.values(), *optional_found.values()]}
    problems = [
        f"missed {g['id']}: {g['anchor']}" for i, g in enumerate(must) if i not in must_found
    ]
    due_ok = 0
    for gi, qi in must_found.items():
        got = commitments[quotes[qi][0]].get("due")
        if (got or None) == must[gi].get("due"):
            due_ok += 1
        else:
            problems.append(f"due {must[gi]['id']}: {got!r} != {must[gi].get('due')!r}")
    problems += [
        f"not in gold: {' | '.join(SCORER.quotes_of(c))[:120]}"
        for ci, c in enumerate(commitments)
        if ci not in correct
    ]
    recall = len(must_found) / len(must) if must else 1.0
    precision = len(correct) / len(commitments) if commitments else 0.0
    due = due_ok / len(must_found) if must_found else 0.0
    return recall, precision, due, problems


def test_there_are_unseen_documents() -> None:
    assert len(GOLDS) >= 4


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name.removesuffix(".gold.json"))
def test_unseen_document_meets_the_bars(gold_path: Path) -> None:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    document = read_document(UNSEEN / gold["document"])
    assert document.reference_date is not None
    assert document.reference_date.isoformat() == gold["reference_date"]
    commitments = to_json(document, extract(document))["commitments"]
    recall, precision, due, problems = _score(gold, commitments)
    detail = "\n".join(problems)
    assert recall >= MIN_RECALL, f"recall {recall:.2f}\n{detail}"
    assert precision >= MIN_PRECISION, f"precision {precision:.2f}\n{detail}"
    assert due >= MIN_DUE, f"due {due:.2f}\n{detail}"


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name.removesuffix(".gold.json"))
def test_unseen_document_negatives_stay_out(gold_path: Path) -> None:
    """A known non-commitment is never a commitment's own first sentence."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    document = read_document(UNSEEN / gold["document"])
    for commitment in extract(document):
        for source in commitment.sources:
            own = SCORER.norm(source.quote[source.lead_in :])
            for negative in gold.get("negatives", []):
                assert not own.startswith(SCORER.norm(negative["anchor"])), negative["anchor"]
