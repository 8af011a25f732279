"""The little markup a stored document's text carries (`# heading`, `*italic*`,
`**bold**`, `<sup>1</sup>`), turned into text to show and the stretches to format,
with a map from offsets into the stored text to positions in the shown text and back.

Nothing else is interpreted: other tags (`<img …>`, `<b>`) stay literal text. Positions
count as a QTextDocument counts them: "\\r\\n" is one paragraph break and a character
outside the Basic Multilingual Plane takes two positions. No Qt here.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

HEADING = re.compile(r"(#{1,6})[ \t]+(?=\S)")
# Superscripts first: a footnote marker inside an italic question stays a marker.
INLINE = re.compile(
    r"<sup>(?P<sup>[^<>\n]{1,12})</sup>"
    r"|\*\*(?P<bold>\S(?:[^*\n]*\S)?)\*\*"
    r"|\*(?P<italic>\S(?:[^*\n]*\S)?)\*"
)


@dataclass
class Rendered:
    """`text` to show; `formats` as (start, end, kind) in its positions, kind one of
    "italic", "bold", "sup", "h1" … "h6"; `to_qt[i]` the position of source offset i."""

    text: str
    formats: list[tuple[int, int, str]] = field(default_factory=list)
    to_qt: list[int] = field(default_factory=list)
    # The source offset of the character at each position (and len(source) at the end).
    at_qt: list[int] = field(default_factory=list)


def render(source: str) -> Rendered:
    """The text to show for `source`, its formats and the offset maps."""
    out: list[str] = []
    to_qt = [0] * (len(source) + 1)
    at_qt: list[int] = []
    formats: list[tuple[int, int, str]] = []
    position = 0
    dropped: list[int] = []  # source offsets waiting for the next shown character

    def keep(offset: int, ch: str) -> None:
        nonlocal position
        for d in dropped:
            to_qt[d] = position
        dropped.clear()
        to_qt[offset] = position
        if ch in "\ufdd0\ufdd1":  # code points QTextDocument reserves for frames
            ch = "\ufffd"
        out.append(ch)
        width = 2 if ch > "\uffff" else 1
        at_qt.extend([offset] * width)
        position += width

    def keep_range(start: int, end: int) -> None:
        for offset in range(start, end):
            ch = source[offset]
            if ch == "\r":
                if source[offset + 1 : offset + 2] == "\n":
                    dropped.append(offset)  # "\r\n" is one break: the "\n" shows it
                else:
                    keep(offset, "\n")
            else:
                keep(offset, ch)

    line_start = 0
    for line in source.splitlines(keepends=True):
        line_end = line_start + len(line.rstrip("\r\n"))
        start = line_start
        heading = HEADING.match(source, line_start, line_end)
        if heading:
            dropped.extend(range(heading.start(), heading.end()))
            start = heading.end()
        begin = position
        at = start
        for match in INLINE.finditer(source, start, line_end):
            keep_range(at, match.start())
            kind = match.lastgroup
            dropped.extend(range(match.start(), match.start(kind)))
            inner = position
            keep_range(match.start(kind), match.end(kind))
            formats.append((inner, position, kind))
            dropped.extend(range(match.end(kind), match.end()))
            at = match.end()
        keep_range(at, line_end)
        if heading and position > begin:
            formats.append((begin, position, f"h{len(heading.group(1))}"))
        keep_range(line_end, line_start + len(line))
        line_start += len(line)
    for d in dropped:
        to_qt[d] = position
    to_qt[len(source)] = position
    at_qt.append(len(source))
    return Rendered("".join(out), formats, to_qt, at_qt)


class OffsetMap:
    """Offsets into the stored text <-> positions in the shown text."""

    def __init__(self, rendered: Rendered) -> None:
        self._to_qt = rendered.to_qt
        self._at_qt = rendered.at_qt
        self.length = len(rendered.to_qt) - 1

    def to_qt(self, offset: int) -> int:
        return self._to_qt[min(max(offset, 0), self.length)]

    def to_py(self, position: int) -> int:
        """The first offset shown at or after `position` (markup before it included)."""
        return min(bisect_left(self._to_qt, position), self.length)

    def char_at(self, position: int) -> int:
        """The offset of the character shown at `position` (markup before it skipped)."""
        return self._at_qt[min(max(position, 0), len(self._at_qt) - 1)]

    def end_at(self, position: int) -> int:
        """The offset just after the character shown before `position`: where a
        selection ending at `position` ends (markup after it left out)."""
        if position <= 0:
            return 0
        return min(self.char_at(position - 1) + 1, self.length)
