"""A Toezegging's KamerbriefNakoming becomes a fulfilment suggestion when that letter is
in the register (issue 19), against a local open-data server."""

from __future__ import annotations

import datetime as dt

import pytest
from opendata_server import OpenDataServer

from tracker.opendata.client import RetryPolicy
from tracker.opendata.sync import sync
from tracker.store import queries, suggestions
from tracker.store.house_letters import documents_named


@pytest.fixture
def server():
    running = OpenDataServer(page_size=2).start()
    yield running
    running.stop()


def toezegging(server, changed: str, letter: str | None) -> dict:
    entity = {
        "Id": f"10000000-0000-4000-8000-{len(server.toezeggingen) + 1:012d}",
        "Nummer": f"TZ202603-{130 + len(server.toezeggingen)}",
        "Tekst": "De minister zegt toe de Kamer te informeren over de stand van zaken.",
        "Status": "Voldaan",
        "DatumNakoming": "2024-07-01T00:00:00+02:00",
        "Ministerie": "Onderwijs, Cultuur en Wetenschap",
        "Functie": "Minister van Onderwijs, Cultuur en Wetenschap",
        "KamerbriefNakoming": letter,
        "GewijzigdOp": changed,
        "Verwijderd": False,
    }
    server.toezeggingen.append(entity)
    return entity


def letter(server, changed: str) -> dict:
    return server.add_document("kst-36450-6.pdf", changed=changed, dossier="36450", volgnummer="6")


def go(server):
    return sync(server.api, dt.date(2024, 1, 1), retry=RetryPolicy(tries=2, sleep=lambda s: None))


def house_letter_suggestions():
    return [s for s in suggestions.list_pending() if s.reason == "house_letter"]


def oral():
    (row,) = [r for r in queries.list_commitments() if r.kind == "mondeling"]
    return row


@pytest.mark.parametrize(
    "named", ["Kamerstuk 36450, nr. 6", "Kamerstuk 36 450 nr. 6", "kst-36450-6", "house id"]
)
def test_a_letter_in_the_register_named_by_the_house_is_suggested(db, server, named):
    entity = letter(server, "2024-03-01T10:00:00+01:00")
    toezegging(server, "2024-03-12T10:00:00+01:00", entity["Id"] if named == "house id" else named)
    report = go(server)
    assert report.stopped is None and report.imported == 1
    (hint,) = house_letter_suggestions()
    row = oral()
    assert hint.commitment_id == row.id
    assert row.status == "open"  # offered, never applied
    assert hint.document_id in documents_named(row.house_evidence)
    # a second sync makes it no second time
    go(server)
    assert len(house_letter_suggestions()) == 1


def test_a_letter_imported_later_is_suggested_then(db, server):
    toezegging(server, "2024-03-12T10:00:00+01:00", "Kamerstuk 36450, nr. 6")
    go(server)
    assert house_letter_suggestions() == []
    letter(server, "2024-04-01T10:00:00+01:00")
    report = go(server)
    assert report.imported == 1
    (hint,) = house_letter_suggestions()
    assert hint.commitment_id == oral().id


def test_a_letter_imported_later_named_by_its_house_id_is_suggested_then(db, server):
    entity = {"Id": "00000000-0000-4000-8000-000000000001"}  # the first document's Id
    toezegging(server, "2024-03-12T10:00:00+01:00", entity["Id"])
    go(server)
    assert house_letter_suggestions() == []
    assert letter(server, "2024-04-01T10:00:00+01:00")["Id"] == entity["Id"]
    go(server)
    assert [h.commitment_id for h in house_letter_suggestions()] == [oral().id]


def test_no_suggestion_when_the_letter_is_not_in_the_register(db, server):
    letter(server, "2024-03-01T10:00:00+01:00")
    toezegging(server, "2024-03-12T10:00:00+01:00", "Kamerstuk 31288, nr. 1100")
    go(server)
    assert oral().house_evidence == "Kamerstuk 31288, nr. 1100"
    assert house_letter_suggestions() == []


def test_accepting_marks_the_oral_commitment_fulfilled_with_the_letter(db, server):
    letter(server, "2024-03-01T10:00:00+01:00")
    toezegging(server, "2024-03-12T10:00:00+01:00", "Kamerstuk 36450, nr. 6")
    go(server)
    (hint,) = house_letter_suggestions()
    result = suggestions.accept([hint.id], who="ans")
    assert result.accepted == [hint.id]
    row = queries.get_commitment(oral().id)
    assert row.status == "fulfilled"
    assert row.latest_evidence and "36" in row.latest_evidence and "450" in row.latest_evidence
    assert row.history[-1].changed_by == "ans"


def test_a_dismissed_one_is_not_made_again(db, server):
    entity = letter(server, "2024-03-01T10:00:00+01:00")
    tz = toezegging(server, "2024-03-12T10:00:00+01:00", "Kamerstuk 36450, nr. 6")
    go(server)
    (hint,) = house_letter_suggestions()
    assert suggestions.dismiss([hint.id], who="ans") == 1
    tz.update(Status="Afgedaan", GewijzigdOp="2024-05-01T10:00:00+02:00")
    entity["GewijzigdOp"] = "2024-05-01T10:00:00+02:00"
    go(server)
    assert house_letter_suggestions() == []
