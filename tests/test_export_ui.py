"""The window's two export actions write xlsx, csv or ics by the save dialog's choice."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from factories import make_commitment, make_document
from icalendar import Calendar
from PySide6.QtWidgets import QFileDialog

from tracker import clock
from tracker.store.queries import import_document, list_commitments
from ui.main_window import MainWindow

TODAY = clock.today()


@pytest.fixture
def window(qtbot, db, settings) -> MainWindow:
    import_document(
        make_document(),
        [
            make_commitment("Te laat", TODAY - dt.timedelta(days=10)),
            make_commitment("Straks", TODAY + dt.timedelta(days=60)),
            make_commitment("Ongedateerd", None),
        ],
    )
    window = MainWindow(settings=settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.show_all_action.trigger()
    return window


def choose(monkeypatch, path, filter_index: int, seen: dict | None = None) -> None:
    def dialog(parent, caption, directory, filters, *rest, **kwargs):
        if seen is not None:
            seen["filters"] = filters
        return str(path), filters.split(";;")[filter_index]

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(dialog))


def test_the_dialog_offers_three_types_and_csv_is_written(qtbot, window, tmp_path, monkeypatch):
    seen: dict = {}
    target = tmp_path / "te-laat"  # no suffix: the chosen filter decides
    choose(monkeypatch, target, 1, seen)
    window.export_action.trigger()
    written = tmp_path / "te-laat.csv"
    qtbot.waitUntil(lambda: written.exists() and not window.jobs_running(), timeout=10000)
    assert seen["filters"].count(";;") == 2
    assert "*.xlsx" in seen["filters"] and "*.csv" in seen["filters"]
    assert "*.ics" in seen["filters"]
    text = written.read_bytes().decode("utf-8-sig")
    records = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    assert [r[1] for r in records[1:]] == ["Te laat"]
    assert str(written) in window.statusBar().currentMessage()


def test_the_view_export_follows_a_typed_ics_suffix(qtbot, window, tmp_path, monkeypatch):
    target = tmp_path / "agenda.ics"
    choose(monkeypatch, target, 0)  # filter says xlsx, the typed suffix wins
    window.export_view_action.trigger()
    qtbot.waitUntil(lambda: target.exists() and not window.jobs_running(), timeout=10000)
    events = Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert sorted(str(e["SUMMARY"]) for e in events) == ["Straks", "Te laat"]
    assert len(list_commitments()) == 3
