"""Kamerstukken of numbered questions each followed by the government's answer.

Two kinds share this layout:

* a "nota naar aanleiding van het (nader) verslag" (kind "nota"): the committee's
  verslag on a bill, with the government's answers put in. Each question paragraph
  carries a number ("14 De leden van de NSC-fractie ... vragen ...", "5, 6 en 7 De
  leden ...", "10 Kan de regering ...?") and is followed by a paragraph that starts
  "Antwoord". Faction paragraphs without a number are opinions or remarks that get no
  answer ("De leden van de ChristenUnie-fractie onderschrijven het doel ..."). The
  government's own opening ("Met belangstelling heb ik kennisgenomen van de vragen
  ...") is its introduction. The date is the day the nota was received ("Ontvangen
  27 maart 2024");
* a "lijst van vragen en antwoorden" (kind "vragenlijst"): the committee's numbered
  questions on a budget or a letter ("1 Hoeveel ...?" or "Vraag 1 ..."), each
  followed by its answer ("Antwoord ..." / "Antwoord 1 ..."), dated "Vastgesteld ...".

Every numbered question becomes the question of an exchange (role "answer") whose
answer is the "Antwoord" that follows it; a faction's remark without an answer is an
exchange with role "remark" and no answer, so extraction (which reads answers only)
never takes a commitment from it. A question that names no faction ("Deze leden
vragen ...", "10 Kan de regering ...?") belongs to the faction named before it.

An older nota without "Antwoord" labels sets the questions in italics and the answers
in roman type, as a verslag does; it is read by the verslag reader and stays a "nota".
"""

from __future__ import annotations

import re

from tracker.documents import verslag
from tracker.documents.items import Item, continues, excerpt, merge
from tracker.documents.layout import Layout, where
from tracker.documents.metadata import DATE_PHRASE, faction_of, parse_dutch_date, read_header
from tracker.documents.model import Document, Exchange

# The document type in the header: "Nr. 6 NOTA NAAR AANLEIDING VAN HET VERSLAG", or
# written in sentence case on a line of its own (Markdown or HTML titles).
_NOTA_TITLE = re.compile(
    r"NOTA\s+NAAR\s+AANLEIDING\s+VAN\s+HET\s+(?:NADER\s+|TWEEDE\s+NADER\s+)?VERSLAG"
    r"|(?:^|\bNr\.\s*\d+\s+)[*_#\s]*Nota\s+naar\s+aanleiding\s+van\s+het\s+(?:nader\s+)?verslag",
    re.M,
)
_LIJST_TITLE = re.compile(
    r"LIJST\s+VAN\s+VRAGEN\s+EN\s+ANTWOORDEN"
    r"|(?:^|\bNr\.\s*\d+\s+)[*_#\s]*Lijst\s+van\s+vragen\s+en\s+antwoorden",
    re.M,
)
_NUMS = r"\d{1,3}[a-z]?(?:\s*(?:,|en|t/m|tot\s+en\s+met|[-–])\s*\d{1,3}[a-z]?)*"
# "14 De leden ...", "5, 6 en 7 De leden ...", "Vraag 3: Hoeveel ...", "Vragen 4 en 5"
# (a number alone on its line stands before the question it belongs to)
_QUESTION_NUMBER = re.compile(
    rf"(?:Vragen|Vraag)\s+(?P<a>{_NUMS})\s*[:.]?\s*"
    rf"|(?P<b>{_NUMS})(?:[.)]?\s+(?=[A-ZÀ-Ý«„\"‘“(])|\s*$)"
)
# "Antwoord De regering ...", "Antwoord 3: ...", "Antwoord op vraag 3", "Antwoord" alone
_ANSWER_LABEL = re.compile(
    rf"(?:Antwoorden|Antwoord)(?:\s+(?:op\s+)?(?:vragen|vraag))?(?:\s+(?P<nums>{_NUMS}))?"
    r"\s*[:.]?(?:\s+(?=[A-ZÀ-Ý0-9«„\"‘“(])|\s*$)"
)
# A paragraph in the committee's voice: a faction speaks ("De leden van de ...", "Deze
# leden ...", "Het lid van de ...", "Zij vragen ...").
_FACTION_VOICE = re.compile(
    r"(?:(?:Ook|Tevens|Voorts|Verder|Daarnaast|Vervolgens|Tot\s+slot|Ten\s+slotte)\s+)?"
    r"(?:(?:De|de)\s+leden|Deze\s+leden|Het\s+lid\s+van|Zij\s+(?:vragen|lezen|willen|"
    r"constateren|merken|hebben|zijn|achten|vinden|verzoeken|missen))\b"
)
# The government opens its nota in its own voice: "Met belangstelling heb ik
# kennisgenomen van de vragen ...", "De regering dankt de leden ...".
_INTRODUCTION = re.compile(
    r"(?:Met\s+(?:belangstelling|interesse|waardering)\s+(?:heb(?:ben)?\s+(?:ik|wij|we)"
    r"|hebben\s+(?:wij|we))|(?:Graag|Hierbij)\s+(?:ga|gaan|beantwoord|beantwoorden)\s+"
    r"(?:ik|wij|we)|(?:Ik|Wij)\s+(?:dank|danken|bedank|bedanken)\b|De\s+regering\s+"
    r"(?:dankt|bedankt|heeft\s+met)|Het\s+kabinet\s+(?:dankt|bedankt|heeft\s+met))"
)
# Words only the committee uses of itself: a paragraph with them is no government answer.
_ASKING = re.compile(r"\b(?:[Dd]eze|[Dd]e)\s+leden\b|\?$")
_ANNEX = re.compile(r"Bijlage\b", re.I)
# The signature under the answers: "De Minister van Economische Zaken en Klimaat,
# M.A.M. Adriaansens" (the name may stand on the next line).
_SIGNATURE = re.compile(
    r"(?P<office>De\s+(?:Minister|Staatssecretaris|Minister-President)\b[^.,]{0,100}"
    r"(?:,\s+[A-Z]\w+\s+en\s+[A-Z][^.,]{0,60})?),(?:\s*[A-Z][\w.\s'-]{0,60})?"
)
# "Artikel 3" above the questions on that article (the artikelsgewijze toelichting)
_ARTICLE = re.compile(r"(?:Artikel|Hoofdstuk|Paragraaf|Onderdeel)\s+[\dIVXLC]+[a-z]?")
_RECEIVED = re.compile(r"\bOntvangen\s+(" + DATE_PHRASE + ")", re.I)
# A lijst: "De Minister heeft deze vragen beantwoord bij brief van 10 april 2024."
_ANSWERED_BY_LETTER = re.compile(
    r"beantwoord\s+bij\s+brief\s+van\s+("
    + DATE_PHRASE
    + r")|[Bb]ij\s+brief\s+van\s+("
    + DATE_PHRASE
    + r")[^.]{0,120}?beantwoord"
)


def detect(head: str) -> str | None:
    """ "nota" or "vragenlijst" when the header names that document type, else None."""
    if _NOTA_TITLE.search(head):
        return "nota"
    if _LIJST_TITLE.search(head):
        return "vragenlijst"
    return None


def _split_label(item: Item, m: re.Match[str]) -> None:
    """Drop a leading label ("14 ", "Antwoord ") from the item's text, keeping offsets."""
    cut = m.end()
    item.text, item.offsets = item.text[cut:], item.offsets[cut:]


def _numbers(text: str) -> str:
    """ "5, 6 en 7" as written, whitespace collapsed."""
    return re.sub(r"\s+", " ", text).strip(" ,")


def _classify(item: Item) -> tuple[str, str | None]:
    """(kind, number) of a body paragraph: "heading", "question" (numbered),
    "answer_label", "faction", "introduction" or "text"."""
    text = item.text
    if m := _ANSWER_LABEL.match(text):
        number = m.group("nums")
        _split_label(item, m)
        return "answer_label", _numbers(number) if number else None
    if item.para.kind == "heading" or _heading(item):
        return "heading", None
    if m := _QUESTION_NUMBER.match(text):
        number = m.group("a") or m.group("b")
        _split_label(item, m)
        return "question", _numbers(number)
    if _FACTION_VOICE.match(text):
        return "faction", None
    if _INTRODUCTION.match(text):
        return "introduction", None
    return "text", None


def _heading(item: Item) -> bool:
    """A short line that ends no sentence, set in bold or italics ("*2.1 Voorgeschiedenis*")
    or numbered as a section ("1. Inleiding", "II. Artikelsgewijze toelichting")."""
    raw = item.raw.strip()
    if len(item.text) > 150 or "\n" in raw or re.search(r"[.?!:;,]$", item.text):
        return False
    marked = (raw.startswith("**") and raw.endswith("**")) or (
        raw.startswith("*") and raw.endswith("*")
    )
    numbered = bool(re.match(r"(?:[IVX]+\.|\d+\.(?:\d+\.?)*)\s+[A-Z]", item.text))
    article = bool(_ARTICLE.fullmatch(item.text))
    return marked or article or (numbered and len(item.text) <= 100)


def build(document: Document, items: list[Item], layout: Layout) -> None:
    """Fill header fields and exchanges of a nota or a lijst van vragen en antwoorden."""
    if not any(_ANSWER_LABEL.match(i.text) for i in items):
        # An older nota quotes each question in italics and answers it in roman type,
        # without "Antwoord": the layout of a verslag.
        verslag.build(document, items, layout)
        _dates(document, [i for i in items if i.kind == "header"])
        return
    title = next((k for k, i in enumerate(items[:40]) if detect(i.text)), -1)
    start = next(
        (k for k in range(title + 1, len(items)) if _classify_copy(items[k])[0] != "text"),
        len(items),
    )
    header = items[:start]
    for item in header:
        item.kind = "header"
    read_header(document, [i.block() for i in header])
    _dates(document, header)
    body = items[start:]
    refs = {r.number for r in layout.refs}
    document.exchanges = _exchanges(document, body, refs)
    _number_gaps(document.exchanges)
    for exchange in document.exchanges:
        exchange.addressee = document.addressee


def _dates(document: Document, header: list[Item]) -> None:
    """A nota's "Ontvangen ..." date; the reference date of a nota or a lijst."""
    head = "\n".join(i.text for i in header)
    if m := _RECEIVED.search(head):
        document.date = parse_dutch_date(m.group(1))
    if m := _ANSWERED_BY_LETTER.search(head):
        document.reference_date = parse_dutch_date(m.group(1) or m.group(2))
    else:
        # a nota answers on the day it is received; a lijst on the day it is fixed
        document.reference_date = document.date


def _classify_copy(item: Item) -> tuple[str, str | None]:
    """`_classify` without cutting the item's label (for finding the header's end)."""
    return _classify(item.like(item.text, item.offsets))


def _first_number(numbers: str) -> int:
    m = re.match(r"\d+", numbers)
    return int(m.group(0)) if m else 0


def _last_number(numbers: str) -> int:
    found = re.findall(r"\d+", numbers)
    return int(found[-1]) if found else 0


class _Exchanges:
    """Collects the exchanges of a nota while its body paragraphs are read in order."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self.out: list[Exchange] = []
        self.section = ""
        self.faction: str | None = None  # the last faction named
        self.questions: list[Item] = []
        self.numbers: list[str] = []
        self.question_faction: str | None = None
        self.answer: list[Item] = []
        self.remark: list[Item] = []
        self.remark_faction: str | None = None
        self.introduction: list[Item] = []

    def add(self, items: list[Item], paragraph: Item, kind: str) -> None:
        paragraph.kind = kind
        if items and continues(items[-1], paragraph):
            merge(self.document.source, items[-1], paragraph)
        else:
            items.append(paragraph)

    def flush_exchange(self) -> None:
        number = _join_numbers(self.numbers) or None
        if self.questions and not self.answer:
            first = self.questions[0]
            at = where(self.document.source, first.offsets[0]) if first.offsets else "body"
            label = f"question {number}" if number else "question"
            self.document.warnings.append(
                f"{at}: {label} has no answer: \u201c{excerpt(first.text)}\u201d"
            )
        if self.questions or self.answer:
            self.out.append(
                Exchange(
                    question="\n\n".join(q.text for q in self.questions),
                    answer=[a.block("answer") for a in self.answer],
                    faction=self.question_faction,
                    section=self.section,
                    number=number,
                    role="answer" if self.answer else "remark",
                    question_blocks=[q.block("question") for q in self.questions],
                )
            )
        self.questions, self.numbers, self.answer, self.question_faction = [], [], [], None

    def flush_remark(self) -> None:
        if self.remark:
            self.out.append(
                Exchange(
                    question="\n\n".join(r.text for r in self.remark),
                    answer=[],
                    faction=self.remark_faction,
                    section=self.section,
                    role="remark",
                    question_blocks=[r.block("question") for r in self.remark],
                )
            )
        self.remark = []

    def flush_introduction(self) -> None:
        if self.introduction:
            annex = _ANNEX.match(self.section)
            self.out.append(
                Exchange(
                    question="",
                    answer=[i.block("answer") for i in self.introduction],
                    section=self.section,
                    role="annex" if annex else "introduction",
                )
            )
        self.introduction = []

    def flush(self) -> None:
        self.flush_exchange()
        self.flush_remark()
        self.flush_introduction()

    def open_answer(self, number: str | None) -> None:
        """An "Antwoord": it answers the numbered question(s) before it or, where the
        question lost its number, the faction's paragraph right before it."""
        self.flush_introduction()
        if self.answer:
            # a second answer in a row: the question before it lost its number and was
            # read as the end of the answer before ("De suggestie van deze leden is ...")
            asked = (
                self.answer[-1]
                if len(self.answer) > 1 and _ASKING.search(self.answer[-1].text)
                else None
            )
            if asked is not None:
                self.answer.pop()
            self.flush_exchange()
            if asked is not None:
                asked.kind = "question"
                self.questions, self.question_faction = [asked], self.faction
        if not self.questions and self.remark:
            self.questions, self.question_faction = self.remark, self.remark_faction
            for q in self.questions:
                q.kind = "question"
            self.remark = []
        self.flush_remark()
        if number and not self.numbers:
            self.numbers.append(number)

    def open_question(self, item: Item, number: str | None) -> None:
        self.flush_remark()
        self.flush_introduction()
        if self.answer:
            self.flush_exchange()
        self.faction = faction_of(item.text) or self.faction
        if not self.questions:
            self.question_faction = self.faction
        if number:
            self.numbers.append(number)
        self.add(self.questions, item, "question")

    def add_remark(self, item: Item) -> None:
        self.flush_exchange()
        self.flush_introduction()
        named = faction_of(item.text)
        if named and named != self.remark_faction:
            self.flush_remark()
        self.faction = named or self.faction
        if not self.remark:
            self.remark_faction = self.faction
        self.add(self.remark, item, "question")


def _exchanges(document: Document, body: list[Item], refs: set[int]) -> list[Exchange]:
    ex = _Exchanges(document)
    state = ""  # "question" | "answer" | "remark" | "introduction" | ""
    expected = 1  # the number the next question should carry
    pending: str | None = None  # a question number that stood on a line of its own
    annex = ""  # the heading of the annex, once it has started
    for item in body:
        if item.para.kind == "footnote":
            # the layout took it for a footnote; in a nota it may be the next question
            number = item.para.footnote or ""
            if number.isdigit() and int(number) == expected and _asks(item.text):
                kind = "question"
            else:
                document.footnotes.setdefault(number, item.text)
                item.kind = "footnote"
                continue
        else:
            kind, number = _classify(item)
        if kind == "question" and number and re.fullmatch(r"\s*", item.text):
            # "59" alone: the number of the question paragraph that follows
            if _first_number(number) >= expected:
                pending = number
            item.kind = "other"
            continue
        if kind == "question" and number and _first_number(number) != expected:
            first = _first_number(number)
            if first < expected or first in refs:
                # a footnote at the page's end ("1 Instellingsbesluit ..., Stcrt. 2023, 3251.")
                item.kind = "footnote"
                document.footnotes.setdefault(str(first), item.text)
                continue
        if pending and kind in ("text", "faction"):
            kind, number, pending = "question", pending, None
        if annex or (kind == "heading" and _ANNEX.match(item.text)):
            # a "Bijlage" after the answers: government material, no question
            if kind == "heading" or not annex:
                ex.flush()
                item.kind = "heading"
                ex.section = item.text if not annex else f"{annex} – {item.text}"
                annex = annex or item.text
                state = "annex"
            else:
                ex.add(ex.introduction, item, "answer")
            continue
        if kind == "text" and state == "answer" and (m := _SIGNATURE.fullmatch(item.text)):
            ex.flush()
            item.kind = "other"
            office = re.sub(r"\s+", " ", m.group("office"))[3:]
            if office not in document.answerers:
                document.answerers.append(office)
            document.answerer = document.answerer or office
            state = "signed"
            continue
        if state == "signed" and kind == "text" and len(item.text) <= 80:
            item.kind = "other"  # the signer's name on a line of its own
            state = ""
            continue
        if kind == "heading":
            ex.flush()
            item.kind = "heading"
            ex.section = item.text
            state = ""
        elif kind == "answer_label":
            ex.open_answer(number)
            state = "answer"
            if item.text:
                ex.add(ex.answer, item, "answer")
            else:
                item.kind = "other"  # "Antwoord" on a line of its own
        elif kind == "question":
            ex.open_question(item, number)
            if number:
                expected = _last_number(number) + 1
            state = "question"
        elif state == "question" and kind in ("text", "faction"):
            ex.add(ex.questions, item, "question")  # a question's second paragraph
        elif state == "answer" and kind in ("text", "introduction"):
            ex.add(ex.answer, item, "answer")
        elif state == "introduction" and kind == "text":
            ex.add(ex.introduction, item, "answer")
        elif kind == "introduction":
            ex.flush()
            ex.add(ex.introduction, item, "answer")
            state = "introduction"
        else:
            # a faction's opinion or remark, or other committee text: never an answer
            ex.add_remark(item)
            state = "remark"
    ex.flush()
    return ex.out


def _asks(text: str) -> bool:
    """Whether a paragraph reads as a question of the committee (not a footnote)."""
    return (
        bool(_FACTION_VOICE.match(text))
        or "?" in text
        or bool(re.search(r"\b(?:vragen|vraagt|leden)\b", text))
    )


def _number_gaps(exchanges: list[Exchange]) -> None:
    """An answered question that lost its number in the layout (the PDF left it out)
    gets the one missing between its neighbours: 76, ?, 78 -> 77."""
    numbered = [(k, e) for k, e in enumerate(exchanges) if e.number]
    for (i, before), (j, after) in zip(numbered, numbered[1:], strict=False):
        gap = [e for e in exchanges[i + 1 : j] if e.role == "answer" and e.question]
        if (
            len(gap) == 1
            and _first_number(after.number or "") == _last_number(before.number or "") + 2
        ):
            gap[0].number = str(_last_number(before.number or "") + 1)


def _join_numbers(numbers: list[str]) -> str:
    """["5, 6 en 7"] -> "5, 6 en 7"; ["23", "24"] -> "23 en 24"; ["1", "2", "3"] -> "1, 2 en 3"."""
    parts = [n for n in numbers if n]
    if len(parts) <= 1:
        return parts[0] if parts else ""
    return ", ".join(parts[:-1]) + " en " + parts[-1]
