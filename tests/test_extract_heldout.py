"""Held-out official documents the extraction rules were not written from.

`tests/data/extract/heldout/` holds answer documents in the text form our PDF
reader gives official publications (Aanhangsel answers to Kamervragen from
several ministries, a Mededeling that postpones the answers, a Nota naar
aanleiding van het verslag and a letter), each with a gold list in the format of
`../shared/gold/real/` annotated from the specification alone
(`docs/what-is-a-commitment.md`, `docs/due-date-conventions.md`); see the
README there.  The counts are pooled over the set exactly as
`../shared/tools/score_set.py` pools them, so the same measure runs as

    python ../shared/tools/score_set.py tests/data/extract/heldout tests/data/extract/heldout

The bars are a little below those of the development set (`test_extract_real.py`):
these documents show whether the rules generalise.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest
from scoring import norm, pooled, score_set, summary

from tracker.documents.reader import read_document
from tracker.extract import extract
from tracker.extract.serialize import to_json

HELDOUT = Path(__file__).parent / "data" / "extract" / "heldout"
GOLDS = sorted(HELDOUT.glob("*.json"))

MIN_RECALL = 0.85
MIN_PRECISION = 0.80
MIN_DUE = 0.85
MIN_TITLES = 0.80

FOOTER = re.compile(r"tweede kamer, vergaderjaar|issn 0921|'s-gravenhage 20")


def _gold(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def _extract_json(path: Path) -> list[dict]:
    """What `tracker extract PATH --json` prints, as its "commitments" list."""
    document = read_document(path)
    return to_json(document, extract(document))["commitments"]


def test_the_heldout_set_is_complete() -> None:
    assert 8 <= len(GOLDS) <= 10
    documents = {_gold(p)["document"] for p in GOLDS}
    assert len(documents) == len(GOLDS)
    assert documents == {p.name for p in HELDOUT.glob("*.md") if p.name != "README.md"}
    must = sum(c["kind"] == "must" for p in GOLDS for c in _gold(p)["commitments"])
    negatives = sum(len(_gold(p).get("negatives", [])) for p in GOLDS)
    assert 30 <= must <= 45
    assert negatives >= must


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name.removesuffix(".gold.json"))
def test_gold_is_well_formed_and_every_anchor_is_in_the_text(gold_path: Path) -> None:
    """Anchors are verbatim (after normalisation) and cross no hyphenated line break or footer.

    The text is the file as written, so an anchor that joins a word hyphenated
    across lines ("opleidings-" / "plaatsen") is not found.
    """
    gold = _gold(gold_path)
    assert set(gold) >= {"document", "title", "reference_date", "commitments", "negatives"}
    date.fromisoformat(gold["reference_date"])
    text = norm((HELDOUT / gold["document"]).read_text(encoding="utf-8"))
    ids = [c["id"] for c in gold["commitments"]]
    assert len(ids) == len(set(ids)), ids
    problems = []
    for c in gold["commitments"]:
        assert c["kind"] in ("must", "optional"), c["id"]
        assert c.get("due") is None or date.fromisoformat(c["due"]), c["id"]
        if c["kind"] == "must":
            assert c.get("topic") and c.get("title_hint"), c["id"]
        for anchor in [c["anchor"], *c.get("also", [])]:
            if norm(anchor) not in text or FOOTER.search(norm(anchor)):
                problems.append(f"{c['id']}: {anchor}")
    for n in gold["negatives"]:
        assert n.get("why"), n["anchor"]
        if norm(n["anchor"]) not in text or FOOTER.search(norm(n["anchor"])):
            problems.append(f"negative: {n['anchor']}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name.removesuffix(".gold.json"))
def test_heldout_document_reads_with_its_reference_date(gold_path: Path) -> None:
    gold = _gold(gold_path)
    document = read_document(HELDOUT / gold["document"])
    got = document.reference_date.isoformat() if document.reference_date else None
    assert got == gold["reference_date"], f"{gold['document']}: {document.warnings}"


def test_heldout_documents_meet_the_pooled_bars() -> None:
    totals, report = score_set(HELDOUT, HELDOUT, _extract_json)
    detail = summary(totals) + "\n" + "\n".join(report)
    recall, precision, due, titles = pooled(totals).values()
    assert recall >= MIN_RECALL, f"recall {recall:.2f} < {MIN_RECALL}\n{detail}"
    assert precision >= MIN_PRECISION, f"precision {precision:.2f} < {MIN_PRECISION}\n{detail}"
    assert due >= MIN_DUE, f"due {due:.2f} < {MIN_DUE}\n{detail}"
    assert titles >= MIN_TITLES, f"titles {titles:.2f} < {MIN_TITLES}\n{detail}"
