"""Titles from the shape of a Dutch sentence: talks, inquiries, starts, fronted questions.

"Ik ga met de VNG in gesprek over X" -> "Gesprek met VNG over X"; "onderzoek ik of X" ->
"Onderzoeken of X"; "start ik met X" -> "Start X". `titles.py` tries these before the
title a rule suggests.
"""

from __future__ import annotations

import re

from tracker.extract.antecedents import last_np
from tracker.extract.passive_titles import PARTICIPLE_NOUNS
from tracker.extract.title_text import MAX_TITLE, strip_words, tidy
from tracker.extract.title_words import INFINITIVE_NOUNS

_I = re.IGNORECASE


INQUIRY_VERBS = {
    "bezie": "Bezien",
    "beziet": "Bezien",
    "onderzoek": "Onderzoek",
    "onderzoekt": "Onderzoek",
    "verken": "Verkennen",
    "verkent": "Verkennen",
    "inventariseer": "Inventariseren",
    "inventariseert": "Inventariseren",
}


def present_inquiry(text: str) -> str:
    """ "Daarnaast onderzoek ik samen met X hoe Y" -> "Onderzoek hoe Y"."""
    verbs = r"bezie|beziet|onderzoek|onderzoekt|verken|verkent|inventariseer|inventariseert"
    m = re.search(
        rf"(?:\b({verbs})\s+(?:ik|wij|we|het\s+kabinet|de\s+minister)\b|"
        rf"\b(?:ik|wij|we|het\s+kabinet)\s+({verbs})\b)"
        r"(?:\s+\S+){0,12}?\s+(of|hoe|welke|wat|waar)\s+(.+)$",
        text,
        _I,
    )
    if not m:
        return ""
    verb = (m.group(1) or m.group(2)).lower()
    asked = re.split(r"\s+en\s+(?:informeer|stuur|kom|zal)\b|[;:]", m.group(4), maxsplit=1)[0]
    asked = re.sub(r"\s+die\s[^,]+,", "", asked)  # "verzekeringsartsen die met pensioen zijn, ..."
    asked = re.sub(r"\b(?:momenteel|nu|op\s+dit\s+moment)\b", " ", asked, flags=_I)
    return tidy(f"{INQUIRY_VERBS[verb]} {m.group(3).lower()} {strip_words(asked)}")


def fronted_thing(text: str) -> str:
    """ "Zodra ProRail de nieuwe planning heeft vastgesteld, zal ik uw Kamer hierover informeren"
    -> "vaststelling nieuwe planning"."""
    m = re.match(r"\s*(?:zodra|nadat|als|wanneer|indien)\s+(.+?),", text, _I)
    if not m:
        return ""
    clause = m.group(1)
    act = next(
        (PARTICIPLE_NOUNS[w.lower()] for w in clause.split() if w.lower() in PARTICIPLE_NOUNS),
        "",
    )
    thing = strip_words(last_np(re.sub(r"\s+(?:heeft|hebben|is|zijn)\s+\S+$", "", clause)))
    if act[:1].isupper() and thing:
        return f"{act.lower()} {thing}"
    return thing


def starting(text: str) -> str:
    """ "Daarnaast start ik dit voorjaar met een pilot in vijf regio's" -> "Start pilot in ..."."""
    m = re.search(
        r"\b(?:start|starten|begin|beginnen)\s+(?:ik|wij|we|het\s+kabinet)\b(?:\s+\S+){0,4}?\s+"
        r"met\s+(.+)$",
        text,
        _I,
    )
    return tidy(f"Start {strip_words(m.group(1))}") if m else ""


def talks(text: str) -> str:
    """ "Ik ga met de VNG en de NVVK in gesprek over de manier waarop ..." -> "Gesprek met VNG en
    NVVK over manier waarop ..."."""
    m = re.search(
        r"\bmet\s+(.+?)\s+in\s+gesprek\b(?:\s+(?:gaan|treden|blijven|gegaan|getreden))?(?:\s*(?:over|om)\s+(.+))?",
        text,
        _I,
    )
    if not m or re.search(r"\b(?:ben|is|zijn|was|waren)\s*$", text[: m.start()], _I):
        return ""
    about = f" over {strip_words(m.group(2))}" if m.group(2) else ""
    title = f"Gesprek met {strip_words(m.group(1))}{about}"
    if about and len(title) > MAX_TITLE:
        # what the talks are about says more than the list of who takes part
        first = re.split(r",|\s+en\s+", strip_words(m.group(1)))[0].strip()
        shorter = f"Gesprek met {first} e.a.{about}"
        title = shorter if len(shorter) <= MAX_TITLE else f"Gesprek{about}"
    return tidy(title)


def fronted_question(text: str) -> str:
    """ "Of de beslistermijn moet worden aangepast, zal ik bezien bij ..." -> "Bezien of ..."."""
    m = re.match(
        r"\s*(of|hoe|welke|wat)\s+(.+?),\s+(?:zal|zullen|ga|gaan|wil|willen)\s+(?:ik|wij|we|het\s+kabinet)"
        r"\s+(?:\S+\s+){0,3}?([a-zà-ÿ]+en)\b",
        text,
        _I,
    )
    if not m:
        return ""
    verb = m.group(3).lower()
    lead = INFINITIVE_NOUNS.get(verb, verb.capitalize())
    return tidy(f"{lead} {m.group(1).lower()} {strip_words(m.group(2))}")
