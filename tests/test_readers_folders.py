"""`tracker import` with folders: recursive, sorted, supported suffixes, hidden skipped."""

from __future__ import annotations

import shutil

import pytest

from tracker.cli import main
from tracker.importing import expand_paths
from tracker.store.connection import close_database


@pytest.fixture
def tree(tmp_path, seed_path):
    root = tmp_path / "stukken"
    (root / "b" / "c").mkdir(parents=True)
    (root / ".verborgen").mkdir()
    shutil.copy(seed_path, root / "b" / "c" / "z.md")
    (root / "a.txt").write_text("tekst", encoding="utf-8")
    (root / "b" / "y.html").write_text("<p>x</p>", encoding="utf-8")
    (root / "b" / "notes.odt").write_bytes(b"x")
    (root / ".hidden.md").write_text("x", encoding="utf-8")
    (root / ".verborgen" / "x.md").write_text("x", encoding="utf-8")
    return root


def test_expand_paths_recurses_sorted_and_skips_hidden_and_unsupported(tree, tmp_path):
    loose = tmp_path / "los.odt"
    assert expand_paths([tree, loose, tree / "a.txt"]) == [
        str(tree / "a.txt"),
        str(tree / "b" / "c" / "z.md"),
        str(tree / "b" / "y.html"),
        str(loose),  # named explicitly: kept, so its refusal is reported
    ]


def test_expand_paths_of_empty_folder_is_empty(tmp_path):
    assert expand_paths([tmp_path]) == []


def test_cli_imports_a_folder(tree, tmp_path, capsys):
    db = str(tmp_path / "cli.sqlite")
    try:
        main(["import", "--db", db, str(tree)])
    finally:
        close_database()
    out, err = capsys.readouterr()
    assert f"imported {tree / 'b' / 'c' / 'z.md'}" in out
    assert str(tree / "a.txt") in out + err and str(tree / "b" / "y.html") in out + err
    assert ".hidden" not in out + err and "notes.odt" not in out + err


def test_cli_refuses_a_folder_without_documents(tmp_path, capsys):
    (tmp_path / "leeg").mkdir()
    db = str(tmp_path / "cli.sqlite")
    try:
        code = main(["import", "--db", db, str(tmp_path / "leeg")])
    finally:
        close_database()
    _, err = capsys.readouterr()
    assert code == 1 and "no supported documents" in err
