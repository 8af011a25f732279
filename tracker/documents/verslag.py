"""Reader of a "verslag van een schriftelijk overleg" (report of a written consultation).

After a header (dossier, number, title, "Vastgesteld ...", "Bij brief van ... zijn
de vragen beantwoord") the document has a section per faction ("Vragen en
opmerkingen van de leden van de VVD-fractie"). In the published text the
faction's questions are set in italics and the government's answer follows in
roman type. An answer may only point back ("Hiervoor verwijs ik u naar de
beantwoording van de vragen van de CDA-fractie"): it stays an answer. Material
after the answers ("Bijlage: ...") is kept as exchanges with role "annex".
"""

from __future__ import annotations

import re

from tracker.documents.items import TERMINAL, Item, continues, excerpt, merge
from tracker.documents.layout import FACTION_HEADING, Layout, where
from tracker.documents.metadata import faction_of, read_header
from tracker.documents.model import Document, Exchange

_HEADER_END = re.compile(
    r"Vastgesteld\s+\d|[Bb]ij\s+brief\s+van|voorgelegd|griffier\s+van\s+de\s+commissie"
    r"|De\s+voorzitter\s+van\s+de\s+commissie"
)
_FACTION_LINE = re.compile(
    rf"{FACTION_HEADING}|(?:De\s+)?leden\s+van\s+de\s+(?:[\w-]+-fractie|fractie\s+van\s+"
    r"(?:de\s+|het\s+)?[\w-]+)",
    re.I,
)
_SIGNATURE = re.compile(r"De\s+(?:adjunct-)?(?:voorzitter|griffier)\s+van\s+de\s+commissie")
_ANNEX = re.compile(r"Bijlage\b", re.I)
# Headings that open a part of the document no faction owns.
_TOP_LEVEL = re.compile(
    r"Inleiding|Algemeen|Vragen\s+en\s+opmerkingen\s+(?:vanuit|uit)\s+de\s+(?:fracties|commissie)"
    r"|Reactie\s+van|Bijlage",
    re.I,
)
# Without italics, a question paragraph is recognised by how a verslag words questions.
_QUESTION_START = re.compile(
    r"(?:(?:Ook|Tevens|Voorts|Verder|Daarnaast|Tot\s+slot|Ten\s+slotte|Ook\s+vragen)\s+)?"
    r"(?:(?:De|de)\s+leden|Deze\s+leden|Zij\s+(?:vragen|lezen|willen|constateren|merken|hebben"
    r"|zijn|achten|vinden|verzoeken)|Het\s+lid\s+van)\b"
)
_FUNCTION_WORD_END = re.compile(r"\b(?:de|het|een|van|en|in|op|voor|met|aan|te|dat|die|of|om)$")


def is_italic(raw: str) -> bool:
    """Whether a raw Markdown paragraph is set in italics (a question)."""
    body = re.sub(r"<sup>[^<]*</sup>", "", raw).strip()
    body = re.sub(r"(?<=[*_])\d{1,3}$", "", body).rstrip()
    body = body.replace("***", "*").replace("**", "")
    for mark in "*_":
        if not body or mark not in (body[0], body[-1]):
            continue
        singles = body.count(mark) if mark == "*" else len(re.findall(r"(?<!\w)_|_(?!\w)", body))
        if body[0] == mark and (singles == 1 or (singles == 2 and body[-1] == mark)):
            return True
        if body[-1] == mark and singles == 1:
            return True  # the rest of an italic paragraph a page break cut
    return False


def _is_bold_only(raw: str) -> bool:
    body = raw.strip()
    return body.startswith("**") and body.endswith("**") and len(body) < 400


def _heading_like(item: Item, nxt: Item | None) -> bool:
    """A short line without final punctuation, followed by a new paragraph."""
    text = item.text
    return (
        len(text) <= 100
        and "\n" not in item.raw.strip()
        and not TERMINAL.search(text)
        and not text.endswith(",")
        and text[:1].isupper()
        and not _FUNCTION_WORD_END.search(text)
        and (nxt is None or not nxt.text[:1].islower())
    )


def build(document: Document, items: list[Item], layout: Layout) -> None:
    """Fill header fields and exchanges of a verslag from its cleaned paragraphs."""
    source = document.source
    start = _body_start(items, layout)
    for item in items[:start]:
        item.kind = "header"
    read_header(document, [i.block() for i in items[:start]])
    body = items[start:]
    italics = any(is_italic(i.raw) for i in body) if layout.markdown else False
    for k, item in enumerate(body):
        nxt = body[k + 1] if k + 1 < len(body) else None
        item.kind = _classify(item, nxt, italics, layout.markdown)
    if body and not italics:
        body = _split_sentences(body) if layout.flattened else body
        document.warnings.append(
            "questions are not set in italics: questions and answers were told apart by their "
            "wording and may be mixed up"
        )
    joined: list[Item] = []
    for item in body:
        prev = joined[-1] if joined else None
        if (
            prev
            and prev.kind == item.kind
            and item.kind in ("question", "answer")
            and continues(prev, item)
        ):
            merge(source, prev, item)
        else:
            joined.append(item)
    document.exchanges = _exchanges(joined, document)
    if document.kind == "unknown" and any(e.faction for e in document.exchanges):
        document.kind = "verslag"


def _body_start(items: list[Item], layout: Layout) -> int:
    """Index of the first paragraph after the header.

    The header ends with the signatures of the committee's chair and clerk, after
    "Vastgesteld ..." and "Bij brief van ... beantwoord"; the body starts at the first
    heading or question at the latest.
    """
    first_body = len(items)
    for k, item in enumerate(items):
        if (
            item.para.kind == "heading"
            or (layout.markdown and is_italic(item.raw))
            or _FACTION_LINE.match(item.text)
        ):
            first_body = k
            break
    last_header = -1
    for k, item in enumerate(items[: min(first_body, 40)]):
        if _HEADER_END.match(item.text) or _HEADER_END.search(item.text[:300]):
            last_header = k
            if _SIGNATURE.match(item.text) and item.text.endswith(","):
                last_header = k + 1  # the name stands on the next line
    if last_header >= 0:
        return min(last_header + 1, first_body)
    return first_body if first_body < len(items) else 0


def _classify(item: Item, nxt: Item | None, italics: bool, markdown: bool) -> str:
    if item.para.kind == "heading" or _is_bold_only(item.raw):
        return "heading"
    if italics:
        if is_italic(item.raw):
            return "question"
    elif _QUESTION_START.match(item.text) or item.text.endswith("?"):
        return "question"
    if _heading_like(item, nxt) and (not markdown or _FACTION_LINE.fullmatch(item.text)):
        return "heading"
    return "answer"


def _split_sentences(body: list[Item]) -> list[Item]:
    """Flattened text without italics: tell questions from answers sentence by sentence."""
    out: list[Item] = []
    for item in body:
        if item.kind not in ("question", "answer"):
            out.append(item)
            continue
        cuts = [0] + [m.end() for m in re.finditer(r"(?<=[.?!])\s+(?=[A-Z«])", item.text)]
        cuts.append(len(item.text))
        # (kind, texts, offsets) of each run of sentences of one kind, joined at the end
        # (joining as it goes would copy a long run's text again for each sentence)
        groups: list[tuple[str, list[str], list[int]]] = []
        for a, b in zip(cuts, cuts[1:], strict=False):
            text = item.text[a:b].strip()
            if not text:
                continue
            lead = len(item.text[a:b]) - len(item.text[a:b].lstrip())
            offsets = item.offsets[a + lead : a + lead + len(text)]
            kind = "question" if (_QUESTION_START.match(text) or text.endswith("?")) else "answer"
            if groups and groups[-1][0] == kind:
                groups[-1][1].append(text)
                groups[-1][2].append(item.offsets[a + lead - 1])
                groups[-1][2].extend(offsets)
            else:
                groups.append((kind, [text], offsets))
        out.extend(item.like(" ".join(t), o, k) for k, t, o in groups)
    return out


def _exchanges(items: list[Item], document: Document) -> list[Exchange]:
    exchanges: list[Exchange] = []
    section = ""
    faction: str | None = None
    faction_level = 0
    annex = ""  # the heading of the annex, once it has started
    questions: list[Item] = []
    answer: list[Item] = []

    def flush() -> None:
        nonlocal questions, answer
        if questions and not answer:
            where_ = where(document.source, questions[0].offsets[0])
            document.warnings.append(
                f"{where_}: question without an answer: \u201c{excerpt(questions[0].text)}\u201d"
            )
        if answer:
            who = faction or next(
                (faction_of(q.text) for q in questions if faction_of(q.text)), None
            )
            role = "annex" if annex else ("answer" if who or questions else "introduction")
            exchanges.append(
                Exchange(
                    question="\n\n".join(q.text for q in questions),
                    answer=[a.block("answer") for a in answer],
                    faction=None if annex else who,
                    section=section,
                    addressee=document.addressee,
                    role=role,
                    question_blocks=[q.block("question") for q in questions],
                )
            )
        questions, answer = [], []

    for item in items:
        if item.kind == "heading":
            flush()
            level = item.para.level
            text = item.text
            if annex or _ANNEX.match(text):
                # a "Bijlage" answers no faction; its sub-headings stay inside it
                annex = annex or text
                section = annex if text == annex else f"{annex} – {text}"
                faction = None
                continue
            new_faction = faction_of(text) if _FACTION_LINE.search(text) else None
            if new_faction:
                faction, faction_level = new_faction, level
            elif _TOP_LEVEL.match(text) or (level and faction_level and level <= faction_level):
                faction = None
            section = text
        elif item.kind == "question":
            if answer:
                flush()
            questions.append(item)
        else:
            answer.append(item)
    flush()
    return exchanges
