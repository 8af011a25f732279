"""What the fulfilment hints read of a document: a `Letter`.

Its dossier, number, official id and date (from the stored document when it has them,
from the letter's own header otherwise: letters are often read without header
metadata), its subject (title, "Onderwerp", the opening sentence's "over ..."), its
"zoals toegezegd" sentences, and the documents it cites (`Reference`: by dossier and
number, official id or date). A `Letter` is worked out once per document, when it is
imported, and kept as JSON (`letter_to_json`; tracker/store/hint_queries.py
`remember`).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Protocol

from tracker.documents.metadata import DATE, parse_dutch_date
from tracker.documents.model import format_dossier
from tracker.words import Matches, content_words, fold, match_keys

# Documents that answer questions, and so are not letters: a verslag van een schriftelijk
# overleg, Kamervragen, a nota naar aanleiding van het verslag, a lijst van vragen en
# antwoorden. Their subject is the questions' topic, not something they deliver.
ANSWER_KINDS = frozenset({"verslag", "kamervragen", "nota", "vragenlijst"})

# Sentences that say a promise is being kept, matched on folded text (no accents).
# Cues are matched per sentence; a gap may hold a reference ("nr. 448"), hence ".".
CUES = re.compile(
    r"\bzoals\b.{0,160}?\btoegezegd\b"  # "zoals toegezegd", "zoals ik ... heb toegezegd"
    r"|\b(?:conform|overeenkomstig|ter\s+uitvoering\s+van|in\s+vervolg\s+op)\s+"
    r"(?:de|mijn|onze|deze|die|een|het)?\s*(?:eerder\w*\s+)?toezegging"
    r"|\btoezegging\w*\b.{0,120}?\bgestand\b"  # "doe ik de toezegging ... gestand"
    r"|\bgestand\b.{0,40}?\btoezegging"
    r"|\b(?:invulling|uitvoering|gevolg)\s+aan\s+(?:de|mijn|onze|deze|die|het)?\s*"
    r"(?:eerder\w*\s+)?toezegging"
    r"|\b(?:heb|hebben|had|hadden)\s+(?:ik|wij|we)\b.{0,120}?\btoegezegd\b"
    r"|\b(?:ik|wij|we)\s+(?:heb|hebben|had|hadden)\b.{0,120}?\btoegezegd\b"
    r"|\b(?:is|werd|zijn|werden)\b.{0,80}?\btoegezegd\b"  # "is aan uw Kamer toegezegd"
    r"|\btoegezegde\s+\w+",  # "de toegezegde evaluatie"
    re.S,
)
_CUE_WORD = re.compile(r"toege|toeze")  # in every match of CUES
_DIGIT = re.compile(r"\d")  # in every match of `references`
_KAMERSTUK = re.compile(r"\b(\d{2}\s?\d{3})(?:\s+([A-Z]{1,3}|[IVXLC]{1,6}))?,\s*nr\.\s*(\d+)")
# ... with the words before it, to take the whole citation out of a text (`_KAMERSTUK`
# finds the same numbers without them, much faster: an optional word at the start
# slows the scan down).
_KAMERSTUK_CITED = re.compile(r"(?:Kamerstuk(?:ken)?\s+(?:I{1,2}\s+)?)?" + _KAMERSTUK.pattern)
_OFFICIAL_ID = re.compile(r"(?<!\w)((?:kst-\d+(?:-[a-z0-9]+)*|ah-tk-\d{8})-\d+)\b", re.I)
_AANHANGSEL = re.compile(
    r"Aanhangsel\s+(?:van\s+de\s+)?Handelingen(?:\s+II)?,?\s+(\d{4})\s*[/–-]\s*(\d{2,4}),?"
    r"\s*nr\.\s*(\d+)"
)
_MARKUP = re.compile(r"<sup>[^<]{0,12}</sup>|<[^>]{1,40}>|[*_#>]+")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\u00c0-\u00dd\"'\u2018\u201c(])")
_HEADER_DOSSIER = re.compile(
    r"^\s*(?:Kamerstuk\s+)?(\d{2}\s?\d{3})(?:\s+([A-Z]{1,3}|[IVXLC]{1,6}))?\s*$", re.M
)
_HEADER_NUMBER = re.compile(r"^\s*Nr\.\s*(\d+)\s*$", re.M)
_LETTER_DATE = re.compile(r"(?:Den\s+Haag|'s-Gravenhage|Datum)\s*[,:]?\s*(" + DATE + ")", re.I)
_SUBJECT_LINE = re.compile(r"^\s*(?:Onderwerp|Betreft)\s*[:\s]\s*(.+)$", re.M | re.I)
_OPENING = re.compile(
    r"^(?:Hierbij|Met\s+deze\s+brief|In\s+deze\s+brief|Bij\s+deze|Graag\s+informeer"
    r"|Bijgaand|Zoals\s+toegezegd|Hiermee)\b",
    re.I,
)
_OVER = re.compile(r"\bover\s+(.+?)(?:[.;:]|$)", re.S)
# Titles that name the kind of document, not its subject.
_GENERIC_TITLE = re.compile(
    r"^\s*(?:brief\s+van\s+de\b|(?:kamer)?brief\s*$|verslag\s+van\s+een\b"
    r"|antwoord(?:en)?\s+op\b|lijst\s+van\s+vragen\b|motie\b)",
    re.I,
)


_CHUNK_CHARS = 1 << 16
_SPACES = re.compile(r"[ \t]{2,}|\t")  # (a single space is left as it is: the same result)


def _plain_pieces(text: str) -> Iterator[str]:
    """`text` without markup, runs of spaces and tabs made one space, in pieces. A large
    text is done in pieces that end at a line end (with no "<" just before it, so that no
    markup crosses it): `re.sub` holds every piece of its result at once, and a space is one."""
    start = 0
    while start < len(text):
        cut = text.find("\n", start + _CHUNK_CHARS)
        while cut != -1 and "<" in text[max(start, cut - 50) : cut + 1]:
            cut = text.find("\n", cut + 1)
        end = len(text) if cut == -1 else cut + 1
        yield _SPACES.sub(" ", _MARKUP.sub("", text[start:end]))
        start = end


_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def _whitespace_end(text: str) -> str:
    """The run of white space `text` ends with."""
    return text[len(text.rstrip()) :]


def iter_paragraphs(text: str) -> Iterator[str]:
    """The paragraphs of a stored text, without Markdown, each on one line, one at a time
    (`paragraphs`, without holding the text again, whole or in paragraphs). The pieces of
    `_plain_pieces` are split at blank lines; a paragraph's start waits in `carry` until
    its end is found. `tail`, the white space `carry` ends with, is put before the next
    piece: a blank line may begin in one piece and end in the next."""
    carry: list[str] = []
    tail = ""
    for piece in _plain_pieces(text):
        parts = _PARAGRAPH_BREAK.split(tail + piece)
        if len(parts) == 1:
            carry.append(piece)
            tail = tail + piece if piece.isspace() else _whitespace_end(piece)
            continue
        # parts[0] begins with `tail`, which `carry` has already (white space, besides)
        for para in ("".join(carry) + parts[0][len(tail) :], *parts[1:-1]):
            if para := " ".join(para.split()):
                yield para
        carry, tail = [parts[-1]], parts[-1] if parts[-1].isspace() else _whitespace_end(parts[-1])
    if para := " ".join("".join(carry).split()):
        yield para


def paragraphs(text: str) -> list[str]:
    """The paragraphs of a stored text, without Markdown, each on one line."""
    return list(iter_paragraphs(text))


def sentences(paragraph: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_END.split(paragraph) if s.strip()]


@dataclass(frozen=True)
class Reference:
    """A document cited in a sentence: by dossier and number, official id, or date."""

    dossier: str | None = None
    number: str | None = None
    official_id: str | None = None
    date: dt.date | None = None

    def label(self) -> str:
        if self.dossier and self.number:
            return f"Kamerstuk {format_dossier(self.dossier)}, nr. {self.number}"
        if self.official_id:
            return self.official_id
        return f"{self.date:%d-%m-%Y}" if self.date else ""


def references(text: str) -> list[Reference]:
    """The documents `text` cites: "Kamerstuk 32 637, nr. 448", "kst-32637-448",
    "Aanhangsel Handelingen II 2022/23, nr. 3649" and Dutch dates ("10 maart 2021")."""
    found: list[Reference] = []
    for m in _KAMERSTUK.finditer(text):
        dossier = m.group(1).replace(" ", "")
        if m.group(2):
            dossier += f" {m.group(2)}"
        found.append(Reference(dossier=dossier, number=m.group(3)))
    for m in _OFFICIAL_ID.finditer(text):
        found.append(Reference(official_id=m.group(1).lower()))
    for m in _AANHANGSEL.finditer(text):
        first, second = m.group(1), m.group(2)
        second = first[:2] + second[-2:] if len(second) == 2 else second
        found.append(Reference(official_id=f"ah-tk-{first}{second}-{m.group(3)}"))
    for m in re.finditer(DATE, text, re.I):
        day = parse_dutch_date(m.group(0))
        if day:
            found.append(Reference(date=day))
    return found


def _without_references(text: str) -> str:
    text = _KAMERSTUK_CITED.sub(" ", text)
    text = _OFFICIAL_ID.sub(" ", text)
    text = _AANHANGSEL.sub(" ", text)
    return re.sub(DATE, " ", text, flags=re.I)


@dataclass
class Letter:
    """What the hints need to know of the new document."""

    id: int
    kind: str  # as the reader saw it: "verslag", "kamervragen", "nota", "brief", "unknown", ...
    dossier: str | None
    number: str | None
    official_id: str | None
    date: dt.date | None
    subject: str  # what it is about, as written ("" if not found)
    cue_sentences: list[str] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)  # cited anywhere in it
    evidence: str = ""  # how to cite it

    @property
    def url(self) -> str | None:
        if self.official_id:
            return f"https://zoek.officielebekendmakingen.nl/{self.official_id}.html"
        return None

    def subject_words(self) -> dict[str, str]:
        return dict(self._subject_words)

    @cached_property
    def _subject_words(self) -> dict[str, str]:
        return content_words(_without_references(self.subject))

    @cached_property
    def subject_matches(self) -> Matches:
        return Matches(self._subject_words)

    @cached_property
    def cue_words(self) -> list[CueWords]:
        """`cue_words` of it, worked out once (a stored letter is compared again and
        again in a batch: `letter_from_json` keeps it)."""
        return cue_words(self)

    @cached_property
    def keys(self) -> set[str]:
        """`letter_keys` of it, worked out once."""
        return letter_keys(self)


def _header(paras: list[str]) -> str:
    """The part before the body (of the text's `paragraphs`): up to the salutation or
    the first long paragraph."""
    head = []
    for para in paras[:20]:
        if _OPENING.match(para) or len(para.split()) > 25:
            break
        head.append(para)
    return "\n".join(head)


def states_letter_header(text: str) -> bool:
    """Whether the start of `text` states what a Kamerstuk or a letter does: a dossier
    number or "Nr." line in its header, or its place and date ("Den Haag, 1 juni 2023")."""
    head = text[:5000]
    header = _header(paragraphs(head))
    return bool(
        _HEADER_DOSSIER.search(header) or _HEADER_NUMBER.search(header) or _LETTER_DATE.search(head)
    )


def _dossier_title(header: str) -> str:
    """The line after the dossier number in a Kamerstuk's header: the dossier's title."""
    lines = header.split("\n")
    for i, line in enumerate(lines[:-1]):
        if _HEADER_DOSSIER.fullmatch(line) and not _HEADER_NUMBER.fullmatch(lines[i + 1]):
            return lines[i + 1].strip()
    return ""


class StoredDocument(Protocol):
    """What `read_letter` reads of a stored document (a `tracker.store.models.Document`
    row): this module sits below the store, which keeps what it works out."""

    id: int
    kind: str
    title: str
    source_text: str | None
    dossier: str | None
    number: str | None
    official_id: str | None
    document_date: dt.date | None


def read_letter(doc: StoredDocument, text: str | None = None) -> Letter:
    """The facts of a stored document that the rules use, from its row and its text
    (`text`: the text stored, where the caller has it already; else read from `doc`).
    The paragraphs are read once, one at a time: a large text is not held again."""
    if text is None:
        text = doc.source_text or ""
    head: list[str] = []  # the first paragraphs, for `_header`
    opening = long = None  # the first paragraph matching _OPENING; with over 12 words
    cues = []
    cited = []
    for para in iter_paragraphs(text):
        if len(head) < 20:
            head.append(para)
        if opening is None and _OPENING.match(para):
            opening = para
        if long is None and len(para.split()) > 12:
            long = para
        # Every cue has "toegezegd" or "toezegging" in it: other paragraphs are skipped.
        if _CUE_WORD.search(fold(para)):
            cues.extend(sentence for sentence in sentences(para) if CUES.search(fold(sentence)))
        # Every reference has a digit in it (a number, a year).
        if _DIGIT.search(para):
            cited.extend(references(para))
    header = _header(head)
    dossier, number, official_id = doc.dossier, doc.number, doc.official_id
    if not dossier and (m := _HEADER_DOSSIER.search(header)):
        dossier = m.group(1).replace(" ", "") + (f" {m.group(2)}" if m.group(2) else "")
    if not number and (m := _HEADER_NUMBER.search(header)):
        number = m.group(1)
    date = doc.document_date
    if date is None and (m := _LETTER_DATE.search(text[:5000])):
        date = parse_dutch_date(m.group(1))
    # The dossier's title ("Bedrijfslevenbeleid") is shared by every document in the
    # dossier and says nothing of this one's subject: it is left out of the title.
    dossier_title = _dossier_title(header)
    subject_parts = [
        part
        for part in (doc.title or "").split("; ")
        if part.strip() and part.strip() != dossier_title and not _GENERIC_TITLE.search(part)
    ]
    if m := _SUBJECT_LINE.search(header):
        subject_parts.append(m.group(1))
    if opening is None:
        opening = long or ""
    if opening:
        first = sentences(opening)[0]
        over = _OVER.search(_without_references(first))
        subject_parts.append(over.group(1) if over else first)
    if not official_id and dossier and number:
        official_id = f"kst-{dossier.replace(' ', '-')}-{number}"  # as the readers make it
    if dossier and number:
        evidence = f"Kamerstuk {format_dossier(dossier)}, nr. {number}"
    elif doc.kind == "kamervragen" and official_id:
        evidence = f"Aanhangsel Handelingen {official_id}"
    else:
        evidence = ""
    return Letter(
        id=doc.id,
        kind=doc.kind,
        dossier=dossier,
        number=number,
        official_id=official_id,
        date=date,
        subject="; ".join(p.strip() for p in subject_parts if p.strip()),
        cue_sentences=cues,
        references=cited,
        evidence=evidence,
    )


def to_date(value) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def sentence_words(text: str) -> dict[str, str]:
    return content_words(_without_references(CUES.sub(" ", fold(text))))


CueWords = tuple[str, list[Reference], dict[str, str], Matches]


def cue_subject(letter: Letter) -> dict[str, str]:
    """The words a "zoals toegezegd" sentence is read with besides its own: a letter's
    subject (what it is about is what it delivers). Not that of an answer (a verslag,
    Kamervragen): its subject is the questions' topic, which a "zoals toegezegd"
    sentence among the answers need not be about."""
    return {} if letter.kind in ANSWER_KINDS else letter.subject_words()


def cue_words(letter: Letter) -> list[CueWords]:
    """Each cue sentence with the documents it cites and its words (with the subject's):
    what rule "zoals_toegezegd" compares every candidate with, worked out once."""
    subject = cue_subject(letter)
    out = []
    for sentence in letter.cue_sentences:
        words = {**sentence_words(sentence), **subject}
        out.append((sentence, references(sentence), words, Matches(words)))
    return out


def letter_keys(letter: Letter) -> set[str]:
    """The match keys (`match_keys`) of the letter's words: a commitment whose words
    share none of them matches no word of the letter."""
    words = dict(letter.subject_words())
    for _, _, sentence_and_subject, _ in letter.cue_words:
        words.update(sentence_and_subject)
    return {key for word in words for key in match_keys(word)}


def folded(value: str | None) -> str | None:
    """A dossier or official id as the lookups compare them: lower case, no spaces."""
    return value.replace(" ", "").lower() if value else None


def letter_to_json(letter: Letter) -> str:
    def day(value: dt.date | None) -> str | None:
        return value.isoformat() if value else None

    return json.dumps(
        {
            "kind": letter.kind,
            "dossier": letter.dossier,
            "number": letter.number,
            "official_id": letter.official_id,
            "date": day(letter.date),
            "subject": letter.subject,
            "cue_sentences": letter.cue_sentences,
            "references": [
                [r.dossier, r.number, r.official_id, day(r.date)] for r in letter.references
            ],
            "evidence": letter.evidence,
        },
        ensure_ascii=False,
    )


@lru_cache(maxsize=4096)
def letter_from_json(document_id: int, text: str) -> Letter:
    """The `Letter` kept as `text` (the same object for the same text: what it works out
    is kept with it; it is not changed once made)."""
    data = json.loads(text)
    return Letter(
        id=document_id,
        kind=data["kind"],
        dossier=data["dossier"],
        number=data["number"],
        official_id=data["official_id"],
        date=to_date(data["date"]),
        subject=data["subject"],
        cue_sentences=list(data["cue_sentences"]),
        references=[
            Reference(dossier, number, official_id, to_date(date))
            for dossier, number, official_id, date in data["references"]
        ],
        evidence=data["evidence"],
    )


@dataclass(frozen=True)
class Cited:
    """What a letter cites, as the rules can use it to link a commitment's document:
    (folded dossier, number) pairs, official ids, and dates (a date counts only in a
    list of references that cites no document by number: `Candidate.cited_by`)."""

    numbers: frozenset[tuple[str, str]]
    ids: frozenset[str]
    dates: frozenset[dt.date]

    def terms(self) -> set[str]:
        """As `Citation` rows hold them."""
        return (
            {f"n:{dossier}:{number}" for dossier, number in self.numbers}
            | {f"i:{official_id}" for official_id in self.ids}
            | {f"d:{day.isoformat()}" for day in self.dates}
        )


def cited(letter: Letter) -> Cited:
    lists = [letter.references] + [references(sentence) for sentence in letter.cue_sentences]
    refs = [r for refs in lists for r in refs]
    return Cited(
        numbers=frozenset((folded(r.dossier), r.number) for r in refs if r.dossier and r.number),
        ids=frozenset(
            r.official_id for r in refs if r.official_id and not (r.dossier and r.number)
        ),
        dates=frozenset(
            r.date
            for refs in lists
            if not any((r.dossier and r.number) or r.official_id for r in refs)
            for r in refs
            if r.date
        ),
    )


def citing_terms(
    dossier: str | None,
    number: str | None,
    official_id: str | None,
    dates: Iterable[dt.date | None],
) -> set[str]:
    """The `Citation` terms by which a letter would cite this document."""
    return Cited(
        numbers=frozenset({(folded(dossier), number)} if dossier and number else ()),
        ids=frozenset({official_id.lower()} if official_id else ()),
        dates=frozenset(day for day in dates if day),
    ).terms()
