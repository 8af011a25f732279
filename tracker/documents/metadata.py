"""Document metadata: Dutch dates, office holders, factions and the header of a verslag."""

from __future__ import annotations

import re
from datetime import date

from tracker.documents.model import Block, Document

MONTHS = {
    name: number
    for number, name in enumerate(
        "januari februari maart april mei juni juli augustus september oktober november "
        "december".split(),
        start=1,
    )
}
DATE = r"(\d{1,2})\s+(" + "|".join(MONTHS) + r")\s+(\d{4})"
DATE_PHRASE = r"\d{1,2}\s+(?:" + "|".join(MONTHS) + r")\s+\d{4}"

# Ministries are "van": "Minister van Financiën". A minister without a ministry of their
# own is "voor": "Minister voor Klimaat en Energie". Kamervragen name only the portfolio
# ("Minister Jetten (Klimaat en Energie)"), so the title is rebuilt from this list.
MINISTRIES = {
    "Algemene Zaken",
    "Binnenlandse Zaken en Koninkrijksrelaties",
    "Buitenlandse Zaken",
    "Defensie",
    "Economische Zaken",
    "Economische Zaken en Klimaat",
    "Financiën",
    "Infrastructuur en Milieu",
    "Infrastructuur en Waterstaat",
    "Justitie en Veiligheid",
    "Veiligheid en Justitie",
    "Landbouw, Natuur en Voedselkwaliteit",
    "Landbouw, Visserij, Voedselzekerheid en Natuur",
    "Onderwijs, Cultuur en Wetenschap",
    "Sociale Zaken en Werkgelegenheid",
    "Volksgezondheid, Welzijn en Sport",
    "Klimaat en Groene Groei",
    "Asiel en Migratie",
    "Volkshuisvesting en Ruimtelijke Ordening",
}

# Party names as written in parentheses or in "de fractie van ..." -> the usual short form.
PARTY_ALIASES = {"partij voor de dieren": "PvdD", "gl": "GroenLinks", "gl-pvda": "GroenLinks-PvdA"}

_FACTION = re.compile(
    r"\b(?:leden|lid)\s+van\s+de\s+(?:(?P<a>[\w-]+?)-fractie\b"
    r"|fractie\s+van\s+(?:de\s+|het\s+)?(?P<b>Partij\s+voor\s+de\s+Dieren|[\w-]+))",
    re.I,
)


# The rest of an office's name: no full stop or bracket, and a comma only inside a
# ministry's name ("Onderwijs, Cultuur en Wetenschap", "Volksgezondheid, Welzijn en Sport").
_OFFICE_TAIL = r"(?:[^.,(]|,\s+(?=[A-Z]\w+\s+en\s+[A-Z]))*?"


def parse_dutch_date(text: str) -> date | None:
    """The first "9 maart 2021" style date in `text`."""
    m = re.search(DATE, text, re.I)
    if not m:
        return None
    try:
        return date(int(m.group(3)), MONTHS[m.group(2).lower()], int(m.group(1)))
    except ValueError:
        return None


def faction_of(text: str) -> str | None:
    """The party in "leden van de VVD-fractie" / "leden van de fractie van de SGP"."""
    m = _FACTION.search(text)
    if not m:
        return None
    name = m.group("a") or m.group("b")
    return PARTY_ALIASES.get(name.lower(), name)


def office(title: str, portfolio: str, known: list[str] | None = None) -> str:
    """The office from a title and a portfolio.

    "Minister" + "Economische Zaken en Klimaat" -> "Minister van Economische Zaken en Klimaat";
    an office already named in `known` (the addressees) wins.
    """
    title = "Minister" if title.lower() == "minister" else title[:1].upper() + title[1:]
    portfolio = re.sub(r"\s+", " ", portfolio).strip()
    if title == "Minister-President":
        return title
    for name in known or []:
        if name.endswith(f" {portfolio}") and name.startswith(title):
            return name
    if title == "Minister" and portfolio not in MINISTRIES:
        return f"Minister voor {portfolio}"
    return f"{title} van {portfolio}"


_OFFICE_SPLIT = re.compile(
    r",?\s+en\s+(?:de\s+|aan\s+de\s+)?(?=(?:Minister|Staatssecretaris))"
    r"|,\s+(?:de\s+)?(?=Minister|Staatssecretaris)"
)


def split_offices(text: str) -> list[str]:
    """One string per office.

    "Ministers van A en van B" / "Minister van A en de Staatssecretaris van B" -> two offices.
    """
    out: list[str] = []
    for part in _OFFICE_SPLIT.split(text.strip()):
        part = part.strip(" ,.")
        m = re.match(r"(Ministers|Staatssecretarissen)\s+(.*)", part, re.S)
        if not m:
            if part:
                out.append(part)
            continue
        title = "Minister" if m.group(1) == "Ministers" else "Staatssecretaris"
        for sub in re.split(r",\s+(?=van\s|voor\s)|\s+en\s+(?=van\s|voor\s)", m.group(2)):
            out.append(f"{title} {sub.strip(' ,.')}")
    return out


def join_offices(offices: list[str]) -> str | None:
    """Several offices as Dutch prose: "A", "A en B", "A, B en C"."""
    if not offices:
        return None
    if len(offices) == 1:
        return offices[0]
    return ", ".join(offices[:-1]) + " en " + offices[-1]


def sentence_case(text: str) -> str:
    """ "VERSLAG VAN EEN SCHRIFTELIJK OVERLEG" -> "Verslag van een schriftelijk overleg"."""
    if text.isupper():
        return text[:1] + text[1:].lower()
    return text


_VERSLAG_TITLE = re.compile(
    r"(?:^|\n|Vergaderjaar\s+\d{4}\s*[–-]\s*\d{4}\s+)(?P<dossier>\d{2}\s?\d{3})"
    r"(?:\s+(?P<sub>[A-Z]{1,3}|[IVXLC]{1,6})(?=\s))?\s+(?P<title>[\s\S]{1,400}?)\s*"
    r"\bNr\.\s*(?P<nr>\d+)\s*(?P<type>[A-ZÀ-Ý]+(?:[ ,'’-]+[A-ZÀ-Ý]+)*\b(?![a-zà-ÿ])|[^\n]*)"
)


def read_header(document: Document, blocks: list[Block]) -> None:
    """Fill dossier, number, title, dates, committee and addressee of a verslag."""
    text = "\n".join(b.text.strip() for b in blocks)
    if m := _VERSLAG_TITLE.search(text):
        document.dossier = m.group("dossier").replace(" ", "")
        if m.group("sub"):
            document.dossier += f" {m.group('sub')}"
        document.number = m.group("nr")
        document.dossier_title = re.sub(r"\s+", " ", m.group("title")).strip(" *")
        kind = re.sub(r"\s+", " ", m.group("type")).strip()
        kind = re.split(r"\s+Vastgesteld\b", kind)[0]
        document.document_type = sentence_case(kind)
    else:
        if m := re.search(r"(?m)^(\d{2}\s?\d{3})(?:\s+([A-Z]{1,3}|[IVXLC]{1,6}))?$", text):
            document.dossier = m.group(1).replace(" ", "")
        if m := re.search(r"\bNr\.\s*(\d+)", text):
            document.number = m.group(1)
    if m := re.search(r"Vastgesteld\s+(" + DATE_PHRASE + ")", text, re.I):
        document.date = parse_dutch_date(m.group(1))
    if m := re.search(r"[Bb]ij\s+brief\s+van\s+(" + DATE_PHRASE + r")[^.]{0,120}?beantwoord", text):
        document.reference_date = parse_dutch_date(m.group(1))
    if m := re.search(r"\b(?:vaste|algemene)\s+commissie\s+voor\s+[^.,]+?(?=\s+heeft\b)", text):
        document.committee = re.sub(r"\s+", " ", m.group(0))
    addressee = None
    if m := re.search(
        r"voorgelegd\s+aan\s+de\s+((?:Minister|Staatssecretaris)"
        + _OFFICE_TAIL
        + r")(?:\s+over\b|[.(]|,(?!\s+[A-Z]\w+\s+en\s+[A-Z])|$)",
        text,
    ):
        addressee = m.group(1)
    elif m := re.search(
        r"aan\s+de\s+((?:Minister|Staatssecretaris)" + _OFFICE_TAIL + r")\s+voorgelegd", text
    ):
        addressee = m.group(1)
    if addressee:
        document.addressees = split_offices(re.sub(r"\s+", " ", addressee))
        document.addressee = join_offices(document.addressees)
        # A verslag names no signer: whoever the questions were put to answers them.
        document.answerers = list(document.addressees)
        document.answerer = document.addressee
    if m := re.search(
        r"voorgelegd\s+aan\s+de\s+[^.]*?\bover\s+(.+?)\.(?=\s+[A-Z]|\s*$)", text, re.S
    ):
        document.subject = re.sub(r"\s+", " ", m.group(1)).strip()
    if document.document_type and document.dossier_title:
        document.title = f"{document.dossier_title}; {document.document_type}"
    else:
        document.title = document.dossier_title or document.document_type
    if document.dossier and document.number:
        document.official_id = f"kst-{document.dossier.replace(' ', '-')}-{document.number}"
    if document.reference_date is None:
        document.reference_date = document.date
