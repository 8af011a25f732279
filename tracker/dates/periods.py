"""What a time phrase resolves to, and how a phrase that names no year gets one.

A `Period` is a start and end date with a precision ("day" ... "year", "vague")
and an EDTF string.  The builders in tracker/dates/builders.py make them; the
helpers here are what they share: month ends, Prinsjesdag, "dit jaar" and
"volgend jaar", and the roll-over rule for a yearless phrase ("in maart": this
March, or next March once this one has ended).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from dateutil.relativedelta import TU, relativedelta

from tracker.dates.vocabulary import REL_OFFSET


@dataclass(frozen=True)
class Period:
    start: date | None
    end: date | None
    precision: str
    edtf: str | None = None
    vague: bool = False
    anchored: bool = True  # False: the phrase names no year, it was inferred
    tense: str | None = None  # "past"/"future" when the phrase itself says so


@dataclass(frozen=True)
class Ctx:
    reference: date
    backward: bool = False  # resolve a yearless phrase to the latest period begun
    year_hint: int | None = None  # year for a yearless phrase (from a range's other end)


def vague_period(tense: str | None = None) -> Period:
    return Period(None, None, "vague", None, vague=True, tense=tense)


def month_end(y: int, m: int) -> date:
    return date(y, m, 1) + relativedelta(day=31)


def span_end(start: date, months: int) -> date:
    return start + relativedelta(months=months, days=-1)


def prinsjesdag(y: int) -> date:
    # Prinsjesdag, the opening of the parliamentary year where the budget
    # (Miljoenennota) is presented, is the third Tuesday of September.
    return date(y, 9, 1) + relativedelta(weekday=TU(+3))


def interval(start: date, end: date) -> str:
    return f"{start.isoformat()}/{end.isoformat()}"


Build = Callable[[int], tuple[date, date]]


def pick_year(ctx: Ctx, build: Build) -> tuple[int, date, date]:
    """The year for a phrase that names none.

    Forward (the default): the reference year, unless that period has already
    ended on the reference date, then the next one (commitments look forward).
    Backward (a clause in the past tense): the latest period begun by then.
    """
    ref = ctx.reference
    if ctx.year_hint is not None:
        s, e = build(ctx.year_hint)
        return ctx.year_hint, s, e
    if ctx.backward:
        for y in (ref.year + 1, ref.year, ref.year - 1, ref.year - 2):
            s, e = build(y)
            if s <= ref:
                return y, s, e
    for y in (ref.year - 1, ref.year, ref.year + 1, ref.year + 2):
        s, e = build(y)
        if e >= ref:
            return y, s, e
    s, e = build(ref.year + 1)  # pragma: no cover - every build ends within two years
    return ref.year + 1, s, e


def rel_year(yrel: str, ref: date) -> tuple[int, str | None]:
    """Year and tense for "dit jaar", "volgend jaar", "het afgelopen jaar", ..."""
    words = yrel.split()
    word = words[1] if words[0] == "het" else words[0]
    offset = REL_OFFSET.get(word, 0)
    return ref.year + offset, ("past" if offset < 0 else "future" if offset > 0 else None)


def _explicit_year(g: dict[str, str | None], ref: date) -> tuple[int | None, str | None]:
    if g.get("y"):
        return int(g["y"]), None  # type: ignore[arg-type]
    if g.get("yrel"):
        return rel_year(g["yrel"], ref)  # type: ignore[arg-type]
    return None, None


def _jl_tense(g: dict[str, str | None]) -> str | None:
    jl = g.get("jl")
    if not jl:
        return None
    return "future" if jl.startswith("a") else "past"


def resolve_yearless(
    g: dict[str, str | None], ctx: Ctx, build: Build
) -> tuple[int, date, date, bool, str | None]:
    """Apply an explicit year, "dit jaar" or the roll-over rule; jl./a.s. steer it."""
    year, tense = _explicit_year(g, ctx.reference)
    if year is not None:
        s, e = build(year)
        return year, s, e, True, tense
    tense = _jl_tense(g)
    if tense == "past":
        ctx = Ctx(ctx.reference, backward=True, year_hint=ctx.year_hint)
    elif tense == "future":
        ctx = Ctx(ctx.reference, backward=False, year_hint=ctx.year_hint)
    y, s, e = pick_year(ctx, build)
    return y, s, e, tense is not None, tense
