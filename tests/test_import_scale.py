"""Importing into a large register: what makes it fast must not change what it does.

The fulfilment hints compare a new document only with the commitments that can get a
suggestion from it (`hints._preselect`); the suggestions must be those of comparing it
with every open commitment. A long file reports each step, so the window's progress
never stands still without saying why.
"""

from __future__ import annotations

import threading
from pathlib import Path

from factories import open_window

import tracker.importing
from tracker import hints
from tracker.importing import import_batch
from tracker.store.models import Document, Source

HINTS = Path(__file__).parent / "data" / "hints"


def _dossier(text: str, dossier: str) -> str:
    return text.replace("32 637", f"{dossier[:2]} {dossier[2:]}").replace("32637", dossier)


def register(folder: Path, seed_path: Path) -> list[Path]:
    """The seed, its follow-up letters, and copies of both in two other dossiers: open
    commitments that share their titles and quotes, most in other dossiers."""
    folder.mkdir()
    seed = seed_path.read_text("utf-8")
    paths = []
    for dossier in ("32637", "34101", "34102"):
        paths.append(folder / f"kst-{dossier}-448.md")
        paths[-1].write_text(_dossier(seed, dossier), "utf-8")
        for letter in sorted(HINTS.glob("*.md")):
            paths.append(folder / f"{dossier}-{letter.name}")
            paths[-1].write_text(_dossier(letter.read_text("utf-8"), dossier), "utf-8")
    return paths


def test_hints_of_a_large_register_are_those_of_comparing_every_commitment(
    db, seed_path, tmp_path, monkeypatch
):
    import_batch(register(tmp_path / "docs", seed_path))
    documents = [did for (did,) in Document.select(Document.id).tuples()]

    # A document's own commitments: those a stored document is compared with when the
    # document comes in after it (`suggest_for_document`).
    own = {
        did: {c for (c,) in Source.select(Source.commitment).where(Source.document == did).tuples()}
        for did in documents
    }

    def all_hints():
        return {
            (did, other): hints.find_hints(did, only=own[other] if other else None)
            for did in documents
            for other in [None, *documents]
        }

    chosen = all_hints()
    monkeypatch.setattr(hints, "_preselect", lambda letter, document_id, only: only)
    every = all_hints()

    assert sum(len(found) for (_, other), found in every.items() if other is None) >= 6
    assert sum(len(found) for (_, other), found in every.items() if other) >= 6
    assert chosen == every


def test_each_step_of_a_file_is_reported(db, seed_path, tmp_path):
    paths = register(tmp_path / "docs", seed_path)[:2]
    again = tmp_path / "docs" / "again.md"
    again.write_bytes(paths[0].read_bytes())
    steps: list[tuple[str, str]] = []
    import_batch([*paths, again], stage=lambda path, step: steps.append((path, step)))

    first, second = (str(p) for p in paths)
    stages = ["reading", "extracting", "storing"]
    assert steps == [(first, s) for s in stages] + [(second, s) for s in stages] + [
        (str(again), "reading")  # the same bytes again: skipped once read
    ]


def test_the_window_says_a_long_file_is_being_read(qtbot, db, settings, seed_path, monkeypatch):
    reading = threading.Event()
    release = threading.Event()
    real = tracker.importing.read_document

    def slow(path):
        reading.set()
        assert release.wait(20)
        return real(path)

    monkeypatch.setattr(tracker.importing, "read_document", slow)
    window = open_window(qtbot, settings)
    window.import_files([str(seed_path)])
    try:
        qtbot.waitUntil(reading.is_set, timeout=10000)
        qtbot.waitUntil(lambda: "lezen…" in window.import_progress.labelText(), timeout=5000)
        # While the file is read, the seconds it takes are counted.
        qtbot.waitUntil(lambda: "(1 s)" in window.import_progress.labelText(), timeout=5000)
        assert window.import_progress.labelText().startswith("Bestand 1 van 1: ")
    finally:
        release.set()
    qtbot.waitUntil(lambda: not window.jobs_running(), timeout=30000)
