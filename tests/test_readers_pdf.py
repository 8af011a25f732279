"""PDF with a text layer (pypdf): small PDFs built here, and the seed rendered to PDF
(tests/data/formats/kst-32637-448.pdf, made by render_seed.py there) read like the seed."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from conftest import GOLD, SEED
from scoring import scorer

from tracker.documents import DocumentError, read_document
from tracker.documents.pdf_reader import MAX_PAGES, to_text
from tracker.documents.text import parse
from tracker.extract import extract, to_json

pypdf = pytest.importorskip("pypdf")

SEED_PDF = Path(__file__).parent / "data" / "formats" / "kst-32637-448.pdf"

PAGES = [
    [
        "Tweede Kamer der Staten-Generaal",
        "Vergaderjaar 2021-2022",
        "Aanhangsel van de Handelingen",
        "Vragen van het lid Jansen (VVD) aan de Minister van Economische Zaken over de",
        "regeling (ingezonden 2 oktober 2021).",
        "Antwoord van Minister De Vries (Economische Zaken) (ontvangen 1 november 2021).",
        "Vraag 1",
        "Wanneer wordt de regeling geëvalueerd?",
        "Antwoord 1",
        "In 2022 wordt de regeling geëvalueerd.",
    ],
    [
        "Vraag 2",
        "Bent u bekend met het bericht?",
        "Antwoord 2",
        "Ja.",
    ],
]


def make_pdf(pages: list[list[str]]) -> bytes:
    """A minimal PDF with a Helvetica (WinAnsi) text layer, one line per string."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b""]  # pages object filled in below
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica"
                   b" /Encoding /WinAnsiEncoding >>")  # fmt: skip
    kids = []
    for lines in pages:
        ops = [b"BT /F1 11 Tf 14 TL 50 780 Td"]
        for line in lines:
            escaped = line.encode("cp1252").replace(b"\\", b"\\\\")
            escaped = escaped.replace(b"(", b"\\(").replace(b")", b"\\)")
            ops.append(b"(" + escaped + b") Tj T*")
        ops.append(b"ET")
        stream = b"\n".join(ops)
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        content = len(objects)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R"
            b" /Resources << /Font << /F1 3 0 R >> >> >>" % content
        )
        kids.append(len(objects))
    refs = b" ".join(b"%d 0 R" % k for k in kids)
    objects[1] = b"<< /Type /Pages /Kids [" + refs + b"] /Count %d >>" % len(kids)
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def test_pdf_text_layer_gives_kamervragen_and_commitment():
    text = to_text("kv.pdf", make_pdf(PAGES))
    assert "\f" in text  # pages kept apart
    document = parse(text, path="kv.pdf")
    assert document.kind == "kamervragen"
    first = document.exchanges[0]
    assert first.question == "Wanneer wordt de regeling geëvalueerd?"
    assert first.answer[0].text == "In 2022 wordt de regeling geëvalueerd."
    assert [e.number for e in document.exchanges] == ["1", "2"]
    assert [c.due for c in extract(document)] == [dt.date(2022, 12, 31)]


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (make_pdf([[]]), "no text layer (a scanned PDF?)"),
        (make_pdf(PAGES)[:300], "damaged or unreadable PDF"),
        (b"%PDF-1.4\n\x00\x01\x02 junk", "damaged or unreadable PDF"),
        (b"\x00\x01\x02 junk", "not a PDF file"),
    ],
)
def test_bad_pdf_is_one_clear_error(data, problem):
    with pytest.raises(DocumentError) as err:
        to_text("/stukken/stuk.pdf", data)
    assert "/stukken/stuk.pdf" in str(err.value) and problem in str(err.value)


def test_read_document_and_import_accept_a_pdf(tmp_path, db):
    from tracker.documents import read_document
    from tracker.importing import import_paths

    path = tmp_path / "kv.pdf"
    path.write_bytes(make_pdf(PAGES))
    assert read_document(path).kind == "kamervragen"
    (result,) = import_paths([tmp_path])
    assert result.error is None and result.commitments == 1


@pytest.fixture(scope="module")
def seed_pdf():
    """The seed PDF read once (pypdf takes a few seconds over Qt's word-by-word text)."""
    return read_document(SEED_PDF)


def exchanges_of(document) -> list[tuple]:
    return [
        (e.role, e.faction, e.section, e.question, [b.text for b in e.answer])
        for e in document.exchanges
    ]


def test_seed_pdf_gives_the_exchanges_and_footnotes_of_the_markdown(seed_pdf):
    """Italic questions, headings, superscript references, page footers on 28 A4 pages."""
    pdf, markdown = seed_pdf, read_document(SEED)
    assert pdf.kind == "verslag" and (pdf.dossier, pdf.number) == ("32637", "448")
    assert pdf.date == markdown.date and pdf.reference_date == markdown.reference_date
    assert exchanges_of(pdf) == exchanges_of(markdown)
    assert pdf.footnotes == markdown.footnotes
    assert pdf.warnings == markdown.warnings


def test_seed_pdf_scores_like_the_markdown_against_the_gold_list(tmp_path, seed_pdf):
    document = seed_pdf
    out = tmp_path / "extraction.json"
    out.write_text(json.dumps(to_json(document, extract(document))), encoding="utf-8")
    bars = ["--min-recall", "1", "--min-precision", "1", "--min-due", "1", "--quiet"]
    assert scorer.main([str(GOLD), str(out), *bars]) == 0


def test_page_footer_and_codes_never_reach_the_text(seed_pdf):
    document = seed_pdf
    text = " ".join(b.text for e in document.exchanges for b in e.answer)
    assert "vergaderjaar 2020–2021, 32 637" not in text and "kst-32637-448" not in text
    # a sentence the page break after page 1 cut in two is whole again
    assert any(
        "cijfers over het hybride docentschap daarom niet op een betrouwbare manier" in b.text
        for e in document.exchanges
        for b in e.answer
    )


def test_pdf_reader_marks_italic_paragraphs_and_superscript_references(seed_pdf):
    """What pypdf's plain text loses is rebuilt from fonts and positions."""
    text = seed_pdf.source
    assert "\n*De leden van de VVD-fractie hebben kennisgenomen" in text
    assert "Nationaal Programma Onderwijs<sup>1</sup>, gepresenteerd" in text
    assert "financiële" in text and "\ufb01" not in text  # the "fi" ligature spelled out


@pytest.mark.parametrize(
    ("pdf_text", "expected"),
    [
        # the document writes "niet-..." with a hyphen elsewhere: kept
        ("de niet-\nfinanciële prikkels en niet-technische banen", "niet-financiële"),
        # the word occurs whole elsewhere: a hyphenated line end, joined
        ("het Maatschappelijk Verant-\nwoord Ondernemen en verantwoord werk", "Verantwoord"),
        # "werk- en stageplekken": left to the parser, which keeps "werk- en"
        ("aanbod aan werk-\nen stageplekken", "werk-\nen"),
    ],
)
def test_line_end_hyphen_follows_the_documents_own_spelling(pdf_text, expected):
    from tracker.documents.pdf_reader import _resolve_hyphens

    assert expected in _resolve_hyphens(pdf_text)


def test_producer_without_hyphenation_keeps_every_line_end_hyphen():
    from tracker.documents.pdf_reader import _resolve_hyphens

    assert _resolve_hyphens("een brede corona-\nstagebonus") == "een brede corona-stagebonus"


def test_pdf_with_too_many_pages_is_refused_before_reading_them(tmp_path):
    writer = pypdf.PdfWriter()
    for _ in range(MAX_PAGES + 1):
        writer.add_blank_page(width=595, height=842)
    path = tmp_path / "dik.pdf"
    with path.open("wb") as handle:
        writer.write(handle)
    with pytest.raises(DocumentError) as err:
        read_document(path)
    assert str(path) in str(err.value) and f"{MAX_PAGES + 1} pages" in str(err.value)


@pytest.mark.parametrize("error", [KeyError("/Root"), AttributeError("x"), IndexError("y")])
def test_unexpected_pypdf_failure_is_a_pdf_error(monkeypatch, error):
    """A crafted file may make pypdf raise anything; the user still gets one PDF message."""

    def broken(*args, **kwargs):
        raise error

    monkeypatch.setattr(pypdf, "PdfReader", broken)
    with pytest.raises(DocumentError) as err:
        to_text("/stukken/stuk.pdf", make_pdf(PAGES))
    message = str(err.value)
    assert message.startswith("/stukken/stuk.pdf: ") and "damaged or unreadable PDF" in message
    assert type(error).__name__ in message


def test_truncated_pdf_says_it_is_incomplete():
    data = SEED_PDF.read_bytes()
    with pytest.raises(DocumentError) as err:
        to_text("/stukken/half.pdf", data[: len(data) // 2])
    assert "/stukken/half.pdf" in str(err.value) and "incomplete" in str(err.value)


def test_pdf_with_a_password_is_refused_saying_so(tmp_path):
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(SEED_PDF))
    writer.encrypt(user_password="geheim", algorithm="RC4-128")
    path = tmp_path / "geheim.pdf"
    with path.open("wb") as handle:
        writer.write(handle)
    with pytest.raises(DocumentError) as err:
        read_document(path)
    assert str(path) in str(err.value) and "protected with a password" in str(err.value)


def test_a_spacing_accent_after_its_letter_is_read_as_the_accented_letter() -> None:
    from tracker.documents.pdf_reader import _combine_accents

    assert _combine_accents("de leden Mutluer en Kostic\u00b4") == "de leden Mutluer en Kostić"
    assert _combine_accents("een rechte streep \u00b4 blijft") == "een rechte streep \u00b4 blijft"
