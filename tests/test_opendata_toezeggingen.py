"""The House's Toezeggingen become oral commitments (issue 19), against a local server."""

from __future__ import annotations

import datetime as dt

import pytest
from opendata_server import OpenDataServer

from tracker.opendata.client import RetryPolicy
from tracker.opendata.sync import sync
from tracker.store import queries
from tracker.store.errors import StoreError
from tracker.store.follows import add_follow


@pytest.fixture
def server():
    running = OpenDataServer(page_size=2).start()
    yield running
    running.stop()


def toezegging(server, number: str, changed: str, **fields) -> dict:
    entity = {
        "Id": f"10000000-0000-4000-8000-{len(server.toezeggingen) + 1:012d}",
        "Nummer": number,
        "Tekst": "De minister zegt toe de Kamer voor de zomer te informeren over de "
        "voortgang van het programma.",
        "Status": "Openstaand",
        "DatumNakoming": "2026-07-01T00:00:00+02:00",
        "Aanmaakdatum": "2026-03-12T00:00:00+01:00",
        "Ministerie": "Onderwijs, Cultuur en Wetenschap",
        "Naam": "Bruins",
        "Functie": "Minister van Onderwijs, Cultuur en Wetenschap",
        "ActiviteitNummer": "2026A01234",
        "Activiteit": {"Nummer": "2026A01234", "Onderwerp": "Commissiedebat Hoger onderwijs"},
        "KamerbriefNakoming": None,
        "GewijzigdOp": changed,
        "Verwijderd": False,
        **fields,
    }
    server.toezeggingen.append(entity)
    return entity


def go(server, **kwargs):
    return sync(
        server.api, dt.date(2024, 1, 1), retry=RetryPolicy(tries=2, sleep=lambda s: None), **kwargs
    )


def oral_rows():
    return sorted(
        (r for r in queries.list_commitments() if r.kind == "mondeling"),
        key=lambda r: r.house_number,
    )


def test_toezeggingen_become_oral_commitments_with_number_due_date_and_debate(db, server):
    toezegging(server, "TZ202603-130", "2026-03-12T10:00:00+01:00")
    toezegging(
        server,
        "TZ202603-131",
        "2026-03-13T10:00:00+01:00",
        DatumNakoming="0001-01-01T00:00:00Z",
        Tekst="De minister stuurt een brief.",
    )
    toezegging(server, "TZ202603-132", "2026-03-14T10:00:00+01:00", Verwijderd=True)
    report = go(server)
    assert report.oral_added == 2 and report.stopped is None
    first, second = oral_rows()
    assert (first.house_number, first.house_status, first.due) == (
        "TZ202603-130",
        "Openstaand",
        dt.date(2026, 7, 1),
    )
    assert first.quote.startswith("De minister zegt toe de Kamer voor de zomer")
    # named as the written answers name them, so one filter value covers both
    assert first.actor == "Minister van OCW"
    assert first.ministry == "OCW"
    assert first.debate == "Commissiedebat Hoger onderwijs (2026A01234)"
    assert first.status == "open" and first.house_status_suggestion is None
    assert second.due is None  # 0001-01-01: none
    again = go(server)
    assert (again.oral_added, again.oral_updated) == (0, 0)
    assert len(oral_rows()) == 2


def test_a_changed_house_status_is_offered_never_applied(db, server):
    entity = toezegging(server, "TZ202603-130", "2026-03-12T10:00:00+01:00")
    go(server)
    entity.update(
        Status="Voldaan",
        GewijzigdOp="2026-05-01T10:00:00+02:00",
        KamerbriefNakoming="Kamerstuk 31288, nr. 1100",
    )
    report = sync(server.api, retry=RetryPolicy(tries=2, sleep=lambda s: None))
    assert report.house_status_changes == 1
    (row,) = oral_rows()
    assert row.status == "open"  # ours: untouched
    assert (row.house_status, row.house_status_suggestion) == ("Voldaan", "fulfilled")
    assert row.house_evidence == "Kamerstuk 31288, nr. 1100"
    accepted = queries.accept_house_status(row.id, "ans")
    assert accepted.status == "fulfilled" and accepted.house_status_suggestion is None
    assert queries.get_commitment(row.id).history[-1].changed_by == "ans"
    with pytest.raises(StoreError):
        queries.accept_house_status(row.id, "ans")  # nothing to accept any more


def test_a_dismissed_house_status_keeps_ours(db, server):
    entity = toezegging(server, "TZ202603-130", "2026-03-12T10:00:00+01:00")
    go(server)
    entity.update(Status="Vervallen", GewijzigdOp="2026-05-01T10:00:00+02:00")
    go(server)
    (row,) = oral_rows()
    assert row.house_status_suggestion == "lapsed"
    dismissed = queries.dismiss_house_status(row.id, "ans")
    assert dismissed.status == "open" and dismissed.house_status_suggestion is None
    assert dismissed.house_status == "Vervallen"


def test_with_a_ministry_followed_only_its_toezeggingen_come_in(db, server):
    toezegging(server, "TZ202603-130", "2026-03-12T10:00:00+01:00")
    toezegging(server, "TZ202603-140", "2026-03-13T10:00:00+01:00", Ministerie="Financiën")
    add_follow("ministerie", "Financiën")
    go(server)
    assert [r.house_number for r in oral_rows()] == ["TZ202603-140"]
