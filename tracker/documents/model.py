"""The structured document every reader produces and extraction consumes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date


@dataclass
class Block:
    """One paragraph of clean plain text, with a map back into the source text.

    `text` has no Markdown emphasis, no footnote markers, no page headers, and
    words hyphenated across lines are joined. `offsets[i]` is the position in
    `Document.source` of `text[i]`, so any slice of `text` can be located in
    the original file. (The readers give a compact `array("i")`; any sequence of
    ints will do.)
    """

    kind: str  # "question" | "answer" | "heading" | "footnote" | "header" | "notice" | "other"
    text: str
    offsets: Sequence[int]

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
class Asker:
    """A member of the House who put written questions ("het lid Van der Lee (GroenLinks)")."""

    name: str
    party: str | None = None


@dataclass
class Exchange:
    """One question (or group of questions) and the answer given to it."""

    # Clean text of the question(s), paragraphs joined by a blank line ("\n\n");
    # "" where the answer has none (an introduction, an annex).
    question: str
    answer: list[Block]  # the answer's paragraphs, in order
    # The asking party: "VVD", "CDA", ...; Kamervragen by members of several parties:
    # "VVD, CDA" (each party once, in the order of the askers).
    faction: str | None = None
    # Heading of the section the exchange stands in; Kamervragen: "Vraag 3", "Vragen 4 en 5".
    section: str = ""
    number: str | None = None  # "3" or "4 en 5" (Kamervragen, a nota, a lijst van vragen)
    addressee: str | None = None  # whom the question was put to, "Staatssecretaris van ..."
    # What the exchange is: "answer" (an answer to a faction or a numbered question),
    # "introduction" (government text outside any faction section, e.g. "Inleiding"),
    # "annex" (a "Bijlage" after the answers; `section` then starts with "Bijlage"),
    # "letter" (the body of a letter to the House: no question), "remark" (a nota's faction
    # paragraph that gets no answer: `question` holds it, `answer` is empty).
    role: str = "answer"
    question_blocks: list[Block] = field(default_factory=list)  # the question(s), with offsets

    @property
    def answer_text(self) -> str:
        return "\n\n".join(b.text for b in self.answer)


@dataclass
class Document:
    """A parliamentary answer document, read from any format."""

    path: str
    source: str  # the text as read from the file (offsets refer to this)
    # "verslag" (schriftelijk overleg) | "kamervragen" | "nota" (nota naar aanleiding van
    # het (nader) verslag) | "vragenlijst" (lijst van vragen en antwoorden) | "brief" (a
    # letter) | "unknown"
    kind: str = "unknown"
    title: str = ""
    dossier: str | None = None  # "32637"
    number: str | None = None  # "448"
    # Date of the document: a verslag's or lijst's "Vastgesteld 10 maart 2021"; a nota's
    # "Ontvangen 27 maart 2024"; a letter's "Den Haag, 28 januari 2025"; for Kamervragen
    # the date the answers were received ("ontvangen"), as officielebekendmakingen dates them.
    date: date | None = None
    # Date the answers were given: "Bij brief van 9 maart 2021 zijn de vragen beantwoord";
    # for Kamervragen the "ontvangen" date; a nota or a letter: its date. Due dates like
    # "binnen drie maanden" count from it.
    reference_date: date | None = None
    official_id: str | None = None  # "kst-32637-448", "ah-tk-20222023-3649"
    addressee: str | None = None  # "Staatssecretaris van Economische Zaken en Klimaat"
    # Who answers: Kamervragen "Antwoord van Minister X (Economische Zaken en Klimaat)" ->
    # "Minister van Economische Zaken en Klimaat"; a verslag names no signer, so the
    # addressee the questions were put to (who answers them) stands in.
    answerer: str | None = None
    exchanges: list[Exchange] = field(default_factory=list)
    footnotes: dict[str, str] = field(default_factory=dict)
    # Added by the readers for both kinds (empty where the text does not say):
    dossier_title: str = ""  # "Bedrijfslevenbeleid"
    document_type: str = ""  # "Verslag van een schriftelijk overleg", "Antwoord op Kamervragen"
    subject: str = ""  # what the questions are about ("over ..." in the header)
    committee: str | None = None  # "vaste commissie voor Economische Zaken en Klimaat"
    addressees: list[str] = field(default_factory=list)  # each addressee, when several
    answerers: list[str] = field(default_factory=list)  # each signer of the answers
    on_behalf_of: list[str] = field(default_factory=list)  # "mede namens de Minister van ..."
    askers: list[Asker] = field(default_factory=list)  # Kamervragen: members who asked
    asked_date: date | None = None  # Kamervragen: "(ingezonden 2 oktober 2023)"
    case_number: str | None = None  # Kamervragen: zaaknummer "2023Z18321"
    notices: list[Block] = field(default_factory=list)  # "Mededeling": answers postponed
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
