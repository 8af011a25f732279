"""Word (.docx) documents: paragraphs, italic questions and headings, read like the seed;
the seed itself as Word (tests/data/formats/kst-32637-448.docx, made by render_seed.py)."""

from __future__ import annotations

import datetime as dt
import io
import json
import zipfile
from pathlib import Path

import pytest
from conftest import GOLD, SEED
from scoring import scorer

from tracker.documents import DocumentError, read_document
from tracker.documents.docx_reader import MAX_UNPACKED
from tracker.extract import extract, to_json

docx = pytest.importorskip("docx")

SEED_DOCX = Path(__file__).parent / "data" / "formats" / "kst-32637-448.docx"

QUESTION = "De leden van de VVD-fractie vragen wanneer de regeling wordt geëvalueerd."
ANSWER = "In 2022 wordt de regeling geëvalueerd."


def make_verslag(path, italic_style: bool = False):
    document = docx.Document()
    document.add_paragraph("Vergaderjaar 2020–2021")
    document.add_paragraph().add_run("32 637").bold = True
    document.add_paragraph().add_run("VERSLAG VAN EEN SCHRIFTELIJK OVERLEG").bold = True
    document.add_paragraph("Vastgesteld 10 maart 2021")
    document.add_heading("Vragen en opmerkingen van de leden van de VVD-fractie", level=3)
    question = document.add_paragraph()
    if italic_style:
        question.style = document.styles["Quote"]
        question.add_run(QUESTION).italic = None
        document.styles["Quote"].font.italic = True
    else:
        first, rest = QUESTION.split(" vragen ")
        question.add_run(first + " vragen ").italic = True
        question.add_run(rest).italic = True
    answer = document.add_paragraph("Het kabinet heeft dit onderzocht. ")
    answer.add_run(ANSWER)
    document.save(path)
    return path


@pytest.mark.parametrize("italic_style", [False, True])
def test_docx_verslag_gives_question_faction_answer_and_commitment(tmp_path, italic_style):
    path = make_verslag(tmp_path / "verslag.docx", italic_style)
    document = read_document(path)
    assert document.kind == "verslag"
    assert document.content_hash
    answers = [e for e in document.exchanges if e.role == "answer"]
    assert len(answers) == 1
    exchange = answers[0]
    assert exchange.question == QUESTION
    assert exchange.faction == "VVD"
    assert ANSWER in " ".join(block.text for block in exchange.answer)
    commitments = extract(document)
    assert [c.due for c in commitments] == [dt.date(2022, 12, 31)]
    assert "geëvalueerd" in commitments[0].sources[0].quote


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"", "empty"),
        (b"\x00\x01junk" * 50, "not a readable Word document"),
        (b"PK\x03\x04truncated zip", "not a readable Word document"),
    ],
)
def test_bad_docx_is_one_clear_error(tmp_path, data, problem):
    path = tmp_path / "stuk.docx"
    path.write_bytes(data)
    with pytest.raises(DocumentError) as err:
        read_document(path)
    assert str(path) in str(err.value) and problem in str(err.value)


def test_truncated_real_docx_is_one_clear_error(tmp_path):
    good = make_verslag(tmp_path / "goed.docx")
    path = tmp_path / "kapot.docx"
    path.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    with pytest.raises(DocumentError, match="not a readable Word document"):
        read_document(path)


def test_docx_without_text_is_refused(tmp_path):
    path = tmp_path / "leeg.docx"
    docx.Document().save(path)
    with pytest.raises(DocumentError, match="no text"):
        read_document(path)


def exchanges_of(document) -> list[tuple]:
    return [
        (e.role, e.faction, e.section, e.question, [b.text for b in e.answer])
        for e in document.exchanges
    ]


def test_seed_docx_gives_the_exchanges_and_footnotes_of_the_markdown():
    """Word headings, italic questions and real Word footnotes read like the seed."""
    word, markdown = read_document(SEED_DOCX), read_document(SEED)
    assert word.kind == "verslag" and (word.dossier, word.number) == ("32637", "448")
    assert word.date == markdown.date and word.reference_date == markdown.reference_date
    assert exchanges_of(word) == exchanges_of(markdown)
    assert word.footnotes == markdown.footnotes and len(word.footnotes) == 36
    assert word.warnings == markdown.warnings


def test_seed_docx_scores_like_the_markdown_against_the_gold_list(tmp_path):
    document = read_document(SEED_DOCX)
    out = tmp_path / "extraction.json"
    out.write_text(json.dumps(to_json(document, extract(document))), encoding="utf-8")
    bars = ["--min-recall", "1", "--min-precision", "1", "--min-due", "1", "--quiet"]
    assert scorer.main([str(GOLD), str(out), *bars]) == 0


def test_footnote_numbers_typed_in_superscript_are_references(tmp_path):
    """A document without Word footnotes: "geëvalueerd²" and a note "² Kamerstuk ..." at the end."""
    document = docx.Document()
    document.add_paragraph("Vergaderjaar 2020–2021")
    document.add_paragraph().add_run("VERSLAG VAN EEN SCHRIFTELIJK OVERLEG").bold = True
    document.add_paragraph("Vastgesteld 10 maart 2021")
    document.add_heading("Vragen en opmerkingen van de leden van de VVD-fractie", level=3)
    document.add_paragraph().add_run(QUESTION).italic = True
    answer = document.add_paragraph("In 2022 wordt de regeling geëvalueerd")
    answer.add_run("1").font.superscript = True
    answer.add_run(".")
    note = document.add_paragraph()
    note.add_run("1").font.superscript = True
    note.add_run(" Kamerstuk 32 637, nr. 433.")
    path = tmp_path / "verslag.docx"
    document.save(path)
    read = read_document(path)
    assert read.footnotes == {"1": "Kamerstuk 32 637, nr. 433."}
    (exchange,) = [e for e in read.exchanges if e.role == "answer"]
    assert [b.text for b in exchange.answer] == [ANSWER]


def zip_bytes(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in entries.items():
            package.writestr(name, data)
    return buffer.getvalue()


def test_zip_bomb_is_refused_from_the_zip_directory(tmp_path):
    """A word/document.xml that unpacks to 256 MB (from under 1 MB) is never unpacked."""
    path = tmp_path / "bom.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", SEED_DOCX_PARTS["[Content_Types].xml"])
        with package.open("word/document.xml", "w", force_zip64=True) as part:
            chunk = b"<w:p><w:r><w:t>bom</w:t></w:r></w:p>" * 30_000
            for _ in range(MAX_UNPACKED // len(chunk) + 50):
                part.write(chunk)
    assert path.stat().st_size < 2 * 2**20
    with pytest.raises(DocumentError) as err:
        read_document(path)
    message = str(err.value)
    assert str(path) in message and "would unpack to" in message and "zip bomb" in message


@pytest.mark.parametrize(
    ("entries", "problem"),
    [
        # a zip, but an OpenDocument text rather than Word
        (
            {"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<x/>"},
            "no word/document.xml: an OpenDocument file",
        ),  # fmt: skip
        ({"data.csv": b"a,b\n1,2\n"}, "no word/document.xml"),
        # the right names, junk inside
        (
            {"[Content_Types].xml": b"\x00\x01junk", "word/document.xml": b"\x00junk"},
            "not a readable Word document",
        ),  # fmt: skip
    ],
)
def test_zip_that_is_not_a_word_document_is_refused(tmp_path, entries, problem):
    path = tmp_path / "stuk.docx"
    path.write_bytes(zip_bytes(entries))
    with pytest.raises(DocumentError) as err:
        read_document(path)
    assert str(path) in str(err.value) and problem in str(err.value)


def _seed_parts() -> dict[str, bytes]:
    with zipfile.ZipFile(SEED_DOCX) as package:
        return {name: package.read(name) for name in package.namelist()}


SEED_DOCX_PARTS = _seed_parts()
