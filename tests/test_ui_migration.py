"""A register brought forward to a new version says how far it is before the window
opens: a large one takes a while, once, and must not look like an app that hangs."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tracker.store.connection import close_database
from ui.app import MigrationProgress, open_chosen_database

pytestmark = pytest.mark.sqlite_only

SCHEMAS = Path(__file__).parent / "data" / "schemas"


def test_the_migration_of_an_older_register_shows_its_progress(qtbot, tmp_path):
    path = tmp_path / "v4.sqlite"
    shutil.copy(SCHEMAS / "v4.sqlite", path)
    shown: list[str] = []
    progress = MigrationProgress()

    def watch(done: int, total: int) -> None:
        progress(done, total)
        shown.append(progress.dialog.labelText() if progress.dialog.isVisible() else "")

    try:
        open_chosen_database(str(path), interactive=False, on_progress=watch)
        assert shown[-1] == "Het register wordt bijgewerkt voor deze versie (eenmalig): 2 van 2"
        assert progress.dialog.value() == progress.dialog.maximum() == 2
        progress.close()
        assert progress.dialog is None
    finally:
        close_database()


def test_a_register_at_this_version_opens_without_it(qtbot, tmp_path):
    progress = MigrationProgress()
    try:
        open_chosen_database(str(tmp_path / "new.sqlite"), interactive=False, on_progress=progress)
        assert progress.dialog is None
    finally:
        close_database()
