"""Official XML (``<officiele-publicatie>``) from officielebekendmakingen.nl.

Parsed safely: a DOCTYPE or ENTITY declaration is refused before parsing (so no entity
expansion and no external files; `safe_xml`), then the elements become seed-like text:

* ``<kamerstuk>``: the head (``vergaderjaar``, ``dossiernummer``, dossier ``titel``,
  ``ondernummer``, stuk ``titel``) as the seed's header lines; in ``vrije-tekst``, ``al``
  paragraphs (wholly ``<nadruk type="cur">``: an italic question), ``kop`` of nested
  ``divisie`` as headings one level per nesting, ``tussenkop`` headings, ``lijst`` items,
  ``ondertekening`` as one paragraph;
* ``<kamervragen>``: ``kamervraagkop`` (``kamervraagnummer``, ``kamervraagomschrijving``
  "Vragen van het lid ... (ingezonden ...)", ``kamervraagopmerking`` "Antwoord van ...
  (ontvangen ...)"), then ``vraag`` / ``antwoord`` with their number as a ``nr`` attribute
  or a ``<nr>Vraag 1</nr>`` child, as "Vraag 1" / "Antwoord 1" markers;
* ``noot`` footnotes: a ``<sup>N</sup>`` reference where the note stands, and the note's
  text as a footnote paragraph after the paragraph.

Official metadata (the ``<metadata>`` block, and the publication's separate
``metadata.xml`` when it lies beside the file) is handed over as `Reading` metadata; the
separate file is the official record and wins where both name the same thing.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from tracker.documents import official_metadata as om
from tracker.documents import safe_xml
from tracker.documents.markup import Para, normalise, render
from tracker.documents.model import format_dossier
from tracker.documents.reader import DocumentError, Reading

_DECLARATION = re.compile(r"<!\s*(?:DOCTYPE|ENTITY)", re.I)
_SKIP = {"metadata", "meta"}
_NOTES = {"noot", "voetnoot"}
_PARAGRAPHS = {
    "al", "nr", "titel", "stuktitel", "tussenkop", "kop", "li", "entry", "regel",
    "kamervraagnummer", "kamervraagomschrijving", "kamervraagopmerking",
}  # fmt: skip
_SECTIONS = {"divisie", "hoofdstuk", "paragraaf", "afdeling"}
# Inside these the text is the body of the document, where a `kop` is a section heading.
_BODY = {"vrije-tekst", "tekst", "vraag", "antwoord"} | _SECTIONS


def _local(tag: object) -> str:
    return om.local(tag)


def _has_declaration(data: bytes) -> bool:
    if _DECLARATION.search(data.decode("latin-1")):
        return True
    if b"\x00" in data[:4]:  # UTF-16 or UTF-32: look at the characters, not the bytes
        for encoding in ("utf-32", "utf-16"):
            try:
                if _DECLARATION.search(data.decode(encoding)):
                    return True
            except UnicodeDecodeError:
                continue
    return False


def _italic(element: ET.Element) -> bool:
    """An `al` wholly inside one `<nadruk type="cur">` (a footnote after it may follow)."""
    children = [c for c in element if _local(c.tag) not in _NOTES]
    if (element.text or "").strip() or len(children) != 1:
        return False
    child = children[0]
    return (
        _local(child.tag) == "nadruk"
        and child.get("type", "cur") == "cur"
        and not (child.tail or "").strip()
        and all(not (c.tail or "").strip() for c in element if _local(c.tag) in _NOTES)
    )


def _heading(text: str, level: int) -> Para:
    """A heading of Markdown `level` (the markup module writes level 3 only)."""
    if level == 3:
        return Para(text, "heading")
    return Para(f"{'#' * level} {normalise(text).replace('*', '')}")


class _Renderer:
    """Walks the publication and collects paragraphs, footnotes after their paragraph."""

    def __init__(self) -> None:
        self.paras: list[Para] = []
        self.notes: list[tuple[str, str]] = []  # (number, text) waiting for their paragraph
        self.note_count = 0
        self.question_count = 0
        self.number: str | None = None  # a bare `kamervraagnummer`

    # -- inline text ---------------------------------------------------------------------

    def inline(self, element: ET.Element) -> str:
        """The text of `element`, with a <sup>N</sup> reference for each footnote in it."""
        parts = [element.text or ""]
        for child in element:
            name = _local(child.tag)
            if name in _NOTES:
                parts.append(f"<sup>{self.note(child)}</sup>")
            elif name not in _SKIP:
                parts.append(self.inline(child))
            parts.append(child.tail or "")
        return "".join(parts)

    def note(self, element: ET.Element) -> str:
        """Register a footnote; its number ("noot.nr", attribute "nr", or the next one)."""
        self.note_count += 1
        number = element.get("nr") or ""
        texts = []
        for child in element:
            if _local(child.tag) in ("noot.nr", "nootnr"):
                number = normalise("".join(child.itertext()))
            else:
                texts.append(self.inline(child))
        if not texts and element.text:
            texts.append(element.text)
        number = number.strip(" .)") or str(self.note_count)
        text = normalise(" ".join(texts))
        if text:
            self.notes.append((number, text))
        return number

    def add(self, para: Para) -> None:
        if normalise(para.text):
            self.paras.append(para)
        for number, text in self.notes:
            self.paras.append(Para(f"<sup>{number}</sup> {text}"))
        self.notes = []

    # -- blocks --------------------------------------------------------------------------

    def walk(self, element: ET.Element, depth: int = 0, body: bool = False) -> None:
        name = _local(element.tag)
        if name in _SKIP:
            return
        if name in _NOTES:
            self.note(element)
            self.add(Para(""))
            return
        body = body or name in _BODY
        if name in _SECTIONS:
            depth += 1
        handler = getattr(self, "_" + name.replace("-", "_").replace(".", "_"), None)
        if handler is not None:
            handler(element, depth, body)
            return
        if name in _PARAGRAPHS and not any(_local(c.tag) in _PARAGRAPHS for c in element):
            text = self.inline(element)
            if name == "tussenkop":
                self.add(_heading(text, min(max(depth + 2, 3), 6)))
            elif name in ("titel", "stuktitel"):
                self.add(Para(text, "bold"))
            elif _italic(element):
                self.add(Para(text, "italic"))
            else:
                self.add(Para(text))
            return
        if element.text and element.text.strip():
            self.add(Para(element.text))
        for child in element:
            self.walk(child, depth, body)
            if child.tail and child.tail.strip():
                self.add(Para(child.tail))

    def _kop(self, element: ET.Element, depth: int, body: bool) -> None:
        """A heading: "nr" and "titel" on one line; a section's kop heads its level."""
        text = " ".join(
            normalise(self.inline(c)) for c in element if _local(c.tag) not in _SKIP
        ) or self.inline(element)
        if body and depth:
            self.add(_heading(text, min(depth + 1, 6)))
        else:
            self.add(Para(text, "bold"))

    def _vergaderjaar(self, element: ET.Element, depth: int, body: bool) -> None:
        text = normalise(self.inline(element))
        if text and not text.lower().startswith("vergaderjaar"):
            text = f"Vergaderjaar {text}"
        self.add(Para(text))

    def _dossiernummer(self, element: ET.Element, depth: int, body: bool) -> None:
        parts = [normalise(t) for t in element.itertext() if t.strip()]
        self.add(Para(format_dossier(" ".join(parts)), "bold"))

    def _ondernummer(self, element: ET.Element, depth: int, body: bool) -> None:
        text = normalise("".join(element.itertext()))
        if re.fullmatch(r"\d+[a-z]?", text):
            text = f"Nr. {text}"
        self.add(Para(text, "bold"))

    def _kamervraagnummer(self, element: ET.Element, depth: int, body: bool) -> None:
        text = normalise("".join(element.itertext()))
        if re.fullmatch(r"\d{1,5}", text):
            self.number = text  # the aanhangselnummer; a bare number line is not text
        else:
            self.add(Para(text))  # a zaaknummer such as 2022Z10986

    def _ondertekening(self, element: ET.Element, depth: int, body: bool) -> None:
        lines = [normalise(self.inline(c)) for c in element if _local(c.tag) not in _SKIP]
        text = " ".join(t for t in lines if t) or self.inline(element)
        self.add(Para(text))

    def _lijst(self, element: ET.Element, depth: int, body: bool) -> None:
        for item in element:
            if _local(item.tag) != "li":
                self.walk(item, depth, body)
                continue
            mark = item.get("nr") or ""
            rest: list[ET.Element] = []
            for child in item:
                if _local(child.tag) in ("li.nr", "nr"):
                    mark = normalise("".join(child.itertext()))
                else:
                    rest.append(child)
            mark = mark if mark and mark not in "-–—•·" else "-"
            lead = normalise(item.text or "")
            if lead:  # text straight in the <li>, before any <al>
                self.add(Para(f"{mark} {lead}"))
            first = not lead
            for child in rest:
                if first and _local(child.tag) == "al":
                    self.add(Para(f"{mark} {normalise(self.inline(child))}"))
                    first = False
                else:
                    self.walk(child, depth, body)

    def _vraag(self, element: ET.Element, depth: int, body: bool) -> None:
        self.question_count += 1
        self._numbered(element, "Vraag", str(self.question_count), depth)

    def _antwoord(self, element: ET.Element, depth: int, body: bool) -> None:
        self._numbered(element, "Antwoord", "", depth)

    def _numbered(self, element: ET.Element, label: str, default: str, depth: int) -> None:
        """ "Vraag 1" / "Antwoord 1": from <nr>, from nr="1", or counted."""
        number = element.get("nr") or ""
        rest = []
        for child in element:
            if _local(child.tag) == "nr":
                number = normalise("".join(child.itertext()))
            else:
                rest.append(child)
        number = number or default
        marker = number if number.lower().startswith(label.lower()) else f"{label} {number}"
        self.add(Para(marker.strip()))
        if element.text and element.text.strip():
            self.add(Para(element.text))
        for child in rest:
            self.walk(child, depth, True)
            if child.tail and child.tail.strip():
                self.add(Para(child.tail))


def _metadata_file_error(path: str) -> DocumentError:
    return DocumentError(
        f"{path}: this is an official metadata file, not a document; import the "
        "publication it belongs to (the .xml or .html beside it), which reads this file",
        "metadata_file",
    )


def to_text(path: str, data: bytes) -> Reading:
    if _has_declaration(data):
        raise DocumentError(
            f"{path}: XML with a DOCTYPE or ENTITY declaration is refused (unsafe to parse)",
            "unsafe_xml",
        )
    try:
        root = safe_xml.parse(data)
    except safe_xml.UnsafeXmlError:
        raise DocumentError(
            f"{path}: XML with a DOCTYPE or ENTITY declaration is refused (unsafe to parse)",
            "unsafe_xml",
        ) from None
    except ET.ParseError as exc:
        raise DocumentError(f"{path}: malformed XML ({exc})", "malformed_xml") from None
    if _local(root.tag) != "officiele-publicatie":
        if _local(root.tag) in om.METADATA_ROOTS or om.is_metadata_name(path):
            raise _metadata_file_error(path)
        raise DocumentError(
            f"{path}: not an official publication (root element <{_local(root.tag)}>, "
            "expected <officiele-publicatie>)",
            "not_publication",
        )
    renderer = _Renderer()
    try:
        for child in root:
            if _local(child.tag) == "kamervragen":
                renderer.paras.append(Para("Aanhangsel van de Handelingen"))
            renderer.walk(child)
    except RecursionError:
        raise DocumentError(
            f"{path}: XML nested too deeply to be a publication", "damaged"
        ) from None
    renderer.add(Para(""))
    inline: om.Pairs = {}
    for child in root:
        if _local(child.tag) == "metadata":
            for name, values in om.pairs_in(child).items():
                inline.setdefault(name, []).extend(values)
    return om.reading(path, render(renderer.paras), inline, renderer.number)
