"""The day the app counts from: the system's, or the one TRACKER_TODAY fixes."""

from __future__ import annotations

import datetime as dt
import json

from factories import make_commitment, make_document, run_cli

from tracker import clock
from tracker.store import queries


def test_without_the_variable_today_is_the_systems_date(monkeypatch):
    monkeypatch.delenv(clock.VARIABLE, raising=False)
    before = dt.date.today()
    assert clock.today() in {before, dt.date.today()}


def test_a_fixed_day_is_what_the_lists_count_overdue_days_from(monkeypatch, capsys, db_url, db):
    queries.import_document(make_document(), [make_commitment("Brief", dt.date(2024, 3, 1))])
    monkeypatch.setenv(clock.VARIABLE, "2024-03-11")
    assert clock.today() == dt.date(2024, 3, 11)
    code, out, _ = run_cli(capsys, "--db", db_url, "list", "--overdue", "--json")
    assert code == 0
    (row,) = json.loads(out)
    assert row["days_overdue"] == 10
    monkeypatch.setenv(clock.VARIABLE, "2024-02-29")
    code, out, _ = run_cli(capsys, "--db", db_url, "list", "--overdue", "--json")
    assert json.loads(out) == []


def test_a_value_that_is_no_date_falls_back_to_the_system_with_a_warning(monkeypatch, caplog):
    monkeypatch.setenv(clock.VARIABLE, "morgen")
    before = dt.date.today()
    assert clock.today() in {before, dt.date.today()}
    assert "TRACKER_TODAY='morgen' is not a date" in caplog.text
