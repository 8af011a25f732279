"""Builders of plain core objects for tests."""

from __future__ import annotations

import datetime as dt


def make_block(text: str, start: int = 0, kind: str = "answer"):
    from tracker.documents.model import Block

    return Block(kind, text, list(range(start, start + len(text))))


def make_commitment(
    title: str,
    due: dt.date | None,
    *,
    faction: str = "CDA",
    quote: str = "",
    ministry: str = "OCW",
):
    from tracker.extract.model import Commitment, Source

    quote = quote or f"{title} wordt naar de Kamer gestuurd."
    return Commitment(
        title=title,
        due=due,
        due_text=f"{due:%d-%m-%Y}" if due else None,
        due_precision="day" if due else None,
        ministry=ministry,
        actor=f"Minister van {ministry}",
        cue="test",
        sources=[Source(quote=quote, start=0, end=len(quote), faction=faction, question="Vraag?")],
    )


def make_document(content_hash: str = "abc", **kwargs):
    from tracker.documents.model import Document

    values = dict(
        path="test.md",
        source="",
        kind="verslag",
        title="Testverslag",
        dossier="32637",
        number="999",
        date=dt.date(2021, 3, 10),
        reference_date=dt.date(2021, 3, 9),
        official_id="kst-32637-999",
        content_hash=content_hash,
    )
    values.update(kwargs)
    return Document(**values)


def open_window(qtbot, settings):
    """The main window on the bound test database, shown and exposed."""
    from ui.main_window import MainWindow

    window = MainWindow(settings=settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def run_cli(capsys, *argv: str) -> tuple[int, str, str]:
    """Run `tracker ARGV` in this process: (exit code, stdout, stderr)."""
    from tracker.cli import main

    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def seed_copies(
    folder, seed_path, count: int, *, name: str = "doc-{n:02}.md", first_number: int = 500
) -> list:
    """`count` different documents made from the seed, each with its own number (so none
    is a version of another), named by `name` ("{n}" is 0, 1, ...)."""
    from pathlib import Path

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    text = Path(seed_path).read_text(encoding="utf-8")
    paths = []
    for n in range(count):
        path = folder / name.format(n=n)
        path.write_text(
            text.replace("**Nr. 448**", f"**Nr. {first_number + n}**"), encoding="utf-8"
        )
        paths.append(path)
    return paths


def found_in(path) -> int:
    """How many commitments extraction finds in the file at `path`."""
    from tracker.documents import read_document
    from tracker.extract import extract

    return len(extract(read_document(path)))


def seed_register(db, seed_path):
    """A register at `db` holding the seed's commitments, closed (no -wal beside it): a
    template for tests that copy it and then break it."""
    from tracker.importing import import_file
    from tracker.store.connection import close_database, open_database

    open_database(db)
    try:
        assert import_file(seed_path).state == "imported"
    finally:
        close_database()
    return db
