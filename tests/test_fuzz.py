"""Hostile input: the readers, the date resolver and the extractor on generated input.

Each reader either returns a `Document` or raises `DocumentError` naming the file; the
date resolver and the extractor never raise; and every call returns within a per-input
bound (a hang guard against catastrophic regex backtracking, not a speed target).

The number of examples is modest so the file stays quick in CI. For a long local run:

    FUZZ_EXAMPLES=2000 QT_QPA_PLATFORM=offscreen .venv/bin/pytest tests/test_fuzz.py \\
        --hypothesis-profile=explore --hypothesis-seed=1 -p no:cacheprovider

(`FUZZ_EXAMPLES` is the number of examples of each test here; the slow PDF fixture test
runs a twentieth of it.)
"""

from __future__ import annotations

import contextlib
import io
import logging
import os
import signal
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import TypeVar

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tracker import dates
from tracker.documents.model import Block, Document, Exchange
from tracker.documents.reader import DocumentError, read_document
from tracker.extract import extract, to_json

ROOT = Path(__file__).resolve().parent.parent
FORMATS = ROOT / "tests" / "data" / "formats"
SEED = ROOT / "resources" / "samples" / "kst-32637-448.md"
PDF_FIXTURE = FORMATS / "kst-32637-448.pdf"
DOCX_FIXTURE = FORMATS / "kst-32637-448.docx"

# Per-input bound: a hang guard, far above what any input here needs (most take
# milliseconds; the 28-page PDF fixture about 3 s on a slow machine).
HANG_SECONDS = 2.0
PDF_HANG_SECONDS = 30.0

# The years a resolved period may lie in. Years in the text are read only as 1900-2099
# ("(19|20)\d\d"); relative spans ("binnen 1000 jaar") reach at most 1000 years past
# the reference date; a yearless phrase ("voor de zomer") lies within a year or two of
# it.
MIN_YEAR = 1899


def _examples(default: int, *, slow: bool = False) -> settings:
    """Settings for a fuzz test: `default` examples, or FUZZ_EXAMPLES when set (a twentieth
    of it for a `slow` test, whose every example takes seconds)."""
    wanted = os.environ.get("FUZZ_EXAMPLES")
    count = default if wanted is None else int(wanted) // (20 if slow else 1)
    return settings(
        max_examples=max(count, 1),
        deadline=None,
        suppress_health_check=[
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
            HealthCheck.filter_too_much,
            HealthCheck.function_scoped_fixture,
        ],
    )


class Hang(BaseException):
    """Raised by the alarm: a BaseException, so no `except Exception` in the code under
    test can swallow it."""


T = TypeVar("T")


@contextlib.contextmanager
def _alarm(seconds: float) -> Iterator[None]:
    if not hasattr(signal, "setitimer"):  # no SIGALRM (Windows): measure only
        yield
        return

    def on_alarm(signum, frame):  # noqa: ARG001 - signal handler signature
        raise Hang(f"no result after {seconds} s")

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def bounded(call: Callable[[], T], seconds: float = HANG_SECONDS) -> T:
    """`call()`, failing the test if it runs longer than `seconds` (a hang guard)."""
    start = time.perf_counter()
    try:
        with _alarm(seconds):
            result = call()
    except Hang as exc:  # an AssertionError, so that hypothesis shrinks and reports it
        raise AssertionError(f"runaway time: {exc}") from None
    elapsed = time.perf_counter() - start
    assert elapsed <= seconds, f"took {elapsed:.1f} s (bound {seconds} s)"
    return result


# -- readers ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def workdir() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="tracker-fuzz-") as name:
        yield Path(name)


def read_or_refuse(path: Path, data: bytes, caplog, seconds: float = HANG_SECONDS) -> None:
    """Write `data` to `path` and read it: a Document, or a DocumentError naming the file.

    A reader failing in a way it did not foresee is wrapped into a DocumentError by
    `read_document` (and logged); here that counts as a bug too.
    """
    path.write_bytes(data)
    caplog.clear()
    try:
        document = bounded(lambda: read_document(path), seconds)
    except DocumentError as exc:
        assert str(path) in str(exc), f"message does not name the file: {exc}"
        assert "Traceback" not in str(exc)
    else:
        assert isinstance(document, Document)
        to_json(document, bounded(lambda: extract(document)))
    unforeseen = [r for r in caplog.records if r.levelno >= logging.ERROR and r.exc_info]
    assert not unforeseen, f"reader failed unforeseen: {unforeseen[0].exc_info[1]!r}"


SEED_LINES = [line for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip()]
MARKDOWN_BITS = [
    "#", "##", "###", "######", "*", "**", "***", "_", "__", ">", "> > >", "- ", "* ",
    "1.", "a)", "<sup>1</sup>", "<sup>", "</sup>", "[tekst](http://x)", "\\*", "`",
    "Vraag 1", "Antwoord 1", "Antwoord", "Vragen en opmerkingen van de leden van de ",
    "VVD-fractie", "CDA-fractie", "Vastgesteld 10 maart 2021", "Nr. 448", "32 637",
    "Vergaderjaar 2020–2021", "VERSLAG VAN EEN SCHRIFTELIJK OVERLEG", "Bijlage",
    "Mededeling", "Aanhangsel van de Handelingen", "\f", "\n", "\n\n", "  ", "\t", "\r",
    "\u00ad", "ﬁ", "«", "»", "—", "\x00", "\ufeff",
]  # fmt: skip

text_bits = st.sampled_from(SEED_LINES + MARKDOWN_BITS) | st.text(max_size=40)


@st.composite
def markdown_text(draw) -> bytes:
    """Seed-like Markdown: lines of the seed and markup, shuffled, cut and nested."""
    lines = draw(st.lists(st.lists(text_bits, max_size=8).map(" ".join), max_size=40))
    if draw(st.booleans()):
        depth = draw(st.integers(0, 3000))
        lines.insert(draw(st.integers(0, len(lines))), "> " * depth + "*" * depth + "tekst")
    if draw(st.booleans()):
        unit = draw(st.sampled_from([" ", ".", "1", "*", "van ", "a", "-", "<sup>1</sup>"]))
        lines.insert(draw(st.integers(0, len(lines))), unit * draw(st.integers(0, 30000)))
    text = "\n".join(lines)
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16", "latin-1"]))
    return text.encode(encoding, errors="replace")


@_examples(60)
@given(data=markdown_text() | st.binary(max_size=2000), suffix=st.sampled_from([".md", ".txt"]))
@example(data=b"\xff\xfe\x00\x00garbage", suffix=".md")
@example(data=("Antwoord\n\n" + "a" * 100_000).encode(), suffix=".txt")
def test_text_files_give_a_document_or_a_clear_error(workdir, caplog, data, suffix):
    read_or_refuse(workdir / f"fuzz{suffix}", data, caplog)


XML_TAGS = [
    "officiele-publicatie", "kamerstuk", "kamervragen", "vrije-tekst", "tekst", "al", "kop",
    "titel", "nr", "divisie", "hoofdstuk", "paragraaf", "tussenkop", "lijst", "li", "li.nr",
    "noot", "noot.nr", "noot.al", "nadruk", "vraag", "antwoord", "ondertekening",
    "vergaderjaar", "dossiernummer", "ondernummer", "kamervraagnummer", "kamervraagkop",
    "kamervraagomschrijving", "kamervraagopmerking", "metadata", "meta", "sup", "x",
]  # fmt: skip
xml_text = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=30
) | st.sampled_from(SEED_LINES)


def _xml_escape(text: str) -> str:
    return "".join(
        {"<": "&lt;", "&": "&amp;", ">": "&gt;", '"': "&quot;"}.get(c, c)
        if c >= " " or c in "\t\n\r"
        else ""
        for c in text
    )


xml_element = st.recursive(
    xml_text.map(_xml_escape),
    lambda children: st.builds(
        lambda tag, attrs, kids: (
            f"<{tag}{attrs}>{''.join(kids)}</{tag}>" if kids else f"<{tag}{attrs}/>"
        ),
        st.sampled_from(XML_TAGS),
        st.sampled_from(["", ' nr="1"', ' type="cur"', ' nr=""', ' nr="Vraag 2"', ' type="vet"']),
        st.lists(children, max_size=5),
    ),
    max_leaves=40,
)

XML_PROLOGUES = [
    "", '<?xml version="1.0" encoding="UTF-8"?>', '<?xml version="1.0" encoding="UTF-16"?>',
    '<?xml version="1.0" encoding="ISO-8859-1"?>', '<?xml version="1.0" encoding="cp1252"?>',
    '<?xml version="1.0" encoding="x-nonsense"?>', '<?xml version="1.0" encoding="cp037"?>',
    '<?xml version="1.1"?>',
    '<!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>',
    '<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>',
    '<!DOCTYPE r SYSTEM "http://127.0.0.1:9/x.dtd">',
]  # fmt: skip


@st.composite
def xml_documents(draw) -> bytes:
    body = draw(xml_element)
    root = draw(st.sampled_from(["officiele-publicatie", "officiele-publicatie", "metadata", "x"]))
    text = f"<{root}>{body}</{root}>"
    if draw(st.booleans()):
        depth = draw(st.integers(1, 5000))
        tag = draw(st.sampled_from(["divisie", "al", "nadruk", "lijst", "li", "noot"]))
        text = text.replace(f"</{root}>", f"<{tag}>" * depth + "tekst")
        text += f"</{tag}>" * depth + f"</{root}>"
    prologue = draw(st.sampled_from(XML_PROLOGUES))
    encoding = draw(st.sampled_from(["utf-8", "utf-16", "latin-1", "utf-8-sig", "utf-32"]))
    data = (prologue + text).encode(encoding, errors="replace")
    if draw(st.booleans()) and data:  # cut it off somewhere
        data = data[: draw(st.integers(0, len(data)))]
    return data


@_examples(80)
@given(data=xml_documents() | st.binary(max_size=500))
@example(data=(FORMATS / "kamervragen.xml").read_bytes())
def test_xml_files_give_a_document_or_a_clear_error(workdir, caplog, data):
    read_or_refuse(workdir / "fuzz.xml", data, caplog)


HTML_TAGS = ["p", "div", "i", "em", "b", "strong", "h1", "h3", "li", "ul", "table", "td",
             "tr", "sup", "script", "style", "main", "br", "span", "a", "nav", "pre"]  # fmt: skip

html_element = st.recursive(
    xml_text | st.sampled_from(["&amp;", "&euml;", "&#0;", "&#x110000;", "&bogus;", "<", "&"]),
    lambda children: st.builds(
        lambda tag, kids, close: f"<{tag}>{''.join(kids)}" + (f"</{tag}>" if close else ""),
        st.sampled_from(HTML_TAGS),
        st.lists(children, max_size=5),
        st.booleans(),
    ),
    max_leaves=40,
)


@st.composite
def html_documents(draw) -> bytes:
    head = draw(
        st.sampled_from(
            [
                "",
                '<head><meta name="OVERHEIDop.dossiernummer" content="32637"></head>',
                '<head><meta name="DC.identifier" content="kst-1-2"><meta name="DC.date" '
                'content="9999-99-99"></head>',
                '<head><meta charset="x-nonsense"></head>',
            ]
        )
    )
    body = draw(html_element)
    if draw(st.booleans()):
        depth = draw(st.integers(1, 5000))
        body += "<div>" * depth + "tekst" + "</div>" * draw(st.integers(0, depth))
    encoding = draw(st.sampled_from(["utf-8", "cp1252", "utf-16"]))
    return f"<html>{head}<body>{body}</body></html>".encode(encoding, errors="replace")


@_examples(60)
@given(data=html_documents() | st.binary(max_size=500), suffix=st.sampled_from([".html", ".htm"]))
@example(data=(FORMATS / "verslag.html").read_bytes(), suffix=".html")
def test_html_files_give_a_document_or_a_clear_error(workdir, caplog, data, suffix):
    read_or_refuse(workdir / f"fuzz{suffix}", data, caplog)


_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)


def docx_bytes(document_xml: str | bytes, extra: dict[str, str | bytes] | None = None) -> bytes:
    """A minimal .docx around `document_xml` (the body of word/document.xml)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", _CONTENT_TYPES)
        package.writestr("_rels/.rels", _RELS)
        package.writestr("word/document.xml", document_xml)
        for name, content in (extra or {}).items():
            package.writestr(name, content)
    return buffer.getvalue()


run_xml = st.builds(
    lambda props, text: f'<w:r>{props}<w:t xml:space="preserve">{text}</w:t></w:r>',
    st.sampled_from(
        [
            "",
            "<w:rPr><w:i/></w:rPr>",
            "<w:rPr><w:b/></w:rPr>",
            '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr>',
            '<w:rPr><w:i w:val="nonsense"/></w:rPr>',
        ]
    ),  # fmt: skip
    xml_text.map(_xml_escape),
) | st.sampled_from(
    [
        '<w:r><w:footnoteReference w:id="1"/></w:r>',
        '<w:r><w:footnoteReference w:id="x"/></w:r>',
        "<w:r><w:br/></w:r>",
        "<w:r><w:tab/></w:r>",
        "<w:hyperlink><w:r><w:t>link</w:t></w:r></w:hyperlink>",
    ]
)
paragraph_xml = st.builds(
    lambda style, runs: f"<w:p>{style}{''.join(runs)}</w:p>",
    st.sampled_from(
        [
            "",
            '<w:pPr><w:pStyle w:val="Heading1"/></w:pPr>',
            '<w:pPr><w:pStyle w:val="Missing"/></w:pPr>',
        ]
    ),  # fmt: skip
    st.lists(run_xml, max_size=6),
)
table_xml = st.lists(paragraph_xml, max_size=3).map(
    lambda ps: f"<w:tbl><w:tr><w:tc>{''.join(ps) or '<w:p/>'}</w:tc></w:tr></w:tbl>"
)


@st.composite
def docx_documents(draw) -> bytes:
    blocks = draw(st.lists(paragraph_xml | table_xml, max_size=12))
    body = "".join(blocks)
    if draw(st.booleans()):
        depth = draw(st.integers(1, 3000))
        body += "<w:tbl><w:tr><w:tc>" * depth + "<w:p/>" + "</w:tc></w:tr></w:tbl>" * depth
    xml = f"<?xml version='1.0' encoding='UTF-8'?><w:document {_W}><w:body>{body}</w:body>"
    xml += "</w:document>"
    if draw(st.booleans()):  # break the XML
        xml = xml[: draw(st.integers(0, len(xml)))]
    data = docx_bytes(xml)
    if draw(st.booleans()):  # break the zip
        cut = draw(st.integers(0, len(data)))
        data = data[:cut] + draw(st.binary(max_size=20)) + data[cut + 1 :]
    return data


def test_docx_with_an_unsupported_zip_version_is_one_clear_error(workdir, caplog):
    """Found by atheris: a central directory claiming zip version 14.8 raised
    NotImplementedError from the zip check, outside the reader's own handling."""
    data = bytearray(docx_bytes(f"<w:document {_W}><w:body/></w:document>"))
    entry = data.index(b"PK\x01\x02")
    data[entry + 6] = 148  # "version needed to extract"
    read_or_refuse(workdir / "version.docx", bytes(data), caplog)
    with pytest.raises(DocumentError, match="zip file version 14.8"):
        read_document(workdir / "version.docx")


def _flip(data: bytes, flips: list[tuple[int, int]]) -> bytes:
    out = bytearray(data)
    for position, value in flips:
        out[position % len(out)] = value
    return bytes(out)


@_examples(40)
@given(
    data=docx_documents()
    | st.binary(max_size=500)
    | st.builds(
        _flip,
        st.just(DOCX_FIXTURE.read_bytes()),
        st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)), min_size=1, max_size=8),
    )
)
def test_docx_files_give_a_document_or_a_clear_error(workdir, caplog, data):
    read_or_refuse(workdir / "fuzz.docx", data, caplog)


def _small_pdf(text: str, extra: bytes = b"") -> bytes:
    """A one-page PDF with `text` in Helvetica; xref offsets computed, so it is valid."""
    escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = f"BT /F1 12 Tf 72 720 Td ({escaped}) Tj ET".encode("latin-1", "replace") + extra
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


PDF_OPERATORS = [
    b" Tj", b" TJ", b" Td", b" Tf", b" ET", b" BT", b" q", b" Q", b" cm", b"[", b"]", b"(",
    b")", b"<<", b">>", b"/F1", b"99999999999", b"-1e308", b"\\",
]  # fmt: skip


@_examples(40)
@given(
    text=st.lists(st.sampled_from(SEED_LINES[:30]) | st.text(max_size=30), max_size=6).map(
        " ".join
    ),
    extra=st.lists(st.sampled_from(PDF_OPERATORS) | st.binary(max_size=8), max_size=10).map(
        b"".join
    ),
    flips=st.lists(st.tuples(st.integers(0, 5000), st.integers(0, 255)), max_size=4),
)
def test_small_generated_pdfs_give_a_document_or_a_clear_error(workdir, caplog, text, extra, flips):
    data = _small_pdf(text, extra)
    read_or_refuse(workdir / "fuzz.pdf", _flip(data, flips) if flips else data, caplog)


PDF_BYTES = PDF_FIXTURE.read_bytes()


@_examples(3, slow=True)
@given(
    data=st.builds(lambda cut: PDF_BYTES[:cut], st.integers(1, len(PDF_BYTES) - 1))
    | st.builds(
        _flip,
        st.just(PDF_BYTES),
        st.lists(
            st.tuples(st.integers(0, len(PDF_BYTES) - 1), st.integers(0, 255)),
            min_size=1,
            max_size=16,
        ),
    )
)
@example(data=PDF_BYTES[: len(PDF_BYTES) // 2])
def test_damaged_pdf_fixture_gives_a_document_or_a_clear_error(workdir, caplog, data):
    """The committed 28-page PDF, cut off or with bytes changed (slow: few examples)."""
    read_or_refuse(workdir / "fuzz.pdf", data, caplog, PDF_HANG_SECONDS)


# -- the date resolver -----------------------------------------------------------------

DATE_WORDS = [
    *dates.MONTHS, "Q1", "Q2", "q3", "Q5", "Q0", "H1", "H2", "kwartaal", "eerste", "tweede",
    "derde", "vierde", "vijfde", "helft", "jaarhelft", "voor de zomer", "na de zomer",
    "zomerreces", "kerstreces", "voor de kerst", "Prinsjesdag", "voorjaarsnota", "najaarsnota",
    "begin", "medio", "eind", "einde", "ultimo", "half", "halverwege", "voorjaar", "najaar",
    "winter", "herfst", "lente", "schooljaar", "studiejaar", "collegejaar", "begrotingsjaar",
    "dit jaar", "volgend jaar", "vorig jaar", "komend jaar", "het lopende jaar", "binnen",
    "over", "uiterlijk", "vóór", "voor", "na", "tot", "tot en met", "t/m", "tussen", "en",
    "van", "vanaf", "per", "op", "in", "rond", "jl.", "a.s.", "jongstleden", "aanstaande",
    "dagen", "werkdagen", "weken", "maanden", "jaar", "jaren", "dag", "week", "maand",
    "enkele", "komende", "de komende maanden", "zo spoedig mogelijk", "z.s.m.", "t.z.t.",
    "te zijner tijd", "binnenkort", "anderhalf", "een half", "en een half", "één", "drie",
    "twaalf", "honderd", "negenennegentig", "0", "1", "29", "30", "31", "32", "99", "366",
    "1000", "1001", "99999", "999999999999999999999", "0000", "1899", "1900", "2000", "2020",
    "2021", "2099", "2100", "9999", "2020/21", "2020-2021", "2021–2022", "'21", "31 februari",
    "29 februari 2021", "29 februari 2024", "0 maart", "maandag", "vrijdag", "(", ")", ",",
    ".", ";", ":", "-", "–", "/", "\n", "  ", "is", "wordt", "werd", "zal", "heeft", "had",
    "geëvalueerd", "Kamer", "informeren", "de", "het", "sinds", "ergens in", "in de loop van",
    "met ingang van", "m.i.v.", "Kerstmis", "jaarwisseling", "reces", "vergaderjaar",
    "zittingsjaar", "kalenderjaar",
]  # fmt: skip

dutch_date_text = st.lists(st.sampled_from(DATE_WORDS), max_size=30).map(" ".join)
references = st.dates(min_value=date(1950, 1, 1), max_value=date(2100, 12, 31))


def check_expressions(text: str, reference: date) -> list[dates.TimeExpression]:
    found = bounded(lambda: dates.find_time_expressions(text, reference))
    for e in found:
        start, end = e.span
        assert 0 <= start < end <= len(text)
        assert e.text == text[start:end]
        assert e.precision in dates.PRECISIONS
        if e.vague:
            assert e.due is None
        for day in (e.period_start, e.period_end):
            if day is not None:
                assert MIN_YEAR <= day.year <= max(2100, reference.year) + 1001, e
        if e.period_start and e.period_end:
            assert e.period_start <= e.period_end, e
    chosen = dates.choose_due(found)
    assert chosen is None or chosen in found
    return found


@_examples(300)
@given(text=dutch_date_text, reference=references)
@example(text="31 februari 2021 en 30 februari", reference=date(2021, 1, 1))
@example(text="binnen 99999 jaar, over 1000 jaar, binnen 1000 jaar", reference=date(2021, 1, 1))
@example(text="Q2 9999, voor de zomer van 0000, in het jaar 0", reference=date(2021, 1, 1))
def test_dutch_like_time_phrases_resolve_within_bounds(text, reference):
    check_expressions(text, reference)


@_examples(150)
@given(text=st.text(max_size=400), reference=references)
def test_arbitrary_text_never_breaks_the_date_resolver(text, reference):
    check_expressions(text, reference)


@_examples(100)
@given(
    text=dutch_date_text,
    reference=st.sampled_from([date(1, 1, 1), date(1899, 12, 31), date(9998, 6, 1)])
    | st.dates(min_value=date(9990, 1, 1)),
)
def test_extreme_reference_dates_never_break_the_date_resolver(text, reference):
    """A document dated in year 1 or 9999 (a typing error) still reads: no overflow."""
    found = bounded(lambda: dates.find_time_expressions(text, reference))
    for e in found:
        if e.period_start and e.period_end:
            assert e.period_start <= e.period_end
    dates.choose_due(found)


def test_tracker_dates_command_reads_hostile_text():
    text = "binnen 99999 dagen; 31 februari 9999; voor de zomer van 0000 " + "van " * 5000
    result = subprocess.run(
        [sys.executable, "-m", "tracker.cli", "dates", "--json", "--reference", "2021-03-09", text],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout.lstrip().startswith("[")


# -- the extractor ---------------------------------------------------------------------


def _document(paragraphs: list[str], reference: date | None, question: str) -> Document:
    blocks, pos = [], 0
    for text in paragraphs:
        blocks.append(Block("answer", text, list(range(pos, pos + len(text)))))
        pos += len(text) + 2
    return Document(
        path="fuzz.md",
        source="\n\n".join(paragraphs),
        reference_date=reference,
        exchanges=[Exchange(question, blocks, faction="VVD")],
    )


EXTRACT_BITS = SEED_LINES + DATE_WORDS + ["Ik zal", "De Kamer wordt", "geïnformeerd", "niet"]


@_examples(60)
@given(
    paragraphs=st.lists(
        st.lists(st.sampled_from(EXTRACT_BITS), max_size=12).map(" ".join), max_size=5
    ),
    question=st.sampled_from(SEED_LINES) | st.text(max_size=80),
    reference=st.none() | references,
)
def test_extractor_on_generated_answers_never_breaks(paragraphs, question, reference):
    document = _document(paragraphs, reference, question)
    commitments = bounded(lambda: extract(document))
    to_json(document, commitments)


@_examples(40)
@given(data=markdown_text())
def test_extractor_on_parsed_generated_documents_never_breaks(workdir, data):
    path = workdir / "parsed.md"
    path.write_bytes(data)
    try:
        document = read_document(path)
    except DocumentError:
        return
    to_json(document, bounded(lambda: extract(document)))


# -- pathological input: long runs that made a regex backtrack -------------------------
# Each was found by the fuzzers above or by timing the module's patterns on long runs;
# the input is the minimal one, the bound a hang guard (before the fix: minutes, or 2**n).

RUNS = [" ", ".", "1", "*", "\n", "van ", "de ", "[a](", "(", "<sup>1</sup>", "Antwoord 1 "]
LONG_LINE = 100_000


@pytest.mark.parametrize("unit", RUNS)
def test_a_100k_character_run_is_read_and_searched_in_bounded_time(workdir, unit):
    run = unit * (LONG_LINE // len(unit))
    path = workdir / "run.md"
    path.write_text(f"Antwoord\n\nIk zal {run} in 2022 de Kamer informeren.\n", encoding="utf-8")
    document = bounded(lambda: read_document(path), 10)
    bounded(lambda: extract(document), 10)
    bounded(lambda: dates.find_time_expressions(run + " voor de zomer", date(2021, 3, 9)), 10)


def test_a_file_of_only_dots_is_split_into_sentences_in_bounded_time(workdir, caplog):
    """Found by hypothesis: `[.!?]+` from every dot of a line of dots (quadratic)."""
    read_or_refuse(workdir / "dots.txt", b"\xef\xbb\xbf" + b"." * 20_000, caplog)


def test_a_line_of_asterisks_is_parsed_in_bounded_time(workdir, caplog):
    """Found by hypothesis: the inline heading pattern's `\\**` from every asterisk."""
    read_or_refuse(workdir / "stars.md", b"*" * 20_000, caplog)


def test_many_blank_lines_are_parsed_in_bounded_time(workdir, caplog):
    """`^\\s*` from every line start ran over all the blank lines after it."""
    read_or_refuse(workdir / "blank.md", b"Antwoord 1\n" + b"\n" * 20_000 + b"Tekst.", caplog)


def test_a_subject_of_many_articles_does_not_backtrack_exponentially():
    """ "de de de ... x zal plaatsvinden": "de" fits two alternatives of the event-subject
    pattern, 2**20 ways to try before the atomic group."""
    text = "de " * 24 + "x zal in 2023 plaatsvinden."
    document = _document([text], date(2021, 1, 1), "Wanneer?")
    bounded(lambda: extract(document))


def test_spaces_before_a_bracket_in_a_title_are_stripped_in_bounded_time():
    text = "Ik zal " + " " * 60_000 + "(zie bijlage) in 2022 de Kamer informeren."
    document = _document([text], date(2021, 1, 1), "Wanneer?")
    bounded(lambda: extract(document))


# -- XML without a DTD -------------------------------------------------------------------

ENTITY_BODY = (
    '<!DOCTYPE officiele-publicatie [<!ENTITY geheim SYSTEM "file:///etc/passwd">'
    '<!ENTITY a "aaaaaaaaaa">]>'
    "<officiele-publicatie><kamerstuk><vrije-tekst><al>Antwoord &geheim; &a;</al>"
    "</vrije-tekst></kamerstuk></officiele-publicatie>"
)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16", "utf-16-be", "utf-16-le"])
def test_xml_with_entity_declarations_is_refused_in_every_encoding(workdir, encoding):
    """UTF-16 without a byte order mark hid the DOCTYPE from a byte search; the parser
    itself now refuses it."""
    path = workdir / "entity.xml"
    path.write_bytes(ENTITY_BODY.encode(encoding))
    with pytest.raises(DocumentError, match="DOCTYPE or ENTITY declaration is refused") as error:
        read_document(path)
    assert str(path) in str(error.value)


def test_companion_metadata_with_entities_is_not_used(workdir):
    folder = workdir / "companion"
    folder.mkdir(exist_ok=True)
    publication = folder / "kst-32637-448.xml"
    publication.write_bytes((FORMATS / "kamervragen.xml").read_bytes())
    metadata = (
        '<!DOCTYPE m [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        '<metadata_gegevens><metadata name="DC.title" content="&x;"/></metadata_gegevens>'
    )
    (folder / "kst-32637-448.metadata.xml").write_bytes(metadata.encode("utf-16-be"))
    document = read_document(publication)
    assert any("DOCTYPE or ENTITY declaration refused" in w for w in document.warnings)
    assert "root:" not in document.title


def test_xml_in_an_unknown_encoding_is_one_clear_error(workdir, caplog):
    """Found by hypothesis: a LookupError from the parser, wrapped as unforeseen."""
    data = b'<?xml version="1.0" encoding="x-nonsense"?><officiele-publicatie/>'
    path = workdir / "encoding.xml"
    read_or_refuse(path, data, caplog)
    with pytest.raises(DocumentError, match="malformed XML"):
        read_document(path)


def test_word_document_xml_cannot_read_a_local_file_through_an_entity(workdir, tmp_path):
    """python-docx parses with resolve_entities=False: neither a SYSTEM entity (a local
    file) nor an internal one is expanded."""
    secret = tmp_path / "geheim.txt"
    secret.write_text("GEHEIM-WACHTWOORD", encoding="utf-8")
    xml = (
        f'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file://{secret}">'
        f'<!ENTITY y "INTERN-UITGEBREID">]><w:document {_W}><w:body><w:p><w:r>'
        "<w:t>Antwoord &x; &y; en dan de tekst.</w:t></w:r></w:p></w:body></w:document>"
    )
    path = workdir / "entity.docx"
    path.write_bytes(docx_bytes(xml))
    try:
        document = read_document(path)
    except DocumentError:
        return  # refused outright: nothing read either
    assert "GEHEIM" not in document.source
    assert "INTERN-UITGEBREID" not in document.source
    assert "Antwoord" in document.source
