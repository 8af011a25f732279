"""Cleaned paragraphs as the format readers (verslag, Kamervragen) work on them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from tracker.documents.cleaning import join
from tracker.documents.layout import Para
from tracker.documents.model import Block

# A paragraph that ends a sentence (closing quotes, brackets and footnote digits aside).
TERMINAL = re.compile(r"[.!?:;][»”\"')’\]]*$")


@dataclass
class Item:
    """One raw paragraph with its clean text."""

    para: Para
    text: str
    offsets: list[int]
    raw: str
    kind: str = ""  # set by the format reader: "header", "heading", "question", "answer", ...

    @property
    def line(self) -> int:
        return self.para.line

    def block(self, kind: str | None = None) -> Block:
        return Block(kind or self.kind, self.text, list(self.offsets))


def continues(prev: Item, item: Item) -> bool:
    """Whether `item` is the rest of `prev`, cut off by a page break (or a footnote block).

    The first part then stops mid-sentence; the rest starts with anything but a capital
    ("opleiding kan ...", "€ 10,6 miljoen ..."), or after a page header, with anything.
    """
    if not prev.text or not item.text or TERMINAL.search(prev.text):
        return False
    first = item.text[:1]
    return not first.isupper() or item.para.page_break or prev.text.endswith("-")


def merge(source: str, prev: Item, item: Item) -> None:
    """Append `item` to `prev` (both keep exact offsets)."""
    prev.text, prev.offsets = join(source, (prev.text, prev.offsets), (item.text, item.offsets))
    prev.raw = prev.raw + "\n" + item.raw


def excerpt(text: str, length: int = 60) -> str:
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"
