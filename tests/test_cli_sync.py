"""`tracker follow` and `tracker sync` (issue 19), against a local open-data server."""

from __future__ import annotations

import socket
import sqlite3

import pytest
from opendata_server import OpenDataServer

from tracker.cli import main

WRITTEN_DOCUMENTS = "SELECT COUNT(*) FROM document WHERE kind != 'toezegging'"


@pytest.fixture
def english(monkeypatch):
    monkeypatch.setenv("TRACKER_LANG", "en")


@pytest.fixture
def server():
    running = OpenDataServer(page_size=2).start()
    yield running
    running.stop()


def test_follow_add_list_and_remove(tmp_path, english, capsys):
    db = str(tmp_path / "r.sqlite")
    assert main(["--db", db, "follow", "add", "dossier", "32637"]) == 0
    assert main(["--db", db, "follow", "add", "ministerie", "OCW"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "follow", "list"]) == 0
    out = capsys.readouterr().out
    assert "dossier     32637" in out and "ministerie  OCW" in out
    assert "Antwoord schriftelijke vragen" in out  # no kind followed: the answer kinds
    assert main(["--db", db, "follow", "remove", "dossier", "32637"]) == 0
    assert main(["--db", db, "follow", "remove", "dossier", "32637"]) == 1
    assert "dossier 32637 was not followed" in capsys.readouterr().err


def test_follow_refuses_an_unknown_kind(tmp_path, english, capsys):
    with pytest.raises(SystemExit):
        main(["--db", str(tmp_path / "r.sqlite"), "follow", "add", "partij", "VVD"])
    assert "invalid choice: 'partij'" in capsys.readouterr().err


def test_sync_imports_the_served_documents_and_a_second_run_nothing_new(
    tmp_path, english, capsys, server
):
    """The issue's acceptance line: `tracker sync --api http://127.0.0.1:PORT/OData/v4/2.0
    --since 2024-01-01` imports the served documents with their commitments; a second
    run imports nothing new."""
    server.toezeggingen.append(
        {
            "Id": "10000000-0000-4000-8000-000000000001",
            "Nummer": "TZ202603-130",
            "Tekst": "De minister zegt toe de Kamer voor de zomer te informeren.",
            "Status": "Openstaand",
            "DatumNakoming": "2026-07-01T00:00:00+02:00",
            "Ministerie": "Onderwijs, Cultuur en Wetenschap",
            "Functie": "Minister van Onderwijs, Cultuur en Wetenschap",
            "GewijzigdOp": "2026-03-12T10:00:00+01:00",
            "Verwijderd": False,
        }
    )
    server.add_document("kst-36450-6.pdf", changed="2024-03-01T10:00:00+01:00")
    server.add_document("ah-tk-20232024-1178.pdf", changed="2024-03-02T10:00:00+01:00")
    server.add_document("kst-29515-496.pdf", changed="2024-03-03T10:00:00+01:00")
    db = str(tmp_path / "r.sqlite")
    args = ["--db", db, "sync", "--api", server.api, "--since", "2024-01-01"]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "3 documents found, 3 downloaded, 3 imported (11 commitments)" in out
    assert "oral commitments: 1 new, 0 updated" in out
    with sqlite3.connect(db) as con:
        assert con.execute(WRITTEN_DOCUMENTS).fetchone() == (3,)
        assert con.execute("SELECT kind, COUNT(*) FROM commitment GROUP BY kind").fetchall() == [
            ("mondeling", 1),
            ("schriftelijk", 11),
        ]
        assert con.execute(
            "SELECT house_number, house_status, due_date FROM commitment WHERE kind = 'mondeling'"
        ).fetchall() == [("TZ202603-130", "Openstaand", "2026-07-01")]
    assert main(args) == 0  # the same command again: found again, nothing new
    out = capsys.readouterr().out
    assert "0 imported (0 commitments), 3 already in the register" in out
    assert "oral commitments: 0 new, 0 updated" in out
    assert main(["--db", db, "sync", "--api", server.api]) == 0  # from the watermark
    assert "0 documents found, 0 downloaded, 0 imported" in capsys.readouterr().out
    with sqlite3.connect(db) as con:
        assert con.execute(WRITTEN_DOCUMENTS).fetchone() == (3,)
        assert con.execute("SELECT COUNT(*) FROM commitment").fetchone() == (12,)


def test_sync_that_cannot_reach_the_server_says_so_in_one_line_and_exits_1(
    tmp_path, english, capsys, monkeypatch
):
    from tracker.opendata import client

    monkeypatch.setattr(client.RetryPolicy, "__init__", _no_wait)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    api = f"http://127.0.0.1:{port}/OData/v4/2.0"
    assert main(["--db", str(tmp_path / "r.sqlite"), "sync", "--api", api]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("tracker: stopped: open data Document")
    assert "cannot be reached" in err[0]


def _no_wait(self, tries=4, delay=0.0, max_delay=0.0, sleep=lambda s: None):
    self.tries, self.delay, self.max_delay, self.sleep = tries, 0.0, 0.0, sleep
