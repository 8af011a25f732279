"""Dutch time expressions -> period, precision and due date.

Interface (stable; used by extraction, storage, the CLI and the window):

    find_time_expressions(text, reference) -> list[TimeExpression]
    choose_due(expressions) -> TimeExpression | None

See ../shared/docs/due-date-conventions.md for the rules.

How it works, in three passes over the text:

1. One cheap regex finds *trigger* words: a month name, a year, "kwartaal",
   "voorjaar", "Prinsjesdag", "termijn", ...  Every time expression contains one.
2. For each trigger, the rules for that kind of trigger match their *core* at the
   trigger and their *left context* (prepositions, "begin"/"eind", a day number)
   backwards from it.  Of all candidates the leftmost-longest win; a resolver
   turns each into a period.  Scanning only around triggers is what makes this
   fast: the expensive patterns never run over plain prose.
3. Ranges ("tussen juni en half september 2021") are merged, and each phrase is
   told whether its clause describes the past.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date

from tracker.dates import builders
from tracker.dates.builders import Match
from tracker.dates.periods import Ctx, Period
from tracker.dates.tense import TenseReader
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
    TRIGGER_RE,
    TRIGGERS,
    VOOR,
    WEEKDAY,
    YEAR_AFTER,
    YREL,
    YY,
    Y,
    alternation,
)
from tracker.dates.vocabulary import (
    MONTHS as MONTHS,
)

PRECISIONS = ("day", "month", "quarter", "half", "season", "year", "vague")


@dataclass(frozen=True)
class TimeExpression:
    text: str  # the phrase exactly as written
    span: tuple[int, int]  # [first, last+1) offsets in the text searched
    period_start: date | None
    period_end: date | None
    precision: str  # one of PRECISIONS
    edtf: str | None = None
    vague: bool = False
    past: bool = False  # the clause describes the past: never a commitment's deadline

    @property
    def due(self) -> date | None:
        return None if self.vague else self.period_end

    def to_dict(self) -> dict[str, object]:
        """Plain JSON-ready form (printed by `tracker dates --json`)."""
        due = self.due
        return {
            "text": self.text,
            "span": [self.span[0], self.span[1]],
            "period_start": self.period_start.isoformat() if self.period_start else None,
            "period_end": self.period_end.isoformat() if self.period_end else None,
            "due": due.isoformat() if due else None,
            "precision": self.precision,
            "edtf": self.edtf,
            "vague": self.vague,
        }


# --------------------------------------------------------------------------
# Resolvers: one per rule; each gets the match groups and returns a period
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class _Hit(Match):
    rule: _Rule
    start: int
    end: int
    core_start: int


_NOT_A_YEAR_BEFORE = re.compile(
    r"(?:nr\.?|nrs\.?|nummer|artikel|art\.|lid|€|eur|euro|blz\.?|pagina|p\.|tel\.?|\d[-–—/.])\s*\Z"
)
_NOT_A_YEAR_AFTER = re.compile(
    r"\s*(?:%|procent|euro|miljoen|miljard|mln|mld|keer|uur|km|kilometer|meter|ton|kilo)(?!\w)"
)

# --------------------------------------------------------------------------
# Rules
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class _Rule:
    name: str
    kinds: frozenset[str]
    core: re.Pattern[str]  # matched at the trigger
    left: re.Pattern[str] | None  # must end exactly at the trigger
    left_optional: bool
    resolve: Callable[[Match, Ctx], Period | None]
    priority: int = 0  # lower wins between two candidates of the same span
    index: int = field(default=0, compare=False)


_RULES: list[_Rule] = []


def _rule(
    name: str,
    kinds: str,
    core: str,
    resolve: Callable[[Match, Ctx], Period | None],
    left: str | None = None,
    left_optional: bool = True,
    priority: int = 0,
) -> None:
    _RULES.append(
        _Rule(
            name,
            frozenset(kinds.split()),
            re.compile(core),
            re.compile(r"(?<![\w.,])" + left + r"\Z") if left else None,
            left_optional,
            resolve,
            priority,
            len(_RULES),
        )
    )


# Exact days: "1 juli 2021", "per 1 juli 2021", "vóór 1 juli", "maandag 1 juli a.s."
_rule(
    "day", "month",
    rf"{MON}(?:\s+(?P<y>{Y})|\s+van\s+(?P<yrel>{YREL})|\s+{JL})?",
    builders.day_text,
    left=rf"{PREP}(?:{WEEKDAY},?\s+)?(?P<d>[0-3]?\d)(?:e|ste|de)?\s+",
    left_optional=False,
)  # fmt: skip
# "1-7-2021", "01-07-2021", "1/7/2021"
_rule(
    "day_numeric", "year",
    rf"(?P<y>{Y})", builders.day_numeric,
    left=rf"{PREP}(?<![\w.,/-])(?P<d>[0-3]?\d)(?P<sep>[-/])(?P<m>[01]?\d)(?P=sep)",
    left_optional=False,
)  # fmt: skip
# ISO "2021-07-01"
_rule(
    "day_iso", "year",
    r"(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\w-]|[.,]\d)", builders.day_numeric,
    left=PREP,
)  # fmt: skip
# Months: "in maart 2021", "maart", "eind maart 2021", "begin januari jl."
_rule(
    "month", "month",
    rf"{MON}(?:{YEAR_AFTER}|\s+(?:van\s+)?(?P<yrel>{YREL})|\s+{JL})?",
    builders.month,
    left=rf"{PREP}(?:{PART})?(?:de\s+maand\s+)?",
)  # fmt: skip
# Years: "in 2022", "in de loop van 2022", "uiterlijk 2022", "begin 2021", "eind 2021"
_rule(
    "year", "year",
    rf"(?P<y>{Y})", builders.year,
    left=rf"{PREP}(?:{PART})?(?:(?:het\s+)?(?:kalender)?jaar\s+)?",
)  # fmt: skip
# "2020–2023", "2020/2021", "de periode 2013-2020"
_rule(
    "year_range", "year",
    rf"(?P<y1>(?:19|20)\d\d){DASH}(?P<y2>{YY})", builders.year_range,
    left=rf"{PREP}(?:(?:de\s+)?periode\s+)?",
)  # fmt: skip
# "2021-Q2", "2021 Q2", "2021-H1"
_rule(
    "year_sub", "year",
    r"(?P<y>(?:19|20)\d\d)\s*[-/]?\s*(?:q(?P<qn>[1-4])|h(?P<hn>[12]))(?!\w)",
    builders.quarter_or_half,
    left=PREP,
)  # fmt: skip
# "dit jaar", "volgend jaar", "begin volgend jaar", "later dit jaar", "voor het einde van het jaar"
_rule(
    "year_relative", "jaar",
    r"(?:kalender)?jaar(?!\w)", builders.year_relative,
    left=(
        rf"{PREP}(?:{PART})?(?:(?P<yrel>dit|deze|het\s+lopende|het\s+huidige|het\s+komende"
        r"|het\s+volgende|het\s+afgelopen|het\s+vorige|aankomend|komend|volgend|vorig"
        r"|afgelopen)|het)\s+"
    ),
    left_optional=False,
)  # fmt: skip
# "het tweede kwartaal (van 2021)", "2e kwartaal", "het derde kwartaal van dit jaar"
_rule(
    "quarter", "kwartaal",
    rf"kwartaal{SUB_YEAR}", builders.quarter,
    left=rf"{PREP}(?:(?:het|de)\s+)?(?P<q>{ORD_RE})\s+",
    left_optional=False,
)  # fmt: skip
# "dit kwartaal", "het komende kwartaal"
_rule(
    "quarter_relative", "kwartaal",
    r"kwartaal(?!\w)", builders.quarter_relative,
    left=rf"{PREP}(?:(?:het|de)\s+)?(?P<qrel>dit|deze|lopende|huidige|komende|komend"
    r"|volgende|volgend|aankomende|vorige|vorig|afgelopen)\s+",
    left_optional=False,
)  # fmt: skip
# "Q2", "in Q2 2021", "Q3-2021"
_rule(
    "quarter_q", "q",
    rf"q(?P<qn>[1-4])(?:\s*[-/']?\s*(?P<y>{Y})|\s+(?:van\s+)?(?P<yrel>{YREL}))?",
    builders.quarter, left=PREP,
)  # fmt: skip
# "de eerste helft van 2021", "de tweede helft van het jaar", "tweede jaarhelft"
_rule(
    "half", "helft",
    rf"(?:helft|jaarhelft|halfjaar){SUB_YEAR}", builders.half,
    left=rf"{PREP}(?:(?:de|het)\s+)?(?P<hord>eerste|tweede|laatste|1e|2e|1ste|2de)\s+",
    left_optional=False,
)  # fmt: skip
# "H1 2021"
_rule("half_h", "h", rf"h(?P<hn>[12])\s*[-/]?\s*(?P<y>{Y})", builders.half, left=PREP)
# Seasons: "in het voorjaar van 2021", "dit voorjaar", "deze zomer", "eind dit voorjaar"
_rule(
    "season", "season",
    rf"(?P<s>{alternation(SEASON_WORDS)})(?!\w)"
    rf"(?:{OPEN_YEAR}(?P<y>(?:19|20)\d\d)"
    rf"(?:{DASH}(?P<y2>{YY})|(?![\w/]|[.,]\d)){CLOSE_YEAR}"
    rf"|\s+(?:van\s+)?(?P<yrel>{YREL}))?",
    builders.season,
    left=rf"{PREP}(?:{PART})?(?:(?P<srel>{SREL})\s+|(?:het|de)\s+)?",
)  # fmt: skip
# "voor de zomer", "vóór het zomerreces", "voor de zomer van 2021"
_rule(
    "before_summer", "season summer",
    rf"zomer(?:reces|vakantie)?(?!\w){SUMMER_YEAR}", builders.before_summer,
    left=rf"(?:(?:uiterlijk|nog|ruim|ruimschoots|ergens|al)\s+)?{VOOR}\s+(?:de|het)\s+",
    left_optional=False, priority=-1,
)  # fmt: skip
# "na de zomer", "na het zomerreces"
_rule(
    "after_summer", "season summer",
    rf"zomer(?:reces|vakantie)?(?!\w){SUMMER_YEAR}", builders.after_summer,
    left=r"(?:(?:direct|meteen|kort|vlak)\s+)?na\s+(?:de|het)\s+",
    left_optional=False, priority=-1,
)  # fmt: skip
# "voor de kerst", "voor het kerstreces"; "na het kerstreces"
_rule(
    "christmas", "xmas",
    rf"kerst(?:mis|reces|vakantie|periode)?(?!\w){SUMMER_YEAR}", builders.christmas,
    left=rf"(?:(?:uiterlijk|nog|ruim)\s+)?(?:{VOOR}|rond|tegen|met|(?P<after>na))"
    r"\s+(?:(?:de|het)\s+)?",
    left_optional=False,
)  # fmt: skip
# "rond de jaarwisseling"
_rule(
    "new_year", "newyear",
    rf"jaarwisseling(?!\w){SUMMER_YEAR}", builders.new_year,
    left=rf"(?:(?:uiterlijk|nog)\s+)?(?:{VOOR}|rond|tegen|bij|met|omstreeks|tot)\s+(?:de\s+)?",
    left_optional=False,
)  # fmt: skip
# "voor Prinsjesdag", "rond Prinsjesdag", "bij de Miljoenennota (2022)", "bij de begroting"
_rule(
    "budget_day", "budget",
    r"(?P<ev>prinsjesdag|miljoenennota|ontwerpbegroting|rijksbegroting|begroting)(?!\w)"
    rf"(?:(?:\s+(?:van\s+|voor\s+)?|\s*(?P<paren>\()(?:voor\s+)?)(?P<y>{Y}){CLOSE_YEAR})?",
    builders.budget_day,
    left=rf"(?:(?:uiterlijk|nog|ruim)\s+)?(?:(?:{VOOR}|rond|op|tot|tegen|met|bij|omstreeks)\s+)?"
    r"(?:de\s+)?",
)  # fmt: skip
# "bij de Voorjaarsnota (2022)", "bij de Najaarsnota"
_rule(
    "budget_memo", "nota",
    rf"(?P<nota>voorjaarsnota|najaarsnota)(?!\w)(?:{YEAR_AFTER})?", builders.budget_memo,
    left=rf"(?:(?:uiterlijk|nog)\s+)?(?:(?:bij|met|in|{VOOR}|rond|tegen)\s+)?(?:de\s+)?",
)  # fmt: skip
# "schooljaar 2020/2021", "studiejaar 2020–2021", "na afloop van het studiejaar"
_rule(
    "school_year", "school",
    rf"(?:schooljaar|studiejaar|collegejaar|cursusjaar)(?!\w)"
    rf"(?:\s+(?P<y1>(?:19|20)\d\d){DASH}(?P<y2>{YY}))?",
    builders.school_year,
    left=rf"(?:(?:na\s+afloop\s+van|aan\s+het\s+(?P<edge>begin|eind|einde)\s+van|{PREP_WORDS})"
    rf"\s+)?(?:(?:het|de)\s+)?(?:(?P<srel>dit|deze|huidige|lopende|komende|komend|volgende"
    r"|volgend|aankomende|aankomend|vorige|vorig|afgelopen)\s+)?",
)  # fmt: skip
# "vergaderjaar 2020–2021"
_rule(
    "session_year", "session",
    rf"(?:vergaderjaar|zittingsjaar)\s+(?P<y1>(?:19|20)\d\d){DASH}(?P<y2>{YY})",
    builders.session_year, left=rf"{PREP}(?:het\s+)?",
)  # fmt: skip
# "binnen drie maanden", "binnen een jaar", "over zes weken", "de komende maanden"
_rule(
    "relative_span", "unit",
    r"(?P<unit>werkdagen|werkdag|dagen|dag|weken|week|maanden|maand|kwartalen|kwartaal"
    r"|jaren|jaar)(?!\w)",
    builders.relative_span,
    left=(
        r"(?:(?:uiterlijk|ruim|nog|al)\s+)?(?P<rel>binnen\s+nu\s+en|binnen|over"
        r"|(?:(?:in|gedurende|voor)\s+)?de\s+(?:komende|eerstkomende|eerstvolgende|aankomende)"
        r"|komende)\s+"
        rf"(?:(?P<n>\d{{1,3}}|{NUMW})(?P<andhalf>\s+en\s+een\s+hal(?:f|ve))?\s+"
        r"|(?P<hf>(?:een\s+|ander)hal(?:f|ve))\s+"
        r"|(?P<few>enkele|een\s+paar|een\s+aantal|paar|aantal|korte)\s+)?"
    ),
    left_optional=False,
)  # fmt: skip
# Vague and event-relative phrases: found, kept, but no due date.
_rule(
    "vague_term", "vague", r"termijn(?!\w)", builders.vague,
    left=r"op\s+(?:(?:de|een)\s+)?(?:(?:(?:zeer\s+)?korte|middellange|lange)"
    r"(?:\s+(?:en|of|en/of)\s+(?:de\s+)?(?:korte|middellange|lange))?\s+)?",
    left_optional=False,
)  # fmt: skip
_rule("vague_soon", "vague", r"binnenkort(?!\w)", builders.vague)
_rule(
    "vague_spoedig", "vague", r"spoedig(?:\s+mogelijk)?(?!\w)", builders.vague,
    left=r"(?:zo\s+|zeer\s+)?",
)  # fmt: skip
_rule(
    "vague_asap", "vague",
    r"snel\s+(?:mogelijk|als\s+(?:dat\s+)?(?:mogelijk(?:\s+is)?|kan))(?!\w)", builders.vague,
    left=r"zo\s+", left_optional=False,
)  # fmt: skip
_rule("vague_zsm", "vague", r"zsm(?!\w)", builders.vague)
_rule("vague_abbr", "abbr", r"(?:t\.z\.t\.?|z\.s\.m\.?)", builders.vague)
# "te zijner tijd": in due course
_rule(
    "vague_tzt", "vague", r"zijner\s+tijd(?!\w)", builders.vague, left=r"te\s+", left_optional=False
)
_rule(
    "vague_election", "vague",
    r"(?:kamerverkiezingen|verkiezingen|kabinetsformatie|formatie)(?!\w)", builders.vague,
    left=rf"(?:(?:direct|kort|vlak|pas)\s+)?(?:na|tot|{VOOR}|rond|tot\s+aan"
    r"|voorafgaand\s+aan)\s+(?:de\s+)?(?:tweede\s+)?",
    left_optional=False,
)  # fmt: skip
_rule("vague_then", "vague", r"daarna(?!\w)", builders.vague)
_rule(
    "vague_future", "vague", r"toekomst(?!\w)", builders.vague,
    left=r"in\s+de\s+(?:(?:nabije|verre|nabije\s+of\s+verre)\s+)?", left_optional=False,
)  # fmt: skip
_rule(
    "vague_after_event", "vague", r"(?:afronding|afloop|inwerkingtreding)(?!\w)", builders.vague,
    left=r"(?:direct\s+|kort\s+)?na\s+", left_optional=False,
)  # fmt: skip
_rule(
    "vague_while", "vague", r"(?:tijd|periode)(?!\w)", builders.vague,
    left=r"(?:binnen\s+afzienbare|(?:in\s+|gedurende\s+)?de\s+(?:komende|nabije))\s+",
    left_optional=False,
)  # fmt: skip
_rule(
    "vague_later", "vague", r"(?:moment|tijdstip)(?!\w)", builders.vague,
    left=r"op\s+een\s+(?:later|nader\s+te\s+bepalen)\s+", left_optional=False,
)  # fmt: skip
_rule(
    "vague_recent_years", "vague unit", r"(?:jaren|jaar|maanden|weken)(?!\w)", builders.vague_past,
    left=rf"(?:(?:in|gedurende|over)\s+)?(?:(?:de|het)\s+)?(?:afgelopen|laatste|voorbije)\s+"
    rf"(?:(?:\d{{1,3}}|{NUMW})\s+)?",
    left_optional=False, priority=1,
)  # fmt: skip

_RULES_BY_KIND: dict[str, tuple[_Rule, ...]] = {}
for _r in _RULES:
    for _k in _r.kinds:
        _RULES_BY_KIND[_k] = (*_RULES_BY_KIND.get(_k, ()), _r)

_LEFT_WINDOW = 80  # the longest left context ("uiterlijk in de loop van het ...") fits


# --------------------------------------------------------------------------
# Finding
# --------------------------------------------------------------------------


def _lower(text: str) -> str:
    """Lower-case without changing any offset."""
    low = text.lower()
    if len(low) != len(text):  # only U+0130 (İ) lower-cases to two code points
        low = text.replace("\u0130", "i").lower()
        if len(low) != len(text):  # pragma: no cover - defensive
            low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return low


def _candidates(low: str) -> list[_Hit]:
    hits: list[_Hit] = []
    for trig in TRIGGER_RE.finditer(low):
        t = trig.start()
        kind = trig.lastgroup or ""
        if kind == "word":
            kinds: Iterable[str] = TRIGGERS.get(trig.group(), ())
        else:
            kinds = (kind,)
        seen: set[int] = set()
        for k in kinds:
            for rule in _RULES_BY_KIND.get(k, ()):
                if rule.index in seen:
                    continue
                seen.add(rule.index)
                core = rule.core.match(low, t)
                if core is None:
                    continue
                core_groups = core.groupdict()
                if rule.left is not None:
                    lm = rule.left.search(low, max(0, t - _LEFT_WINDOW), t)
                    if lm is not None and lm.start() < t:
                        groups = {**lm.groupdict(), **core_groups}
                        hits.append(_Hit(groups, lm.group(), rule, lm.start(), core.end(), t))
                    if not rule.left_optional:
                        continue
                hits.append(_Hit(core_groups, "", rule, t, core.end(), t))
    return hits


def _accept_year(hit: _Hit, low: str) -> bool:
    """Guard bare years against numbers that only look like one (nr. 2021, 2000 euro)."""
    if hit.rule.name != "year":
        return True
    t = hit.core_start
    if not hit.left and _NOT_A_YEAR_BEFORE.search(low, max(0, t - 12), t):
        return False
    if t >= 1 and low[t - 1] == "/":
        return False  # a path, or the second year of "2020/2021"
    if t >= 2 and low[t - 1] in "-–—" and low[t - 2].isdigit():
        return False  # the second year of "2020–2021" or a date
    end = t + 4
    if end < len(low) and low[end] == "/" and end + 1 < len(low) and low[end + 1].isdigit():
        return False  # part of a path or "2019/2020"
    return _NOT_A_YEAR_AFTER.match(low, end) is None


def _resolve(hit: _Hit, ctx: Ctx) -> Period | None:
    try:
        p = hit.rule.resolve(hit, ctx)
    except (ValueError, OverflowError, KeyError, StopIteration):
        return None  # "31 februari", a year out of range, ...
    if p is None:
        return None
    if not p.vague and (p.start is None or p.end is None or p.start > p.end):
        return None
    return p


@dataclass
class _Found:
    start: int
    end: int
    period: Period
    hits: tuple[_Hit, ...]  # one, or two for a merged range


def _select(hits: list[_Hit], low: str, ctx: Ctx) -> list[_Found]:
    hits.sort(key=lambda h: (h.start, -h.end, h.rule.priority, h.rule.index))
    found: list[_Found] = []
    last_end = 0
    for hit in hits:
        if hit.start < last_end or not _accept_year(hit, low):
            continue
        p = _resolve(hit, ctx)
        if p is None:
            continue
        found.append(_Found(hit.start, hit.end, p, (hit,)))
        last_end = hit.end
    return found


# --------------------------------------------------------------------------
# Ranges: "tussen juni en half september 2021", "van 1 maart tot 1 juli 2021"
# --------------------------------------------------------------------------

_RANGE_OPEN = re.compile(r"(?<!\w)(?P<w>tussen|van)\s+\Z")
_RANGE_AND = re.compile(r"\s+en\s+\Z")
_RANGE_TO = re.compile(r"\s+(?:tot(?:\s+en\s+met)?|t/m|tot\s+aan)\s+\Z")
_RANGE_TO_IN_B = re.compile(r"(?:tot|t/m)(?!\w)")
_SIMPLE_EDTF = re.compile(r"\d{4}(?:-(?:0[1-9]|1[0-2])(?:-\d\d)?)?\Z")


def _merge_ranges(found: list[_Found], low: str, ctx: Ctx) -> list[_Found]:
    out: list[_Found] = []
    i = 0
    while i < len(found):
        a = found[i]
        b = found[i + 1] if i + 1 < len(found) else None
        merged = _try_range(a, b, low, ctx) if b else None
        if merged:
            out.append(merged)
            i += 2
        else:
            out.append(a)
            i += 1
    return out


def _try_range(a: _Found, b: _Found, low: str, ctx: Ctx) -> _Found | None:
    pa, pb = a.period, b.period
    if pa.vague or pb.vague or len(a.hits) > 1 or len(b.hits) > 1:
        return None
    between = low[a.end : b.start]
    if len(between) > 20:
        return None
    opener = _RANGE_OPEN.search(low, max(0, a.start - 10), a.start)
    a_from = low.startswith("vanaf", a.start)
    if opener and opener.group("w") == "tussen":
        if not _RANGE_AND.match(" " + between + " "):
            return None
        start = opener.start()
    elif opener or a_from:
        to = _RANGE_TO.match(" " + between + " ") or (
            not between.strip() and _RANGE_TO_IN_B.match(low, b.start)
        )
        if not to:
            return None
        start = opener.start() if opener else a.start
    else:
        return None
    if not pa.anchored and pb.anchored and pb.end is not None:
        # "tussen juni en half september 2021": juni takes the year of the other end.
        for y in (pb.end.year, pb.end.year - 1):
            again = _resolve(a.hits[0], Ctx(ctx.reference, year_hint=y))
            if again and again.start and again.start <= pb.end:
                pa = again
                break
    if pa.start is None or pb.end is None or pa.start > pb.end:
        return None
    left = pa.edtf if pa.edtf and _SIMPLE_EDTF.match(pa.edtf) else pa.start.isoformat()
    right = pb.edtf if pb.edtf and _SIMPLE_EDTF.match(pb.edtf) else pb.end.isoformat()
    tense = pa.tense if pa.tense == pb.tense else None
    period = Period(pa.start, pb.end, pb.precision, f"{left}/{right}", tense=tense)
    return _Found(start, b.end, period, (a.hits[0], b.hits[0]))


# --------------------------------------------------------------------------
# Public functions
# --------------------------------------------------------------------------


def find_time_expressions(text: str, reference: date) -> list[TimeExpression]:
    """Every time expression in a Dutch text, in text order, resolved against
    the date the text was written (the answer's date)."""
    if not text:
        return []
    low = _lower(text)
    ctx = Ctx(reference)
    hits = _candidates(low)
    if not hits:
        return []
    found = _merge_ranges(_select(hits, low, ctx), low, ctx)
    reader = TenseReader(low, reference)
    out: list[TimeExpression] = []
    for f in found:
        past, by_verbs = reader.is_past(f.start, f.end, f.period)
        p = f.period
        if past and by_verbs and not p.anchored and len(f.hits) == 1:
            # "in oktober zijn 17.500 stages opgehaald": the October that has been.
            again = _resolve(f.hits[0], Ctx(reference, backward=True))
            if again is not None:
                p = again
        out.append(
            TimeExpression(
                text=text[f.start : f.end],
                span=(f.start, f.end),
                period_start=p.start,
                period_end=p.end,
                precision=p.precision,
                edtf=p.edtf,
                vague=p.vague,
                past=past,
            )
        )
    return out


def choose_due(expressions: list[TimeExpression]) -> TimeExpression | None:
    """The expression that governs a commitment's deadline.

    Past phrases are facts, never deadlines.  Among the rest a dated phrase wins
    over a vague one, and the most precise (shortest) period wins: "in 2021" and,
    two sentences on, "in de eerste helft van 2021" give 30 June 2021.  A date in
    parentheses counts like any other ("na afronding van het lopende programma
    (eind maart 2021)").  With only vague phrases left, the first is returned so
    that its wording is kept.
    """
    live = [e for e in expressions if not e.past]
    dated = [
        (i, e)
        for i, e in enumerate(live)
        if not e.vague and e.period_start is not None and e.period_end is not None
    ]
    if dated:
        _, best = min(
            dated,
            key=lambda ie: ((ie[1].period_end - ie[1].period_start).days, ie[0]),  # type: ignore[operator]
        )
        return best
    for e in live:
        if e.vague:
            return e
    return None
