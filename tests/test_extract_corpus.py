"""The extractor on whole answer documents: our own corpus (tests/data/extract/corpus.json)
and the seed document with its hand-made gold list (copied into the repository from ../shared).

Scoring mirrors shared/tools/score_extraction.py: a labelled item is found when
one quote contains its anchor (after normalisation); each quote finds at most
one item; precision counts extracted commitments one of whose quotes found a
must or optional item.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from scoring import match, norm

from tracker.documents.model import Block, Document, Exchange
from tracker.extract import Commitment, extract, to_json

DATA = Path(__file__).parent / "data" / "extract"
ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "resources" / "samples" / "kst-32637-448.md"  # copy of ../shared/corpus
SEED_GOLD = ROOT / "tests" / "data" / "gold" / "kst-32637-448.json"  # copy of ../shared/gold
# --- building documents from the corpus -------------------------------------


def build_document(spec: dict[str, Any]) -> Document:
    """A `Document` from a corpus entry; offsets point into a source text built alongside."""
    parts: list[str] = []
    pos = 0

    def add(text: str, kind: str) -> Block:
        nonlocal pos
        block = Block(kind, text, list(range(pos, pos + len(text))))
        parts.append(text + "\n\n")
        pos += len(text) + 2
        return block

    header = add(spec["title"], "header")
    del header
    exchanges = []
    for ex in spec["exchanges"]:
        add(ex["question"], "question")
        answer = [add(p, "answer") for p in ex["answer"]]
        exchanges.append(
            Exchange(
                question=ex["question"],
                answer=answer,
                faction=ex.get("faction"),
                section=f"Vragen en opmerkingen van de leden van de {ex['faction']}-fractie"
                if ex.get("faction")
                else "",
                number=ex.get("number"),
                addressee=spec.get("addressee"),
            )
        )
    ref = date.fromisoformat(spec["reference_date"]) if spec.get("reference_date") else None
    return Document(
        path=f"{spec['id']}.md",
        source="".join(parts),
        kind=spec["kind"],
        title=spec["title"],
        date=ref,
        reference_date=ref,
        addressee=spec.get("addressee"),
        answerer=spec.get("answerer"),
        exchanges=exchanges,
    )


def load_corpus() -> list[tuple[Document, dict[str, Any]]]:
    data = json.loads((DATA / "corpus.json").read_text(encoding="utf-8"))
    return [(build_document(spec), spec) for spec in data["documents"]]


# --- scoring -------------------------------------------------------------------


def score(commitments: list[Commitment], labels: dict[str, Any]) -> dict[str, Any]:
    """Recall, precision, due and negatives of an extraction against labelled items."""
    quotes = [(ci, norm(s.quote)) for ci, c in enumerate(commitments) for s in c.sources]
    must = labels["must"]
    optional = labels.get("optional", [])
    must_found = match(must, quotes)
    taken = set(must_found.values())
    rest = [(ci, q) if qi not in taken else (ci, "\0") for qi, (ci, q) in enumerate(quotes)]
    optional_found = match(optional, rest)
    correct = {quotes[qi][0] for qi in [*must_found.values(), *optional_found.values()]}
    report = []
    due_ok = 0
    for gi, item in enumerate(must):
        if gi not in must_found:
            report.append(f"missed: {item['anchor']}")
            continue
        got = commitments[quotes[must_found[gi]][0]].due
        want = date.fromisoformat(item["due"]) if item.get("due") else None
        if got == want:
            due_ok += 1
        else:
            report.append(f"due {got} != {want}: {item['anchor']}")
    for ci, c in enumerate(commitments):
        if ci not in correct:
            report.append(f"unlabelled: {c.sources[0].quote[:120]!r}")
    own = [norm(s.quote[s.lead_in :]) for c in commitments for s in c.sources]
    negatives = [
        n["anchor"] for n in labels.get("negatives", []) if any(norm(n["anchor"]) in q for q in own)
    ]
    for n in negatives:
        report.append(f"NEGATIVE quoted: {n}")
    return {
        "must": len(must),
        "found": len(must_found),
        "n": len(commitments),
        "correct": len(correct),
        "due_ok": due_ok,
        "negatives": negatives,
        "report": report,
    }


# --- tests -------------------------------------------------------------------------


def test_own_corpus_recall_precision_and_due() -> None:
    """Across our documents of both kinds and several ministries the bars hold."""
    totals = {"must": 0, "found": 0, "n": 0, "correct": 0, "due_ok": 0}
    reports = []
    for document, labels in load_corpus():
        result = score(extract(document), labels)
        for key in totals:
            totals[key] += result[key]
        reports += [f"{labels['id']}: {line}" for line in result["report"]]
    recall = totals["found"] / totals["must"]
    precision = totals["correct"] / totals["n"]
    due = totals["due_ok"] / totals["found"]
    detail = "\n".join(reports)
    assert recall >= 0.95, detail
    assert precision >= 0.9, detail
    assert due >= 0.9, detail


@pytest.mark.parametrize(
    "document,labels", load_corpus(), ids=lambda v: v["id"] if isinstance(v, dict) else ""
)
def test_known_non_commitments_are_never_quoted(document: Document, labels: dict[str, Any]) -> None:
    result = score(extract(document), labels)
    assert result["negatives"] == [], "\n".join(result["report"])


@pytest.mark.parametrize(
    "document,labels", load_corpus(), ids=lambda v: v["id"] if isinstance(v, dict) else ""
)
def test_question_text_is_never_quoted(document: Document, labels: dict[str, Any]) -> None:
    questions = {norm(ex.question) for ex in document.exchanges}
    for commitment in extract(document):
        for source in commitment.sources:
            assert norm(source.quote) not in questions


@pytest.mark.skipif(not SEED.exists(), reason="shared/ corpus not available")
def test_seed_document_meets_the_bars() -> None:
    """Kamerstuk 32 637, nr. 448 against its gold list.

    Bars: recall >= 0.96, precision >= 0.9, due >= 0.96.
    """
    from tracker.documents import read_document

    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
    document = read_document(SEED)
    commitments = extract(document)
    labels = {
        "must": [g for g in gold["commitments"] if g["kind"] == "must"],
        "optional": [g for g in gold["commitments"] if g["kind"] != "must"],
        "negatives": gold.get("negatives", []),
    }
    result = score(commitments, labels)
    detail = "\n".join(result["report"])
    assert result["found"] / result["must"] >= 0.96, detail
    assert result["correct"] / result["n"] >= 0.90, detail
    assert result["due_ok"] / max(result["found"], 1) >= 0.96, detail
    assert result["negatives"] == [], detail
    # the JSON contract carries what the scorer reads
    data = to_json(document, commitments)
    assert data["document"]["dossier"] == "32637" and data["document"]["number"] == "448"
    assert all(len(s["quote"]) <= 900 for c in data["commitments"] for s in c["sources"])
