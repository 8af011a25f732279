"""Reader for answer documents as text: converted from PDF, plain or Markdown (the seed).

Recognises the kind of document, cuts the text into paragraphs (`layout`), cleans
each paragraph with exact offsets (`cleaning`) and hands them to the reader of
that kind (`verslag`, `kamervragen`).

What a reader guarantees:

* every `Block` of an exchange has clean text (no page headers or footers, codes,
  footnote numbers or texts, Markdown, line-end hyphenation) and `offsets` that map
  each character to its position in `Document.source`;
* odd text never raises: what could not be read is in `Document.warnings`, with a
  line (or, for one-line text, a character) position; a text without recognisable
  answers gets a "no answers found" warning;
* `Exchange.role` tells answers ("answer") from government text outside the faction
  sections ("introduction", which may still make promises) and annexes after the
  answers ("annex", whose `section` starts with "Bijlage": no faction asked for it);
  a letter ("brief") has one exchange without a question, role "letter";
* a nota naar aanleiding van het verslag ("nota") or lijst van vragen en antwoorden
  ("vragenlijst"): each numbered question with its "Antwoord" (see `nota`); a faction's
  remark without answer is an exchange with role "remark" and no answer.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from tracker.documents import brief, identity, kamervragen, nota, verslag
from tracker.documents.cleaning import clean
from tracker.documents.items import Item
from tracker.documents.layout import split
from tracker.documents.model import Document

# "Vragen van het lid X (Partij) aan de Minister van ... over ... (ingezonden 2 oktober 2023)"
_KAMERVRAGEN_HEADER = re.compile(
    r"Vragen\s+van\s+(?:het\s+lid|de\s+leden)\b[\s\S]{0,600}?\(ingezonden\s"
)
_AANHANGSEL = re.compile(r"\bah-tk-\d{8}-\d+|Aanhangsel\s+(?:van\s+de\s+)?Handelingen")
_VERSLAG_TITLE = re.compile(
    r"VERSLAG\s+VAN\s+EEN\s+SCHRIFTELIJK\s+OVERLEG|[Vv]erslag\s+van\s+een\s+schriftelijk\s+overleg"
)
_FACTIONS = re.compile(r"leden\s+van\s+de\s+[\w-]+-fractie|leden\s+van\s+de\s+fractie\s+van")
# (Markup before the marker stays on its line, `[^\S\n]`: `\s*` from every line start
# would run over all blank lines after it, quadratic time.)
_MARKERS = re.compile(r"(?:^|(?<=[.?!]\s))(?:[^\S\n]|[*_#])*(?:Vraag|Antwoord)\s+\d", re.M)


def detect_kind(source: str) -> str:
    """ "kamervragen", "verslag", "nota", "vragenlijst", "brief" or "unknown", from the
    wording of the text.

    The titles in the header decide; an answer that cites "Aanhangsel Handelingen" or
    mentions a faction does not, nor does a letter's reference to "de nota naar
    aanleiding van het verslag".
    """
    head = source[:8000]
    if _VERSLAG_TITLE.search(head):
        return "verslag"
    if kind := nota.detect(source[:3000]):
        return kind
    if _KAMERVRAGEN_HEADER.search(head):
        return "kamervragen"
    if brief.detect(source):
        return "brief"
    markers = len(_MARKERS.findall(source, 0, 200_000))
    if _AANHANGSEL.search(head) and markers:
        return "kamervragen"
    if _FACTIONS.search(source):
        return "verslag"
    if markers >= 2:
        return "kamervragen"
    return "unknown"


def parse(source: str, path: str = "", progress: Callable[[float], None] | None = None) -> Document:
    """Read the text of an answer document into a `Document` (never raises on odd text).
    `progress` is told how far it is (0 to 1): cutting the text into paragraphs is the
    first fifth, cleaning them the rest up to the last step."""
    tell = progress or (lambda _fraction: None)
    kind = detect_kind(source)
    tell(0.0)
    layout = split(source, kamervragen=kind == "kamervragen")
    tell(0.2)
    document = Document(path=path, source=source, kind=kind)
    document.warnings.extend(layout.warnings)
    items: list[Item] = []
    count = max(len(layout.paras), 1)
    for k, para in enumerate(layout.paras):
        if k % 64 == 0:
            tell(0.2 + 0.7 * k / count)
        text, offsets = clean(source, para.pieces, layout.drops, layout.markdown)
        if para.kind == "footnote":
            if kind in ("nota", "vragenlijst"):
                # a numbered question can look like a footnote; the nota reader decides
                if text:
                    items.append(Item(para, text, offsets, None, source=source))
            elif text and para.footnote:
                document.footnotes.setdefault(para.footnote, text)
            continue
        if not text and para.kind != "marker":
            continue
        items.append(Item(para, text, offsets, None, source=source))
    if kind == "kamervragen":
        kamervragen.build(document, items, layout)
    elif kind == "brief":
        brief.build(document, items, layout)
    elif kind in ("nota", "vragenlijst"):
        nota.build(document, items, layout)
    else:
        verslag.build(document, items, layout)
        if document.kind == "unknown":
            document.warnings.append(
                "document type not recognised (neither a verslag van een schriftelijk overleg "
                "nor Kamervragen); read as a verslag"
            )
    if document.kind == "brief":
        if not document.exchanges:
            document.warnings.append("no text found after the letter's header")
    elif not any(e.answer for e in document.exchanges if e.role == "answer"):
        if document.kind == "kamervragen":
            why = "no \u201cVraag 1\u201d / \u201cAntwoord 1\u201d blocks after the header"
        elif document.kind in ("nota", "vragenlijst"):
            why = "no numbered questions followed by an \u201cAntwoord\u201d"
        else:
            why = "no faction sections or questions followed by answers"
        document.warnings.append(f"no answers found: {why}")
    identity.complete(document)
    tell(1.0)
    return document
