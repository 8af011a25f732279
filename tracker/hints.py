"""Fulfilment hints: does a newly imported document keep promises made earlier?

Two rules (docs/hints.md has the detail and the thresholds):

* "zoals_toegezegd": a sentence of the document says it follows up a promise
  ("zoals toegezegd", "conform mijn toezegging", "hiermee doe ik de toezegging
  gestand", ...). A commitment is suggested when that sentence (or the document)
  cites the commitment's document ("Kamerstuk 32 637, nr. 448", or the date of
  the overleg) and the subjects match, or when the subjects match closely.
* "same_dossier_subject": the document is a later one in the dossier of the
  commitment's document, and its subject (title, "Onderwerp", the opening
  sentence's "over ...") matches the commitment's title or quote.

Subjects are compared on content words: folded to lower case without accents,
Dutch and parliamentary stop words removed, lightly stemmed, and matched also as
parts of compounds ("subsidie" in "subsidieregeling").

Letters are often read without header metadata (a letter is neither a verslag
nor Kamervragen), so the dossier, number and date come from the stored document
when it has them and from the letter's own header otherwise.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from tracker.documents.metadata import DATE, parse_dutch_date
from tracker.documents.model import format_dossier
from tracker.store import suggestions
from tracker.store.models import Document
from tracker.store.queries import StoreError
from tracker.store.search import fold
from tracker.store.sql import execute
from tracker.store.suggestions import Hint

log = logging.getLogger(__name__)

THRESHOLD = 0.6  # a candidate scoring below this is not suggested
MAX_PER_DOCUMENT = 5  # at most this many suggestions per document ...
STRONG = 0.9  # ... unless each of the others scores at least this
ANSWER_KINDS = frozenset({"verslag", "kamervragen"})  # documents that are not letters

# -- words ------------------------------------------------------------------------------

# Function words, and words every parliamentary letter uses whatever its subject.
STOP_WORDS = frozenset(
    """
    aan al alle alleen als alsmede andere ben bij bijvoorbeeld binnen daar daarbij daarin
    daarmee daarnaast daarom daartoe dan dat de deze die dit doen door dus een eens en er
    ermee eerder evenals ge geen gehad geweest had hadden heb hebben heeft hem hen het hier
    hierbij hiermee hierin hierop hiervan hij hoe hun ik in is je jij kan kon kunnen la
    laat maar me meer met mij mijn moet moeten na naar niet nog nu of om omdat onder ons
    onze ook op over per reeds samen te tegen ten ter toe tot u uit uw van vanuit veel
    voor waar waarbij waarin waarmee wanneer want was wat we wel welk welke werd werden
    wie wij wil willen word wordt worden zal ze zelf zich zij zijn zo zoals zou zouden
    zullen
    kamer tweede eerste staten generaal voorzitter leden lid fractie fracties minister
    ministers staatssecretaris staatssecretarissen kabinet ministerie regering brief
    brieven kamerbrief kamerstuk kamerstukken nr nrs vergaderjaar den haag datum onderwerp
    informeer informeren informeert geinformeerd stuur stuurt sturen zend zenden toezend
    treft bijgaand bijlage bijlagen hierover inmiddels toegezegd toezegging toezeggingen
    toezeggen gestand invulling uitvoering conform schriftelijk overleg overleggen
    debat commissiedebat notaoverleg wetgevingsoverleg plenair plenaire algemeen vragen
    vraag antwoord antwoorden beantwoording aanhangsel handelingen graag nader nadere
    stand zaken volgende nieuwe verdere verder jaar jaren maand maanden week weken
    januari februari maart april mei juni juli augustus september oktober november
    december voorjaar najaar zomer winter eind begin halverwege kwartaal
    gaan gaat komen komt kom geven geeft geef doe doet gedaan maken maakt gemaakt
    laten zien zie ziet gaat wil heeft hebt namens mede
    """.split()
)
_WORD = re.compile(r"[a-z][a-z]+")
MIN_COMPOUND = 5  # a word this long may match as the start of a compound
MIN_HEAD = 6  # ... and this long as its end ("regeling" in "subsidieregeling")
SPECIFIC = 10  # one shared word this long is enough (a specific compound)


def stem(word: str) -> str:
    """A light Dutch stem: plural and inflection endings off, so that "evaluaties",
    "regelingen" and "praktijkleren" meet "evaluatie", "regeling" and "praktijkleer"."""
    if word.endswith("heden"):
        return word[:-5] + "heid"
    if word.endswith("ingen"):
        return word[:-2]
    if word.endswith("en") and len(word) > 5:
        word = word[:-2]
        if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiou":
            word = word[:-1]  # "plannen" -> "plan"
    elif word.endswith("s") and len(word) > 4 and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    if word.endswith("e") and len(word) > 4:
        word = word[:-1]
    return word


def content_words(text: str) -> dict[str, str]:
    """stem -> the word as it first occurs, for the content words of `text`."""
    out: dict[str, str] = {}
    for word in _WORD.findall(fold(text)):
        if len(word) < 3 or word in STOP_WORDS:
            continue
        out.setdefault(stem(word), word)
    return out


def words_match(a: str, b: str) -> bool:
    """Two stems name the same thing: equal, or one is the start (the modifier) or the
    end (the head) of the other as a compound, or they differ only in their ending."""
    if a == b:
        return True
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) >= MIN_COMPOUND and long.startswith(short):
        return True
    if len(short) >= MIN_HEAD and long.endswith(short):
        return True
    common = 0
    for x, y in zip(short, long, strict=False):
        if x != y:
            break
        common += 1
    return common >= 6 and common >= 0.8 * len(short)


def _matched(words: Iterable[str], others: Iterable[str]) -> set[str]:
    others = list(others)
    return {w for w in words if any(words_match(w, o) for o in others)}


@dataclass
class Similarity:
    score: float  # 0..1
    words: list[str]  # the document's words that matched, as written there


class Matches:
    """The words of a subject that match a given word, remembered: the subject of a
    letter is compared with many commitments that share most of their words."""

    def __init__(self, subject: Iterable[str]):
        self.subject = list(subject)
        self._seen: dict[str, frozenset[str]] = {}

    def of(self, other: str) -> frozenset[str]:
        found = self._seen.get(other)
        if found is None:
            found = frozenset(w for w in self.subject if words_match(w, other))
            self._seen[other] = found
        return found

    def among(self, others: Iterable[str]) -> set[str]:
        """`_matched(subject, others)` (`words_match` is symmetric)."""
        out: set[str] = set()
        for other in others:
            out |= self.of(other)
        return out


def similarity(
    subject: dict[str, str],
    title: dict[str, str],
    quote: dict[str, str],
    matches: Matches | None = None,
) -> Similarity:
    """How well a document's subject words match a commitment's title and quote words.

    The better of: the share of the title's words the subject has, and (counting for
    less, a quote being long) the share of the subject's words the title or quote
    has. At least two words must be shared, or one long specific word that is the
    whole of the title's content. (`matches`: a `Matches` of `subject`, to reuse.)
    """
    if not subject:
        return Similarity(0.0, [])
    if matches is None:
        in_title = _matched(title, subject)
        of_subject = _matched(subject, list(title) + list(quote))
        shared = _matched(subject, list(in_title) + list(quote))
    else:  # `matches` is of `subject`: the same sets, each word matched once
        in_title = {w for w in title if matches.of(w)}
        of_subject = matches.among(list(title) + list(quote))
        shared = matches.among(list(in_title) + list(quote))
    title_share = len(in_title) / len(title) if title else 0.0
    subject_share = len(of_subject) / len(subject)
    score = max(title_share, 0.8 * subject_share)
    count = max(len(in_title), len(of_subject))
    if count < 2:
        single = next(iter(in_title), "")
        if len(title) == 1 and len(single) >= SPECIFIC:
            score = 0.8 * title_share
        else:
            score = 0.0
    words = [subject[w] for w in subject if w in of_subject or w in shared]
    return Similarity(round(score, 3), words)


# -- the document -----------------------------------------------------------------------

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
_KAMERSTUK = re.compile(
    r"(?:Kamerstuk(?:ken)?\s+(?:I{1,2}\s+)?)?\b(\d{2}\s?\d{3})(?:\s+([A-Z]{1,3}|[IVXLC]{1,6}))?"
    r",\s*nr\.\s*(\d+)"
)
_OFFICIAL_ID = re.compile(r"\b(kst-\d+(?:-[a-z0-9]+)*-\d+|ah-tk-\d{8}-\d+)\b", re.I)
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


def _plain(text: str) -> str:
    return re.sub(r"[ \t]+", " ", _MARKUP.sub("", text))


def paragraphs(text: str) -> list[str]:
    """The paragraphs of a stored text, without Markdown, each on one line."""
    out = []
    for para in re.split(r"\n\s*\n", _plain(text)):
        para = " ".join(para.split())
        if para:
            out.append(para)
    return out


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
    text = _KAMERSTUK.sub(" ", text)
    text = _OFFICIAL_ID.sub(" ", text)
    text = _AANHANGSEL.sub(" ", text)
    return re.sub(DATE, " ", text, flags=re.I)


@dataclass
class Letter:
    """What the hints need to know of the new document."""

    id: int
    kind: str  # as the reader saw it: "verslag", "kamervragen", "unknown" (a letter), ...
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
        return content_words(_without_references(self.subject))


def _header(text: str) -> str:
    """The part before the body: up to the salutation or the first long paragraph."""
    head = []
    for para in paragraphs(text)[:20]:
        if _OPENING.match(para) or len(para.split()) > 25:
            break
        head.append(para)
    return "\n".join(head)


def _dossier_title(header: str) -> str:
    """The line after the dossier number in a Kamerstuk's header: the dossier's title."""
    lines = header.split("\n")
    for i, line in enumerate(lines[:-1]):
        if _HEADER_DOSSIER.fullmatch(line) and not _HEADER_NUMBER.fullmatch(lines[i + 1]):
            return lines[i + 1].strip()
    return ""


def read_letter(doc: Document) -> Letter:
    """The facts of a stored document that the rules use, from its row and its text."""
    text = doc.source_text or ""
    paras = paragraphs(text)
    header = _header(text)
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
    opening = next((p for p in paras if _OPENING.match(p)), None)
    if opening is None:
        opening = next((p for p in paras if len(p.split()) > 12), "")
    if opening:
        first = sentences(opening)[0]
        over = _OVER.search(_without_references(first))
        subject_parts.append(over.group(1) if over else first)
    cues = []
    for para in paras:
        for sentence in sentences(para):
            if CUES.search(fold(sentence)):
                cues.append(sentence)
    cited = [r for para in paras for r in references(para)]
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


# -- the commitments ----------------------------------------------------------------------


@dataclass
class Origin:
    """A document a commitment was made in."""

    id: int
    dossier: str | None
    number: str | None
    official_id: str | None
    dates: tuple[dt.date, ...]  # its date and the date of its answers


@dataclass
class Candidate:
    id: int
    title: str
    quotes: list[str]
    origins: list[Origin]

    def cited_by(self, refs: Iterable[Reference]) -> tuple[float, str]:
        """How firmly `refs` point at one of this commitment's documents: 1.0 by number
        or id, 0.7 by date only, 0 not at all, -1 when `refs` name other documents by
        number (and so not this one); and the reference that did."""
        refs = list(refs)
        numbered = [r for r in refs if (r.dossier and r.number) or r.official_id]
        for ref in numbered:
            for origin in self.origins:
                if ref.dossier and ref.number:
                    if _same_dossier(ref.dossier, origin.dossier) and ref.number == origin.number:
                        return 1.0, ref.label()
                elif ref.official_id == (origin.official_id or "").lower():
                    return 1.0, ref.label()
        if numbered:
            # The date of an overleg cited by number is that document's date, not this one's.
            return -1.0, ""
        for ref in refs:
            if ref.date and any(ref.date in origin.dates for origin in self.origins):
                return 0.7, ref.label()
        return 0.0, ""


def _same_dossier(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    return a.replace(" ", "").lower() == b.replace(" ", "").lower()


def _to_date(value) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def open_candidates(document_id: int, only: Iterable[int] | None = None) -> list[Candidate]:
    """Open, not rejected commitments made in documents other than `document_id` (and
    with no source in it); among `only`, when given."""
    params: list = [document_id]
    among = ""
    if only is not None:
        only = sorted(set(only))
        if not only:
            return []
        among = f" AND c.id IN ({','.join('?' * len(only))})"
        params.extend(only)
    rows = execute(
        f"""
        SELECT c.id, c.title, s.quote, d.id, d.dossier, d.number, d.official_id,
               d.document_date, d.answer_date
        FROM commitment c
        JOIN source s ON s.commitment_id = c.id
        JOIN document d ON d.id = s.document_id
        WHERE c.status = 'open' AND c.review_state != 'rejected'
          AND NOT EXISTS (SELECT 1 FROM source s2
                          WHERE s2.commitment_id = c.id AND s2.document_id = ?){among}
        ORDER BY c.id, s.id
        """,
        params,
    )
    out: dict[int, Candidate] = {}
    for cid, title, quote, did, dossier, number, official_id, date, answer in rows:
        entry = out.setdefault(cid, Candidate(cid, title, [], []))
        entry.quotes.append(quote)
        if all(o.id != did for o in entry.origins):
            dates = tuple(d for d in (_to_date(date), _to_date(answer)) if d)
            entry.origins.append(Origin(did, dossier, number, official_id, dates))
    return list(out.values())


# -- the rules ----------------------------------------------------------------------------


def _is_later(letter: Letter, candidate: Candidate) -> bool:
    """The letter does not predate every document the commitment was made in (unknown
    dates do not count against it)."""
    if letter.date is None:
        return True
    dates = [d for o in candidate.origins for d in o.dates]
    return not dates or letter.date >= min(dates)


def _words(text: str) -> dict[str, str]:
    return content_words(_without_references(CUES.sub(" ", fold(text))))


CueWords = tuple[str, list[Reference], dict[str, str], Matches]


def _cue_words(letter: Letter) -> list[CueWords]:
    """Each cue sentence with the documents it cites and its words (with the subject's):
    what rule "zoals_toegezegd" compares every candidate with, worked out once."""
    subject = letter.subject_words()
    out = []
    for sentence in letter.cue_sentences:
        words = {**_words(sentence), **subject}
        out.append((sentence, references(sentence), words, Matches(words)))
    return out


def _said_as_promised(
    letter: Letter,
    candidate: Candidate,
    title: dict[str, str],
    quote: dict[str, str],
    cues: list[CueWords] | None = None,
) -> Hint | None:
    """Rule "zoals_toegezegd": a cue sentence that cites the commitment's document
    and/or matches its subject. (`cues`: `_cue_words(letter)`, when worked out before.)"""
    best: Hint | None = None
    for sentence, cited, words, matches in _cue_words(letter) if cues is None else cues:
        link, label = candidate.cited_by(cited)
        if link == 0.0:
            link, label = candidate.cited_by(letter.references)
            link = max(link, 0.0) * 0.6  # cited elsewhere in the document, not in the sentence
        sim = similarity(words, title, quote, matches)
        if link < 0:
            score = 0.5 * sim.score  # the sentence keeps a promise made in another document
        else:
            score = 0.4 * link + 0.6 * sim.score
        if best is None or score > best.score:
            best = Hint(
                commitment_id=candidate.id,
                reason="zoals_toegezegd",
                score=score,
                sentence=sentence,
                matched_words=tuple(sim.words),
                matched_reference=label,
                evidence=letter.evidence,
                document_date=letter.date,
                url=letter.url,
            )
    return best


def _same_dossier_subject(
    letter: Letter, candidate: Candidate, title: dict[str, str], quote: dict[str, str]
) -> Hint | None:
    """Rule "same_dossier_subject": a later letter in the commitment's dossier whose
    subject matches the commitment. Answers to questions (a verslag, Kamervragen) are
    not letters: their subject is the documents they ask about."""
    if letter.kind in ANSWER_KINDS:
        return None
    if not letter.dossier or not any(
        _same_dossier(letter.dossier, o.dossier) for o in candidate.origins
    ):
        return None
    sim = similarity(letter.subject_words(), title, quote)
    return Hint(
        commitment_id=candidate.id,
        reason="same_dossier_subject",
        score=0.8 * sim.score,
        sentence=letter.subject,
        matched_words=tuple(sim.words),
        matched_reference=f"dossier {format_dossier(letter.dossier)}",
        evidence=letter.evidence,
        document_date=letter.date,
        url=letter.url,
    )


def _keys(letter: Letter) -> set[str]:
    """Pieces of the letter's words that any text with a matching word contains (see
    `words_match`): the first five letters, and the last six of a longer word."""
    words = dict(letter.subject_words())
    for sentence in letter.cue_sentences:
        words.update(_words(sentence))
    keys = {w[:5] for w in words}
    keys |= {w[-6:] for w in words if len(w) >= 6}
    return keys


def _preselect(letter: Letter, document_id: int, only: Iterable[int] | None) -> set[int]:
    """The open commitments that can get a suggestion from this letter (among `only`),
    so that a large register is not compared with the letter commitment by commitment.

    Only three kinds can: those made in a document the letter cites (by number, id or
    date: any rule, and `_identify_by_reference` needs all of that document's); those
    made in the letter's dossier ("same_dossier_subject"); and, for a cue sentence that
    cites nothing of theirs, those whose title's every content word the letter has
    (0.6 x similarity reaches THRESHOLD only at similarity 1: all of the title's words
    in one sentence).
    The rules then decide on these exactly as on all.
    """
    wanted = None if only is None else sorted(set(only))
    lists = [letter.references] + [references(sentence) for sentence in letter.cue_sentences]
    refs = [r for refs in lists for r in refs]
    numbers = {
        (r.dossier.replace(" ", "").lower(), r.number) for r in refs if r.dossier and r.number
    }
    ids = {r.official_id for r in refs if r.official_id and not (r.dossier and r.number)}
    # A date cites a document only in a list that cites none by number (`cited_by`).
    dates = {
        r.date
        for refs in lists
        if not any((r.dossier and r.number) or r.official_id for r in refs)
        for r in refs
        if r.date
    }
    dossier = None
    if letter.kind not in ANSWER_KINDS and letter.dossier:
        dossier = letter.dossier.replace(" ", "").lower()
    documents = set()
    fields = "d.id, d.dossier, d.number, d.official_id, d.document_date, d.answer_date"
    if wanted is None:
        rows = execute(f"SELECT {fields} FROM document d")
    else:  # the documents those commitments were made in
        rows = _column(
            f"SELECT DISTINCT {fields} FROM document d JOIN source s ON s.document_id = d.id"
            " WHERE s.commitment_id",
            wanted,
            whole=True,
        )
    for did, doc_dossier, number, official_id, date, answer in rows:
        folded = (doc_dossier or "").replace(" ", "").lower()
        if (
            (folded and (folded == dossier or (folded, number) in numbers))
            or (official_id or "").lower() in ids
            or (dates and (_to_date(date) in dates or _to_date(answer) in dates))
        ):
            documents.add(did)
    documents.discard(document_id)
    chosen = _made_in(documents)
    # `_identify_by_reference` counts the open commitments of every document a cited
    # commitment was made in (a merged one has several): those are needed too.
    others = set(_column("SELECT DISTINCT document_id FROM source WHERE commitment_id", chosen))
    chosen |= _made_in(others - documents - {document_id})
    # Per cue sentence, its words with the subject's; which title words they match.
    sets = [{**_words(sentence), **letter.subject_words()} for sentence in letter.cue_sentences]
    matched: list[dict[str, bool]] = [{} for _ in sets]
    whole: dict[str, bool] = {}  # title -> one sentence matches all of its words

    def all_matched(stems: tuple[str, ...]) -> bool:
        for words, seen in zip(sets, matched, strict=True):
            for stem_ in stems:
                if stem_ not in seen:
                    seen[stem_] = any(words_match(stem_, w) for w in words)
                if not seen[stem_]:
                    break
            else:
                return True
        return False

    if sets:
        open_ = (
            "SELECT id, title FROM commitment WHERE status = 'open' AND review_state != 'rejected'"
        )
        rows = execute(open_) if wanted is None else _column(f"{open_} AND id", wanted, whole=True)
        for cid, title in rows:
            if title not in whole:
                stems = _title_stems(title)
                whole[title] = bool(stems) and all_matched(stems)
            if whole[title]:
                chosen.add(cid)
    return chosen if wanted is None else chosen & set(wanted)


def _column(sql: str, values: Iterable[int], whole: bool = False) -> list:
    """The first column (`whole`: the rows) of `sql` + " IN (values)", in chunks below
    the parameter limit."""
    values = sorted(set(values))
    out = []
    for i in range(0, len(values), 500):
        chunk = values[i : i + 500]
        rows = execute(f"{sql} IN ({','.join('?' * len(chunk))})", chunk)
        out.extend(rows if whole else (row[0] for row in rows))
    return out


def _made_in(documents: Iterable[int]) -> set[int]:
    """The commitments with a source in one of `documents`."""
    return set(_column("SELECT DISTINCT commitment_id FROM source WHERE document_id", documents))


@lru_cache(maxsize=65536)
def _title_stems(title: str) -> tuple[str, ...]:
    """The content words of a commitment's title (many share one: worked out once)."""
    return tuple(content_words(title))


# What `read_letter` reads of a document besides its text (which its hash stands for).
_LETTER_FIELDS = (
    Document.id,
    Document.content_hash,
    Document.kind,
    Document.title,
    Document.dossier,
    Document.number,
    Document.official_id,
    Document.document_date,
)
_LETTERS: dict[tuple, Letter] = {}  # read before, by _LETTER_FIELDS (a cache, bounded)
_MAX_LETTERS = 4096


def _stored_letter(document_id: int) -> Letter:
    """`read_letter` of a stored document, read once per version of it: a new document
    is compared with every stored one of its dossier, import after import."""
    key = Document.select(*_LETTER_FIELDS).where(Document.id == document_id).tuples().first()
    if key is None:
        raise StoreError(f"there is no document {document_id}")
    if key in _LETTERS:
        return _LETTERS[key]
    doc = Document.get_by_id(document_id)
    letter = read_letter(doc)
    if not doc.source_text:
        return letter  # a text not stored yet (a register from before schema 2)
    if len(_LETTERS) >= _MAX_LETTERS:
        _LETTERS.clear()
    _LETTERS[key] = letter
    return letter


def find_hints(document_id: int, only: set[int] | None = None) -> list[Hint]:
    """The commitments the document likely fulfils, best first, within the limits
    (among the commitments `only`, when given)."""
    letter = _stored_letter(document_id)
    if not letter.subject and not letter.cue_sentences:
        return []
    among = _preselect(letter, document_id, only)
    candidates = [c for c in open_candidates(document_id, among) if _is_later(letter, c)]
    keys = _keys(letter)
    cues = _cue_words(letter)
    found: list[Hint] = []
    for candidate in candidates:
        # A document from the commitment's own dossier and number is the same document.
        if any(
            _same_dossier(letter.dossier, o.dossier) and letter.number == o.number
            for o in candidate.origins
            if letter.number
        ):
            continue
        text = fold(" ".join([candidate.title, *candidate.quotes]))
        if not any(key in text for key in keys):
            continue  # no word of the letter's can match: similarity 0, no suggestion
        title = content_words(candidate.title)
        quote = content_words(" ".join(candidate.quotes))
        hints = [
            _said_as_promised(letter, candidate, title, quote, cues),
            _same_dossier_subject(letter, candidate, title, quote),
        ]
        hints = [h for h in hints if h is not None and h.score >= THRESHOLD]
        if hints:
            # The better one; on a tie the explicit "zoals toegezegd".
            found.append(max(hints, key=lambda h: (h.score, h.reason == "zoals_toegezegd")))
    _identify_by_reference(letter, candidates, found)
    found.sort(key=lambda h: (-h.score, h.commitment_id))
    kept = found[:MAX_PER_DOCUMENT]
    kept += [h for h in found[MAX_PER_DOCUMENT:] if h.score >= STRONG]
    return kept


def _identify_by_reference(letter: Letter, candidates: list[Candidate], found: list[Hint]) -> None:
    """A cue sentence citing a document with just one open commitment names it, even
    when the words differ ("zoals toegezegd in het debat van 3 april stuur ik u ...")."""
    have = {h.commitment_id for h in found}
    for sentence in letter.cue_sentences:
        cited = references(sentence)
        linked = [(c, *c.cited_by(cited)) for c in candidates]
        firm = [(c, label) for c, link, label in linked if link >= 0.7]
        by_document: dict[int, list[tuple[Candidate, str]]] = {}
        for c, label in firm:
            for origin in c.origins:
                by_document.setdefault(origin.id, []).append((c, label))
        for document_id, entries in by_document.items():
            open_in_document = [
                c for c in candidates if any(o.id == document_id for o in c.origins)
            ]
            if len(open_in_document) != 1 or len(entries) != 1:
                continue
            candidate, label = entries[0]
            if candidate.id in have:
                continue
            found.append(
                Hint(
                    commitment_id=candidate.id,
                    reason="zoals_toegezegd",
                    score=0.75,
                    sentence=sentence,
                    matched_reference=label,
                    evidence=letter.evidence,
                    document_date=letter.date,
                    url=letter.url,
                )
            )
            have.add(candidate.id)


def _follow_ups(document_id: int) -> list[int]:
    """Documents already stored that may follow up this one: they cite it by number or
    official id, or share its dossier. (Files of a folder are imported in name order,
    so a letter can come in before the document whose promise it keeps.)"""
    doc = Document.get_by_id(document_id)
    condition = Document.id == -1
    if doc.dossier:
        # Mentioning the dossier's number: a citation of this document, or the header of
        # a letter in the dossier (the rules then decide).
        condition |= Document.dossier == doc.dossier
        for dossier in {format_dossier(doc.dossier), doc.dossier}:
            condition |= Document.source_text.contains(dossier)
    if doc.official_id:
        condition |= Document.source_text.contains(doc.official_id)
    query = Document.select(Document.id).where(condition & (Document.id != document_id))
    return [i for (i,) in query.tuples()]


def suggest_for_document(document_id: int) -> int:
    """Find the commitments a newly imported document likely fulfils, and the documents
    already stored that likely fulfil its own commitments, and store them as pending
    suggestions; returns how many new ones were made (0 when run again)."""
    made = suggestions.create(document_id, find_hints(document_id))
    own = {
        cid
        for (cid,) in execute(
            """
            SELECT DISTINCT c.id FROM commitment c JOIN source s ON s.commitment_id = c.id
            WHERE s.document_id = ? AND c.status = 'open' AND c.review_state != 'rejected'
            """,
            (document_id,),
        )
    }
    if own:
        for other in _follow_ups(document_id):
            # (Creating none would only prune again what the first `create` pruned.)
            if found := find_hints(other, only=own):
                made += suggestions.create(other, found)
    if made:
        log.info("document %s: %s fulfilment suggestion(s)", document_id, made)
    return made
