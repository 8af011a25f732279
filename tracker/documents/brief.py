"""A letter to the House ("Kamerbrief"): header, body, signature.

Letters are how ministers report that a promise is kept ("zoals toegezegd ..."), and
they make promises of their own. The body is one exchange without a question
(role "letter"), so extraction reads it like an answer.
"""

from __future__ import annotations

import re

from tracker.documents.items import Item, continues, merge
from tracker.documents.layout import Layout
from tracker.documents.metadata import DATE_PHRASE, parse_dutch_date, read_header
from tracker.documents.model import Document, Exchange

# "BRIEF VAN DE MINISTER VAN ...", on its own line or after the number as published
# ("Nr. 496 BRIEF VAN DE MINISTER VAN ECONOMISCHE ZAKEN"); also "BRIEF VAN DE MINISTERS
# VAN ... EN VAN ...", and a title in sentence case ("Brief van de Minister van ...").
TITLE = re.compile(
    r"^\W*(?:Nr\.\s*\d+\s+)?[*_]*(?:BRIEF\s+VAN\s+DE\s+(?P<office>(?:MINISTERS?"
    r"|STAATSSECRETARIS(?:SEN)?|MINISTER-PRESIDENT)\b[^*\n]*)|Brief\s+van\s+de\s+"
    r"(?P<office2>(?:Ministers?|Staatssecretaris(?:sen)?|Minister-President)\b[^*\n.]*)$)",
    re.M,
)
# "Den Haag, 28 mei 2021" ends the header
_PLACE_DATE = re.compile(r"^\W*(?:Den\s+Haag|'s-Gravenhage),\s+(" + DATE_PHRASE + r")\b")
_ADDRESS = re.compile(r"^\W*Aan\s+de\s+Voorzitter\s+van\s+de\s+Tweede\s+Kamer\b")
# "De Staatssecretaris van Economische Zaken en Klimaat," opens the signature
# (and may run on into the name: "..., E.J. Kuipers" when the lines were joined)
_SIGNATURE = re.compile(
    r"^\W*De\s+(?:Minister|Staatssecretaris|Minister-President)\b[^.]{0,120},"
    r"\s*(?:[A-Z][\w.\s'-]{0,60})?$"
)


def detect(source: str) -> bool:
    """Whether the header calls the text a letter ("BRIEF VAN DE MINISTER ...")."""
    return bool(TITLE.search(source[:4000]))


def _office(raw: str) -> str:
    """ "STAATSSECRETARIS VAN ECONOMISCHE ZAKEN EN KLIMAAT" -> "Staatssecretaris van
    Economische Zaken en Klimaat"."""
    words = re.sub(r"\s+", " ", raw).strip(" *,").lower().split()
    small = {"van", "voor", "en", "de", "het", "der"}
    out = [w if (w in small and k) else w[:1].upper() + w[1:] for k, w in enumerate(words)]
    return " ".join(out)


def build(document: Document, items: list[Item], layout: Layout) -> None:
    """Fill the header fields and the single exchange of a letter."""
    end = 0
    for k, item in enumerate(items[:40]):
        if _PLACE_DATE.match(item.text) or _ADDRESS.match(item.text):
            end = k + 1
            if m := _PLACE_DATE.match(item.text):
                document.date = parse_dutch_date(m.group(1))
                break
    header, body = items[:end], items[end:]
    for item in header:
        item.kind = "header"
    read_header(document, [i.block() for i in header])
    head = "\n".join(i.text for i in header)
    document.document_type = "Brief"
    if m := TITLE.search(head):
        office = _office(m.group("office") or m.group("office2"))
        document.answerers = [office]
        document.answerer = office
        document.title = f"Brief van de {office}"
    # A letter is dated on the day it answers for: relative phrases count from it.
    document.reference_date = document.reference_date or document.date
    signature = next((k for k, i in enumerate(body) if _SIGNATURE.match(i.text)), len(body))
    for item in body[signature:]:
        item.kind = "other"
    joined: list[Item] = []
    for item in body[:signature]:
        item.kind = "answer"
        if joined and continues(joined[-1], item):
            merge(document.source, joined[-1], item)
        else:
            joined.append(item)
    if joined:
        document.exchanges = [
            Exchange(
                question="",
                answer=[i.block("answer") for i in joined],
                section="Brief",
                addressee=None,
                role="letter",
            )
        ]
