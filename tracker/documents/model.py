"""The structured document every reader produces and extraction consumes."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass
class Block:
    """One paragraph of clean plain text, with a map back into the source text.

    `text` has no Markdown emphasis, no footnote markers, no page headers, and
    words hyphenated across lines are joined. `offsets[i]` is the position in
    `Document.source` of `text[i]`, so any slice of `text` can be located in
    the original file.
    """

    kind: str  # "question" | "answer" | "heading" | "footnote" | "header" | "other"
    text: str
    offsets: list[int]

    @property
    def start(self) -> int:
        return self.offsets[0] if self.offsets else 0

    @property
    def end(self) -> int:
        return self.offsets[-1] + 1 if self.offsets else 0

    def source_span(self, i: int, j: int) -> tuple[int, int]:
        """Source offsets (start, end) of `text[i:j]`."""
        if not self.offsets or i >= j:
            pos = self.offsets[min(i, len(self.offsets) - 1)] if self.offsets else 0
            return pos, pos
        return self.offsets[i], self.offsets[j - 1] + 1


@dataclass
class Exchange:
    """One question (or group of questions) and the answer given to it."""

    question: str  # clean text of the question(s); "" where the answer has none
    answer: list[Block]  # the answer's paragraphs, in order
    faction: str | None = None  # "VVD", "CDA", ... (the asking party)
    section: str = ""  # heading of the section the exchange stands in
    number: str | None = None  # "3" or "4 en 5" for Kamervragen
    addressee: str | None = None  # whom the question was put to, "Staatssecretaris van ..."

    @property
    def answer_text(self) -> str:
        return "\n\n".join(b.text for b in self.answer)


@dataclass
class Document:
    """A parliamentary answer document, read from any format."""

    path: str
    source: str  # the text as read from the file (offsets refer to this)
    kind: str = "unknown"  # "verslag" (schriftelijk overleg) | "kamervragen" | "unknown"
    title: str = ""
    dossier: str | None = None  # "32637"
    number: str | None = None  # "448"
    date: date | None = None  # date of the document ("Vastgesteld 10 maart 2021")
    reference_date: date | None = None  # date the answers were given
    official_id: str | None = None  # "kst-32637-448", "ah-tk-20222023-3649"
    addressee: str | None = None  # "Staatssecretaris van Economische Zaken en Klimaat"
    answerer: str | None = None  # who signed the answers, where the text says
    exchanges: list[Exchange] = field(default_factory=list)
    footnotes: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)  # what could not be read, and where
    content_hash: str = ""

    @property
    def reference(self) -> str:
        """The citation staff use: "Kamerstuk 32 637, nr. 448"."""
        if self.kind == "kamervragen" and self.official_id:
            return f"Aanhangsel Handelingen {self.official_id}"
        if self.dossier and self.number:
            return f"Kamerstuk {format_dossier(self.dossier)}, nr. {self.number}"
        return self.title or self.path

    @property
    def url(self) -> str | None:
        """Link to the official publication on officielebekendmakingen.nl."""
        if self.official_id:
            return f"https://zoek.officielebekendmakingen.nl/{self.official_id}.html"
        return None


def format_dossier(dossier: str) -> str:
    """Write a dossier number the way parliamentary documents do: "32637" -> "32 637"."""
    digits, _, rest = dossier.partition(" ")
    if digits.isdigit() and len(digits) > 3:
        digits = f"{digits[:-3]} {digits[-3:]}"
    return f"{digits} {rest}".strip()
