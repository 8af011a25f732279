"""One version, written in pyproject.toml, shown by `tracker --version` and the About dialog."""

from __future__ import annotations

import platform
import tomllib

import pytest
from conftest import ROOT
from factories import open_window

import tracker
from tracker.cli import main


def project_version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "version"
    ]


def test_the_package_version_is_the_one_in_pyproject():
    assert tracker.__version__ == project_version()


def test_tracker_version_prints_name_and_version(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.strip() == f"tracker {project_version()}"


def test_without_metadata_a_bundle_reads_its_version_file(monkeypatch, tmp_path):
    """A PyInstaller bundle may lack the package metadata; its build writes VERSION."""
    import importlib.metadata

    def missing(name):
        raise importlib.metadata.PackageNotFoundError(name)

    monkeypatch.setattr(tracker, "version", missing)
    (tmp_path / "resources").mkdir()
    (tmp_path / "resources" / "VERSION").write_text("9.8.7\n", encoding="utf-8")
    monkeypatch.setattr("sys._MEIPASS", str(tmp_path), raising=False)
    assert tracker._find_version() == "9.8.7"


def test_without_metadata_the_source_tree_reads_pyproject(monkeypatch, tmp_path):
    import importlib.metadata

    def missing(name):
        raise importlib.metadata.PackageNotFoundError(name)

    monkeypatch.setattr(tracker, "version", missing)
    monkeypatch.setattr("sys._MEIPASS", str(tmp_path), raising=False)  # no VERSION there
    assert tracker._find_version() == project_version()


def test_about_dialog_shows_version_database_and_runtime(qtbot, db, settings):
    window = open_window(qtbot, settings)
    window.about_action.trigger()
    dialog = window.app_flow.about_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert project_version() in dialog.title.text()
    shown = {
        key: dialog.findChild(type(dialog.title), f"about_{key}").text() for key in dialog.facts
    }
    assert shown["version"] == project_version()
    assert shown["database"] == str(db.database)
    assert shown["python"] == platform.python_version()
    assert "PySide6" in shown["qt"]
    dialog.close()
