"""HTML pages (officielebekendmakingen.nl), read with the standard library's parser.

The page's ``<meta name="OVERHEIDop.dossiernummer" content="...">`` tags carry the same
official metadata as the XML; they (and a companion ``metadata.xml``, see
`official_metadata`) are handed over as `Reading` metadata.
"""

from __future__ import annotations

from html.parser import HTMLParser

from tracker.documents import official_metadata as om
from tracker.documents.markup import Para, render
from tracker.documents.reader import DocumentError, Reading, decode_text

_BLOCKS = {
    "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "td", "th", "tr", "table", "blockquote",
    "section", "article", "main", "header", "footer", "aside", "figure", "figcaption",
    "pre", "address", "br", "hr", "caption", "body", "html",
    "h1", "h2", "h3", "h4", "h5", "h6",
}  # fmt: skip
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_DROP = {"script", "style", "head", "nav", "noscript", "template", "svg", "form", "button"}
_VOID = {"br", "hr", "img", "meta", "link", "input", "wbr", "area", "base", "col", "source"}
_ITALIC = {"i", "em"}
_BOLD = {"b", "strong"}


class _Parser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paras: list[Para] = []
        self.main_paras: list[Para] = []
        self.chunks: list[tuple[str, bool, bool]] = []  # (text, italic, bold)
        self.heading = 0
        self.title = 0
        self.drop = 0
        self.italic = 0
        self.bold = 0
        self.main = 0
        self.stack: list[tuple[str, bool, bool]] = []  # (tag, counted italic, counted bold)
        self.meta: om.Pairs = {}  # <meta name content> of the page

    def flush(self) -> None:
        chunks, self.chunks = self.chunks, []
        text = "".join(c[0] for c in chunks)
        if not text.strip():
            return
        real = [c for c in chunks if c[0].strip() and not c[0].startswith("<sup>")]
        if self.title:
            style = "bold"  # the title, set in bold like the seed's title lines
        elif self.heading:
            style = "heading"
        elif real and all(c[1] for c in real):
            style = "italic"
        elif real and all(c[2] for c in real):
            style = "bold"
        else:
            style = "plain"
        para = Para(text, style)
        self.paras.append(para)
        if self.main:
            self.main_paras.append(para)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "meta":
            values = dict(attrs)
            om.add_pair(self.meta, values.get("name"), values.get("content"))
        if tag in _VOID:
            if tag in _BLOCKS and not self.drop:
                self.flush()
            return
        classes = " ".join(v or "" for k, v in attrs if k == "class").lower()
        italic = tag in _ITALIC or "cursief" in classes or "italic" in classes
        bold = tag in _BOLD or "vet" in classes.split() or "bold" in classes
        self.stack.append((tag, italic, bold))
        if tag in _DROP:
            self.drop += 1
            return
        if self.drop:
            return
        if tag in _BLOCKS:
            self.flush()
        if tag in _HEADINGS:
            self.heading += 1
            self.title += tag == "h1"
        if tag == "main" or (tag == "div" and ("broodtekst" in classes)):
            self.main += 1
            self.stack[-1] = (tag + "#main", italic, bold)
        self.italic += italic
        self.bold += bold
        if tag == "sup":
            self.chunks.append(("<sup>", True, True))

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID or not any(t.split("#")[0] == tag for t, _, _ in self.stack):
            return
        while self.stack:
            name, italic, bold = self.stack.pop()
            base = name.split("#")[0]
            if base in _DROP:
                self.drop -= 1
            elif not self.drop:
                if base == "sup":
                    self.chunks.append(("</sup>", True, True))
                if base in _BLOCKS:
                    self.flush()
                if base in _HEADINGS:
                    self.heading -= 1
                    self.title -= base == "h1"
                if name.endswith("#main"):
                    self.main -= 1
                self.italic -= italic
                self.bold -= bold
            if base == tag:
                break

    def handle_data(self, data: str) -> None:
        if not self.drop:
            self.chunks.append((data, self.italic > 0, self.bold > 0))


def to_text(path: str, data: bytes) -> Reading:
    if b"\x00" in data[:4096]:
        raise DocumentError(f"{path}: looks like a binary file, not an HTML page", "binary")
    source = decode_text(data)
    if "<" not in source:
        raise DocumentError(f"{path}: not an HTML page (no tags)", "no_text")
    parser = _Parser()
    try:
        parser.feed(source)
        parser.close()
        parser.flush()
    except Exception as exc:  # noqa: BLE001 - html.parser is lenient; be safe anyway
        raise DocumentError(f"{path}: not a readable HTML page ({exc})", "damaged") from None
    paras = parser.main_paras or parser.paras
    return om.reading(path, render(paras), parser.meta)
