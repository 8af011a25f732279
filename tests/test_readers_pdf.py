"""PDF with a text layer (pypdf): the module is tested directly, see its docstring."""

from __future__ import annotations

import datetime as dt

import pytest

from tracker.documents import DocumentError
from tracker.documents.pdf_reader import to_text
from tracker.documents.text import parse
from tracker.extract import extract

pytest.importorskip("pypdf")

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
