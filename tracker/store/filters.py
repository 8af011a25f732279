"""The desk's filters: which commitments match, and how many each choice would show.

A `Filter` is plain data the window builds from its panel. Constraints of
different kinds combine with AND; the values within one kind with OR (two
ministries: either). The due-date choices — overdue, due within N days,
without a due date, and "today" — are one kind, so "overdue" with "without a
due date" shows both. Every query is a fixed number of SQL statements, whatever
the size of the register.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from tracker import clock
from tracker.store import search
from tracker.store.models import DB, OPEN_SQL, OPEN_STATUSES, REVIEW_STATES, STATUSES
from tracker.store.queries import CommitmentRow, StoreError, fetch_rows, iter_row_pages
from tracker.store.rows import _reference_of
from tracker.store.sql import execute, is_postgres

TODAY_WINDOW_DAYS = 14  # the "Vandaag" view: overdue, or due within two weeks
DEFAULT_REVIEW_STATES = frozenset({"to_review", "confirmed"})


@dataclass(frozen=True)
class Filter:
    statuses: frozenset[str] = frozenset()  # empty = any
    overdue: bool = False  # open and due < as_of
    due_within_days: int | None = None  # open and as_of <= due <= as_of + N
    # the "today" view: open and overdue, or due within `due_within_days` (default 14) days
    today: bool = False
    without_due: bool = False
    review_states: frozenset[str] = DEFAULT_REVIEW_STATES  # rejected hidden unless asked
    ministries: frozenset[str] = frozenset()  # None in the set: no ministry
    actors: frozenset[str] = frozenset()  # None in the set: no actor
    factions: frozenset[str] = frozenset()  # None in the set: no faction
    document_ids: frozenset[int] = frozenset()
    text: str = ""
    as_of: dt.date | None = None  # None = today


@dataclass
class Facets:
    """Counts per value, each computed with all OTHER constraints of the filter applied
    (the count beside a ministry is what ticking it would add or show)."""

    statuses: dict[str, int] = field(default_factory=dict)
    review_states: dict[str, int] = field(default_factory=dict)
    ministries: dict[str | None, int] = field(default_factory=dict)
    actors: dict[str | None, int] = field(default_factory=dict)
    factions: dict[str | None, int] = field(default_factory=dict)
    documents: dict[int, tuple[str, int]] = field(default_factory=dict)  # id -> (reference, n)
    overdue: int = 0
    due_within: int = 0
    without_due: int = 0
    today: int = 0
    total: int = 0


Clause = tuple[str, list[Any]]


# The desk's filters match a large share of the register, where reading the table
# once (about 10 ms per 100,000 rows) beats SQLite's choice of an index on the due
# date or status and a lookup per row (5 to 8 times slower for "te laat").
# (PostgreSQL has no such hint, and its planner weighs this itself.)
def _scanned() -> str:
    return "commitment c" if is_postgres() else "commitment c NOT INDEXED"


def _in(column: str, values: Iterable[Any]) -> Clause:
    """`column IN (...)`, with None in `values` meaning NULL (or empty)."""
    values = list(values)
    known = [v for v in values if v is not None and v != ""]
    parts = []
    if known:
        parts.append(f"{column} IN ({','.join('?' * len(known))})")
    if len(known) < len(values):
        parts.append(f"({column} IS NULL OR {column} = '')")
    return "(" + " OR ".join(parts) + ")", known


def _iso(day: dt.date) -> str:
    return day.isoformat()


def _due_window(f: Filter) -> int:
    return f.due_within_days if f.due_within_days is not None else TODAY_WINDOW_DAYS


def _due_expressions(f: Filter, as_of: dt.date) -> dict[str, Clause]:
    """The due-date conditions (each true or false for a commitment `c`)."""
    within = _due_window(f)
    return {
        "overdue": (f"({OPEN_SQL} AND c.due_date < ?)", [_iso(as_of)]),
        "due_within": (
            f"({OPEN_SQL} AND c.due_date >= ? AND c.due_date <= ?)",
            [_iso(as_of), _iso(as_of + dt.timedelta(days=within))],
        ),
        "today": (
            f"({OPEN_SQL} AND c.due_date <= ?)",
            [_iso(as_of + dt.timedelta(days=within))],
        ),
        "without_due": ("(c.due_date IS NULL)", []),
    }


def _validate(f: Filter) -> None:
    unknown = set(f.statuses) - set(STATUSES)
    if unknown:
        raise StoreError(
            f"unknown status {', '.join(sorted(unknown))} (expected one of {', '.join(STATUSES)})"
        )
    unknown = set(f.review_states) - set(REVIEW_STATES)
    if unknown:
        raise StoreError(
            f"unknown review state {', '.join(sorted(unknown))}"
            f" (expected one of {', '.join(REVIEW_STATES)})"
        )
    if f.due_within_days is not None and f.due_within_days < 0:
        raise StoreError(f"due within {f.due_within_days} days: the number must not be negative")


def _clauses(f: Filter) -> dict[str, Clause]:
    """The filter's constraints over `commitment c`, one per kind (a facet's "own")."""
    _validate(f)
    as_of = f.as_of or clock.today()
    out: dict[str, Clause] = {}
    if f.statuses:
        out["status"] = _in("c.status", sorted(f.statuses))
    due = _due_expressions(f, as_of)
    chosen = [due[name] for name in _due_chosen(f)]
    if chosen:
        out["due"] = (
            "(" + " OR ".join(sql for sql, _ in chosen) + ")",
            [p for _, params in chosen for p in params],
        )
    if f.review_states:
        out["review"] = _in("c.review_state", sorted(f.review_states))
    if f.ministries:
        out["ministry"] = _in("c.ministry", _sorted(f.ministries))
    if f.actors:
        out["actor"] = _in("c.actor", _sorted(f.actors))
    if f.factions:
        known = [v for v in f.factions if v]
        parts, params = [], []
        if known:
            parts.append(
                "c.id IN (SELECT commitment_id FROM source WHERE faction IN "
                f"({','.join('?' * len(known))}))"
            )
            params.extend(sorted(known))
        if len(known) < len(f.factions):
            parts.append(
                "c.id NOT IN (SELECT commitment_id FROM source"
                " WHERE faction IS NOT NULL AND faction != '')"
            )
        out["faction"] = ("(" + " OR ".join(parts) + ")", params)
    if f.document_ids:
        ids = sorted(int(i) for i in f.document_ids)
        out["document"] = (
            "c.id IN (SELECT commitment_id FROM source WHERE document_id IN "
            f"({','.join('?' * len(ids))}))",
            ids,
        )
    if f.text.strip():
        sql, params = search.search_sql(DB.obj, f.text)
        out["text"] = (f"c.id IN ({sql})", params) if sql else ("1 = 0", [])
    return out


def _sorted(values: Iterable[Any]) -> list[Any]:
    return sorted(values, key=lambda v: (v is None, v or ""))


def _where(clauses: dict[str, Clause], skip: str | None = None) -> Clause:
    parts = [(sql, params) for kind, (sql, params) in clauses.items() if kind != skip]
    if not parts:
        return "1 = 1", []
    return " AND ".join(sql for sql, _ in parts), [p for _, params in parts for p in params]


def query_commitments(f: Filter) -> list[CommitmentRow]:
    """The commitments matching `f`, ordered by due date (undated last), then id."""
    return fetch_rows(*_where(_clauses(f)))


def query_commitment_pages(f: Filter, page_size: int = 20_000):
    """The rows of `query_commitments(f)` in pages of at most `page_size`, each with
    the number of rows in all (`reading.iter_row_pages`)."""
    return iter_row_pages(*_where(_clauses(f)), page_size=page_size)


@dataclass(frozen=True)
class Matching:
    """The commitments a filter matches: those in `ids`, or (`complement`) every one but
    those in `ids` — whichever set is the smaller, so that a filter matching most of a
    large register is not read id by id (at 500,000 commitments a set of 450,000 ids
    takes a quarter of a second to make). `id in matching` tells a commitment."""

    ids: frozenset[int] | set[int]
    complement: bool = False

    def __contains__(self, commitment_id: object) -> bool:
        return (commitment_id in self.ids) != self.complement


def matching(f: Filter) -> Matching:
    """The commitments matching `f`, as the smaller of the matching and the other ids."""
    where, params = _where(_clauses(f))
    total, matched = execute(
        f"SELECT COUNT(*), SUM(CASE WHEN {where} THEN 1 ELSE 0 END) FROM commitment c", params
    ).fetchone()
    if (matched or 0) * 2 <= total:
        condition = where
    else:  # the others: the rows `where` does not hold for (false or NULL)
        condition = f"(CASE WHEN {where} THEN 0 ELSE 1 END) = 1"
    ids = {row[0] for row in execute(f"SELECT c.id FROM {_scanned()} WHERE {condition}", params)}
    return Matching(ids, complement=condition is not where)


def commitment_count() -> int:
    """How many commitments the register holds (rejected ones too)."""
    return execute("SELECT COUNT(*) FROM commitment").fetchone()[0]


def matching_ids(f: Filter) -> set[int]:
    """The ids of the commitments matching `f` (the window filters rows it holds)."""
    where, params = _where(_clauses(f))
    return {row[0] for row in execute(f"SELECT c.id FROM {_scanned()} WHERE {where}", params)}


def search_ids(text: str) -> set[int] | None:
    """Ids of the commitments whose title, quotes or notes hold every word of `text`
    (as the start of a word, ignoring case and accents); None for a blank text."""
    if not text or not text.strip():
        return None
    found = search.search(DB.obj, text)
    return found if found is not None else set()


def facet_counts(f: Filter) -> Facets:
    """How many commitments each choice of the panel would match, given the others.

    One grouped pass over the commitments, then the faction and document counts: for a
    filter without a faction or document constraint one statement counts the sources
    of the matching commitments once for both (`_source_counts`); with one, a statement
    each, since each then counts with the other constraints only."""
    clauses = _clauses(f)
    facets = Facets()
    read = _column_facets(facets, f, clauses)
    if "faction" in clauses or "document" in clauses:
        facets.factions = _faction_facets(clauses)
        counts = _document_counts(clauses)
    else:
        # the pass read every commitment when nothing but their own columns constrains
        everything = read if not any(kind not in _COLUMN_KINDS for kind in clauses) else None
        facets.factions, counts = _source_counts(clauses, facets.total, everything)
    if counts:
        facets.documents = _document_references(counts)
    return facets


# The kinds of constraint on a commitment's own columns: their facets are counted from
# one grouped pass (`_column_facets`), the others (text, faction, document) filter it.
_COLUMN_KINDS = ("status", "due", "review", "ministry", "actor")
# The due-date buckets of that pass: before the day, from it to the end of the window,
# after the window, undated.
_BEFORE, _WITHIN, _AFTER, _UNDATED = range(4)


def _matches_in(values: Iterable[Any]):
    """`value in values` as `_in` puts it in SQL: None (or empty) in `values` matches
    NULL and the empty string."""
    values = list(values)
    known = {v for v in values if v is not None and v != ""}
    empty_too = len(known) < len(set(values))
    return lambda value: value in known or (empty_too and (value is None or value == ""))


def _column_facets(facets: Facets, f: Filter, clauses: dict[str, Clause]) -> int:
    """The status, review, ministry, actor and due-date counts and the total; returns
    how many commitments the pass read.

    One pass over the commitments matching the constraints that are not on their own
    columns (text, faction, document), grouped by status, review state, ministry and
    actor (the order of the index `commitment_status_review_state_…`, so the groups come without
    sorting; a few hundred groups) with the rows counted per due-date bucket. Each
    group and bucket is then one cell whose values are known here: each facet adds
    the cells that every other constraint accepts (the same tests as the SQL's)."""
    as_of = f.as_of or clock.today()
    end = as_of + dt.timedelta(days=_due_window(f))
    others = {kind: clause for kind, clause in clauses.items() if kind not in _COLUMN_KINDS}
    where, params = _where(others)
    sql = f"""
        SELECT c.status, c.review_state, c.ministry, c.actor,
          COUNT(CASE WHEN c.due_date < ? THEN 1 END),
          COUNT(CASE WHEN c.due_date >= ? AND c.due_date <= ? THEN 1 END),
          COUNT(*) - COUNT(c.due_date),
          COUNT(*)
        FROM commitment c WHERE {where}
        GROUP BY c.status, c.review_state, c.ministry, c.actor
    """
    due_params = [_iso(as_of), _iso(as_of), _iso(end)]
    tests = _column_tests(f)
    by_kind: dict[str, dict[Any, int]] = {k: {} for k in ("status", "review", "ministry", "actor")}
    due_counts = {"overdue": 0, "due_within": 0, "today": 0, "without_due": 0}
    total = read = 0
    for status, review, ministry, actor, before, within, undated, count in execute(
        sql, due_params + params
    ):
        read += count
        values = {"status": status, "review": review, "ministry": ministry, "actor": actor}
        accepted = {kind: test(values[kind]) for kind, test in tests.items()}
        is_open = status in OPEN_STATUSES
        buckets = {
            _BEFORE: before,
            _WITHIN: within,
            _UNDATED: undated,
            _AFTER: count - before - within - undated,
        }
        for bucket, n in buckets.items():
            if not n:
                continue
            due_ok = _due_accepts(f, is_open, bucket)
            for kind, counted in by_kind.items():
                if due_ok and all(ok for other, ok in accepted.items() if other != kind):
                    counted[values[kind]] = counted.get(values[kind], 0) + n
            if all(accepted.values()):
                flags = _due_flags(is_open, bucket)
                for name in due_counts:
                    due_counts[name] += n if flags[name] else 0
                total += n if due_ok else 0
    facets.statuses = {s: 0 for s in STATUSES} | by_kind["status"]
    facets.review_states = {s: 0 for s in REVIEW_STATES} | by_kind["review"]
    facets.ministries = _none_for_empty(by_kind["ministry"])
    facets.actors = _none_for_empty(by_kind["actor"])
    facets.overdue = due_counts["overdue"]
    facets.due_within = due_counts["due_within"]
    facets.today = due_counts["today"]
    facets.without_due = due_counts["without_due"]
    facets.total = total
    return read


def _column_tests(f: Filter) -> dict[str, Any]:
    """For each kind on a commitment's own columns but the due date: does a value pass
    the filter's constraint (the same test `_clauses` writes in SQL)?"""
    chosen = {
        "status": sorted(f.statuses),
        "review": sorted(f.review_states),
        "ministry": list(f.ministries),
        "actor": list(f.actors),
    }
    return {
        kind: (_matches_in(values) if values else (lambda _value: True))
        for kind, values in chosen.items()
    }


def _due_flags(is_open: bool, bucket: int) -> dict[str, bool]:
    """Which due-date conditions (`_due_expressions`) a commitment in `bucket` meets."""
    return {
        "overdue": is_open and bucket == _BEFORE,
        "due_within": is_open and bucket == _WITHIN,
        "today": is_open and bucket in (_BEFORE, _WITHIN),
        "without_due": bucket == _UNDATED,
    }


def _due_accepts(f: Filter, is_open: bool, bucket: int) -> bool:
    """Whether the filter's due-date choices (any of them; none chosen: all) accept it."""
    flags = _due_flags(is_open, bucket)
    chosen = _due_chosen(f)
    return not chosen or any(flags[name] for name in chosen)


def _due_chosen(f: Filter) -> list[str]:
    """The due-date choices the filter has on ("overdue", "due_within", "today",
    "without_due"), in that order."""
    return [
        name
        for name, on in (
            ("overdue", f.overdue),
            ("due_within", f.due_within_days is not None),
            ("today", f.today),
            ("without_due", f.without_due),
        )
        if on
    ]


def _faction_facets(clauses: dict[str, Clause]) -> dict[str | None, int]:
    """Per named faction, the commitments (matching every constraint but the faction)
    with a source of it; None: those with none. One pass along `source_commitment_id_faction`
    (`> ''`: named, neither NULL nor empty, and a range of that index)."""
    where, params = _where(clauses, skip="faction")
    factions: dict[str | None, int] = {}
    for faction, count in execute(
        f"""
        SELECT s.faction, COUNT(DISTINCT c.id)
        FROM commitment c LEFT JOIN source s ON s.commitment_id = c.id AND s.faction > ''
        WHERE {where} GROUP BY s.faction
        """,
        params,
    ):
        if count:
            factions[faction] = count
    return factions


def _document_counts(clauses: dict[str, Clause]) -> dict[int, int]:
    """Per document, the commitments (matching every constraint but the document) it is
    a source of: one pass along `source_document_id_commitment_id`, in its order."""
    where, params = _where(clauses, skip="document")
    return dict(
        execute(
            f"""
            SELECT s.document_id, COUNT(DISTINCT s.commitment_id)
            FROM source s CROSS JOIN commitment c
            WHERE c.id = s.commitment_id AND {where} GROUP BY s.document_id
            """,
            params,
        ).fetchall()
    )


def _along(index: str) -> str:
    """SQLite: read the sources along `source_<index>`, which holds every column read in
    the order counted (a register upgraded to schema 9 has no statistics of it yet, and
    would be read along the commitment's index and the table). PostgreSQL plans itself."""
    return "" if is_postgres() else f" INDEXED BY source_{index}"


def _source_counts(
    clauses: dict[str, Clause], matched: int, everything: int | None
) -> tuple[dict[str | None, int], dict[int, int]]:
    """The faction and the document counts of the `matched` commitments that match
    `clauses` (which hold no faction or document constraint), in one statement.

    The set of those commitments is made once (`x`) and both counts read the sources of
    its commitments along an index that holds the column counted. When the filter keeps
    most of the register (`everything`: how many commitments there are, known when
    only their own columns are constrained), `x` is the few it leaves out instead: the
    sources of every commitment are counted along an index in the order of the count
    (no commitment looked up per source), and those of `x` taken away."""
    where, params = _where(clauses)
    but = everything is not None and matched * 2 > everything
    condition = f"(CASE WHEN {where} THEN 0 ELSE 1 END) = 1" if but else where
    parts = [
        "SELECT 'x-faction', s.faction, NULL, COUNT(DISTINCT x.id) FROM x LEFT JOIN source s"
        f"{_along('commitment_id_faction')} ON s.commitment_id = x.id AND s.faction > ''"
        " GROUP BY s.faction",
        "SELECT 'x-document', NULL, s.document_id, COUNT(DISTINCT s.commitment_id)"
        f" FROM x CROSS JOIN source s{_along('commitment_id_document_id')}"
        " WHERE s.commitment_id = x.id GROUP BY s.document_id",
    ]
    if but:
        parts += [
            "SELECT 'faction', s.faction, NULL, COUNT(DISTINCT s.commitment_id)"
            f" FROM source s{_along('faction_commitment_id')} WHERE s.faction > ''"
            " GROUP BY s.faction",
            "SELECT 'named', NULL, NULL, COUNT(DISTINCT s.commitment_id)"
            f" FROM source s{_along('commitment_id_faction')} WHERE s.faction > ''",
            "SELECT 'document', NULL, s.document_id, COUNT(DISTINCT s.commitment_id)"
            f" FROM source s{_along('document_id_commitment_id')} GROUP BY s.document_id",
        ]
    found: dict[str, dict[Any, int]] = {}
    for part, faction, document_id, count in execute(
        f"WITH x AS (SELECT c.id FROM commitment c WHERE {condition}) " + " UNION ALL ".join(parts),
        params,
    ):
        found.setdefault(part, {})[document_id if faction is None else faction] = count
    x_factions, x_documents = found.get("x-faction", {}), found.get("x-document", {})
    if not but:
        return {k: n for k, n in x_factions.items() if n}, x_documents
    # the commitments without a named faction: all of them but those with one, and but
    # the left-out ones without one
    named = found.get("named", {}).get(None, 0)
    factions = {
        k: n - x_factions.get(k, 0) for k, n in found.get("faction", {}).items() if k is not None
    }
    factions[None] = everything - named - x_factions.get(None, 0)
    documents = {k: n - x_documents.get(k, 0) for k, n in found.get("document", {}).items()}
    return (
        {k: n for k, n in factions.items() if n > 0},
        {k: n for k, n in documents.items() if n > 0},
    )


def _none_for_empty(counts: dict[Any, int]) -> dict[Any, int]:
    out: dict[Any, int] = {}
    for value, count in counts.items():
        key = value or None
        out[key] = out.get(key, 0) + count
    return out


def _document_references(counts: dict[int, int]) -> dict[int, tuple[str, int]]:
    out = {}
    for doc_id, kind, official_id, dossier, number, title, path in execute(
        "SELECT id, kind, official_id, dossier, number, title, path FROM document"
    ):
        if doc_id in counts:
            out[doc_id] = (
                _reference_of(kind, official_id, dossier, number, title, path),
                counts[doc_id],
            )
    return out
