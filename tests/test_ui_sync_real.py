"""Ophalen in the window with the real core, against a local open-data server: the
documents and the House's Toezeggingen arrive in the list, and a second Ophalen brings
nothing new (issue 19's acceptance, as a user does it in the window)."""

from __future__ import annotations

import datetime as dt

import pytest
from factories import open_window
from opendata_server import OpenDataServer

from tracker.store.queries import list_commitments
from ui.sync_settings import SYNC_API_KEY


@pytest.fixture
def server():
    running = OpenDataServer(page_size=2).start()
    yield running
    running.stop()


def finished(qtbot, window):
    qtbot.waitUntil(lambda: not window.sync_flow.running(), timeout=60000)
    qtbot.waitUntil(lambda: window.last_message_box is not None, timeout=20000)
    box = window.last_message_box
    window.last_message_box = None
    return box


def test_ophalen_brings_documents_and_oral_commitments_into_the_list(qtbot, db, settings, server):
    recent = (dt.datetime.now(dt.UTC) - dt.timedelta(days=2)).strftime("%Y-%m-%dT10:00:00Z")
    server.add_document("ah-tk-20232024-1178.pdf", changed=recent)
    server.toezeggingen.append(
        {
            "Id": "10000000-0000-4000-8000-000000000001",
            "Nummer": "TZ202603-130",
            "Tekst": "De minister zegt toe de Kamer voor de zomer te informeren.",
            "Status": "Openstaand",
            "DatumNakoming": "2027-07-01T00:00:00+02:00",
            "Ministerie": "Onderwijs, Cultuur en Wetenschap",
            "Functie": "Minister van Onderwijs, Cultuur en Wetenschap",
            "GewijzigdOp": recent,
            "Verwijderd": False,
        }
    )
    settings.setValue(SYNC_API_KEY, server.api)
    window = open_window(qtbot, settings)

    window.sync_action.trigger()
    box = finished(qtbot, window)
    assert "1 geïmporteerd" in box.text(), box.text()
    rows = list_commitments()
    oral = [r for r in rows if r.kind == "mondeling"]
    assert [r.house_number for r in oral] == ["TZ202603-130"]
    assert any(r.kind == "schriftelijk" for r in rows)
    window.show_all_action.trigger()
    shown = [window.proxy.index(i, 0).data() for i in range(window.proxy.rowCount())]
    assert len(shown) == len(rows)  # the list was refreshed with what arrived

    window.sync_action.trigger()
    again = finished(qtbot, window)
    assert "0 geïmporteerd" in again.text(), again.text()
    assert len(list_commitments()) == len(rows)
