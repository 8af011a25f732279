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
from tracker.store import suggestions
from tracker.store.models import MODELS, Document, Source

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
    monkeypatch.setattr(hints, "_preselect", lambda letter, document_id, only: (only, []))
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

    def slow(path, data=None, progress=None):
        reading.set()
        assert release.wait(20)
        return real(path, data, progress=progress)

    monkeypatch.setattr(tracker.importing, "read_document", slow)
    window = open_window(qtbot, settings)
    window.import_flow.import_files([str(seed_path)])
    try:
        qtbot.waitUntil(reading.is_set, timeout=10000)
        qtbot.waitUntil(
            lambda: "lezen…" in window.import_flow.import_progress.labelText(), timeout=5000
        )
        # While the file is read, the seconds it takes are counted.
        qtbot.waitUntil(
            lambda: "(1 s)" in window.import_flow.import_progress.labelText(), timeout=5000
        )
        assert window.import_flow.import_progress.labelText().startswith("Bestand 1 van 1: ")
    finally:
        release.set()
    qtbot.waitUntil(lambda: not window.jobs_running(), timeout=30000)


def test_stored_documents_that_may_keep_a_new_ones_promises_are_all_found(db, seed_path, tmp_path):
    """Importing a document, the stored documents compared with it (`hints._follow_ups`,
    through the indexes) are every one that gives a suggestion when compared in full."""
    # Name order puts the letters before the seed of their dossier: the hints are found
    # when each seed comes in.
    paths = register(tmp_path / "docs", seed_path)
    import_batch(sorted(paths, key=lambda p: "kst" in p.name))
    documents = [did for (did,) in Document.select(Document.id).tuples()]
    compared = found = on_titles = 0
    for did in documents:
        own = {
            c for (c,) in Source.select(Source.commitment).where(Source.document == did).tuples()
        }
        candidates = hints.open_candidates(-1, own)
        chosen = dict(
            (letter.id, titles_only) for letter, titles_only in hints._follow_ups(did, candidates)
        )
        for other in documents:
            if other == did:
                continue
            among = [c for c in candidates if all(o.id != other for o in c.origins)]
            letter = hints._stored_letter(other)
            made = hints._hints_among(letter, among)
            found += len(made)
            if other in chosen and chosen[other]:  # compared on its titles only: the same
                on_titles += 1
                assert hints._hints_among(letter, hints._titles_said(letter, among)) == made
            elif other not in chosen and made:  # left out: it could add none (its limit)
                assert hints._within_limits(other, made) == [], (did, other, made)
            compared += other in chosen
    assert found >= 6 and on_titles >= 1
    assert compared < len(documents) * (len(documents) - 1) / 2  # not simply all of them


LETTER_WITHOUT_CITATION = """**29 544**

**Nr. 1300**

**BRIEF VAN DE MINISTER VAN ONDERWIJS, CULTUUR EN WETENSCHAP**

Den Haag, 1 september 2022

Zoals toegezegd informeer ik uw Kamer hierbij over de evaluatie van de subsidie
Praktijkleren in het middelbaar beroepsonderwijs.
"""


LETTER_CITING = """**29 544**

**Nr. 1301**

**BRIEF VAN DE MINISTER VAN ONDERWIJS, CULTUUR EN WETENSCHAP**

Den Haag, 2 september 2022

Zoals toegezegd in het schriftelijk overleg (Kamerstuk 32 637, nr. 448) stuur ik u
hierbij de evaluatie van Praktijkleren.
"""


LETTER_ON_SUBJECT = """**29 544**

**Nr. 1302**

**BRIEF VAN DE MINISTER VAN ONDERWIJS, CULTUUR EN WETENSCHAP**

Onderwerp: evaluatie subsidie Praktijkleren

Den Haag, 3 september 2022

Zoals toegezegd stuur ik u hierbij het rapport.
"""


def test_letters_in_another_dossier_keep_a_promise_whichever_comes_in_first(
    db, seed_path, tmp_path
):
    """Two letters of another dossier: "Zoals toegezegd ... over de evaluatie van de
    subsidie Praktijkleren", citing no document, and "Zoals toegezegd in het
    schriftelijk overleg (Kamerstuk 32 637, nr. 448) ... de evaluatie van
    Praktijkleren", citing the seed but not all of the promise's words. The evaluation
    promised in the seed is suggested for both, whether they are imported after the
    seed or before it."""
    letter = tmp_path / "brief-1300.md"
    letter.write_text(LETTER_WITHOUT_CITATION, "utf-8")
    citing = tmp_path / "brief-1301.md"
    citing.write_text(LETTER_CITING, "utf-8")
    on_subject = tmp_path / "brief-1302.md"  # the words in its subject, not the sentence
    on_subject.write_text(LETTER_ON_SUBJECT, "utf-8")

    def suggested() -> set[tuple[str, str]]:
        return {
            (row.commitment_title, row.document_reference) for row in suggestions.list_pending()
        }

    import_batch([seed_path, letter, citing, on_subject])
    after = suggested()
    for number in (1300, 1301, 1302):
        assert ("Evaluatie subsidie Praktijkleren", f"Kamerstuk 29 544, nr. {number}") in after

    for model in reversed(MODELS[1:]):  # the same files into an empty register
        model.delete().execute()
    import_batch([letter, citing, on_subject, seed_path])
    assert suggested() == after
