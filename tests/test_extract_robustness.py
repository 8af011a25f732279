"""Extraction never crashes on odd input: empty documents, no dates, garbage, odd blocks."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tracker.documents.model import Block, Document, Exchange
from tracker.extract import extract, to_json
from tracker.extract.sentences import split_sentences

DUTCH_BITS = [
    "Ik zal uw Kamer",
    "voor de zomer",
    "informeren",
    "In 2022 wordt",
    "geëvalueerd",
    "niet",
    "geen",
    "Deze zullen",
    "t.a.v.",
    "o.a.",
    "nr. 433",
    "(PTvT).",
    "«",
    "»",
    "€ 10,6 miljoen",
    "Hiervoor verwijs ik u naar de beantwoording van de vragen van de CDA-fractie.",
    "?",
    ".",
    ",",
    ";",
    ":",
    " – ",
    "\n",
    "  ",
    "De Minister",
    "het kabinet",
    "zal",
    "wordt",
    "Q2",
    "begin",
    "2021",
    "de Kamer",
    "ontvangt u",
    "komt hier op terug",
    "Als",
    "indien",
    "Zie het antwoord op vraag 3.",
]


def _document(texts: list[str], reference: date | None, question: str = "") -> Document:
    blocks = []
    pos = 0
    for text in texts:
        blocks.append(Block("answer", text, list(range(pos, pos + len(text)))))
        pos += len(text) + 2
    return Document(
        path="x",
        source="\n\n".join(texts),
        reference_date=reference,
        exchanges=[Exchange(question, blocks, faction=None)],
    )


def test_empty_document() -> None:
    assert extract(Document(path="x", source="")) == []


def test_exchange_without_answer_blocks() -> None:
    doc = Document(path="x", source="", exchanges=[Exchange("Vraag?", [])])
    assert extract(doc) == []


def test_block_without_offsets_still_gives_a_source() -> None:
    text = "Ik zal uw Kamer voor de zomer informeren."
    doc = Document(
        path="x",
        source=text,
        reference_date=date(2023, 1, 1),
        exchanges=[Exchange("", [Block("answer", text, [])])],
    )
    [c] = extract(doc)
    assert c.sources[0].quote == text


def test_only_punctuation_and_whitespace() -> None:
    assert extract(_document(["...", "   ", "?!", "«»"], date(2023, 1, 1))) == []


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.text(max_size=300), max_size=4),
    st.one_of(st.none(), st.dates(min_value=date(1990, 1, 1), max_value=date(2040, 12, 31))),
)
def test_garbage_text_never_crashes(texts: list[str], reference: date | None) -> None:
    doc = _document(texts, reference)
    commitments = extract(doc)
    to_json(doc, commitments)
    for c in commitments:
        for s in c.sources:
            assert len(s.quote) <= 1200


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.lists(st.sampled_from(DUTCH_BITS), max_size=25).map(" ".join), min_size=1, max_size=4
    ),
    st.one_of(st.none(), st.dates(min_value=date(2000, 1, 1), max_value=date(2035, 12, 31))),
)
def test_dutch_like_noise_never_crashes(texts: list[str], reference: date | None) -> None:
    doc = _document(texts, reference, question="Is de Minister bereid de Kamer te informeren?")
    commitments = extract(doc)
    data = to_json(doc, commitments)
    assert len(data["commitments"]) == len(commitments)
    for c in commitments:
        assert c.title
        assert len(c.title) <= 80
        for s in c.sources:
            if s.kind == "quote":
                assert s.quote.strip()


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=500))
def test_sentences_cover_the_text_in_order(text: str) -> None:
    sentences = split_sentences(text)
    last = 0
    for s in sentences:
        assert last <= s.start < s.end <= len(text)
        assert text[s.start : s.end] == s.text
        assert s.text == s.text.strip()
        last = s.end
    # nothing but whitespace is lost between sentences
    covered = "".join(s.text for s in sentences)
    assert "".join(covered.split()) == "".join(text.split())
