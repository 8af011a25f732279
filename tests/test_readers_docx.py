"""Word (.docx) documents: paragraphs, italic questions and headings, read like the seed."""

from __future__ import annotations

import datetime as dt

import pytest

from tracker.documents import DocumentError, read_document
from tracker.extract import extract

docx = pytest.importorskip("docx")

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
