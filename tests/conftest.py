"""Shared fixtures: every test gets a fresh database file, never the user's own."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "resources" / "samples" / "kst-32637-448.md"
GOLD = ROOT / "tests" / "data" / "gold" / "kst-32637-448.json"


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory, monkeypatch):
    """Keep tests away from the real user data folder and TRACKER_DB."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv("TRACKER_DB", raising=False)


@pytest.fixture
def db(tmp_path):
    """A fresh, migrated SQLite database bound to the models."""
    from tracker.store.connection import close_database, open_database

    path = tmp_path / "tracker.sqlite"
    database = open_database(path)
    yield database
    close_database()


@pytest.fixture
def seed_path() -> Path:
    return SEED


@pytest.fixture
def settings(tmp_path):
    """The window's QSettings in a file of the test's own, never the user's."""
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
