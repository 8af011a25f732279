"""The development set: the official publications in `tests/data/real/`, scored like `score_set.py`.

`tests/data/real/*.pdf` are copies of `../shared/corpus/real/` (Aanhangsel
answers to Kamervragen, a Nota naar aanleiding van het verslag, a letter) and
`tests/data/real/gold/*.json` of their hand-made gold lists in
`../shared/gold/real/`, so that the measure the project is judged by,

    python ../shared/tools/score_set.py ../shared/gold/real ../shared/corpus/real

runs in a clone without `../shared`.  The counts are pooled over all documents
exactly as `score_set.py` pools them (a document that fails to extract counts
all its must items as missed).  The seed document (Kamerstuk 32 637, nr. 448)
keeps its own bars in `test_extract_corpus.py`.
"""

from __future__ import annotations

import json
from pathlib import Path

from scoring import pooled, score_set, summary

from tracker.documents.reader import read_document
from tracker.extract import extract
from tracker.extract.serialize import to_json

REAL = Path(__file__).parent / "data" / "real"
GOLD = REAL / "gold"

MIN_RECALL = 0.90
MIN_PRECISION = 0.85
MIN_DUE = 0.90
MIN_TITLES = 0.85


def _extract_json(path: Path) -> list[dict]:
    """What `tracker extract PATH --json` prints, as its "commitments" list."""
    document = read_document(path)
    return to_json(document, extract(document))["commitments"]


def test_every_gold_list_has_its_document() -> None:
    golds = sorted(GOLD.glob("*.json"))
    assert len(golds) >= 11
    for gold_path in golds:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        assert (REAL / gold["document"]).is_file(), gold["document"]


def test_real_documents_meet_the_pooled_bars() -> None:
    totals, report = score_set(GOLD, REAL, _extract_json)
    line = summary(totals)
    detail = line + "\n" + "\n".join(report)
    recall, precision, due, titles = pooled(totals).values()
    assert recall >= MIN_RECALL, f"recall {recall:.2f} < {MIN_RECALL}\n{detail}"
    assert precision >= MIN_PRECISION, f"precision {precision:.2f} < {MIN_PRECISION}\n{detail}"
    assert due >= MIN_DUE, f"due {due:.2f} < {MIN_DUE}\n{detail}"
    assert titles >= MIN_TITLES, f"titles {titles:.2f} < {MIN_TITLES}\n{detail}"
