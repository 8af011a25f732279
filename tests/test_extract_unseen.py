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
from scoring import pooled, score_counts, scorer

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
    counts, problems = score_counts(gold, commitments)
    scores = pooled(counts)
    return scores["recall"], scores["precision"], scores["due"], problems


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
