"""The app's own files are found both in the source tree and inside the PyInstaller bundle."""

from __future__ import annotations

import sys
from pathlib import Path

from tracker import resources

SOURCE_RESOURCES = Path(__file__).resolve().parent.parent / "resources"
# First bytes of every compiled Qt translation (QTranslator's file magic).
QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")


def test_inside_a_bundle_resources_are_under_meipass(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.resource_dir() == tmp_path / "resources"
    assert resources.resource_path("i18n", "tracker_en.qm") == (
        tmp_path / "resources" / "i18n" / "tracker_en.qm"
    )
    assert resources.sample_document().is_relative_to(tmp_path / "resources" / "samples")


def test_outside_a_bundle_resources_are_the_source_tree(monkeypatch):
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    assert resources.resource_dir() == SOURCE_RESOURCES


def test_the_sample_document_is_in_the_source_tree(monkeypatch):
    """packaging/tracker.spec copies resources/samples into the bundle; it must be there."""
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    sample = resources.sample_document()
    assert sample.is_file()
    text = sample.read_text(encoding="utf-8")
    assert "32 637" in text or "32637" in text


def test_the_english_translation_is_compiled_in_the_source_tree(monkeypatch):
    """The spec bundles resources/i18n/*.qm; a missing or stale-format .qm leaves the
    bundled window Dutch."""
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    qm = resources.resource_path("i18n", "tracker_en.qm")
    assert qm.is_file()
    assert qm.read_bytes()[: len(QM_MAGIC)] == QM_MAGIC
