"""Clean plain text out of raw paragraphs, keeping for every character its source offset.

A raw paragraph is a list of source intervals (a page break may cut a paragraph in
two, with footnotes and a page footer in between). Cleaning removes what is not
text — page furniture, footnote references, Markdown — joins words hyphenated
across a line end and collapses whitespace. Every step is an edit list applied by
slicing, so the offsets stay exact and long documents stay fast. Offsets are kept as
runs (`offsets.Offsets`), not one int a character: a document's memory stays in
proportion to its size.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from tracker.documents.offsets import Offsets

Edit = tuple[int, int, str]  # replace text[start:end] by a string no longer than the span

_SUP = re.compile(r"<sup>\s*[^<]{0,12}?\s*</sup>", re.I)
_TAG = re.compile(r"</?(?:sup|sub|em|strong|i|b|u|span|br|p)\b[^>]*>", re.I)
_LINE_START_MARK = re.compile(r"(?m)^[ \t]*(?:#{1,6}[ \t]+|>[ \t]?|[-*+•▪◦][ \t]+)")
_STARS = re.compile(r"\*{1,3}")
_UNDERSCORES = re.compile(r"(?<![\w\\])_{1,3}(?=\S)|(?<=\S)_{1,3}(?!\w)")
_MARK_CHARS = set("#>-*+•▪◦")
# A Markdown link "[text](url)", the url with at most one level of brackets. No part can
# scan past the next bracket, so a long line of "[a](" stays linear (it was quadratic).
_LINK = re.compile(r"\[([^\[\]]*)\]\((?:[^()\s]|\([^()]*\))*+\)")
_AUTOLINK = re.compile(r"<((?:https?://|www\.)[^>\s]+)>")
_ESCAPE = re.compile(r"\\(?=[\\_*\[\]()#<>`~|!.-])")
_SOFT_HYPHEN = re.compile("\u00ad")
_HYPHEN_BREAK = re.compile(r"(?<=[^\W\d_])-(\s+)(?=[^\W\d_])")
# A URL that a line end cut: "https://capaciteitskaart.\nnetbeheernederland.nl"
_URL_BREAK = re.compile(r"(?:https?://|www\.)[^\s<>]*[./_=?&#-]\n(?=[a-z0-9/])")
_WORD_BEFORE = re.compile(r"([^\W\d_][\w]*)$")
_WORD_AFTER = re.compile(r"[\w/]+")

# "kennis- en talentstrategie", "mbo- of hbo-opleiding", "van overschot- naar tekortsectoren":
# Dutch shortens compounds that share their last part; the hyphen then stays, with a space.
SHARED_PART_WORDS = {"en", "of", "tot", "naar", "noch", "als", "dan", "en/of", "t/m", "versus"}

# Abbreviations written with a hyphen before the noun they qualify ("mbo-instellingen"):
# a line break after their hyphen keeps the hyphen.
HYPHEN_PREFIXES = set(
    "mbo hbo wo vmbo havo vwo vo po ict mkb zzp ggz ov eu btw wmo cao aow uwv sbb oeso ser "
    "ocw ezk szw".split()
)


def raw_text(source: str, pieces: list[tuple[int, int]]) -> tuple[str, Offsets]:
    """The raw text of a paragraph made of source intervals, and its offsets.

    Pieces that do not touch are separated by a newline that maps to the source
    position right after the earlier piece (a line end, usually).
    """
    offsets = Offsets()
    parts: list[str] = []
    end = None
    for a, b in pieces:
        if end is not None and a != end:
            parts.append("\n")
            offsets.append(min(end, len(source) - 1))
        parts.append(source[a:b])
        offsets.extend(range(a, b))
        end = b
    return "".join(parts), offsets


def apply_edits(text: str, offsets: Offsets, edits: list[Edit]) -> tuple[str, Offsets]:
    """Apply replacements (sorted or not; overlapping ones are trimmed or skipped)."""
    if not edits:
        return text, offsets
    edits.sort()
    parts: list[str] = []
    offs = Offsets()
    pos = 0
    for start, end, rep in edits:
        if start < pos:
            if rep or end <= pos:
                continue
            start = pos
        parts.append(text[pos:start])
        offs.extend(offsets[pos:start])
        if rep:
            parts.append(rep)
            offs.extend(offsets[start : start + len(rep)])
        pos = end
    parts.append(text[pos:])
    offs.extend(offsets[pos:])
    return "".join(parts), offs


def markup_edits(text: str, markdown: bool) -> list[Edit]:
    """Deletions of Markdown/HTML markup in a raw paragraph."""
    edits: list[Edit] = []
    if "\u00ad" in text:
        edits += [(m.start(), m.end(), "") for m in _SOFT_HYPHEN.finditer(text)]
    if "<" in text:
        edits += [(m.start(), m.end(), "") for m in _SUP.finditer(text)]
        edits += [(m.start(), m.end(), "") for m in _TAG.finditer(text)]
        for m in _AUTOLINK.finditer(text):
            edits += [(m.start(), m.start(1), ""), (m.end(1), m.end(), "")]
    if text[:8].lstrip()[:1] in _MARK_CHARS or "\n" in text:
        edits += [(m.start(), m.end(), "") for m in _LINE_START_MARK.finditer(text)]
    if "\n" in text and ("://" in text or "www." in text):
        edits += [(m.end() - 1, m.end(), "") for m in _URL_BREAK.finditer(text)]
    if not markdown:
        return edits
    if "](" in text:
        for m in _LINK.finditer(text):
            edits += [(m.start(), m.start(1), ""), (m.end(1), m.end(), "")]
    if "*" in text:
        edits += [(m.start(), m.end(), "") for m in _STARS.finditer(text)]
    if "_" in text:
        edits += [(m.start(), m.end(), "") for m in _UNDERSCORES.finditer(text)]
    if "\\" in text:
        edits += [(m.start(), m.end(), "") for m in _ESCAPE.finditer(text)]
    return edits


def span_edits(offsets: Offsets, spans: Sequence[tuple[int, int]]) -> list[Edit]:
    """Deletions, in text positions, of the given source spans (sorted by start)."""
    if not spans or not offsets:
        return []
    lo, hi = offsets[0], offsets[-1] + 1
    # (the spans are sorted: `(lo,)` sorts before every span starting at lo)
    k = max(bisect_left(spans, (lo,)) - 1, 0)
    edits: list[Edit] = []
    while k < len(spans) and spans[k][0] < hi:
        a, b = spans[k]
        k += 1
        if b <= lo:
            continue
        i = bisect_left(offsets, a)
        j = bisect_left(offsets, b)
        if i < j:
            edits.append((i, j, ""))
    return edits


def hyphen_edits(text: str) -> list[Edit]:
    """Rejoin words split by a hyphen at a line end ("emissiefacto-\\nren", "zorgverzeke- raars").

    Keeps the hyphen and one space in shortened compounds ("mbo- en hbo-instellingen"),
    keeps the hyphen without the space after abbreviations and capitals ("mbo-instellingen",
    "EU-landen", "Noord-Brabant") and leaves dashes used as brackets alone
    ("-ongeacht voordiploma- werken").
    """
    edits: list[Edit] = []
    for m in _HYPHEN_BREAK.finditer(text):
        after = _WORD_AFTER.match(text, m.end())
        nxt = after.group(0) if after else ""
        if nxt.lower() in SHARED_PART_WORDS:
            continue
        before = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
        word = before.group(1) if before else ""
        if word.lower() in HYPHEN_PREFIXES or word[-1:].isupper() or nxt[:1].isupper():
            edits.append((m.start(1), m.end(1), ""))
            continue
        window = text[max(0, m.start() - 80) : m.start()]
        if re.search(r"(?:^|\s)[-–][^\W\d_]", window) and "\n" not in m.group(1):
            continue  # "-ongeacht voordiploma- werken": a dash pair, not a broken word
        edits.append((m.start(), m.end(), ""))
    return edits


_SPACE_EDIT = re.compile(r"[^\S ]+\s*| (?:\s+|(?=[.,;:!?)]))")


def whitespace_edits(text: str, offsets: Offsets, source: str) -> list[Edit]:
    """Collapse whitespace to single spaces, strip the ends, and drop a space that a
    removed footnote or page footer left before punctuation ("personeel ." -> "personeel.")."""
    edits: list[Edit] = []
    n = len(text)
    lead = len(text) - len(text.lstrip())
    if lead:
        edits.append((0, lead, ""))
    trail = len(text.rstrip())
    if trail < n and trail >= lead:
        edits.append((trail, n, ""))
    for m in _SPACE_EDIT.finditer(text, lead, trail):
        a, b = m.span()
        if b < n and text[b] in ".,;:!?)" and _removed_between(offsets[a - 1], offsets[b], source):
            edits.append((a, b, ""))
        elif b - a > 1 or text[a] != " ":
            edits.append((a, b, " "))
    return edits


def _removed_between(a: int, b: int, source: str) -> bool:
    """Whether anything but whitespace stood in the source between positions a and b."""
    return b - a > 1 and bool(source[a + 1 : b].strip())


def clean(
    source: str,
    pieces: list[tuple[int, int]],
    drops: Sequence[tuple[int, int]] = (),
    markdown: bool = True,
) -> tuple[str, Offsets]:
    """Plain text and offsets of a raw paragraph, without the `drops` source spans."""
    text, offsets = raw_text(source, pieces)
    edits = span_edits(offsets, drops) if drops else []
    edits += markup_edits(text, markdown)
    text, offsets = apply_edits(text, offsets, edits)
    if "-" in text:
        text, offsets = apply_edits(text, offsets, hyphen_edits(text))
    return apply_edits(text, offsets, whitespace_edits(text, offsets, source))


def join_all(source: str, parts: list[tuple[str, Offsets]]) -> tuple[str, Offsets]:
    """Join the parts of a paragraph that page breaks separated, each with a space, in
    one pass (time and memory in proportion to the paragraph). A word broken at a page
    end ("Maatschappelijk Verant-" + "woord Ondernemen") is joined again."""
    text_parts: list[str] = []
    offs = Offsets()
    junctions: list[int] = []  # positions of the joining spaces after a hyphen
    length = 0
    for k, (text, offsets) in enumerate(parts):
        if k:
            space = _space_after(source, offs[-1] + 1 if offs else 0)
            if text_parts[-1].endswith("-"):
                junctions.append(length)
            text_parts.append(" ")
            offs.append(space)
            length += 1
        text_parts.append(text)
        offs.extend(offsets)
        length += len(text)
    joined = "".join(text_parts)
    edits: list[Edit] = []
    for at in junctions:
        # The hyphen rules look at most 80 characters back and one word ahead.
        start = max(0, at - 200)
        window = joined[start : at + 200]
        for a, b, rep in hyphen_edits(window):
            if a + start <= at < b + start:
                edits.append((a + start, b + start, rep))
    return apply_edits(joined, offs, edits)


def _space_after(source: str, pos: int) -> int:
    """A whitespace position at or after `pos` (what a joining space points to)."""
    for k in range(pos, min(pos + 200, len(source))):
        if source[k].isspace():
            return k
    return min(pos, len(source) - 1)
