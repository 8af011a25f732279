"""Reader of answers to written questions (Kamervragen, "Aanhangsel van de Handelingen").

The header names who asked whom about what, and when:

    Vragen van het lid Van der Lee (GroenLinks) aan de Minister van Economische Zaken en
    Klimaat over ... (ingezonden 2 oktober 2023).
    Antwoord van Minister Adriaansens (Economische Zaken en Klimaat) (ontvangen 13 november 2023).

A "Mededeling" instead (or before the answer) tells the House that the answers take
longer than the three weeks the Rules of Procedure allow. The body then alternates
"Vraag 1" / "Antwoord 1"; several questions may share one answer ("Vraag 4 en 5",
"Antwoord 2 en 3", "Antwoord op vraag 7").
"""

from __future__ import annotations

import re

from tracker.documents.items import Item, continues, excerpt, merge
from tracker.documents.layout import Layout, where
from tracker.documents.metadata import (
    DATE_PHRASE,
    join_offices,
    office,
    parse_dutch_date,
    split_offices,
)
from tracker.documents.model import Asker, Block, Document, Exchange

# "Vragen van het lid X (Partij) aan de Minister van A over B (ingezonden 2 oktober 2023)."
# Found from its "(ingezonden ...)" end, so that a long text cannot make the search slow.
_SUBMITTED = re.compile(r"\(ingezonden\s+(?P<date>" + DATE_PHRASE + r")(?:[,;]\s*[^)]{0,40})?\)\.?")
_ASKED_START = re.compile(r"Vragen\s+van\s+(?:het\s+lid|de\s+leden)\s")
_ASKED = re.compile(
    r"Vragen\s+van\s+(?P<who>(?:het\s+lid|de\s+leden)\s+.+?)\s+aan\s+(?:de\s+)?"
    r"(?P<to>(?:Minister|Staatssecretaris)\w*\b.+?)\s+over\s+(?P<subject>.+?)\s*",
    re.S,
)
# "Antwoord van Minister X (Economische Zaken en Klimaat) (ontvangen 13 november 2023)." and
# "Mededeling van ..." likewise; found from their "(ontvangen ...)" end.
_RECEIVED = re.compile(r"\(ontvangen\s+(?P<date>" + DATE_PHRASE + r")\)\.?")
_ANSWER_START = re.compile(r"Antwoord(?:en)?\s+van\s+(?:de\s+)?")
_NOTICE_START = re.compile(r"Mededeling\s+van\s+(?:de\s+)?")
# "Minister Adriaansens (Economische Zaken en Klimaat)"
_HOLDER = re.compile(
    r"(?P<title>Minister-President|Minister|Staatssecretaris|minister|staatssecretaris)\s+"
    r"(?P<name>[^()]+?)\s*\((?P<portfolio>[^()]+)\)"
)
_OFFICIAL_ID = re.compile(r"\b(ah-(?:tk|ek)-\d{8}-\d+)\b")
_AANHANGSEL = re.compile(
    r"Aanhangsel\s+Handelingen\s+(I{1,2})\s+(\d{2})(\d{2})/(\d{2})\s+(\d{1,5})\b"
)
_CASE = re.compile(r"\b(\d{4}Z\d{5})\b")


def build(document: Document, items: list[Item], layout: Layout) -> None:
    """Fill header fields and exchanges of a Kamervragen document."""
    document.kind = "kamervragen"
    first = next((k for k, i in enumerate(items) if i.para.kind == "marker"), len(items))
    header = items[:first]
    for item in header:
        item.kind = "header"
    _read_header(document, header)
    _read_codes(document)
    document.exchanges = _exchanges(document, items[first:])


def _read_codes(document: Document) -> None:
    source = document.source
    if m := _OFFICIAL_ID.search(source):
        document.official_id = m.group(1)
        document.number = m.group(1).rsplit("-", 1)[1]
    elif m := _AANHANGSEL.search(source):
        # "Aanhangsel Handelingen II 2022/23 3649" -> ah-tk-20222023-3649
        chamber = "tk" if m.group(1) == "II" else "ek"
        century = m.group(2)
        document.official_id = (
            f"ah-{chamber}-{century}{m.group(3)}{century}{m.group(4)}-{m.group(5)}"
        )
        document.number = m.group(5)


def _read_header(document: Document, header: list[Item]) -> None:
    text = re.sub(r"\s+", " ", " ".join(i.text for i in header))
    document.document_type = "Antwoord op Kamervragen"
    if asked := _asked(text):
        m, submitted = asked
        document.askers = _askers(m.group("who"))
        document.addressees = split_offices(m.group("to"))
        document.addressee = join_offices(document.addressees)
        document.subject = m.group("subject").strip()
        document.asked_date = parse_dutch_date(submitted)
    else:
        document.warnings.append(
            "header: no \u201cVragen van het lid ... (ingezonden ...)\u201d sentence found; "
            "asker, addressee and subject are unknown"
        )
    answered = _issued(text, _ANSWER_START)
    notice = _issued(text, _NOTICE_START)
    if answered:
        document.reference_date = document.date = parse_dutch_date(answered.date)
        by, behalf = answered.by, ""
        if m := re.search(r",?\s+mede\s+namens\s+", by):
            by, behalf = by[: m.start()], by[m.end() :]
        document.answerers = _holders(by, document.addressees)
        document.on_behalf_of = _holders(behalf, document.addressees) if behalf else []
        document.answerer = join_offices(document.answerers)
    elif notice:
        document.warnings.append(
            "header: only a \u201cMededeling\u201d (the answers are postponed), no "
            "\u201cAntwoord van ... (ontvangen ...)\u201d"
        )
    else:
        document.warnings.append(
            "header: no \u201cAntwoord van ... (ontvangen ...)\u201d sentence found; the "
            "answer date is unknown"
        )
    if notice:
        document.notices = _notice_blocks(header)
        if document.date is None:
            document.date = parse_dutch_date(notice.date)
    if m := _CASE.search(text):
        document.case_number = m.group(1)
    if not document.addressee and document.answerer:
        document.addressee = document.answerer
    lead = "Antwoord op vragen" if answered or not notice else "Mededeling over vragen"
    if names := _names(document.askers):
        member = "het lid" if len(document.askers) == 1 else "de leden"
        document.title = f"{lead} van {member} {names}"
        if document.subject:
            document.title += f" over {document.subject.rstrip('.')}"
    else:
        document.title = document.subject or lead


class _Issued:
    """An "Antwoord van ..." or "Mededeling van ..." sentence: who, when, where."""

    def __init__(self, by: str, date: str, start: int, end: int) -> None:
        self.by, self.date, self.start, self.end = by, date, start, end


def _issued(text: str, opening: re.Pattern[str], pos: int = 0) -> _Issued | None:
    """The first sentence opened by `opening` and closed by "(ontvangen <date>)"."""
    for end in _RECEIVED.finditer(text, pos):
        starts = list(opening.finditer(text, max(pos, end.start() - 600), end.start()))
        if starts:
            by = text[starts[-1].end() : end.start()].strip()
            return _Issued(by, end.group("date"), starts[-1].start(), end.end())
    return None


def _asked(text: str) -> tuple[re.Match[str], str] | None:
    """The "Vragen van ... (ingezonden ...)" sentence (asker, addressee, subject) and its date."""
    for end in _SUBMITTED.finditer(text):
        starts = list(_ASKED_START.finditer(text, max(0, end.start() - 2000), end.start()))
        if starts:
            sentence = text[starts[-1].start() : end.start()].rstrip()
            if m := _ASKED.fullmatch(sentence):
                return m, end.group("date")
    return None


def _askers(who: str) -> list[Asker]:
    """ "de leden Kops en Wilders (beiden PVV)", "het lid Van der Lee (GroenLinks)"."""
    who = re.sub(r"^(?:het\s+lid|de\s+leden)\s+", "", who.strip())
    parts = re.split(r",\s+|\s+en\s+(?![^()]*\))", who)
    askers: list[Asker] = []
    waiting: list[Asker] = []
    for part in parts:
        part = part.strip()
        if not part:
            continue
        m = re.fullmatch(r"(.+?)\s*\((?:beiden\s+|allen\s+)?([^()]+)\)", part)
        if m:
            asker = Asker(m.group(1).strip(), m.group(2).strip())
            for earlier in waiting:
                earlier.party = asker.party
            waiting = []
        else:
            asker = Asker(part)
            waiting.append(asker)
        askers.append(asker)
    return askers


def _names(askers: list[Asker]) -> str:
    names = [a.name for a in askers]
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " en " + names[-1]


def factions(askers: list[Asker]) -> str | None:
    """The askers' parties, each once: "VVD" or "VVD, CDA"."""
    parties: list[str] = []
    for asker in askers:
        if asker.party and asker.party not in parties:
            parties.append(asker.party)
    return ", ".join(parties) or None


def _holders(text: str, known: list[str]) -> list[str]:
    """ "Minister Adriaansens (Economische Zaken en Klimaat)" -> offices."""
    found = [office(m.group("title"), m.group("portfolio"), known) for m in _HOLDER.finditer(text)]
    if found:
        return found
    # "de Minister van Financiën" written as an office already
    text = re.sub(r"^\s*(?:de|het)\s+", "", text)
    return [o for o in split_offices(text) if re.match(r"(?:Minister|Staatssecretaris)\b", o)]


def _notice_blocks(header: list[Item]) -> list[Block]:
    """The text of a "Mededeling", up to the "Antwoord van ..." sentence."""
    blocks: list[Block] = []
    inside = False
    for item in header:
        text, offsets = item.text, item.offsets
        start = 0
        if not inside:
            notice = _issued(text, _NOTICE_START)
            if notice is None:
                continue
            inside, start = True, notice.end
        stop = _ANSWER_START.search(text, start)
        end = stop.start() if stop else len(text)
        piece = text[start:end]
        lead = len(piece) - len(piece.lstrip())
        piece = piece.strip()
        if piece:
            blocks.append(Block("notice", piece, offsets[start + lead : start + lead + len(piece)]))
        if stop:
            break
    return blocks


def _numbers(text: str) -> set[int]:
    """ "4, 5 en 6" / "4 t/m 6" / "4-6" -> {4, 5, 6}."""
    out: set[int] = set()
    for m in re.finditer(r"(\d+)[a-z]?(?:\s*(?:t/m|tot\s+en\s+met|[-–])\s*(\d+))?", text):
        a = int(m.group(1))
        b = int(m.group(2)) if m.group(2) else a
        out.update(range(a, min(b, a + 50) + 1))
    return out


def _exchanges(document: Document, items: list[Item]) -> list[Exchange]:
    source = document.source
    faction = factions(document.askers)
    exchanges: list[Exchange] = []
    pending: list[tuple[str, list[Item], int]] = []  # (numbers, question, marker position)
    answer: list[Item] | None = None
    answer_numbers = ""
    taken: list[tuple[str, list[Item], int]] = []
    current: list[Item] | None = None

    def close() -> None:
        nonlocal answer, taken
        if answer is None:
            return
        if not answer:
            document.warnings.append(f"answer {answer_numbers or '(unnumbered)'} is empty")
        else:
            numbers = answer_numbers or " en ".join(n for n, _, _ in taken if n)
            label = "Vragen" if len(_numbers(numbers)) > 1 else "Vraag"
            questions = [q for _, qs, _ in taken for q in qs]
            exchanges.append(
                Exchange(
                    question="\n\n".join(q.text for q in questions),
                    answer=[a.block("answer") for a in answer],
                    faction=faction,
                    section=f"{label} {numbers}".strip(),
                    number=numbers or None,
                    addressee=document.addressee,
                    question_blocks=[q.block("question") for q in questions],
                )
            )
        answer, taken = None, []

    for item in items:
        marker = item.para.marker
        if marker is not None:
            if marker.label == "vraag":
                close()
                current = []
                pending.append((marker.numbers, current, marker.start))
                kind = "question"
            else:
                close()
                answer, answer_numbers = [], marker.numbers
                current = answer
                taken = _take(pending, marker.numbers, document, item)
                kind = "answer"
            if not item.text:
                continue
            item.kind = kind
        elif current is None:
            document.warnings.append(
                f"{where(source, item.offsets[0])}: text before the first question: "
                f"\u201c{excerpt(item.text)}\u201d"
            )
            continue
        else:
            item.kind = "answer" if current is answer else "question"
        if current and continues(current[-1], item):
            merge(source, current[-1], item)
        else:
            current.append(item)
    close()
    for numbers, questions, position in pending:
        text = excerpt(questions[0].text) if questions else ""
        document.warnings.append(
            f"{where(source, position)}: question {numbers or '(unnumbered)'} has no answer: "
            f"\u201c{text}\u201d"
        )
    return exchanges


def _take(
    pending: list[tuple[str, list[Item], int]], numbers: str, document: Document, item: Item
) -> list[tuple[str, list[Item], int]]:
    """The pending questions an "Antwoord N" answers (and remove them from `pending`)."""
    wanted = _numbers(numbers)
    if not pending:
        document.warnings.append(
            f"{where(document.source, item.para.start)}: answer {numbers} follows no question"
        )
        return []
    if wanted:
        chosen = [p for p in pending if _numbers(p[0]) & wanted]
        if not chosen:
            document.warnings.append(
                f"{where(document.source, item.para.start)}: answer {numbers} does not match "
                f"question {', '.join(p[0] for p in pending)}"
            )
            chosen = list(pending)
    else:
        chosen = pending[:1]
    for p in chosen:
        pending.remove(p)
    return chosen
