"""PDF documents with a text layer, read with pypdf.

pypdf's plain text loses what the parser needs most: which paragraphs are set in italics
(a faction's question in a verslag), where paragraphs end, and which numbers are raised
footnote references. So the text is rebuilt from the positioned pieces pypdf reports
(text, position, font, size): pieces on one baseline form a line, a raised smaller number
is a footnote reference (``<sup>3</sup>``), a vertical gap wider than the line pitch ends a
paragraph, and a paragraph wholly in an italic (bold) font is written ``*...*``
(``**...**``), as in the seed's Markdown. When that rebuild misses text that the plain
extraction has (an odd PDF), the plain text is used instead.
"""

from __future__ import annotations

import io
import logging
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from tracker.documents.artefacts import inline_furniture, is_line_furniture
from tracker.documents.cleaning import SHARED_PART_WORDS
from tracker.documents.reader import DocumentError, Reading

log = logging.getLogger(__name__)

# More pages than any answer document has (the longest run to a few hundred); a file
# with more is refused before its pages are read, so a crafted PDF cannot keep us busy.
MAX_PAGES = 2000

# Typographic ligatures that PDF producers map to one character ("ﬁnanciële").
_LIGATURES = str.maketrans(
    {
        "\ufb00": "ff",
        "\ufb01": "fi",
        "\ufb02": "fl",
        "\ufb03": "ffi",
        "\ufb04": "ffl",
        "\ufb05": "st",
        "\ufb06": "st",
    }  # fmt: skip
)
_URL_END = re.compile(r"(?:https?://|www\.)\S*[/._=?&#-]$")
_STYLE_ITALIC = re.compile(r"italic|oblique|[-,]it\b|[-,]ital", re.I)
_STYLE_BOLD = re.compile(r"bold|black|heavy|semibold|[-,]bd\b", re.I)


@dataclass
class _Piece:
    text: str
    x: float
    y: float
    size: float
    italic: bool
    bold: bool


@dataclass
class _Line:
    y: float
    size: float
    pieces: list[_Piece] = field(default_factory=list)
    sup_start: bool = False  # the line opens with a raised number (a footnote text)

    def text(self) -> str:
        return "".join(p.text for p in self.pieces)

    def style(self) -> str:
        """ "italic" / "bold" when all its letters are in such a font, else "plain"."""
        letters = [p for p in self.pieces if any(c.isalpha() for c in p.text)]
        if letters and all(p.italic for p in letters):
            return "italic"
        if letters and all(p.bold for p in letters):
            return "bold"
        return "plain"


def _font_style(font: object) -> tuple[bool, bool]:
    """(italic, bold) of a PDF font dictionary, from its name and descriptor."""
    if not hasattr(font, "get"):
        return False, False
    name = str(font.get("/BaseFont", ""))
    descriptor = None
    try:
        descendants = font.get("/DescendantFonts")
        source = descendants[0].get_object() if descendants else font
        descriptor = source.get("/FontDescriptor")
        descriptor = descriptor.get_object() if descriptor is not None else None
    except Exception:  # noqa: BLE001 - a missing or odd descriptor: the name decides
        descriptor = None
    italic = bool(_STYLE_ITALIC.search(name))
    bold = bool(_STYLE_BOLD.search(name))
    if descriptor is not None:
        try:
            italic = italic or float(descriptor.get("/ItalicAngle", 0) or 0) != 0
            italic = italic or bool(int(descriptor.get("/Flags", 0) or 0) & 64)
            bold = bold or float(descriptor.get("/FontWeight", 400) or 400) >= 600
        except (TypeError, ValueError):
            pass
    return italic, bold


def _page_pieces(page) -> tuple[str, list[_Piece]]:
    """pypdf's plain text of the page, and its positioned pieces."""
    pieces: list[_Piece] = []
    styles: dict[int, tuple[bool, bool]] = {}

    def visit(text, cm, tm, font, size) -> None:
        if not text or not text.strip():
            return
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        scale = (abs(tm[2] * cm[1] + tm[3] * cm[3]) or abs(tm[3]) or 1.0) * (size or 1.0)
        key = id(font)
        if key not in styles:
            styles[key] = _font_style(font)
        italic, bold = styles[key]
        for k, part in enumerate(text.split("\n")):
            if part.strip():
                pieces.append(_Piece(part, x, y - k * scale * 1.2, scale, italic, bold))

    plain = page.extract_text(visitor_text=visit) or ""
    return plain, pieces


def _lines(pieces: list[_Piece]) -> list[_Line]:
    """Pieces in stream order grouped into lines; raised small digits become references."""
    lines: list[_Line] = []
    for piece in pieces:
        line = lines[-1] if lines else None
        raised = (
            line is not None
            and piece.size < 0.85 * line.size
            and 0 < piece.y - line.y < line.size
            and piece.text.strip().isdigit()
        )
        if raised:
            line.pieces.append(_Piece(f"<sup>{piece.text.strip()}</sup>", *_rest(piece)))
            continue
        if line is not None and abs(piece.y - line.y) <= 0.4 * max(piece.size, line.size):
            line.pieces.append(piece)
            line.size = max(line.size, piece.size)
            continue
        line = _Line(piece.y, piece.size, [piece])
        lines.append(line)
    # a line that opens with a smaller digit standing higher than the text after it
    for line in lines:
        first = line.pieces[0]
        if len(line.pieces) > 1 and first.text.strip().isdigit():
            second = line.pieces[1]
            if first.size < 0.85 * second.size and first.y > second.y:
                line.pieces[0] = _Piece(f"<sup>{first.text.strip()}</sup> ", *_rest(first))
                line.y, line.size, line.sup_start = second.y, second.size, True
    return lines


def _rest(piece: _Piece) -> tuple[float, float, float, bool, bool]:
    return piece.x, piece.y, piece.size, piece.italic, piece.bold


def _pitch(lines: list[_Line]) -> float:
    """The usual distance between two lines of one paragraph (the body text's leading)."""
    gaps = Counter(
        round(a.y - b.y, 1)
        for a, b in zip(lines, lines[1:], strict=False)
        if 0 < a.y - b.y < 3 * a.size and abs(a.size - b.size) < 0.5
    )
    return gaps.most_common(1)[0][0] if gaps else 0.0


def _page_paragraphs(lines: list[_Line], pitch: float) -> list[str]:
    """The page's paragraphs, styled like the seed's Markdown."""
    paragraphs: list[list[_Line]] = []
    for k, line in enumerate(lines):
        prev = lines[k - 1] if k else None
        new = (
            prev is None
            or line.sup_start
            or prev.y - line.y > max(pitch, 1.15 * max(prev.size, line.size)) * 1.1 + 0.5
            or prev.y - line.y < 0  # back up the page: a new column or a footer block
            or abs(prev.size - line.size) > 1.0
        )
        if new:
            paragraphs.append([line])
        else:
            paragraphs[-1].append(line)
    out = []
    for para in paragraphs:
        text = ""
        for line in para:
            part = re.sub(r"[ \t\u00a0]+", " ", line.text()).strip()
            if not text:
                text = part
            elif text.endswith("-") or _URL_END.search(text):
                # a word or a URL broken at the line end: the parser decides
                text += "\n" + part
            else:
                text += " " + part
        text = text.translate(_LIGATURES)
        if not text:
            continue
        styles = {line.style() for line in para}
        if styles == {"italic"} and not para[0].sup_start:
            text = f"*{text.replace('*', '')}*"
        elif styles == {"bold"}:
            text = f"**{text.replace('*', '')}**"
        out.append(text)
    return out


def _alnum(text: str) -> int:
    return sum(ch.isalnum() for ch in text)


def to_text(path: str, data: bytes) -> str | Reading:
    """The text of every page, pages separated by a form feed (as `text.parse` expects)."""
    try:
        from pypdf import PdfReader
    except ImportError:  # pragma: no cover - a dependency
        raise DocumentError(
            f"{path}: reading .pdf needs the pypdf package", "missing_package"
        ) from None
    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise DocumentError(f"{path}: not a PDF file (no %PDF header)", "not_pdf")
    # pypdf logs each repair of a damaged file; the error below is what the user needs
    pypdf_log = logging.getLogger("pypdf")
    level = pypdf_log.level
    pypdf_log.setLevel(logging.CRITICAL)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise DocumentError(f"{path}: the PDF is protected with a password", "password")
        count = len(reader.pages)
        if count > MAX_PAGES:
            raise DocumentError(
                f"{path}: the PDF has {count} pages, more than the {MAX_PAGES} an answer "
                "document can have",
                "too_many_pages",
                pages=count,
                limit=MAX_PAGES,
            )
        plain, rebuilt = _read_pages(reader.pages)
    except DocumentError:
        raise
    except RecursionError:
        raise DocumentError(
            f"{path}: damaged or unreadable PDF (nested too deeply)", "damaged"
        ) from None
    except Exception as exc:  # noqa: BLE001 - pypdf raises many kinds on damaged files
        if not _complete(data):
            raise DocumentError(
                f"{path}: damaged or unreadable PDF: the file is incomplete (it stops before "
                "the end of the PDF; copy or download it again)",
                "incomplete",
            ) from None
        raise DocumentError(
            f"{path}: damaged or unreadable PDF ({type(exc).__name__}: {exc})", "damaged"
        ) from None
    finally:
        pypdf_log.setLevel(level)
    text = "\n\f".join(page.strip("\n") for page in plain)
    if _alnum(text) < 20:
        raise DocumentError(
            f"{path}: no text layer (a scanned PDF?); run it through OCR, or import the "
            "text, HTML or XML version from officielebekendmakingen.nl",
            "scanned",
        )
    if rebuilt is not None and _alnum(rebuilt) >= 0.97 * _alnum(text.translate(_LIGATURES)):
        text = rebuilt + "\n"
    else:
        log.info("%s: layout of the PDF not recognised, reading its plain text", path)
        text = text.translate(_LIGATURES).replace("\t", " ") + "\n"
    text = _combine_accents(text)
    if not _complete(data):
        return Reading(
            text,
            warnings=[
                "the PDF stops before its end-of-file marker: it may be incomplete (cut off), "
                "check that its last page was read"
            ],
        )
    return text


# A spacing accent a PDF sets after its letter: "Kostic´" is "Kostić".
_SPACING_ACCENT = re.compile("([A-Za-z])([\u00b4\u00a8\u02c7\u02c6\u02dc])")
_COMBINING = {
    "\u00b4": "\u0301",
    "\u00a8": "\u0308",
    "\u02c7": "\u030c",
    "\u02c6": "\u0302",
    "\u02dc": "\u0303",
}


def _combine_accents(text: str) -> str:
    def combined(m: re.Match[str]) -> str:
        letter = unicodedata.normalize("NFC", m.group(1) + _COMBINING[m.group(2)])
        return letter if len(letter) == 1 else m.group(0)

    return _SPACING_ACCENT.sub(combined, text) if _SPACING_ACCENT.search(text) else text


def _complete(data: bytes) -> bool:
    """Whether the file ends like a PDF ("%%EOF" within its last kilobyte)."""
    return b"%%EOF" in data[-1024:]


def _read_pages(pages) -> tuple[list[str], str | None]:
    """pypdf's plain text per page, and the document rebuilt from positioned text (None
    when there is nothing to go on)."""
    plain: list[str] = []
    page_lines: list[list[_Line]] = []
    for page in pages:
        text, pieces = _page_pieces(page)
        plain.append(text)
        page_lines.append(_lines(pieces))
    everything = [line for lines in page_lines for line in lines]
    if not everything:
        return plain, None
    pitch = _pitch(everything)
    pages_paras = [_page_paragraphs(lines, pitch) for lines in page_lines]
    _rejoin_brackets(pages_paras)
    text = "\n\f".join("\n\n".join(paras) for paras in pages_paras)
    return plain, _resolve_hyphens(text)


def _is_furniture(paragraph: str) -> bool:
    """A page header or footer ("Tweede Kamer, vergaderjaar ..., nr. 448 3", codes)."""
    spans = inline_furniture(paragraph)
    rest, pos = [], 0
    for start, end in spans:
        rest.append(paragraph[pos:start])
        pos = end
    rest.append(paragraph[pos:])
    return bool(spans) and is_line_furniture(" ".join(rest))


def _rejoin_brackets(pages: list[list[str]]) -> None:
    """A paragraph that a page break cut inside brackets ("... (bron:" / "CBS).") is put
    back together before the page footer: the parser cannot tell it from two paragraphs."""
    for page, nxt in zip(pages, pages[1:], strict=False):
        body = [k for k, para in enumerate(page) if not _is_furniture(para)]
        if not body or not nxt or _is_furniture(nxt[0]):
            continue
        last, first = page[body[-1]], nxt[0]
        if (
            last.count("(") > last.count(")")
            and first.count(")") > first.count("(")
            and not first.startswith(("*", "<sup>"))
            and not last.startswith(("*", "<sup>"))
        ):
            page[body[-1]] = f"{last} {first}"
            del nxt[0]


_LINE_END_HYPHEN = re.compile(r"([^\W\d_]+)-\n([^\W\d_]+)")
_HYPHENATED = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)+")
_WORD = re.compile(r"[^\W\d_]+")


def _resolve_hyphens(text: str) -> str:
    """Decide a hyphen at a line end from how the document writes the word elsewhere.

    "niet-\nfinanciële" stays "niet-financiële" when the document has "niet-..." compounds
    or that very word with its hyphen; "verant-\nwoord" becomes "verantwoord" when the
    word occurs whole. When no line end of the document is a hyphenated word, its
    producer does not hyphenate and every other line-end hyphen is kept too; otherwise the
    undecided ones keep the line break for the parser's own rules.
    """
    if "-\n" not in text:
        return text
    flat = _LINE_END_HYPHEN.sub(" ", text)
    hyphenated = {m.group(0).lower() for m in _HYPHENATED.finditer(flat)}
    prefixes = {word.split("-", 1)[0] for word in hyphenated}
    words = {m.group(0).lower() for m in _WORD.finditer(flat)}

    def decide(m: re.Match[str]) -> str | None:
        before, after = m.group(1), m.group(2)
        if after.lower() in SHARED_PART_WORDS:
            return m.group(0)  # "werk- en stageplekken": the parser keeps "werk- en"
        if f"{before}-{after}".lower() in hyphenated or before.lower() in prefixes:
            return f"{before}-{after}"
        if (before + after).lower() in words:
            return before + after
        return None

    decisions = [decide(m) for m in _LINE_END_HYPHEN.finditer(text)]
    hyphenates = any(d is not None and "-" not in d for d in decisions)
    it = iter(decisions)

    def replace(m: re.Match[str]) -> str:
        decided = next(it)
        if decided is not None:
            return decided
        return m.group(0) if hyphenates else f"{m.group(1)}-{m.group(2)}"

    return _LINE_END_HYPHEN.sub(replace, text)
