"""Official XML (``<officiele-publicatie>``) from officielebekendmakingen.nl.

Parsed safely: a DOCTYPE or ENTITY declaration is refused before parsing (so no entity
expansion and no external files), then the elements become seed-like text.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from tracker.documents.markup import Para, normalise, render
from tracker.documents.reader import DocumentError

_DECLARATION = re.compile(r"<!\s*(?:DOCTYPE|ENTITY)", re.I)
_SKIP = {"metadata", "meta", "noot", "voetnoot"}  # metadata and footnote texts
_PARAGRAPHS = {"al", "nr", "titel", "tussenkop", "kop", "li", "entry", "regel", "ondertekening"}
_HEADINGS = {"tussenkop", "kop"}
_TITLES = {"titel"}


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


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


def _text(element: ET.Element) -> str:
    parts = [element.text or ""]
    for child in element:
        if _local(child.tag) not in _SKIP:
            parts.append(_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _italic(element: ET.Element) -> bool:
    """An `al` wholly inside one `<nadruk type="cur">`."""
    children = list(element)
    if (element.text or "").strip() or len(children) != 1:
        return False
    child = children[0]
    return (
        _local(child.tag) == "nadruk"
        and child.get("type", "cur") == "cur"
        and not (child.tail or "").strip()
    )


def _walk(element: ET.Element, paras: list[Para]) -> None:
    name = _local(element.tag)
    if name in _SKIP:
        return
    if name in _PARAGRAPHS and not any(_local(c.tag) in _PARAGRAPHS for c in element):
        text = normalise(_text(element))
        if text:
            if name in _HEADINGS:
                style = "heading"
            elif name in _TITLES:
                style = "bold"
            elif _italic(element):
                style = "italic"
            else:
                style = "plain"
            paras.append(Para(text, style))
        return
    if element.text and element.text.strip():
        paras.append(Para(element.text))
    for child in element:
        _walk(child, paras)
        if child.tail and child.tail.strip():
            paras.append(Para(child.tail))


def to_text(path: str, data: bytes) -> str:
    if _has_declaration(data):
        raise DocumentError(
            f"{path}: XML with a DOCTYPE or ENTITY declaration is refused (unsafe to parse)"
        )
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        raise DocumentError(f"{path}: malformed XML ({exc})") from None
    if _local(root.tag) != "officiele-publicatie":
        raise DocumentError(
            f"{path}: not an official publication (root element <{_local(root.tag)}>, "
            "expected <officiele-publicatie>)"
        )
    paras: list[Para] = []
    _walk(root, paras)
    return render(paras)
