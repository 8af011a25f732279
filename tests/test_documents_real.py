"""The official publications in tests/data/real (copied from the shared corpus): each is
recognised as its kind, with its official reference and the dates of the hand-made gold
lists in tests/data/real/gold, so due dates are never read from today."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from tracker.documents import read_document
from tracker.extract import extract

REAL = Path(__file__).parent / "data" / "real"
GOLD = REAL / "gold"

# file (its name is its official id) -> (kind, date of the document), read by hand from
# each PDF's header
EXPECTED = {
    "ah-tk-20232024-1076": ("kamervragen", "2024-02-20"),
    "ah-tk-20232024-1178": ("kamervragen", "2024-03-07"),
    "ah-tk-20232024-1292": ("kamervragen", "2024-03-21"),
    "ah-tk-20232024-1314": ("kamervragen", "2024-03-25"),
    "ah-tk-20232024-1432": ("kamervragen", "2024-04-05"),
    "ah-tk-20232024-1481": ("kamervragen", "2024-04-11"),
    "ah-tk-20232024-1999": ("kamervragen", "2024-06-07"),  # a Mededeling: answers postponed
    "ah-tk-20232024-2210": ("kamervragen", "2024-07-23"),
    "ah-tk-20232024-2313": ("kamervragen", "2024-08-22"),
    "kst-29515-496": ("brief", "2025-01-28"),  # "Den Haag, 28 januari 2025"
    "kst-36450-6": ("nota", "2024-03-27"),  # "Ontvangen 27 maart 2024"
}


def test_every_real_file_has_a_gold_list_and_an_expectation():
    assert sorted(p.stem for p in REAL.glob("*.pdf")) == sorted(EXPECTED)
    assert sorted(p.stem for p in GOLD.glob("*.json")) == sorted(EXPECTED)


@pytest.mark.parametrize("stem", sorted(EXPECTED))
def test_real_file_kind_reference_and_dates(stem):
    kind, day = EXPECTED[stem]
    gold = json.loads((GOLD / f"{stem}.json").read_text(encoding="utf-8"))
    document = read_document(REAL / f"{stem}.pdf")
    assert document.kind == kind
    assert document.official_id == stem
    assert document.date == dt.date.fromisoformat(day)
    assert document.reference_date == dt.date.fromisoformat(gold["reference_date"])
    assert document.title
    if kind == "kamervragen":
        assert document.reference == f"Aanhangsel Handelingen {stem}"
    else:
        # the gold title is the document's title followed by its citation
        assert gold["title"].startswith(f"{document.title} ({document.reference}")
    extract(document)
    assert not any("from today" in w for w in document.warnings)
    assert not any("read as a verslag" in w for w in document.warnings)
