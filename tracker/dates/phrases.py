"""The phrase table: which Dutch time phrases are read, and how.

Each row is one family of phrases ("in maart 2021", "eind maart", "maart jl.",
...): a name; the kinds of trigger word it starts at (see TRIGGERS in
vocabulary.py); the *core* regex, matched at the trigger; the builder in
builders.py that turns a match into a period; the *left context* regex
(preposition, "begin"/"eind", a day number), matched backwards from the
trigger; whether that left context is required; and a priority (lower wins
between two rows that match the same span).

Adding a phrase is adding a row here, with a line in tests/data/date_phrases.tsv;
plus a builder in builders.py only if the phrase has a new shape, and a trigger
word in vocabulary.py only if it starts at a word no row starts at yet.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from tracker.dates import builders as build
from tracker.dates.builders import Match
from tracker.dates.periods import Ctx, Period
from tracker.dates.vocabulary import (
    CLOSE_YEAR,
    DASH,
    JL,
    MON,
    NUMW,
    OPEN_YEAR,
    ORD_RE,
    PART,
    PREP,
    PREP_WORDS,
    SEASON_WORDS,
    SREL,
    SUB_YEAR,
    SUMMER_YEAR,
    VOOR,
    WEEKDAY,
    YEAR_AFTER,
    YREL,
    YY,
    Y,
    alternation,
)

Builder = Callable[[Match, Ctx], Period | None]


@dataclass(frozen=True)
class Phrase:
    """One row of the table, its patterns compiled."""

    name: str
    kinds: frozenset[str]  # trigger kinds it starts at
    core: re.Pattern[str]  # matched at the trigger
    build: Builder
    left: re.Pattern[str] | None  # must end exactly at the trigger
    left_optional: bool
    priority: int = 0  # lower wins between two candidates of the same span
    index: int = field(default=0, compare=False)  # position in the table


def _row(
    name: str,
    kinds: str,
    core: str,
    builder: Builder,
    left: str | None = None,
    left_optional: bool = True,
    priority: int = 0,
) -> Phrase:
    """A row, its patterns compiled; the left context must end at the trigger."""
    return Phrase(
        name,
        frozenset(kinds.split()),
        re.compile(core),
        builder,
        re.compile(r"(?<![\w.,])" + left + r"\Z") if left else None,
        left_optional,
        priority,
    )


# Row: _row(name, trigger kinds, core pattern, builder,
#           left=left-context pattern, left_optional=True, priority=0)
# fmt: off
_TABLE = (
    # Exact days: "1 juli 2021", "per 1 juli 2021", "vóór 1 juli", "maandag 1 juli a.s."
    _row(
        "day", "month",
        rf"{MON}(?:\s+(?P<y>{Y})|\s+van\s+(?P<yrel>{YREL})|\s+{JL})?",
        build.day_text,
        left=rf"{PREP}(?:{WEEKDAY},?\s+)?(?P<d>[0-3]?\d)(?:e|ste|de)?\s+",
        left_optional=False,
    ),
    # "1-7-2021", "01-07-2021", "1/7/2021"
    _row(
        "day_numeric", "year",
        rf"(?P<y>{Y})", build.day_numeric,
        left=rf"{PREP}(?<![\w.,/-])(?P<d>[0-3]?\d)(?P<sep>[-/])(?P<m>[01]?\d)(?P=sep)",
        left_optional=False,
    ),
    # ISO "2021-07-01"
    _row(
        "day_iso", "year",
        r"(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\w-]|[.,]\d)", build.day_numeric,
        left=PREP,
    ),
    # Months: "in maart 2021", "maart", "eind maart 2021", "begin januari jl."
    _row(
        "month", "month",
        rf"{MON}(?:{YEAR_AFTER}|\s+(?:van\s+)?(?P<yrel>{YREL})|\s+{JL})?",
        build.month,
        left=rf"{PREP}(?:{PART})?(?:de\s+maand\s+)?",
    ),
    # Years: "in 2022", "in de loop van 2022", "uiterlijk 2022", "begin 2021", "eind 2021"
    _row(
        "year", "year",
        rf"(?P<y>{Y})", build.year,
        left=rf"{PREP}(?:{PART})?(?:(?:het\s+)?(?:kalender)?jaar\s+)?",
    ),
    # "2020–2023", "2020/2021", "de periode 2013-2020"
    _row(
        "year_range", "year",
        rf"(?P<y1>(?:19|20)\d\d){DASH}(?P<y2>{YY})", build.year_range,
        left=rf"{PREP}(?:(?:de\s+)?periode\s+)?",
    ),
    # "2021-Q2", "2021 Q2", "2021-H1"
    _row(
        "year_sub", "year",
        r"(?P<y>(?:19|20)\d\d)\s*[-/]?\s*(?:q(?P<qn>[1-4])|h(?P<hn>[12]))(?!\w)",
        build.quarter_or_half,
        left=PREP,
    ),
    # "dit jaar", "volgend jaar", "begin volgend jaar", "later dit jaar",
    # "voor het einde van het jaar"
    _row(
        "year_relative", "jaar",
        r"(?:kalender)?jaar(?!\w)", build.year_relative,
        left=(
            rf"{PREP}(?:{PART})?(?:(?P<yrel>dit|deze|het\s+lopende|het\s+huidige|het\s+komende"
            r"|het\s+volgende|het\s+afgelopen|het\s+vorige|aankomend|komend|volgend|vorig"
            r"|afgelopen)|het)\s+"
        ),
        left_optional=False,
    ),
    # "het tweede kwartaal (van 2021)", "2e kwartaal", "het derde kwartaal van dit jaar"
    _row(
        "quarter", "kwartaal",
        rf"kwartaal{SUB_YEAR}", build.quarter,
        left=rf"{PREP}(?:(?:het|de)\s+)?(?P<q>{ORD_RE})\s+",
        left_optional=False,
    ),
    # "dit kwartaal", "het komende kwartaal"
    _row(
        "quarter_relative", "kwartaal",
        r"kwartaal(?!\w)", build.quarter_relative,
        left=rf"{PREP}(?:(?:het|de)\s+)?(?P<qrel>dit|deze|lopende|huidige|komende|komend"
        r"|volgende|volgend|aankomende|vorige|vorig|afgelopen)\s+",
        left_optional=False,
    ),
    # "Q2", "in Q2 2021", "Q3-2021"
    _row(
        "quarter_q", "q",
        rf"q(?P<qn>[1-4])(?:\s*[-/']?\s*(?P<y>{Y})|\s+(?:van\s+)?(?P<yrel>{YREL}))?",
        build.quarter, left=PREP,
    ),
    # "de eerste helft van 2021", "de tweede helft van het jaar", "tweede jaarhelft"
    _row(
        "half", "helft",
        rf"(?:helft|jaarhelft|halfjaar){SUB_YEAR}", build.half,
        left=rf"{PREP}(?:(?:de|het)\s+)?(?P<hord>eerste|tweede|laatste|1e|2e|1ste|2de)\s+",
        left_optional=False,
    ),
    # "H1 2021"
    _row("half_h", "h", rf"h(?P<hn>[12])\s*[-/]?\s*(?P<y>{Y})", build.half, left=PREP),
    # Seasons of a school or session year: "in het najaar van 2024/25", "winter 2021/2022"
    # (a pair that is not two following years, "voorjaar van 2021 /00", falls to the next row)
    _row(
        "season_of_year_pair", "season",
        rf"(?P<s>{alternation(SEASON_WORDS)})(?!\w)"
        rf"{OPEN_YEAR}(?P<y>(?:19|20)\d\d){DASH}(?P<y2>{YY}){CLOSE_YEAR}",
        build.season,
        left=rf"{PREP}(?:{PART})?(?:(?:het|de)\s+)?",
    ),
    # Seasons: "in het voorjaar van 2021", "dit voorjaar", "deze zomer", "eind dit voorjaar"
    _row(
        "season", "season",
        rf"(?P<s>{alternation(SEASON_WORDS)})(?!\w)"
        rf"(?:{OPEN_YEAR}(?P<y>(?:19|20)\d\d)(?!\w|[.,]\d){CLOSE_YEAR}"
        rf"|\s+(?:van\s+)?(?P<yrel>{YREL}))?",
        build.season,
        left=rf"{PREP}(?:{PART})?(?:(?P<srel>{SREL})\s+|(?:het|de)\s+)?",
    ),
    # "voor de zomer", "vóór het zomerreces", "voor de zomer van 2021"
    _row(
        "before_summer", "season summer",
        rf"zomer(?:reces|vakantie)?(?!\w){SUMMER_YEAR}", build.before_summer,
        left=rf"(?:(?:uiterlijk|nog|ruim|ruimschoots|ergens|al)\s+)?{VOOR}\s+(?:de|het)\s+",
        left_optional=False, priority=-1,
    ),
    # "na de zomer", "na het zomerreces"
    _row(
        "after_summer", "season summer",
        rf"zomer(?:reces|vakantie)?(?!\w){SUMMER_YEAR}", build.after_summer,
        left=r"(?:(?:direct|meteen|kort|vlak)\s+)?na\s+(?:de|het)\s+",
        left_optional=False, priority=-1,
    ),
    # "voor de kerst", "voor het kerstreces"; "na het kerstreces"
    _row(
        "christmas", "xmas",
        rf"kerst(?:mis|reces|vakantie|periode)?(?!\w){SUMMER_YEAR}", build.christmas,
        left=rf"(?:(?:uiterlijk|nog|ruim)\s+)?(?:{VOOR}|rond|tegen|met|(?P<after>na))"
        r"\s+(?:(?:de|het)\s+)?",
        left_optional=False,
    ),
    # "rond de jaarwisseling"
    _row(
        "new_year", "newyear",
        rf"jaarwisseling(?!\w){SUMMER_YEAR}", build.new_year,
        left=rf"(?:(?:uiterlijk|nog)\s+)?(?:{VOOR}|rond|tegen|bij|met|omstreeks|tot)\s+(?:de\s+)?",
        left_optional=False,
    ),
    # "voor Prinsjesdag", "rond Prinsjesdag", "bij de Miljoenennota (2022)", "bij de begroting"
    _row(
        "budget_day", "budget",
        r"(?P<ev>prinsjesdag|miljoenennota|ontwerpbegroting|rijksbegroting|begroting)(?!\w)"
        rf"(?:(?:\s+(?:van\s+|voor\s+)?|\s*(?P<paren>\()(?:voor\s+)?)(?P<y>{Y}){CLOSE_YEAR})?",
        build.budget_day,
        left=rf"(?:(?:uiterlijk|nog|ruim)\s+)?(?:(?:{VOOR}|rond|op|tot|tegen|met|bij|omstreeks)\s+)?"
        r"(?:de\s+)?",
    ),
    # "bij de Voorjaarsnota (2022)", "bij de Najaarsnota"
    _row(
        "budget_memo", "nota",
        rf"(?P<nota>voorjaarsnota|najaarsnota)(?!\w)(?:{YEAR_AFTER})?", build.budget_memo,
        left=rf"(?:(?:uiterlijk|nog)\s+)?(?:(?:bij|met|in|{VOOR}|rond|tegen)\s+)?(?:de\s+)?",
    ),
    # "schooljaar 2020/2021", "studiejaar 2020–2021", "na afloop van het studiejaar"
    _row(
        "school_year", "school",
        rf"(?:schooljaar|studiejaar|collegejaar|cursusjaar)(?!\w)"
        rf"(?:\s+(?P<y1>(?:19|20)\d\d){DASH}(?P<y2>{YY}))?",
        build.school_year,
        left=rf"(?:(?:na\s+afloop\s+van|aan\s+het\s+(?P<edge>begin|eind|einde)\s+van|{PREP_WORDS})"
        rf"\s+)?(?:(?:het|de)\s+)?(?:(?P<srel>dit|deze|huidige|lopende|komende|komend|volgende"
        r"|volgend|aankomende|aankomend|vorige|vorig|afgelopen)\s+)?",
    ),
    # "vergaderjaar 2020–2021"
    _row(
        "session_year", "session",
        rf"(?:vergaderjaar|zittingsjaar)\s+(?P<y1>(?:19|20)\d\d){DASH}(?P<y2>{YY})",
        build.session_year, left=rf"{PREP}(?:het\s+)?",
    ),
    # "binnen drie maanden", "binnen een jaar", "over zes weken", "de komende maanden"
    _row(
        "relative_span", "unit",
        r"(?P<unit>werkdagen|werkdag|dagen|dag|weken|week|maanden|maand|kwartalen|kwartaal"
        r"|jaren|jaar)(?!\w)",
        build.relative_span,
        left=(
            r"(?:(?:uiterlijk|ruim|nog|al)\s+)?(?P<rel>binnen\s+nu\s+en|binnen|over"
            r"|(?:(?:in|gedurende|voor)\s+)?de\s+(?:komende|eerstkomende|eerstvolgende|aankomende)"
            r"|komende)\s+"
            rf"(?:(?P<n>\d{{1,3}}|{NUMW})(?P<andhalf>\s+en\s+een\s+hal(?:f|ve))?\s+"
            r"|(?P<hf>(?:een\s+|ander)hal(?:f|ve))\s+"
            r"|(?P<few>enkele|een\s+paar|een\s+aantal|paar|aantal|korte)\s+)?"
        ),
        left_optional=False,
    ),
    # Vague and event-relative phrases: found, kept, but no due date.
    _row(
        "vague_term", "vague", r"termijn(?!\w)", build.vague,
        left=r"op\s+(?:(?:de|een)\s+)?(?:(?:(?:zeer\s+)?korte|middellange|lange)"
        r"(?:\s+(?:en|of|en/of)\s+(?:de\s+)?(?:korte|middellange|lange))?\s+)?",
        left_optional=False,
    ),
    _row("vague_soon", "vague", r"binnenkort(?!\w)", build.vague),
    _row(
        "vague_spoedig", "vague", r"spoedig(?:\s+mogelijk)?(?!\w)", build.vague,
        left=r"(?:zo\s+|zeer\s+)?",
    ),
    _row(
        "vague_asap", "vague",
        r"snel\s+(?:mogelijk|als\s+(?:dat\s+)?(?:mogelijk(?:\s+is)?|kan))(?!\w)", build.vague,
        left=r"zo\s+", left_optional=False,
    ),
    _row("vague_zsm", "vague", r"zsm(?!\w)", build.vague),
    _row("vague_abbr", "abbr", r"(?:t\.z\.t\.?|z\.s\.m\.?)", build.vague),
    # "te zijner tijd": in due course
    _row(
        "vague_tzt", "vague", r"zijner\s+tijd(?!\w)", build.vague,
        left=r"te\s+", left_optional=False,
    ),
    _row(
        "vague_election", "vague",
        r"(?:kamerverkiezingen|verkiezingen|kabinetsformatie|formatie)(?!\w)", build.vague,
        left=rf"(?:(?:direct|kort|vlak|pas)\s+)?(?:na|tot|{VOOR}|rond|tot\s+aan"
        r"|voorafgaand\s+aan)\s+(?:de\s+)?(?:tweede\s+)?",
        left_optional=False,
    ),
    _row("vague_then", "vague", r"daarna(?!\w)", build.vague),
    _row(
        "vague_future", "vague", r"toekomst(?!\w)", build.vague,
        left=r"in\s+de\s+(?:(?:nabije|verre|nabije\s+of\s+verre)\s+)?", left_optional=False,
    ),
    _row(
        "vague_after_event", "vague", r"(?:afronding|afloop|inwerkingtreding)(?!\w)", build.vague,
        left=r"(?:direct\s+|kort\s+)?na\s+", left_optional=False,
    ),
    _row(
        "vague_while", "vague", r"(?:tijd|periode)(?!\w)", build.vague,
        left=r"(?:binnen\s+afzienbare|(?:in\s+|gedurende\s+)?de\s+(?:komende|nabije))\s+",
        left_optional=False,
    ),
    _row(
        "vague_later", "vague", r"(?:moment|tijdstip)(?!\w)", build.vague,
        left=r"op\s+een\s+(?:later|nader\s+te\s+bepalen)\s+", left_optional=False,
    ),
    _row(
        "vague_recent_years", "vague unit", r"(?:jaren|jaar|maanden|weken)(?!\w)", build.vague_past,
        left=rf"(?:(?:in|gedurende|over)\s+)?(?:(?:de|het)\s+)?(?:afgelopen|laatste|voorbije)\s+"
        rf"(?:(?:\d{{1,3}}|{NUMW})\s+)?",
        left_optional=False, priority=1,
    ),
)
# fmt: on

PHRASES: tuple[Phrase, ...] = tuple(replace(p, index=i) for i, p in enumerate(_TABLE))

PHRASES_BY_KIND: dict[str, tuple[Phrase, ...]] = {}
for _p in PHRASES:
    for _k in _p.kinds:
        PHRASES_BY_KIND[_k] = (*PHRASES_BY_KIND.get(_k, ()), _p)

LEFT_WINDOW = 80  # the longest left context ("uiterlijk in de loop van het ...") fits
