"""Syncing from the House's open data (issue 19) against a local server
(`tests/opendata_server.py`): paging, the watermark, follows, deletions, new versions,
documents imported by hand, every failure, cancelling and the proxy."""

from __future__ import annotations

import datetime as dt
import socket

import pytest
from opendata_server import REAL, OpenDataServer

from tracker.importing import import_file
from tracker.opendata.client import Client, RetryPolicy
from tracker.opendata.sync import SyncProgress, last_sync, sync
from tracker.store import queries, sync_state
from tracker.store.follows import add_follow
from tracker.store.models import Document, DocumentVersion


@pytest.fixture
def server():
    running = OpenDataServer(page_size=2).start()
    yield running
    running.stop()


@pytest.fixture
def waits():
    return []


@pytest.fixture
def fast(waits):
    """Retries without waiting (the waits asked for are recorded)."""
    return RetryPolicy(tries=3, delay=0.5, sleep=waits.append)


def run(server, fast, **kwargs):
    kwargs.setdefault("since", dt.date(2024, 1, 1))
    return sync(server.api, retry=fast, **kwargs)


def three(server):
    server.add_document(
        "kst-36450-6.pdf", changed="2024-03-01T10:00:00+01:00", dossier="36450", volgnummer="6"
    )
    server.add_document("ah-tk-20232024-1178.pdf", changed="2024-03-02T10:00:00+01:00")
    server.add_document(
        "kst-29515-496.pdf", changed="2024-03-03T10:00:00+01:00", dossier="29515", volgnummer="496"
    )


def stored_house_ids() -> set[str]:
    return {d.house_id for d in Document.select() if d.house_id}


def test_documents_on_several_pages_are_imported_with_their_commitments(db, server, fast):
    three(server)
    seen: list[SyncProgress] = []
    report = run(server, fast, progress=seen.append)
    assert (report.found, report.downloaded, report.imported) == (3, 3, 3)
    assert report.commitments == 11 and report.failed == [] and report.stopped is None
    assert len(queries.list_documents()) == 3
    assert stored_house_ids() == {e["Id"] for e in server.documents}
    paths = {d.path for d in queries.list_documents()}
    assert paths == {f"{server.api}/Document({e['Id']})/resource" for e in server.documents}
    assert any("$skip=2" in r for r in _decoded(server.requests))  # the second page was followed
    assert seen[-1].stage == "klaar" and seen[-1].imported == 3
    assert last_sync() is not None


def test_a_second_sync_imports_nothing_new_and_asks_only_past_the_watermark(db, server, fast):
    three(server)
    run(server, fast, since=None)  # no watermark yet: the last 30 days, which hold none
    assert queries.list_documents() == []
    run(server, fast)
    assert sync_state.watermark("Document") == "2024-03-03T10:00:00+01:00"
    server.requests.clear()
    again = sync(server.api, retry=fast)
    assert (again.found, again.imported) == (0, 0)
    assert any(
        "GewijzigdOp gt 2024-03-03T10:00:00" in r.replace("%3A", ":").replace("+", " ")
        for r in _decoded(server.requests)
    )
    assert len(queries.list_documents()) == 3


def _decoded(requests):
    from urllib.parse import unquote

    return [unquote(r.replace("+", " ")) for r in requests]


def test_since_starts_at_the_given_day(db, server, fast):
    three(server)
    report = run(server, fast, since=dt.date(2024, 3, 2))
    assert report.imported == 2  # changed on 2 and 3 March, after midnight UTC of the 2nd


def test_only_documents_matching_the_follows_are_imported(db, server, fast):
    three(server)
    server.add_document(
        "ah-tk-20232024-1292.pdf",
        changed="2024-03-04T10:00:00+01:00",
        soort="Motie",  # of the dossier, but not a kind that carries answers
        dossier="36450",
    )
    server.add_document(
        "ah-tk-20232024-1314.pdf",
        changed="2024-03-05T10:00:00+01:00",
        soort="Nota naar aanleiding van het tweede nader verslag",
        dossier="36450",
    )
    add_follow("dossier", "36450")
    report = run(server, fast)
    assert report.found == 2 and report.imported == 2  # the answer and the nota of 36450
    assert stored_house_ids() == {server.documents[0]["Id"], server.documents[4]["Id"]}


def test_a_followed_ministry_matches_through_the_document_actor(db, server, fast):
    server.add_document(
        "ah-tk-20232024-1178.pdf",
        changed="2024-03-02T10:00:00+01:00",
        actors=[
            {
                "ActorNaam": "Minister van Onderwijs, Cultuur en Wetenschap (OCW)",
                "Functie": "minister",
            }
        ],
    )
    server.add_document(
        "ah-tk-20232024-1292.pdf",
        changed="2024-03-03T10:00:00+01:00",
        actors=[{"ActorNaam": "Minister van Financiën", "Functie": "minister"}],
    )
    add_follow("ministerie", "OCW")
    report = run(server, fast)
    assert report.imported == 1 and stored_house_ids() == {server.documents[0]["Id"]}


def test_a_deleted_document_is_counted_and_nothing_is_imported_or_removed(db, server, fast):
    server.add_document("kst-36450-6.pdf", changed="2024-03-01T10:00:00+01:00")
    run(server, fast)
    server.documents[0].update(Verwijderd=True, GewijzigdOp="2024-04-01T10:00:00+01:00")
    server.add_document(
        "ah-tk-20232024-1178.pdf", changed="2024-04-02T10:00:00+01:00", deleted=True
    )
    report = sync(server.api, retry=fast)
    assert report.deleted == 2 and report.imported == 0
    assert len(queries.list_documents()) == 1  # staff work on it is kept


def test_a_document_changed_after_import_becomes_a_new_version(db, server, fast):
    entity = server.add_document("kst-36450-6.pdf", changed="2024-03-01T10:00:00+01:00")
    run(server, fast)
    changed = (REAL / "kst-36450-6.pdf").read_bytes() + b"\n% corrected\n"
    server.set_file(entity["Id"], changed)
    entity["GewijzigdOp"] = "2024-05-01T10:00:00+02:00"
    report = sync(server.api, retry=fast)
    assert report.imported == 1 and report.failed == []
    assert len(queries.list_documents()) == 1
    assert DocumentVersion.select().count() == 2


def test_a_document_imported_by_hand_is_not_imported_again(db, server, fast):
    import_file(REAL / "kst-36450-6.pdf")
    import_file(REAL / "ah-tk-20232024-1178.pdf")
    # recognised by dossier and number: not even downloaded
    by_number = server.add_document(
        None,
        changed="2024-03-01T10:00:00+01:00",
        dossier="36450",
        volgnummer="6",
        data=b"never fetched",
    )
    server.add_document("ah-tk-20232024-1178.pdf", changed="2024-03-02T10:00:00+01:00")
    report = run(server, fast)
    assert (report.imported, report.already, report.downloaded) == (0, 2, 1)
    assert len(queries.list_documents()) == 2
    assert not any("resource" in r and by_number["Id"] in r for r in server.requests)
    assert by_number["Id"] in stored_house_ids()


def test_an_unknown_field_and_a_missing_one_are_tolerated(db, server, fast):
    entity = server.add_document(
        "ah-tk-20232024-1178.pdf",
        changed="2024-03-02T10:00:00+01:00",
        NieuwVeld={"a": [1, 2]},
        resource_action=False,
    )
    del entity["Titel"], entity["Onderwerp"]
    report = run(server, fast)
    assert report.imported == 1 and report.failed == []


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_no_network_gives_one_line_and_keeps_the_watermark(db, fast):
    sync_state.set_watermark("Document", "2024-03-01T10:00:00+01:00")
    report = sync(f"http://127.0.0.1:{closed_port()}/OData/v4/2.0", retry=fast)
    assert report.stopped is not None and "\n" not in report.stopped
    assert "cannot be reached" in report.stopped and "after 3 tries" in report.stopped
    assert sync_state.watermark("Document") == "2024-03-01T10:00:00+01:00"
    assert last_sync() is None


def test_a_server_that_does_not_answer_times_out_with_one_line(db, server, fast):
    three(server)
    server.faults += [("/Document", "hang")] * 3
    report = run(server, fast, timeout=0.2)
    assert report.stopped is not None and "did not answer in time" in report.stopped
    assert queries.list_documents() == [] and sync_state.watermark("Document") is None


def test_http_429_waits_as_told_then_continues(db, server, fast, waits):
    three(server)
    server.faults.append(("/Document", "429"))
    report = run(server, fast)
    assert report.imported == 3 and report.stopped is None
    assert waits == [0.0]  # Retry-After: 0


def test_a_server_error_then_success_is_retried(db, server, fast, waits):
    three(server)
    server.faults += [("/resource", "503"), ("/Document", "500")]
    report = run(server, fast)
    assert report.imported == 3 and report.stopped is None and len(waits) == 2


def test_a_persistent_server_error_stops_keeping_what_was_done_and_the_next_sync_goes_on(
    db, server, fast
):
    three(server)
    second = server.documents[1]["Id"]
    server.faults += [(f"Document({second})/resource", "500")] * 3
    report = run(server, fast)
    assert report.stopped is not None and "HTTP 500" in report.stopped
    assert "\n" not in report.stopped and report.imported == 1
    assert sync_state.watermark("Document") == "2024-03-01T10:00:00+01:00"
    assert last_sync() is None
    again = sync(server.api, retry=fast)
    assert again.stopped is None and again.imported == 2
    assert len(queries.list_documents()) == 3


def test_a_half_written_page_is_retried(db, server, fast):
    three(server)
    server.faults.append(("/Document", "truncated"))
    report = run(server, fast)
    assert report.imported == 3 and report.stopped is None


def test_a_page_that_stays_broken_stops_the_sync_with_one_line(db, server, fast):
    three(server)
    server.faults += [("/Document", "truncated")] * 3
    report = run(server, fast)
    assert report.stopped is not None and "broken page" in report.stopped
    assert queries.list_documents() == []


def test_a_document_that_cannot_be_read_is_reported_and_tried_again_next_time(db, server, fast):
    three(server)
    bad = server.documents[1]
    server.set_file(bad["Id"], b"this is not a PDF at all")
    report = run(server, fast)
    assert report.imported == 2 and len(report.failed) == 1
    what, reason = report.failed[0]
    assert bad["DocumentNummer"] in what and reason and "\n" not in reason
    assert sync_state.watermark("Document") == "2024-03-03T10:00:00+01:00"
    assert sync_state.retries("Document") == [bad["Id"]]
    server.set_file(bad["Id"], (REAL / "ah-tk-20232024-1178.pdf").read_bytes())
    again = sync(server.api, retry=fast)
    assert again.imported == 1 and again.failed == []
    assert sync_state.retries("Document") == []
    assert len(queries.list_documents()) == 3


def test_cancelling_keeps_the_watermark_at_the_last_finished_document(db, server, fast):
    three(server)
    report = run(server, fast, cancelled=lambda: Document.select().count() >= 1)
    assert report.cancelled and report.imported == 1
    assert sync_state.watermark("Document") == "2024-03-01T10:00:00+01:00"
    again = sync(server.api, retry=fast)
    assert again.imported == 2 and len(queries.list_documents()) == 3


def test_the_proxy_of_the_environment_is_used(db, server, fast, monkeypatch):
    """httpx with trust_env: a request to the House goes through HTTP(S)_PROXY (here the
    test server, which answers a proxied request like a direct one)."""
    three(server)
    for name in ("NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    proxy = server.api.split("/OData")[0]
    monkeypatch.setenv("HTTP_PROXY", proxy)
    monkeypatch.setenv("HTTPS_PROXY", proxy)
    report = sync("http://gegevensmagazijn.invalid/OData/v4/2.0", dt.date(2024, 1, 1), retry=fast)
    assert report.stopped is None and report.imported == 3
    assert Client().http._trust_env


def test_two_clients_syncing_at_once_import_each_document_once(db, server, fast):
    """Team mode: both clients get the first page of changes at the same moment (the
    server answers it only when both have asked), so both set out to import the same
    documents; each is imported once, neither reports a failure."""
    import threading

    from tracker.store.models import DB

    three(server)
    for n in (1, 2):
        server.toezeggingen.append(
            {
                "Id": f"10000000-0000-4000-8000-00000000000{n}",
                "Nummer": f"TZ202603-13{n}",
                "Tekst": f"De minister zegt toe de Kamer te informeren over punt {n}.",
                "Status": "Openstaand",
                "GewijzigdOp": f"2026-03-1{n}T10:00:00+01:00",
            }
        )
    server.faults += [("/Toezegging", "meet")] * 2
    server.meet = threading.Barrier(2, timeout=20)
    server.faults += [("/Document", "meet")] * 2
    reports: list = []
    errors: list = []

    def client() -> None:
        try:
            reports.append(run(server, fast))
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)
        finally:
            DB.obj.close()

    threads = [threading.Thread(target=client) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
        assert not thread.is_alive(), "a client hangs"
    assert errors == []
    assert all(r.failed == [] and r.stopped is None for r in reports)
    assert sum(r.imported for r in reports) == 3
    assert sum(r.already for r in reports) == 3
    written = Document.select().where(Document.kind != "toezegging")
    assert written.count() == 3 and DocumentVersion.select().count() == 3
    assert sum(r.oral_added for r in reports) == 2
    rows = queries.list_commitments()
    assert len(rows) == 13 and sorted(r.house_number for r in rows if r.house_number) == [
        "TZ202603-131",
        "TZ202603-132",
    ]


def test_ctrl_c_during_a_sync_ends_it_as_cancelled_and_the_next_one_finishes(db, server, fast):
    three(server)

    def interrupt(progress: SyncProgress) -> None:
        if progress.stage == "importeren" and progress.imported == 2:
            raise KeyboardInterrupt

    report = run(server, fast, progress=interrupt)
    assert report.cancelled and report.stopped is None and report.imported == 2
    assert last_sync() is None
    again = sync(server.api, retry=fast)
    assert again.imported == 1 and len(queries.list_documents()) == 3
