"""The words and regex fragments of Dutch time phrases.

Month, season and number words; the *trigger* words that start a phrase, each
mapped to the kinds of phrase family (tracker/dates/phrases.py) it can start;
and the shared regex fragments the phrase table is written in: a year (`Y`), a
preposition (`PREP`), "begin"/"eind" (`PART`), a month (`MON`), ...  Every
pattern is matched against the lower-cased text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

MONTHS: dict[str, int] = {
    "januari": 1, "februari": 2, "maart": 3, "april": 4, "mei": 5, "juni": 6,
    "juli": 7, "augustus": 8, "september": 9, "oktober": 10, "november": 11,
    "december": 12,
    # abbreviations, as in "1 jul. 2021"
    "jan": 1, "feb": 2, "febr": 2, "mrt": 3, "apr": 4, "jun": 6, "jul": 7,
    "aug": 8, "sep": 9, "sept": 9, "okt": 10, "nov": 11, "dec": 12,
}  # fmt: skip
FULL_MONTHS = list(MONTHS)[:12]  # the full names come first in MONTHS
ABBR_MONTHS = [m for m in MONTHS if m not in FULL_MONTHS]

_UNIT_WORDS = {
    "een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6,
    "zeven": 7, "acht": 8, "negen": 9,
}  # fmt: skip
_TEEN_WORDS = {
    "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14,
    "vijftien": 15, "zestien": 16, "zeventien": 17, "achttien": 18,
    "negentien": 19, "honderd": 100,
}  # fmt: skip
NUMBER_WORDS: dict[str, int] = {**_UNIT_WORDS, **_TEEN_WORDS}
for _tens_word, _tens in {
    "twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60,
    "zeventig": 70, "tachtig": 80, "negentig": 90,
}.items():  # fmt: skip
    NUMBER_WORDS[_tens_word] = _tens
    for _unit_word, _unit in _UNIT_WORDS.items():
        if _unit_word == "één":
            continue
        # "vierentwintig" = four-and-twenty; after a final e the "en" takes a
        # diaeresis: "tweeëntwintig", "drieëntwintig".
        _joiner = "ën" if _unit_word.endswith("e") else "en"
        NUMBER_WORDS[f"{_unit_word}{_joiner}{_tens_word}"] = _tens + _unit

SEASON_MONTH = {"spring": 3, "summer": 6, "autumn": 9, "winter": 12}
SEASON_WORDS = {
    "voorjaar": "spring", "lente": "spring",
    "zomer": "summer", "zomermaanden": "summer", "zomerperiode": "summer",
    "najaar": "autumn", "herfst": "autumn",
    "winter": "winter", "wintermaanden": "winter",
}  # fmt: skip
# EDTF level 1 season codes (ISO 8601-2: 21 spring ... 24 winter).
SEASON_EDTF = {"spring": 21, "summer": 22, "autumn": 23, "winter": 24}

ORDINALS = {
    "eerste": 1, "1e": 1, "1ste": 1, "tweede": 2, "2e": 2, "2de": 2,
    "derde": 3, "3e": 3, "3de": 3, "vierde": 4, "4e": 4, "4de": 4,
}  # fmt: skip

# Which way a relative word points: "dit jaar" 0, "volgend jaar" +1, "vorig jaar" -1.
REL_OFFSET = {
    "dit": 0, "deze": 0, "lopende": 0, "huidige": 0,
    "komend": 1, "komende": 1, "aankomend": 1, "aankomende": 1, "volgend": 1,
    "volgende": 1, "eerstkomende": 1, "eerstvolgende": 1,
    "vorig": -1, "vorige": -1, "afgelopen": -1, "voorbije": -1,
}  # fmt: skip

# Trigger word -> the kinds of phrase-table row (phrases.py) it can start.
TRIGGERS: dict[str, frozenset[str]] = {}


def _add_triggers(kinds: str, words: Iterable[str]) -> None:
    for word in words:
        TRIGGERS[word] = TRIGGERS.get(word, frozenset()) | frozenset(kinds.split())


_add_triggers("month", MONTHS)
_add_triggers("season", SEASON_WORDS)
_add_triggers("jaar unit", ["jaar", "kalenderjaar"])
_add_triggers("unit", ["jaren", "dag", "dagen", "werkdag", "werkdagen", "week", "weken"])
_add_triggers("unit", ["maand", "maanden", "kwartalen"])
_add_triggers("kwartaal unit", ["kwartaal"])
_add_triggers("helft", ["helft", "jaarhelft", "halfjaar"])
_add_triggers("summer", ["zomerreces", "zomervakantie"])
_add_triggers("xmas", ["kerst", "kerstmis", "kerstreces", "kerstvakantie", "kerstperiode"])
_add_triggers("newyear", ["jaarwisseling"])
_add_triggers("budget", ["prinsjesdag", "miljoenennota", "begroting", "ontwerpbegroting"])
_add_triggers("budget", ["rijksbegroting"])
_add_triggers("nota", ["voorjaarsnota", "najaarsnota"])
_add_triggers("school", ["schooljaar", "studiejaar", "collegejaar", "cursusjaar"])
_add_triggers("session", ["vergaderjaar", "zittingsjaar"])
_add_triggers(
    "vague",
    [
        "termijn", "binnenkort", "spoedig", "snel", "zsm", "zijner", "verkiezingen",
        "kamerverkiezingen", "formatie", "kabinetsformatie", "daarna", "toekomst",
        "afronding", "afloop", "inwerkingtreding", "tijd", "periode", "moment",
        "tijdstip", "jaren", "maanden", "weken",
    ],
)  # fmt: skip


def alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


TRIGGER_RE = re.compile(
    r"(?<![\w.,])(?P<year>(?:19|20)\d\d)(?!\w|[.,]\d)"
    r"|(?<!\w)(?P<q>q[1-4])(?!\w)"
    r"|(?<!\w)(?P<h>h[12])(?=\s*[-/]?\s*(?:19|20)\d\d)"
    r"|(?<!\w)(?P<abbr>t\.z\.t\.?|z\.s\.m\.?)"
    rf"|(?<!\w)(?P<word>{alternation(TRIGGERS)})(?!\w)"
)

# --------------------------------------------------------------------------
# Pattern fragments (all matched against the lower-cased text)
# --------------------------------------------------------------------------

VOOR = r"v(?:oo|óó|óo|oó)r"  # "voor" and the stressed "vóór" (= before)
Y = r"(?:19|20)\d\d(?![\w/]|[.,]\d)"
YY = r"(?:(?:19|20)\d\d|\d\d)(?![\w/]|[.,]\d)"  # second year of "2020/21"
DASH = r"\s*[-–—/]\s*"
YREL = (
    r"(?:dit|deze|het\s+lopende|het\s+huidige|het\s+komende|het\s+volgende|het\s+afgelopen"
    r"|het\s+vorige|aankomend|komend|volgend|vorig|afgelopen)\s+(?:kalender)?jaar(?!\w)"
)
PREP_WORDS = (
    rf"in\s+de\s+loop\s+van|met\s+ingang\s+van|m\.i\.v\.|tot\s+en\s+met|t/m|tot|vanaf|sinds"
    rf"|per|op|in|{VOOR}|rond|omstreeks|tegen|gedurende|tijdens|ergens\s+in"
)
# An optional preposition that belongs to the phrase: "uiterlijk", "per", "vóór", ...
PREP = rf"(?:(?:uiterlijk\s+)?(?:(?:nog|ruim|al)\s+)?(?:{PREP_WORDS})\s+|uiterlijk\s+)?"
# "begin", "medio", "eind", "aan het eind van", ... before a month, year or season.
PART = (
    r"(?:(?:(?:aan|in|tegen)\s+)?het\s+)?"
    r"(?P<part>begin|medio|half|halverwege|midden|eind|einde|ultimo|later|eerder)"
    r"(?:\s+(?:van|in))?\s+"
)
# The year after a month, season, quarter, ...: "maart 2021", "het voorjaar van
# 2021", and in brackets, "het tweede kwartaal (van 2021)" (the conditional group
# asks for the closing bracket only when there was an opening one).
OPEN_YEAR = r"(?:\s+(?:van\s+)?|\s*(?P<paren>\()(?:van\s+)?)"
CLOSE_YEAR = r"(?(paren)\))"
YEAR_AFTER = rf"{OPEN_YEAR}(?P<y>{Y}){CLOSE_YEAR}"
MON = rf"(?P<mon>{alternation(FULL_MONTHS)}|(?P<abbr>{alternation(ABBR_MONTHS)})\.?)(?!\w)"
# "jl." (jongstleden: last) and "a.s." (aanstaande: next) after a date.
JL = r"(?P<jl>jl\.?|j\.l\.|jongstleden|a\.s\.?|aanstaande)"
NUMW = alternation(NUMBER_WORDS)
WEEKDAY = r"(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)"

# Fragments of the quarter, half-year, season and recess rows.
ORD_RE = r"eerste|tweede|derde|vierde|laatste|1e|2e|3e|4e|1ste|2de|3de|4de"
SUB_YEAR = (
    rf"(?:{YEAR_AFTER}|\s+(?:van\s+)?(?P<yrel>{YREL})"
    r"|\s+van\s+(?P<hetjaar>het\s+jaar)(?!\w)|(?!\s+van\s))"
)
SREL = (
    r"dit|deze|komend|komende|aankomend|aankomende|volgend|volgende|vorig|vorige|afgelopen"
    r"|het\s+komende|het\s+volgende|het\s+afgelopen|het\s+vorige|de\s+komende|de\s+volgende"
    r"|de\s+afgelopen|de\s+vorige"
)
SUMMER_YEAR = rf"(?:{YEAR_AFTER}|\s+(?:van\s+)?(?P<yrel>{YREL}))?"
