"""Cleaned paragraphs as the format readers (verslag, Kamervragen) work on them."""

from __future__ import annotations

import re

from tracker.documents.cleaning import join_all
from tracker.documents.layout import Para
from tracker.documents.model import Block
from tracker.documents.offsets import Offsets, as_offsets

# A paragraph that ends a sentence (closing quotes, brackets and footnote digits aside).
TERMINAL = re.compile(r"[.!?:;][»”\"')’\]]*$")


class Item:
    """One raw paragraph with its clean text.

    Parts merged into it (`merge`: the rest of a paragraph that a page break cut) are
    kept aside and joined once, when its `text`, `offsets` or `raw` are read: a long
    run of merges costs time and memory in proportion to its length, not its square.
    """

    def __init__(
        self, para: Para, text: str, offsets: Offsets, raw: str | None, kind: str = "", source=""
    ):
        self.para = para
        self._text = text
        self._offsets = offsets
        # None: `para`'s pieces of `source`, cut out each time they are read (the raw text
        # of every paragraph is not held beside the source while a large file is read)
        self._raw = raw
        self._raw_source = source
        self._rest: list[Item] = []  # merged parts not yet joined
        self._tail = text  # the text of the last part: what `continues` looks at
        self.kind = kind  # set by the format reader: "header", "heading", "question", ...
        self._source = ""

    def _join(self) -> None:
        if self._rest:
            rest, self._rest = self._rest, []
            self._text, self._offsets = join_all(
                self._source, [(self._text, self._offsets)] + [(i.text, i.offsets) for i in rest]
            )
            first = self.para.raw(self._raw_source) if self._raw is None else self._raw
            self._raw = "\n".join([first] + [i.raw for i in rest])

    @property
    def text(self) -> str:
        self._join()
        return self._text

    @text.setter
    def text(self, value: str) -> None:
        self._join()
        self._text = self._tail = value

    @property
    def offsets(self) -> Offsets:
        self._join()
        return self._offsets

    @offsets.setter
    def offsets(self, value: Offsets) -> None:
        self._join()
        self._offsets = value

    @property
    def raw(self) -> str:
        self._join()
        return self.para.raw(self._raw_source) if self._raw is None else self._raw

    def like(self, text: str, offsets: Offsets, kind: str = "") -> Item:
        """An item of the same paragraph (and raw text) with other clean text."""
        self._join()
        return Item(self.para, text, offsets, self._raw, kind, self._raw_source)

    @property
    def line(self) -> int:
        return self.para.line

    def block(self, kind: str | None = None) -> Block:
        return Block(kind or self.kind, self.text, as_offsets(self.offsets))


def continues(prev: Item, item: Item) -> bool:
    """Whether `item` is the rest of `prev`, cut off by a page break (or a footnote block).

    The first part then stops mid-sentence; the rest starts with anything but a capital
    ("opleiding kan ...", "€ 10,6 miljoen ..."), or after a page header, with anything.
    (Only the end of `prev` is looked at: its last part, without joining its parts.)
    """
    end = prev._tail
    if not end or not item.text or TERMINAL.search(end, max(0, len(end) - 200)):
        return False
    first = item.text[:1]
    return not first.isupper() or item.para.page_break or end.endswith("-")


def merge(source: str, prev: Item, item: Item) -> None:
    """Append `item` to `prev` (both keep exact offsets; joined when `prev` is read)."""
    prev._source = source
    prev._rest.append(item)
    prev._tail = item.text or prev._tail


def excerpt(text: str, length: int = 60) -> str:
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"
