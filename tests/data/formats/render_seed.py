"""Render the seed document into the PDF and Word fixtures next to this script.

Run once from the repository root (the results are committed; run again only when the
seed or this script changes):

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/data/formats/render_seed.py

It reads ``resources/samples/kst-32637-448.md`` and writes

* ``kst-32637-448.docx`` with python-docx: headings as Word headings, the factions'
  questions as italic paragraphs, footnotes as real Word footnotes (a superscript
  reference in the text, the note in the document's footnotes part);
* ``kst-32637-448.pdf`` with Qt (``QTextDocument`` + ``QPdfWriter``): A4 pages in a serif
  font, questions in italics, footnote references in superscript and the notes at the end,
  a footer "Tweede Kamer, vergaderjaar 2020–2021, 32 637, nr. 448 <page>" on every page
  and the code block "kst-32637-448 / ISSN 0921 - 7371 / 's-Gravenhage 2021" on the first,
  as in an officielebekendmakingen.nl PDF. Pages break wherever the text runs out of room,
  so page breaks cut sentences (and words are not hyphenated by Qt).

The seed itself is a conversion of the published PDF: its footnote texts stand where the
original pages ended and some paragraphs are cut in two there. The script first undoes
that (notes collected, cut paragraphs rejoined), so the fixtures carry only the page
breaks of their own layout. Qt is used here as a test tool only; the core never imports it.
"""

from __future__ import annotations

import html
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
SEED = ROOT / "resources" / "samples" / "kst-32637-448.md"
FOOTER = "Tweede Kamer, vergaderjaar 2020–2021, 32 637, nr. 448"
CODES = ["kst-32637-448", "ISSN 0921 - 7371", "'s-Gravenhage 2021"]


@dataclass
class Block:
    """A paragraph of the seed: `runs` are (text, "plain" | "italic" | "sup") pieces."""

    kind: str  # "heading" | "title" | "question" | "text"
    runs: list[tuple[str, str]] = field(default_factory=list)
    level: int = 0

    @property
    def text(self) -> str:
        return "".join(t for t, _ in self.runs)


_SUP = re.compile(r"<sup>\s*(\d+)\s*</sup>")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_AUTOLINK = re.compile(r"<((?:https?://|www\.)[^>\s]+)>")
_INLINE = re.compile(r"<sup>\s*(\d+)\s*</sup>|\*([^*]+)\*")


def _clean(text: str) -> str:
    text = _LINK.sub(lambda m: m.group(1).replace("\\\\", "").replace("\\", ""), text)
    text = _AUTOLINK.sub(r"\1", text)
    return text.replace("\\_", "_").replace("  \n", "\n")


def _runs(text: str, base: str = "plain") -> list[tuple[str, str]]:
    runs: list[tuple[str, str]] = []
    pos = 0
    for m in _INLINE.finditer(text):
        if m.start() > pos:
            runs.append((text[pos : m.start()], base))
        if m.group(1):
            runs.append((m.group(1), "sup"))
        else:
            runs.append((m.group(2), "italic"))
        pos = m.end()
    if pos < len(text):
        runs.append((text[pos:], base))
    return runs


def read_seed(path: Path = SEED) -> tuple[list[Block], dict[str, str]]:
    """The seed's paragraphs (cut paragraphs rejoined) and its footnotes by number."""
    blocks: list[Block] = []
    notes: dict[str, str] = {}
    cut = False  # the last paragraph was cut by a page break of the original
    for raw in re.split(r"\n\s*\n", path.read_text(encoding="utf-8")):
        raw = raw.strip()
        if not raw or re.fullmatch(r"-{3,}", raw):
            continue
        if m := re.match(r"<sup>\s*(\d+)\s*</sup>\s*", raw):
            notes[m.group(1)] = _clean(raw[m.end() :]).replace("*", "")
            continue
        raw = _clean(raw)
        if m := re.match(r"(#{1,6})\s+", raw):
            block = Block("heading", [(raw[m.end() :].replace("*", "").strip(), "plain")])
            block.level = len(m.group(1))
        elif raw.startswith("**") and raw.endswith("**"):
            block = Block("title", [(raw.strip("*"), "plain")])
        elif raw.startswith("*") and raw.endswith("*") and raw.count("*") == 2:
            block = Block("question", _runs(raw[1:-1], "italic"))
        else:
            block = Block("text", _runs(raw))
        if cut and blocks and block.kind == blocks[-1].kind and not block.text[:1].isupper():
            last = blocks[-1]
            word_cut = last.text.endswith("-")
            if word_cut:  # "Verant-" + "woord Ondernemen"
                text, style = last.runs[-1]
                last.runs[-1] = (text[:-1], style)
            last.runs += block.runs if word_cut else [(" ", block.runs[0][1]), *block.runs]
        else:
            blocks.append(block)
        cut = not re.search(r"[.?!:)»”]$", blocks[-1].text.rstrip()) and blocks[-1].kind in (
            "text",
            "question",
        )
    return blocks, notes


# --- Word -------------------------------------------------------------------------------

_FOOTNOTES_XML = (
    '<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
    "</w:r></w:p></w:footnote>{notes}</w:footnotes>"
)
_FOOTNOTE_XML = (
    '<w:footnote w:id="{n}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
    '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
    '<w:r><w:t xml:space="preserve"> {text}</w:t></w:r></w:p></w:footnote>'
)


def write_docx(blocks: list[Block], notes: dict[str, str], out: Path) -> None:
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn
    from docx.shared import Pt

    document = docx.Document()
    document.styles["Normal"].font.name = "Times New Roman"
    document.styles["Normal"].font.size = Pt(10)
    for block in blocks:
        if block.kind == "heading":
            document.add_heading(block.text, level=min(max(block.level - 1, 1), 4))
            continue
        paragraph = document.add_paragraph()
        for text, style in block.runs:
            if style == "sup":
                # a Word footnote reference: Word numbers the notes itself
                run = paragraph.add_run()
                run.font.superscript = True
                ref = run._r.makeelement(qn("w:footnoteReference"), {qn("w:id"): text})
                run._r.append(ref)
                continue
            for k, line in enumerate(text.split("\n")):
                if k:
                    paragraph.add_run().add_break()
                run = paragraph.add_run(line)
                run.italic = style == "italic" or None
                run.bold = block.kind == "title" or None
    body = "".join(
        _FOOTNOTE_XML.format(n=n, text=html.escape(text, quote=False))
        for n, text in notes.items()
    )
    part = Part(
        PackURI("/word/footnotes.xml"),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
        _FOOTNOTES_XML.format(notes=body).encode("utf-8"),
        document.part.package,
    )
    document.part.relate_to(part, RT.FOOTNOTES)
    assert parse_xml(part.blob) is not None
    document.core_properties.title = "Verslag van een schriftelijk overleg"
    document.core_properties.author = ""
    document.save(out)


# --- PDF --------------------------------------------------------------------------------


def _html(blocks: list[Block], notes: dict[str, str]) -> str:
    def runs(block: Block) -> str:
        out = []
        for text, style in block.runs:
            text = html.escape(text).replace("\n", "<br/>")
            if style == "sup":
                out.append(f"<sup>{text}</sup>")
            elif style == "italic":
                out.append(f"<i>{text}</i>")
            else:
                out.append(text)
        return "".join(out)

    parts = []
    for block in blocks:
        if block.kind == "heading":
            parts.append(f"<h{min(block.level + 1, 5)}>{runs(block)}</h{min(block.level + 1, 5)}>")
        elif block.kind == "title":
            parts.append(f"<p><b>{runs(block)}</b></p>")
        else:
            parts.append(f"<p>{runs(block)}</p>")
    for number, text in notes.items():
        parts.append(f'<p class="note"><sup>{number}</sup> {html.escape(text)}</p>')
    return "\n".join(parts)


def write_pdf(blocks: list[Block], notes: dict[str, str], out: Path) -> None:
    from PySide6.QtCore import QMarginsF, QPointF, QSizeF
    from PySide6.QtGui import (
        QFont,
        QGuiApplication,
        QPageLayout,
        QPageSize,
        QPainter,
        QPdfWriter,
        QTextDocument,
    )

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    writer = QPdfWriter(str(out))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    writer.setTitle("Verslag van een schriftelijk overleg")
    writer.setCreator("tests/data/formats/render_seed.py")
    dpmm = 300 / 25.4
    page_w, page_h = 210 * dpmm, 297 * dpmm
    left, top, bottom = 25 * dpmm, 25 * dpmm, 30 * dpmm
    body_w, body_h = page_w - 2 * left, page_h - top - bottom

    document = QTextDocument()
    document.setDocumentMargin(0)
    font = QFont("DejaVu Serif")
    font.setPointSizeF(10)
    font.setPixelSize(round(10 / 72 * 300))
    document.setDefaultFont(font)
    document.setDefaultStyleSheet(
        "p { margin-bottom: 36px; } h2, h3, h4, h5 { font-size: 40px; margin-top: 24px; }"
        " .note { font-size: 32px; margin-bottom: 0px; }"
    )
    document.setHtml(_html(blocks, notes))
    document.setPageSize(QSizeF(body_w, body_h))
    small = QFont("DejaVu Serif")
    small.setPixelSize(round(8 / 72 * 300))

    # Line by line, each on the page the paginated layout put it on: drawing a page with a
    # clip would also put the neighbouring pages' edge lines, invisible, in the text layer.
    placed: dict[int, list[tuple[object, QPointF]]] = {}
    block = document.begin()
    while block.isValid():
        layout = block.layout()
        origin = document.documentLayout().blockBoundingRect(block).topLeft()
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)
            page = int((origin.y() + line.y() + line.height() / 2) // body_h)
            placed.setdefault(page, []).append((line, origin))
        block = block.next()

    painter = QPainter(writer)
    pages = document.pageCount()
    for page in range(pages):
        if page:
            writer.newPage()
        for line, origin in placed.get(page, []):
            line.draw(painter, QPointF(left + origin.x(), top + origin.y() - page * body_h))
        painter.setFont(small)
        painter.drawText(QPointF(left, page_h - 15 * dpmm), f"{FOOTER} {page + 1}")
        if page == 0:
            for k, line in enumerate(CODES):
                painter.drawText(QPointF(left, page_h - 27 * dpmm + k * 3.5 * dpmm), line)
    painter.end()
    del app


def main() -> None:
    blocks, notes = read_seed()
    write_docx(blocks, notes, HERE / "kst-32637-448.docx")
    write_pdf(blocks, notes, HERE / "kst-32637-448.pdf")
    for name in ("kst-32637-448.docx", "kst-32637-448.pdf"):
        print(f"{name}: {(HERE / name).stat().st_size // 1024} KB")


if __name__ == "__main__":
    main()
