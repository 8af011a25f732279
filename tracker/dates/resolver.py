"""The resolver: from a text to its time expressions.

Candidates are the phrase-table rows (phrases.py) that match around each trigger
word; of overlapping candidates the leftmost-longest wins and its builder makes
the period; adjacent phrases joined by "tussen ... en" / "van ... tot" become one
range; and each phrase is told whether its clause describes the past (tense.py).
`choose_due` then picks the phrase that governs a commitment's deadline.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from tracker.dates.builders import Match
from tracker.dates.expression import TimeExpression
from tracker.dates.periods import Ctx, Period
from tracker.dates.phrases import LEFT_WINDOW, PHRASES_BY_KIND, Phrase
from tracker.dates.tense import TenseReader
from tracker.dates.vocabulary import TRIGGER_RE, TRIGGERS


@dataclass(frozen=True)
class _Hit(Match):
    """A candidate: a row of the phrase table matched at [start, end)."""

    phrase: Phrase
    start: int
    end: int
    core_start: int


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
            for phrase in PHRASES_BY_KIND.get(k, ()):
                if phrase.index in seen:
                    continue
                seen.add(phrase.index)
                core = phrase.core.match(low, t)
                if core is None:
                    continue
                core_groups = core.groupdict()
                if phrase.left is not None:
                    lm = phrase.left.search(low, max(0, t - LEFT_WINDOW), t)
                    if lm is not None and lm.start() < t:
                        groups = {**lm.groupdict(), **core_groups}
                        hits.append(_Hit(groups, lm.group(), phrase, lm.start(), core.end(), t))
                    if not phrase.left_optional:
                        continue
                hits.append(_Hit(core_groups, "", phrase, t, core.end(), t))
    return hits


_NOT_A_YEAR_BEFORE = re.compile(
    r"(?:nr\.?|nrs\.?|nummer|artikel|art\.|lid|€|eur|euro|blz\.?|pagina|p\.|tel\.?|\d[-–—/.])\s*\Z"
)
_NOT_A_YEAR_AFTER = re.compile(
    r"\s*(?:%|procent|euro|miljoen|miljard|mln|mld|keer|uur|km|kilometer|meter|ton|kilo)(?!\w)"
)


def _accept_year(hit: _Hit, low: str) -> bool:
    """Guard bare years against numbers that only look like one (nr. 2021, 2000 euro)."""
    if hit.phrase.name != "year":
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
        p = hit.phrase.build(hit, ctx)
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
    hits.sort(key=lambda h: (h.start, -h.end, h.phrase.priority, h.phrase.index))
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
