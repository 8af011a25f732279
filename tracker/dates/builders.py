"""Period builders: one per shape of phrase, each turning a match into a `Period`.

A builder gets the phrase's regex groups (and its left context) and the
reference date, and returns the period the phrase names, or None when the match
turns out not to be a time phrase ("jan" alone, "begroting" without "bij de").
The phrase table in tracker/dates/phrases.py says which builder each row uses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from dateutil.relativedelta import TU, relativedelta
from dateutil.rrule import DAILY, FR, MO, TH, WE, rrule

from tracker.dates.periods import (
    Ctx,
    Period,
    interval,
    month_end,
    pick_year,
    prinsjesdag,
    rel_year,
    resolve_yearless,
    span_end,
    vague_period,
)
from tracker.dates.vocabulary import (
    MONTHS,
    NUMBER_WORDS,
    ORDINALS,
    REL_OFFSET,
    SEASON_EDTF,
    SEASON_MONTH,
    SEASON_WORDS,
)


@dataclass(frozen=True)
class Match:
    """What a builder reads of a phrase: its regex groups and its left context."""

    groups: dict[str, str | None]
    left: str  # lower-cased left context (preposition etc.)


def day_text(h: Match, ctx: Ctx) -> Period | None:
    g = h.groups
    d, m = int(g["d"] or 0), MONTHS[(g["mon"] or "").rstrip(".")]

    def build(y: int) -> tuple[date, date]:
        day = date(y, m, d)
        return day, day

    y, s, _, anchored, tense = resolve_yearless(g, ctx, build)
    return Period(s, s, "day", s.isoformat(), anchored=anchored, tense=tense)


def day_numeric(h: Match, ctx: Ctx) -> Period | None:
    g = h.groups
    day = date(int(g["y"] or 0), int(g["m"] or 0), int(g["d"] or 0))
    return Period(day, day, "day", day.isoformat())


_MONTH_PARTS = {
    "begin": (1, 10),
    "medio": (11, 20), "half": (11, 20), "halverwege": (11, 20), "midden": (11, 20),
    "eind": (21, 31), "einde": (21, 31), "ultimo": (21, 31),
}  # fmt: skip


def month(h: Match, ctx: Ctx) -> Period | None:
    g = h.groups
    if g.get("abbr") and not (g.get("y") or g.get("yrel")):
        return None  # a bare "jan" or "dec" is more often a name than a month
    m = MONTHS[(g["mon"] or "").rstrip(".")]
    part = _MONTH_PARTS.get(g.get("part") or "")

    def build(y: int) -> tuple[date, date]:
        if part:
            return date(y, m, part[0]), date(y, m, 1) + relativedelta(day=part[1])
        return date(y, m, 1), month_end(y, m)

    y, s, e, anchored, tense = resolve_yearless(g, ctx, build)
    if g.get("part") == "eerder":
        tense = "past"
    edtf = interval(s, e) if part else f"{y:04d}-{m:02d}"
    return Period(s, e, "month", edtf, anchored=anchored, tense=tense)


def _year_part(y: int, part: str | None, ref: date) -> Period:
    """The year, or its begin (Q1), middle (June-July) or end (Q4)."""
    start = date(y, 1, 1)
    if part == "begin":
        return Period(start, span_end(start, 3), "quarter", f"{y}-33")
    if part == "eind" or part == "einde" or part == "ultimo":
        q4 = date(y, 10, 1)
        return Period(q4, span_end(q4, 3), "quarter", f"{y}-36")
    if part in ("medio", "half", "halverwege", "midden"):
        # "medio 2021": the middle of the year, June and July.
        mid = date(y, 6, 1)
        return Period(mid, span_end(mid, 2), "month", f"{y}-06/{y}-07")
    end = date(y, 12, 31)
    if part == "later" and y == ref.year:
        return Period(ref, end, "year", interval(ref, end), tense="future")
    if part == "eerder":
        if y == ref.year:
            return Period(start, ref, "year", interval(start, ref), tense="past")
        return Period(start, end, "year", f"{y}", tense="past")
    return Period(start, end, "year", f"{y}")


def year(h: Match, ctx: Ctx) -> Period | None:
    y = int(h.groups["y"] or 0)
    p = _year_part(y, h.groups.get("part"), ctx.reference)
    return p


def year_range(h: Match, ctx: Ctx) -> Period | None:
    y1, y2 = _two_years(h.groups["y1"], h.groups["y2"])
    if y2 is None or not (y1 < y2 <= y1 + 50):
        return None
    start, end = date(y1, 1, 1), date(y2, 12, 31)
    return Period(start, end, "year", f"{y1}/{y2}")


def _two_years(a: str | None, b: str | None) -> tuple[int, int | None]:
    y1 = int(a or 0)
    if not b:
        return y1, None
    y2 = int(b)
    if len(b) == 2:
        y2 += y1 // 100 * 100
    return y1, y2


def year_relative(h: Match, ctx: Ctx) -> Period | None:
    g = h.groups
    part = g.get("part")
    if g.get("yrel"):
        y, tense = rel_year(g["yrel"] + " jaar", ctx.reference)  # type: ignore[operator]
    elif part:  # "voor het einde van het jaar": the reference year
        y, tense = ctx.reference.year, None
    else:
        return None
    p = _year_part(y, part, ctx.reference)
    return Period(p.start, p.end, p.precision, p.edtf, tense=p.tense or tense)


def _quarter_of(y: int, q: int) -> Period:
    start = date(y, 3 * q - 2, 1)
    return Period(start, span_end(start, 3), "quarter", f"{y}-{32 + q}")


def quarter(h: Match, ctx: Ctx) -> Period | None:
    g = h.groups
    word = g.get("q") or ""
    q = 4 if word == "laatste" else ORDINALS.get(word) or int(g.get("qn") or 0)
    if not 1 <= q <= 4:
        return None

    def build(y: int) -> tuple[date, date]:
        p = _quarter_of(y, q)
        return p.start, p.end  # type: ignore[return-value]

    if g.get("hetjaar"):
        y, tense, anchored = ctx.reference.year, None, True
    else:
        y, _, _, anchored, tense = resolve_yearless(g, ctx, build)
    p = _quarter_of(y, q)
    return Period(p.start, p.end, "quarter", p.edtf, anchored=anchored, tense=tense)


def quarter_relative(h: Match, ctx: Ctx) -> Period | None:
    ref = ctx.reference
    offset = REL_OFFSET.get(h.groups.get("qrel") or "", 0)
    start = date(ref.year, 3 * ((ref.month - 1) // 3) + 1, 1) + relativedelta(months=3 * offset)
    q = (start.month - 1) // 3 + 1
    tense = "past" if offset < 0 else "future" if offset > 0 else None
    return Period(start, span_end(start, 3), "quarter", f"{start.year}-{32 + q}", tense=tense)


def _half_of(y: int, n: int) -> Period:
    start = date(y, 1 if n == 1 else 7, 1)
    return Period(start, span_end(start, 6), "half", f"{y}-{39 + n}")


def half(h: Match, ctx: Ctx) -> Period | None:
    g = h.groups
    hord = g.get("hord") or ""
    n = 2 if hord == "laatste" else ORDINALS.get(hord) or int(g.get("hn") or 0)
    if n not in (1, 2):
        return None

    def build(y: int) -> tuple[date, date]:
        p = _half_of(y, n)
        return p.start, p.end  # type: ignore[return-value]

    if g.get("hetjaar"):
        y, tense, anchored = ctx.reference.year, None, True
    else:
        y, _, _, anchored, tense = resolve_yearless(g, ctx, build)
    p = _half_of(y, n)
    return Period(p.start, p.end, "half", p.edtf, anchored=anchored, tense=tense)


def quarter_or_half(h: Match, ctx: Ctx) -> Period | None:
    """A year with its quarter or half: "2021-Q2", "2021-H1"."""
    return quarter(h, ctx) if h.groups.get("qn") else half(h, ctx)


def _season_bounds(y: int, season: str) -> tuple[date, date]:
    # Meteorological seasons; winter runs from 1 December to the end of February.
    start = date(y, SEASON_MONTH[season], 1)
    return start, span_end(start, 3)


_SEASON_PART_MONTH = {
    "begin": 0,
    "medio": 1, "half": 1, "halverwege": 1, "midden": 1,
    "eind": 2, "einde": 2, "ultimo": 2,
}  # fmt: skip


def season(h: Match, ctx: Ctx) -> Period | None:
    g = h.groups
    season = SEASON_WORDS[g["s"] or ""]
    ref = ctx.reference
    srel = (g.get("srel") or "").split()[-1:] or [""]
    offset = REL_OFFSET.get(srel[0])

    def build(y: int) -> tuple[date, date]:
        return _season_bounds(y, season)

    anchored, tense = True, None
    if g.get("y"):
        y = int(g["y"] or 0)
        if g.get("y2"):
            _, y2 = _two_years(g["y"], g["y2"])
            if y2 != y + 1:
                return None  # not a school or session year: "voorjaar van 2021 /00"
            # The season of the school or session year y/y+1 (1 August - 31 July): the
            # one that starts in it. "najaar van 2024/25" is autumn 2024, "winter
            # 2021/2022" the winter from December 2021, "voorjaar van 2024/25" spring 2025.
            if build(y)[0] < date(y, 8, 1):
                y += 1
    elif g.get("yrel"):
        y, tense = rel_year(g["yrel"], ref)  # type: ignore[arg-type]
    elif offset is None:  # "de zomer", "in het voorjaar": the roll-over rule
        y, _, _ = pick_year(ctx, build)
        anchored = False
    elif offset == 0:  # "dit voorjaar", "deze zomer"
        if season == "winter":  # the winter we are in, or the coming one
            y, _, _ = pick_year(Ctx(ref), build)
        else:
            y = ref.year
    elif offset > 0:  # "komend najaar": the first one that starts after today
        y = next(y for y in range(ref.year - 1, ref.year + 3) if build(y)[0] > ref)
        tense = "future"
    else:  # "afgelopen zomer": the last one that has ended
        y = next(y for y in range(ref.year + 1, ref.year - 3, -1) if build(y)[1] < ref)
        tense = "past"
    start, end = build(y)
    part = g.get("part")
    idx = _SEASON_PART_MONTH.get(part or "")
    if idx is not None:
        month = start + relativedelta(months=idx)
        return Period(
            month,
            month_end(month.year, month.month),
            "month",
            f"{month.year}-{month.month:02d}",
            anchored=anchored,
            tense=tense,
        )
    if part == "eerder":
        tense = "past"
    return Period(
        start, end, "season", f"{y}-{SEASON_EDTF[season]}", anchored=anchored, tense=tense
    )


def before_summer(h: Match, ctx: Ctx) -> Period | None:
    # "Voor de zomer" is parliamentary shorthand for "before the summer recess",
    # which starts early July: the deadline is 30 June, and the period the first
    # half of the year.
    def build(y: int) -> tuple[date, date]:
        return date(y, 1, 1), date(y, 6, 30)

    y, s, e, anchored, tense = resolve_yearless(h.groups, ctx, build)
    return Period(s, e, "half", f"{y}-40", anchored=anchored, tense=tense)


def after_summer(h: Match, ctx: Ctx) -> Period | None:
    # "Na de zomer" / "na het zomerreces": September, when the House returns.
    def build(y: int) -> tuple[date, date]:
        return date(y, 9, 1), date(y, 9, 30)

    y, s, e, anchored, tense = resolve_yearless(h.groups, ctx, build)
    return Period(s, e, "month", f"{y}-09", anchored=anchored, tense=tense)


def christmas(h: Match, ctx: Ctx) -> Period | None:
    if h.groups.get("after"):
        # "Na het kerstreces": January, when the House returns.
        def build_after(y: int) -> tuple[date, date]:
            return date(y + 1, 1, 1), date(y + 1, 1, 31)

        y, s, e, anchored, tense = resolve_yearless(h.groups, ctx, build_after)
        return Period(s, e, "month", f"{y + 1}-01", anchored=anchored, tense=tense)

    # "Voor de kerst" / "voor het kerstreces": the Christmas recess starts
    # around 20 December, so that is the deadline.
    def build(y: int) -> tuple[date, date]:
        return date(y, 12, 1), date(y, 12, 20)

    y, s, e, anchored, tense = resolve_yearless(h.groups, ctx, build)
    return Period(s, e, "month", interval(s, e), anchored=anchored, tense=tense)


def new_year(h: Match, ctx: Ctx) -> Period | None:
    # "Rond de jaarwisseling": around New Year's Eve -> December, due 31 December.
    def build(y: int) -> tuple[date, date]:
        return date(y, 12, 1), date(y, 12, 31)

    y, s, e, anchored, tense = resolve_yearless(h.groups, ctx, build)
    return Period(s, e, "month", f"{y}-12", anchored=anchored, tense=tense)


_BUDGET_PREP = re.compile(r"(?:^|\s)(?:bij|met)\s+(?:de\s+)?\Z")


def budget_day(h: Match, ctx: Ctx) -> Period | None:
    g = h.groups
    event = g.get("ev") or ""
    if event != "prinsjesdag" and event != "miljoenennota":
        # "begroting" alone is too common ("de begroting van de regeling"):
        # only "bij de begroting" or "de begroting 2022" name the budget day.
        if not (g.get("y") or _BUDGET_PREP.search(h.left)):
            return None
    shift = 0 if event == "prinsjesdag" else 1
    if g.get("y"):
        # The budget for year Y (Miljoenennota Y) is presented on Prinsjesdag of Y-1.
        y = int(g["y"] or 0) - shift
        day = prinsjesdag(y)
        return Period(day, day, "day", day.isoformat())

    def build(y: int) -> tuple[date, date]:
        d = prinsjesdag(y)
        return d, d

    _, s, _, anchored, tense = resolve_yearless(g, ctx, build)
    return Period(s, s, "day", s.isoformat(), anchored=anchored, tense=tense)


def budget_memo(h: Match, ctx: Ctx) -> Period | None:
    # The Voorjaarsnota (spring budget update) is sent before 1 June, the
    # Najaarsnota (autumn update) before 1 December (Comptabiliteitswet 2016).
    month = 6 if (h.groups.get("nota") or "").startswith("voorjaar") else 12

    def build(y: int) -> tuple[date, date]:
        d = date(y, month, 1)
        return d, d

    _, s, _, anchored, tense = resolve_yearless(h.groups, ctx, build)
    return Period(s, s, "day", s.isoformat(), anchored=anchored, tense=tense)


def school_year(h: Match, ctx: Ctx) -> Period | None:
    # A school or study year (schooljaar, studiejaar) runs 1 August - 31 July.
    g = h.groups
    ref = ctx.reference

    def build(y: int) -> tuple[date, date]:
        return date(y, 8, 1), date(y + 1, 7, 31)

    anchored, tense = True, None
    if g.get("y1"):
        y, y2 = _two_years(g["y1"], g["y2"])
        if y2 != y + 1:
            return None
    else:
        offset = REL_OFFSET.get(g.get("srel") or "")
        if offset is None or offset == 0:
            y, _, _ = pick_year(ctx if offset is None else Ctx(ref), build)
            anchored = offset is not None
        elif offset > 0:
            y = next(y for y in range(ref.year - 1, ref.year + 3) if build(y)[0] > ref)
            tense = "future"
        else:
            y = next(y for y in range(ref.year, ref.year - 4, -1) if build(y)[1] < ref)
            tense = "past"
    start, end = build(y)
    edge = g.get("edge")
    if edge == "begin":
        return Period(start, date(y, 8, 31), "month", f"{y}-08", anchored=anchored, tense=tense)
    if edge in ("eind", "einde"):
        july = date(y + 1, 7, 1)
        return Period(july, end, "month", f"{y + 1}-07", anchored=anchored, tense=tense)
    return Period(start, end, "year", f"{y}-08/{y + 1}-07", anchored=anchored, tense=tense)


def session_year(h: Match, ctx: Ctx) -> Period | None:
    # The parliamentary year (vergaderjaar) runs from Prinsjesdag to the day
    # before the next Prinsjesdag.
    y1, y2 = _two_years(h.groups["y1"], h.groups["y2"])
    if y2 != y1 + 1:
        return None
    start, end = prinsjesdag(y1), prinsjesdag(y2) - timedelta(days=1)
    return Period(start, end, "year", interval(start, end))


_UNIT_PRECISION = {
    "dag": "day", "dagen": "day", "werkdag": "day", "werkdagen": "day",
    "week": "day", "weken": "day", "maand": "month", "maanden": "month",
    "kwartaal": "quarter", "kwartalen": "quarter", "jaar": "year", "jaren": "year",
}  # fmt: skip


def _add_span(ref: date, unit: str, n: float) -> date:
    if unit.startswith("werkdag"):
        # Working days: Monday to Friday (public holidays are not counted out).
        days = list(
            rrule(DAILY, dtstart=ref + timedelta(days=1), byweekday=(MO, TU, WE, TH, FR),
                  count=max(1, round(n)))
        )  # fmt: skip
        return days[-1].date()
    if unit.startswith("dag"):
        return ref + relativedelta(days=round(n))
    if unit.startswith("we"):
        return ref + relativedelta(days=round(7 * n))
    months = {"m": 1, "k": 3, "j": 12}[unit[0]] * n
    whole = int(months)
    return ref + relativedelta(months=whole, days=round((months - whole) * 30))


def relative_span(h: Match, ctx: Ctx) -> Period | None:
    g = h.groups
    unit = g["unit"] or ""
    ref = ctx.reference
    if g.get("few"):
        return vague_period("future")  # "binnen enkele weken": no calendar date
    if g.get("n"):
        raw = g["n"] or ""
        n: float = int(raw) if raw.isdigit() else NUMBER_WORDS[raw]
        if g.get("andhalf"):
            n += 0.5
    elif g.get("hf"):
        n = 1.5 if g["hf"].startswith("ander") else 0.5  # type: ignore[union-attr]
    elif "komende" in (g.get("rel") or "") and unit in ("weken", "maanden", "dagen"):
        n = 3  # "de komende maanden": taken as three months
    elif unit.endswith("en"):
        return vague_period("future")  # "de komende jaren", "binnen weken"
    elif "komende" in (g.get("rel") or ""):
        n = 1  # "de komende maand"
    else:
        return None
    if not 0 < n <= 1000:
        return None
    end = _add_span(ref, unit, n)
    return Period(ref, end, _UNIT_PRECISION[unit], interval(ref, end), tense="future")


def vague(h: Match, ctx: Ctx) -> Period | None:
    return vague_period()


def vague_past(h: Match, ctx: Ctx) -> Period | None:
    return vague_period("past")
