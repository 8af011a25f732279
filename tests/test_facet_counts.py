"""The filter panel's counts, checked against a plain count in Python over a varied
register (every status and review state, no ministry or an empty one, no actor,
undated rows, commitments with several sources, sources without a faction,
commitments without a source), with the panel's constraints active."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random

import peewee as pw
import pytest

from tracker.store import search
from tracker.store.filters import Filter, facet_counts, search_ids
from tracker.store.models import (
    DB,
    OPEN_STATUSES,
    REVIEW_STATES,
    STATUSES,
    Commitment,
    Document,
    Source,
)

AS_OF = dt.date(2026, 6, 1)
MINISTRIES = ["OCW", "VWS", "JenV", "", None]
FACTIONS = ["VVD", "SP", "CDA", "", None]
WORDS = ["stageplaatsen", "jeugdzorg", "netcongestie"]


@pytest.fixture
def register(db) -> dict[int, dict]:
    """About 150 commitments over four documents, from a fixed seed; returns what each
    is, as plain data the reference counts are made from."""
    rng = random.Random(20)
    for d in range(1, 5):
        Document.create(
            id=d,
            path=f"/data/kst-{d}.md",
            kind="verslag",
            dossier="36000",
            number=str(d),
            content_hash=f"hash-{d}",
        )
    register: dict[int, dict] = {}
    for c in range(1, 151):
        ministry = rng.choice(MINISTRIES)
        due = AS_OF + dt.timedelta(days=rng.randrange(-60, 60)) if rng.random() < 0.8 else None
        row = {
            "id": c,
            "title": f"Brief over {rng.choice(WORDS)}",
            "due_date": due,
            "status": rng.choice(STATUSES),
            "review_state": rng.choice(REVIEW_STATES),
            "ministry": ministry,
            "actor": rng.choice([f"Minister van {ministry}", "Staatssecretaris", None]),
        }
        Commitment.create(**row)
        sources = []
        for _ in range(rng.choice([0, 1, 1, 1, 2, 3])):  # the same document or faction twice too
            source = {"document": rng.randrange(1, 5), "faction": rng.choice(FACTIONS)}
            Source.create(commitment=c, quote=row["title"], start=0, end=1, **source)
            sources.append(source)
        register[c] = row | {"sources": sources}
    search.rebuild(DB.obj)
    return register


def reference(register: dict[int, dict], f: Filter) -> dict:
    """The counts as the panel describes them, worked out row by row in Python."""
    within = f.due_within_days if f.due_within_days is not None else 14
    found = search_ids(f.text) if f.text.strip() else None

    def due_flags(row) -> dict[str, bool]:
        due, is_open = row["due_date"], row["status"] in OPEN_STATUSES
        end = AS_OF + dt.timedelta(days=within)
        return {
            "overdue": is_open and due is not None and due < AS_OF,
            "due_within": is_open and due is not None and AS_OF <= due <= end,
            "today": is_open and due is not None and due <= end,
            "without_due": due is None,
        }

    def passes(row, kind) -> bool:
        factions = {s["faction"] or None for s in row["sources"]}
        documents = {s["document"] for s in row["sources"]}
        flags = due_flags(row)
        chosen = [
            name
            for name, on in (
                ("overdue", f.overdue),
                ("due_within", f.due_within_days is not None),
                ("today", f.today),
                ("without_due", f.without_due),
            )
            if on
        ]
        wanted_factions = {v or None for v in f.factions}
        without_faction = factions <= {None}
        checks = {
            "status": not f.statuses or row["status"] in f.statuses,
            "due": not chosen or any(flags[n] for n in chosen),
            "review": not f.review_states or row["review_state"] in f.review_states,
            "ministry": not f.ministries
            or (row["ministry"] or None) in {v or None for v in f.ministries},
            "actor": not f.actors or (row["actor"] or None) in {v or None for v in f.actors},
            "faction": not f.factions
            or bool(factions & wanted_factions - {None})
            or (None in wanted_factions and without_faction),
            "document": not f.document_ids or bool(documents & set(f.document_ids)),
            "text": found is None or row["id"] in found,
        }
        return all(ok for name, ok in checks.items() if name != kind)

    def count(kind, value_of) -> dict:
        out: dict = {}
        for row in register.values():
            if passes(row, kind):
                for value in value_of(row):
                    out[value] = out.get(value, 0) + 1
        return out

    def due_count(name):
        return sum(1 for r in register.values() if passes(r, "due") and due_flags(r)[name])

    def factions_of(row):
        named = {s["faction"] for s in row["sources"] if s["faction"]}
        return named or {None}

    return {
        "statuses": {s: 0 for s in STATUSES} | count("status", lambda r: [r["status"]]),
        "review_states": {s: 0 for s in REVIEW_STATES}
        | count("review", lambda r: [r["review_state"]]),
        "ministries": count("ministry", lambda r: [r["ministry"] or None]),
        "actors": count("actor", lambda r: [r["actor"] or None]),
        "factions": count("faction", factions_of),
        "documents": count("document", lambda r: {s["document"] for s in r["sources"]}),
        "overdue": due_count("overdue"),
        "due_within": due_count("due_within"),
        "today": due_count("today"),
        "without_due": due_count("without_due"),
        "total": sum(1 for r in register.values() if passes(r, None)),
    }


FILTERS = {
    "nothing chosen": Filter(),
    "everything shown": Filter(review_states=frozenset()),
    "open, overdue": Filter(statuses=frozenset({"open", "partial"}), overdue=True),
    "today and undated": Filter(today=True, without_due=True),
    "due within 30 days": Filter(due_within_days=30),
    "ministries, none too": Filter(ministries=frozenset({"OCW", None})),
    "actor": Filter(actors=frozenset({"Staatssecretaris", None})),
    "factions, none too": Filter(factions=frozenset({"SP", None})),
    "a faction": Filter(factions=frozenset({"VVD"})),
    "documents": Filter(document_ids=frozenset({1, 3})),
    "text": Filter(text="jeugd"),
    "all kinds at once": Filter(
        statuses=frozenset({"open"}),
        overdue=True,
        without_due=True,
        ministries=frozenset({"VWS", "JenV"}),
        factions=frozenset({"CDA", None}),
        document_ids=frozenset({2, 4}),
        text="brief",
    ),
}


@pytest.mark.parametrize("name", FILTERS)
def test_facet_counts_equal_a_plain_count_row_by_row(register, name):
    f = dataclasses.replace(FILTERS[name], as_of=AS_OF)
    facets = facet_counts(f)
    want = reference(register, f)
    got = dataclasses.asdict(facets)
    got["documents"] = {doc: n for doc, (_reference, n) in facets.documents.items()}
    assert got == want


def test_facet_counts_take_three_statements_whatever_the_filter(register, monkeypatch):
    """Each count is one pass (commitments; sources by faction; by document), however
    many constraints are active: a register of 100,000 commitments is counted in a few
    passes, not one per facet."""
    statements = []
    execute_sql = DB.obj.execute_sql

    def counted(sql, *args, **kwargs):
        if "FROM commitment" in sql or "FROM source" in sql:  # a pass over the register
            statements.append(sql)
        return execute_sql(sql, *args, **kwargs)

    monkeypatch.setattr(DB.obj, "execute_sql", counted)
    for name in ("nothing chosen", "all kinds at once"):
        statements.clear()
        facet_counts(dataclasses.replace(FILTERS[name], as_of=AS_OF))
        assert len(statements) <= 3, name


# Filters that keep most of the register: their source counts are every commitment's
# minus those of the few the filter leaves out.
KEEPS_MOST = {
    "every review state": Filter(review_states=frozenset()),
    "all but one status": Filter(statuses=frozenset({"open", "partial", "fulfilled", "lapsed"})),
    "ministries, none too, every review state": Filter(
        review_states=frozenset(), ministries=frozenset({"OCW", "VWS", "JenV", None})
    ),
    "not yet rejected": Filter(review_states=frozenset({"to_review", "confirmed"})),
}


@pytest.mark.parametrize("name", KEEPS_MOST)
def test_facet_counts_of_a_filter_keeping_most_of_the_register_equal_a_plain_count(register, name):
    f = dataclasses.replace(KEEPS_MOST[name], as_of=AS_OF)
    facets = facet_counts(f)
    want = reference(register, f)
    assert want["total"] * 2 > len(register), "the filter keeps most of the register"
    got = dataclasses.asdict(facets)
    got["documents"] = {doc: n for doc, (_reference, n) in facets.documents.items()}
    assert got == want


def test_facet_counts_read_the_sources_once_for_factions_and_documents(register, monkeypatch):
    """Without a faction or document constraint the faction and the document counts
    come from one statement over the sources of the matching commitments (the panel's
    usual case: at 100,000 commitments a pass over the sources is most of the time)."""
    statements = []
    execute_sql = DB.obj.execute_sql

    def counted(sql, *args, **kwargs):
        if "FROM commitment" in sql or "FROM source" in sql:
            statements.append(sql)
        return execute_sql(sql, *args, **kwargs)

    monkeypatch.setattr(DB.obj, "execute_sql", counted)
    for name in ("nothing chosen", "everything shown", "open, overdue", "text"):
        statements.clear()
        facet_counts(dataclasses.replace(FILTERS[name], as_of=AS_OF))
        assert len(statements) == 2, name  # the commitments; their sources


def test_facet_counts_of_most_of_the_register_look_up_no_commitment_per_source(
    register, monkeypatch
):
    """SQLite: counting the sources of a filter that keeps most of the register looks
    up no commitment per source row (at 100,000 commitments such lookups took most of
    the counts' time); it reads the sources along indexes in the order it counts."""
    if isinstance(DB.obj, pw.PostgresqlDatabase):
        pytest.skip("query plans are SQLite's")
    plans = []
    execute_sql = DB.obj.execute_sql

    def explained(sql, params=None, *args, **kwargs):
        if "FROM source" in sql:
            plan = execute_sql("EXPLAIN QUERY PLAN " + sql, params).fetchall()
            plans.append([row[-1] for row in plan])
        return execute_sql(sql, params, *args, **kwargs)

    monkeypatch.setattr(DB.obj, "execute_sql", explained)
    facet_counts(dataclasses.replace(FILTERS["nothing chosen"], as_of=AS_OF))
    steps = [step for plan in plans for step in plan]
    assert steps
    assert not [s for s in steps if "SEARCH c USING INTEGER PRIMARY KEY" in s], steps
    assert not [s for s in steps if s.startswith("SEARCH s USING INDEX")], steps
