"""The store behind the desk: filters and their counts, the Vandaag view, search,
changes to several commitments, merge, undo snapshots, manual commitments,
documents, the overview, re-import of an edited file, and the v1 -> v2 migration."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
from pathlib import Path

import pytest
from factories import make_commitment, make_document

from tracker import clock
from tracker.store import filters, queries, search
from tracker.store.filters import Filter, facet_counts, matching_ids, query_commitments, search_ids
from tracker.store.migrations import SCHEMA_VERSION
from tracker.store.models import Commitment, Source, StatusChange

AS_OF = dt.date(2026, 11, 28)
DAY = dt.timedelta(days=1)
SCHEMAS = Path(__file__).parent / "data" / "schemas"

LATE_OCW = "Brief over stageplaatsen"
LATE_VWS = "Rapport over wachtlijsten jeugdzorg"
SOON_OCW = "Evaluatie subsidie Praktijkleren"
LATER_VWS = "Monitor coördinatie zorgkantoren"
UNDATED_JENV = "Verkenning met stakeholders welke acties meest effectief zullen zijn"
DONE_OCW = "Kamerbrief lerarentekort"


def item(title, due, ministry, faction, *, quote=""):
    return make_commitment(title, due, ministry=ministry, faction=faction, quote=quote)


@pytest.fixture
def ids(db) -> dict[str, int]:
    """Six commitments over three ministries: late, soon, later, undated, fulfilled."""
    queries.import_document(
        make_document(),
        [
            item(LATE_OCW, AS_OF - 30 * DAY, "OCW", "VVD"),
            item(LATE_VWS, AS_OF - 3 * DAY, "VWS", "SP"),
            item(SOON_OCW, AS_OF + 5 * DAY, "OCW", "D66"),
            item(LATER_VWS, AS_OF + 90 * DAY, "VWS", "CDA"),
            item(UNDATED_JENV, None, "JenV", "CDA"),
            item(DONE_OCW, AS_OF - 10 * DAY, "OCW", "GL"),
        ],
    )
    found = {r.title: r.id for r in query_commitments(Filter(as_of=AS_OF))}
    queries.mark(found[DONE_OCW], "fulfilled", note="Brief verstuurd", who="anna")
    return found


def titles(f: Filter) -> set[str]:
    return {r.title for r in query_commitments(dataclasses.replace(f, as_of=AS_OF))}


def ids_of(names, ids) -> set[int]:
    return {ids[n] for n in names}


# -- filters -----------------------------------------------------------------------------


def test_no_filter_lists_all_ordered_by_due_with_undated_last(ids):
    rows = query_commitments(Filter(as_of=AS_OF))
    assert [r.title for r in rows] == [
        LATE_OCW,
        DONE_OCW,
        LATE_VWS,
        SOON_OCW,
        LATER_VWS,
        UNDATED_JENV,
    ]
    first = rows[0]
    assert first.factions == ["VVD"] and first.reference == "Kamerstuk 32 637, nr. 999"
    assert first.document_ids and first.fingerprint and not first.manual and first.version == 1


def test_overdue_means_open_and_due_before_the_day(ids):
    assert titles(Filter(overdue=True)) == {LATE_OCW, LATE_VWS}


def test_due_within_days_counts_from_the_day_inclusive(ids):
    assert titles(Filter(due_within_days=5)) == {SOON_OCW}
    assert titles(Filter(due_within_days=4)) == set()
    assert titles(Filter(due_within_days=90)) == {SOON_OCW, LATER_VWS}


def test_today_view_is_overdue_or_due_within_two_weeks(ids):
    assert titles(Filter(today=True)) == {LATE_OCW, LATE_VWS, SOON_OCW}


def test_due_choices_combine_with_or(ids):
    assert titles(Filter(overdue=True, without_due=True)) == {LATE_OCW, LATE_VWS, UNDATED_JENV}


def test_kinds_combine_with_and_values_with_or(ids):
    assert titles(Filter(overdue=True, ministries=frozenset({"OCW"}))) == {LATE_OCW}
    assert titles(Filter(ministries=frozenset({"OCW", "JenV"}), statuses=frozenset({"open"}))) == {
        LATE_OCW,
        SOON_OCW,
        UNDATED_JENV,
    }
    assert titles(Filter(factions=frozenset({"CDA"}), actors=frozenset({"Minister van VWS"}))) == {
        LATER_VWS
    }


def test_status_document_and_text_filters(ids):
    assert titles(Filter(statuses=frozenset({"fulfilled"}))) == {DONE_OCW}
    doc = query_commitments(Filter(as_of=AS_OF))[0].document_ids[0]
    assert len(titles(Filter(document_ids=frozenset({doc})))) == 6
    assert titles(Filter(document_ids=frozenset({doc + 1}))) == set()
    assert titles(Filter(text="brief", ministries=frozenset({"OCW"}))) == {LATE_OCW, DONE_OCW}


def test_rejected_commitments_are_hidden_unless_asked_for(ids):
    queries.set_review_state(ids[LATE_OCW], "rejected", who="bert")
    assert LATE_OCW not in titles(Filter())
    assert titles(Filter(review_states=frozenset({"rejected"}))) == {LATE_OCW}
    assert matching_ids(Filter(as_of=AS_OF)) == set(ids.values()) - {ids[LATE_OCW]}


def test_an_unknown_status_in_a_filter_is_refused(ids):
    with pytest.raises(queries.StoreError, match="unknown status"):
        query_commitments(Filter(statuses=frozenset({"done"})))


def test_matching_ids_agrees_with_query(ids):
    f = Filter(today=True, ministries=frozenset({"OCW"}), as_of=AS_OF)
    assert matching_ids(f) == {r.id for r in query_commitments(f)}


def test_matching_reads_the_smaller_side_and_tells_each_commitment_as_the_query(ids):
    """A filter that matches most commitments is read as the few it does not match (the
    register of 500,000 is not read id by id); either way each commitment is told right."""
    every = set(ids.values())
    for f, complement in (
        (Filter(overdue=True, as_of=AS_OF), False),  # 2 of 6
        (Filter(review_states=frozenset(), as_of=AS_OF), True),  # all 6
        (Filter(ministries=frozenset({"OCW", "VWS"}), as_of=AS_OF), True),  # 5 of 6
    ):
        found = filters.matching(f)
        want = {r.id for r in query_commitments(f)}
        assert found.complement is complement
        assert len(found.ids) <= len(every) // 2
        assert {i for i in every if i in found} == want


# -- facets ------------------------------------------------------------------------------


def test_facets_count_each_value_with_the_other_constraints(ids):
    facets = facet_counts(Filter(ministries=frozenset({"OCW"}), as_of=AS_OF))
    # the ministry counts ignore the ministry choice itself ...
    assert facets.ministries == {"OCW": 3, "VWS": 2, "JenV": 1}
    # ... every other count is within OCW
    assert facets.statuses == {"open": 2, "fulfilled": 1, "partial": 0, "lapsed": 0}
    assert facets.factions == {"VVD": 1, "D66": 1, "GL": 1}
    assert facets.overdue == 1 and facets.today == 2 and facets.without_due == 0
    assert facets.total == 3


def test_due_facets_exclude_the_due_choice(ids):
    facets = facet_counts(Filter(overdue=True, as_of=AS_OF))
    assert (facets.overdue, facets.today, facets.without_due) == (2, 3, 1)
    assert facets.total == 2
    assert facets.statuses["open"] == 2  # within the overdue ones


def test_document_facet_gives_reference_and_count(ids):
    facets = facet_counts(Filter(statuses=frozenset({"open"}), as_of=AS_OF))
    assert list(facets.documents.values()) == [("Kamerstuk 32 637, nr. 999", 5)]


def test_review_facet_counts_rejected_too(ids):
    queries.set_review_state(ids[LATE_OCW], "rejected")
    facets = facet_counts(Filter(as_of=AS_OF))
    assert facets.review_states == {"to_review": 5, "confirmed": 0, "rejected": 1}
    assert facets.total == 5


# -- search ------------------------------------------------------------------------------


@pytest.fixture(params=["fts5", "like"])
def search_path(request, monkeypatch):
    if request.param == "like":
        monkeypatch.setattr(search, "has_index", lambda db: False)
    return request.param


def test_search_matches_word_prefixes_in_any_case(ids, search_path):
    assert search_ids("prakt") == {ids[SOON_OCW]}
    assert search_ids("PRAKTIJKLEREN") == {ids[SOON_OCW]}
    assert search_ids("raktijk") == set()  # the start of a word, not any part


def test_search_ignores_accents_both_ways(ids, search_path):
    assert search_ids("coordinatie") == {ids[LATER_VWS]}
    assert search_ids("coördinatie") == {ids[LATER_VWS]}


def test_every_word_typed_must_match(ids, search_path):
    assert search_ids("brief stage") == {ids[LATE_OCW]}
    assert search_ids("brief") == {ids[LATE_OCW], ids[DONE_OCW]}


def test_search_covers_quotes_and_notes(ids, search_path):
    assert search_ids("gestuurd") == set(ids.values())  # every quote
    assert search_ids("verstuurd") == {ids[DONE_OCW]}  # the note of the marking
    queries.mark(ids[UNDATED_JENV], "partial", note="Zie de Voorjaarsnota")
    assert search_ids("voorjaars") == {ids[UNDATED_JENV]}


def test_blank_search_is_none(ids, search_path):
    assert search_ids("  ") is None


def test_search_follows_title_edits_merge_and_delete(ids):
    queries.update_commitment(ids[LATE_OCW], title="Brief over werkplekken")
    assert search_ids("werkplek") == {ids[LATE_OCW]}
    queries.merge_commitments(ids[LATE_OCW], ids[LATE_VWS])
    assert search_ids("wachtlijsten") == {ids[LATE_OCW]}
    queries.delete_commitment(ids[LATE_OCW])
    assert search_ids("werkplek") == set()


# -- changes -----------------------------------------------------------------------------


def test_mark_many_marks_all_in_one_go_with_the_day_stated(ids):
    chosen = [ids[LATE_OCW], ids[LATE_VWS]]
    rows = queries.mark_many(
        chosen, "fulfilled", note="Brief", effective_date=AS_OF - DAY, who="anna"
    )
    assert [r.id for r in rows] == chosen
    assert all(r.status == "fulfilled" and r.version == 2 for r in rows)
    assert rows[0].history[-1].effective_date == AS_OF - DAY
    assert rows[0].history[-1].changed_by == "anna"


def test_mark_without_a_day_takes_today(ids):
    row = queries.mark(ids[SOON_OCW], "lapsed")
    assert row.history[-1].effective_date == clock.today()


def test_mark_many_with_an_unknown_id_changes_nothing(ids):
    with pytest.raises(queries.StoreError, match="no commitment 999"):
        queries.mark_many([ids[LATE_OCW], 999], "fulfilled")
    assert queries.get_commitment(ids[LATE_OCW]).status == "open"
    assert StatusChange.select().count() == 1


def test_review_records_who_and_returns_the_row(ids):
    row = queries.set_review_state(ids[SOON_OCW], "confirmed", who="bert")
    assert row.review_state == "confirmed" and row.reviewed_by == "bert" and row.version == 2
    row = queries.set_review_state(ids[SOON_OCW], "to_review")
    assert row.reviewed_by is None
    with pytest.raises(queries.StoreError, match="unknown review state"):
        queries.set_review_state(ids[SOON_OCW], "maybe")


def test_update_changes_only_what_is_given_and_keeps_the_due_phrase(ids):
    cid = ids[SOON_OCW]
    row = queries.update_commitment(cid, due=AS_OF + 60 * DAY, ministry="EZK")
    assert row.due == AS_OF + 60 * DAY and row.due_overridden
    assert row.due_text == f"{AS_OF + 5 * DAY:%d-%m-%Y}" and row.due_extracted == AS_OF + 5 * DAY
    assert row.ministry == "EZK" and row.title == SOON_OCW and row.actor == "Minister van OCW"
    row = queries.update_commitment(cid, due=None, actor=None)
    assert row.due == AS_OF + 5 * DAY and not row.due_overridden and row.actor is None


def test_update_refuses_an_empty_title(ids):
    with pytest.raises(queries.StoreError, match="title"):
        queries.update_commitment(ids[SOON_OCW], title="  ")
    assert queries.get_commitment(ids[SOON_OCW]).version == 1


def test_merge_keeps_both_sources_and_history_and_notes_it(ids):
    keep, other = ids[SOON_OCW], ids[DONE_OCW]
    row = queries.merge_commitments(keep, other, who="anna")
    assert sorted(s.faction for s in row.sources) == ["D66", "GL"]
    assert [h.note for h in row.history] == [
        "Brief verstuurd",
        f"samengevoegd met #{other}: {DONE_OCW}",
    ]
    assert Commitment.get_or_none(Commitment.id == other) is None
    assert row.factions == ["D66", "GL"]


def test_merge_with_itself_or_an_unknown_id_is_refused(ids):
    with pytest.raises(queries.StoreError, match="itself"):
        queries.merge_commitments(ids[SOON_OCW], ids[SOON_OCW])
    with pytest.raises(queries.StoreError, match="no commitment 999"):
        queries.merge_commitments(ids[SOON_OCW], 999)
    assert Source.select().count() == 6


def test_delete_removes_sources_and_history(ids):
    queries.delete_commitment(ids[DONE_OCW])
    assert StatusChange.select().count() == 0 and Source.select().count() == 5
    with pytest.raises(queries.StoreError, match="no commitment"):
        queries.delete_commitment(ids[DONE_OCW])


# -- undo --------------------------------------------------------------------------------


def _state(ids_):
    """Everything a user could see of these commitments, and the search index. Not the
    version and update stamp: putting a state back is a change of its own, with a
    version above any before, so that no client can save over it with an old copy."""
    snap = queries.snapshot(ids_)
    commitments = [
        {k: v for k, v in c.items() if k not in ("version", "updated_at")} for c in snap.commitments
    ]
    return commitments, snap.absent, search_ids("brief stage prakt wachtlijsten")


@pytest.mark.parametrize(
    "change",
    [
        lambda ids: queries.mark(ids[LATE_OCW], "fulfilled", note="Opgeleverd"),
        lambda ids: queries.merge_commitments(ids[LATE_OCW], ids[LATE_VWS]),
        lambda ids: queries.delete_commitment(ids[LATE_OCW]),
        lambda ids: queries.update_commitment(ids[LATE_OCW], title="Nieuw", due=AS_OF),
        lambda ids: queries.set_review_state(ids[LATE_OCW], "rejected"),
    ],
    ids=["mark", "merge", "delete", "update", "review"],
)
def test_restore_brings_back_exactly_the_state_before(ids, change):
    touched = [ids[LATE_OCW], ids[LATE_VWS]]
    before = _state(touched)
    snap = queries.snapshot(touched)
    change(ids)
    after_snap = queries.snapshot(touched)
    assert _state(touched) != before
    queries.restore(snap)
    assert _state(touched) == before
    assert queries.get_commitment(ids[LATE_OCW]).title == LATE_OCW
    was = {c["id"]: c["version"] for c in after_snap.commitments}
    if ids[LATE_OCW] in was:  # put back at a version above the one it had
        assert queries.get_commitment(ids[LATE_OCW]).version > was[ids[LATE_OCW]]
    queries.restore(after_snap)  # redo
    assert _state(touched)[:2] == (
        [
            {k: v for k, v in c.items() if k not in ("version", "updated_at")}
            for c in after_snap.commitments
        ],
        after_snap.absent,
    )


def test_restore_removes_commitments_listed_as_absent(ids):
    snap = queries.snapshot([ids[LATE_OCW], 12345])
    assert snap.absent == [12345]
    doc = queries.list_documents()[0]
    made = queries.import_document(make_document("other"), [make_commitment("Extra", None)])
    new_id = max(r.id for r in query_commitments(Filter(as_of=AS_OF)))
    assert made.commitments == 1
    queries.restore(queries.Snapshot(commitments=[], absent=[new_id]))
    assert new_id not in matching_ids(Filter(as_of=AS_OF))
    assert doc.commitments == 6


# -- import of an edited file --------------------------------------------------------------


def test_reimport_of_an_edited_document_adds_only_new_and_not_rejected(db):
    first = [make_commitment("Evaluatie praktijkleren", dt.date(2022, 12, 31))]
    queries.import_document(make_document("v1"), first)
    row = query_commitments(Filter())[0]
    queries.set_review_state(row.id, "rejected")
    edited = first + [make_commitment("Extra zin", None)]
    result = queries.import_document(make_document("v2"), edited)  # same official id
    assert result.commitments == 1 and result.known == 1
    all_rows = query_commitments(Filter(review_states=frozenset(queries.REVIEW_STATES)))
    assert sorted(r.title for r in all_rows) == ["Evaluatie praktijkleren", "Extra zin"]


def test_reimport_does_not_duplicate_a_kept_commitment(db):
    items = [make_commitment("Evaluatie praktijkleren", dt.date(2022, 12, 31))]
    queries.import_document(make_document("v1"), items)
    result = queries.import_document(make_document("v2"), items)
    assert result.commitments == 0 and Commitment.select().count() == 1


def test_fingerprint_ignores_case_and_spacing_of_the_quote(db):
    queries.import_document(
        make_document("v1"), [make_commitment("A", None, quote="Ik zal  de Kamer informeren.")]
    )
    result = queries.import_document(
        make_document("v2"), [make_commitment("A", None, quote="ik zal de kamer\ninformeren.")]
    )
    assert result.commitments == 0


# -- documents, manual commitments, overview --------------------------------------------------


@pytest.fixture
def seed(db, seed_path):
    from tracker.importing import import_paths

    [result] = import_paths([seed_path])
    assert result.error is None
    return queries.list_documents()[0]


def test_imported_document_keeps_its_text_and_spans(seed, seed_path):
    text = queries.get_document_text(seed.id)
    assert text.text == seed_path.read_text(encoding="utf-8")
    assert text.row.reference == "Kamerstuk 32 637, nr. 448"
    assert len(text.spans) >= seed.commitments > 0
    assert text.spans == sorted(text.spans, key=lambda s: (s[1], s[2], s[0]))


def test_manual_commitment_from_the_stored_text_finds_faction_and_question(seed):
    text = queries.get_document_text(seed.id).text
    start = text.index("Nederland")
    end = text.index(".", start) + 1
    row = queries.create_manual_commitment(seed.id, start, end, title="Handmatig", who="anna")
    assert row.manual and row.review_state == "confirmed" and row.reviewed_by == "anna"
    source = row.sources[0]
    assert source.quote == " ".join(text[start:end].replace("*", "").split())
    assert source.faction and source.question
    assert (source.start, source.end) == (start, end)
    assert row.id in search_ids("handmatig")


def test_manual_commitment_strips_markup_from_the_quote(db):
    source = "Ik zal *voor de zomer*<sup>1</sup> de Kamer\n  informeren."
    queries.import_document(make_document(source=source), [])
    doc = queries.list_documents()[0]
    row = queries.create_manual_commitment(doc.id, 0, len(source), title="Informeren")
    assert row.quote == "Ik zal voor de zomer de Kamer informeren."
    assert row.due_text == "voor de zomer" and row.due is not None


def test_manual_commitment_outside_the_text_changes_nothing(seed):
    with pytest.raises(queries.StoreError, match="not inside"):
        queries.create_manual_commitment(seed.id, 10, 10**7, title="X")
    with pytest.raises(queries.StoreError, match="no document"):
        queries.create_manual_commitment(999, 0, 5, title="X")
    assert not any(r.manual for r in query_commitments(Filter()))


def test_manual_commitment_can_be_undone_and_redone(seed):
    text = queries.get_document_text(seed.id).text
    start = text.index("Nederland")
    row = queries.create_manual_commitment(seed.id, start, start + 60, title="Handmatig")
    after = queries.snapshot([row.id])
    queries.delete_commitment(row.id)
    assert search_ids("handmatig") == set()
    queries.restore(after)
    assert queries.get_commitment(row.id).manual
    assert search_ids("handmatig") == {row.id}


def test_overview_per_ministry_and_month(ids):
    view = queries.overview(AS_OF)
    assert view.per_ministry[0] == ("OCW", 2, 1, 1)
    assert ("VWS", 2, 1, 0) in view.per_ministry
    assert view.per_month[0][0] == AS_OF.replace(day=1) and len(view.per_month) == 12
    # late (this month), soon and later; undated and earlier months not
    assert sum(n for _, n in view.per_month) == 3


def test_overview_counts_the_overdue_per_month_before_this_month(ids):
    # A backlog that is all overdue still shows in the month chart: per month it fell due
    # (only months with overdue commitments; this month's late ones are in per_month).
    assert queries.overview(AS_OF).overdue_per_month == [(dt.date(2026, 10, 1), 1)]
    later = queries.overview(AS_OF + 400 * DAY)
    assert later.overdue_per_month == [
        (dt.date(2026, 10, 1), 1),
        (dt.date(2026, 11, 1), 1),
        (dt.date(2026, 12, 1), 1),
        (dt.date(2027, 2, 1), 1),
    ]
    assert sum(n for _, n in later.per_month) == 0


# -- migration -------------------------------------------------------------------------------


def test_a_version_1_database_is_upgraded_with_its_data_intact(tmp_path):
    from tracker.store.connection import close_database, open_database

    path = tmp_path / "v1.sqlite"
    shutil.copy(SCHEMAS / "v1.sqlite", path)
    db = open_database(path)
    try:
        assert db.execute_sql("SELECT version FROM schema_version").fetchone()[0] == SCHEMA_VERSION
        rows = query_commitments(Filter(review_states=frozenset(queries.REVIEW_STATES)))
        assert [r.title for r in rows] == [
            "Agenda gelijke kansen",
            "Evaluatie praktijkleren",
            "Kamer informeren over stages",
        ]
        done = queries.get_commitment(rows[0].id)
        assert done.status == "fulfilled" and done.history[0].evidence.startswith("Kamerstuk")
        assert all(r.fingerprint and not r.manual for r in rows)
        assert search_ids("prakt") == {rows[1].id}
        assert queries.get_document_text(rows[0].document_ids[0]).text == ""
        assert titles(Filter()) == {"Agenda gelijke kansen", "Evaluatie praktijkleren"}
    finally:
        close_database()


def test_filters_module_keeps_the_default_review_states():
    assert Filter().review_states == filters.DEFAULT_REVIEW_STATES == {"to_review", "confirmed"}
