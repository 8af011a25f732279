"""The command line speaks one language: Dutch by default, like the window, with the
exports' status words; English with --lang en, $TRACKER_LANG or the window's setting."""

from __future__ import annotations

import argparse
import ast
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT
from factories import run_cli

from tracker.cli import build_parser
from tracker.cli.messages import ENGLISH, resolve_language, set_language
from tracker.store.connection import close_database

AS_OF = "2026-11-28"


@pytest.fixture
def dutch(monkeypatch):
    """No language asked for anywhere: no --lang, no TRACKER_LANG, no setting, a C locale."""
    monkeypatch.delenv("TRACKER_LANG", raising=False)
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    yield
    set_language("nl")


@pytest.fixture
def register(tmp_path, seed_path, capsys):
    path = tmp_path / "t.sqlite"
    assert run_cli(capsys, "--db", str(path), "import", str(seed_path))[0] == 0
    close_database()
    yield str(path)
    close_database()


def _ids(capsys, register) -> list[dict]:
    code, out, _ = run_cli(capsys, "--db", register, "list", "--json")
    close_database()
    return json.loads(out)


def test_the_cli_is_dutch_by_default_with_the_exports_status_words(capsys, dutch, register):
    first = _ids(capsys, register)[0]["id"]
    code, out, _ = run_cli(capsys, "--db", register, "mark", str(first), "voldaan")
    assert code == 0 and out.strip().endswith("is nu Voldaan")
    code, out, _ = run_cli(capsys, "--db", register, "list", "--status", "voldaan")
    lines = out.splitlines()
    assert lines[0].split() == ["Nr.", "Termijn", "Status", "Te", "laat", "Fractie", "Titel"]
    assert "Voldaan" in lines[1] and "fulfilled" not in out
    assert lines[-1] == "1 toezegging"


def test_argparse_errors_are_dutch_too(capsys, dutch):
    with pytest.raises(SystemExit):
        run_cli(capsys, "mark")
    err = capsys.readouterr().err
    assert err.startswith("gebruik: tracker mark")
    assert "tracker mark: fout: deze argumenten ontbreken: ID, STATUS" in err


def test_lang_en_gives_english_and_a_correct_plural(capsys, dutch, register):
    first = _ids(capsys, register)[0]["id"]
    code, out, _ = run_cli(
        capsys, "--lang", "en", "--db", register, "mark", str(first), "fulfilled"
    )
    assert code == 0 and out.strip().endswith("is now fulfilled")
    code, out, _ = run_cli(
        capsys, "--db", register, "list", "--status", "fulfilled", "--lang", "en"
    )
    assert out.splitlines()[0].split()[:3] == ["No.", "Due", "Status"]
    assert out.splitlines()[-1] == "1 commitment"


def test_list_columns_line_up_under_the_header(capsys, register):
    rows = _ids(capsys, register)
    code, out, _ = run_cli(capsys, "--db", register, "list", "--as-of", AS_OF)
    header, *lines, total = out.splitlines()
    assert total == f"{len(rows)} commitments" and len(lines) == len(rows)
    title_at = header.index("Title")
    for row, line in zip(rows, lines, strict=True):
        assert line[title_at:].startswith(row["title"]), line
        assert line.split()[0] == str(row["id"])


def test_the_window_setting_chooses_the_cli_language(tmp_path, dutch, monkeypatch):
    """The window writes its QSettings; the CLI (no Qt) reads the same file."""
    config = tmp_path / "config"
    env = {**os.environ, "XDG_CONFIG_HOME": str(config), "PYTHONPATH": str(ROOT)}
    write = (
        "from PySide6.QtCore import QSettings\n"
        "from ui.window_state import ORGANISATION, APPLICATION\n"
        "from ui.i18n import LANGUAGE_KEY\n"
        "s = QSettings(ORGANISATION, APPLICATION)\n"
        "s.setValue(LANGUAGE_KEY, 'en')\n"
        "s.sync()\n"
    )
    subprocess.run([sys.executable, "-c", write], env=env, check=True, timeout=60)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    assert resolve_language() == "en"
    assert resolve_language("nl") == "nl"  # --lang wins
    monkeypatch.setenv("TRACKER_LANG", "nl")
    assert resolve_language() == "nl"  # so does the environment


def test_the_rappel_message_gives_dates_as_iso(capsys, register, tmp_path):
    code, out, _ = run_cli(
        capsys,
        *("--db", register, "export", "--rappel", "--as-of", AS_OF, "--next", "2027-01-15"),
        *("-o", str(tmp_path / "r.xlsx")),
    )
    assert code == 0 and "2027-01-15" in out and "15-01-2027" not in out


def _walk(parser: argparse.ArgumentParser):
    yield parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in action.choices.values():
                yield from _walk(child)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_argument_of_every_command_has_help(language):
    set_language(language)
    try:
        parser = build_parser()
    finally:
        set_language("nl")
    missing = [
        f"{each.prog}: {action.dest}"
        for each in _walk(parser)
        for action in each._actions
        if not action.help
    ]
    assert missing == []


def test_every_cli_text_has_its_english():
    """Each `t("…")` and `plural(n, "…", "…")` in tracker/cli, and the texts passed to
    `t` by name, has an entry in the English catalogue."""
    import tracker.cli
    from tracker.cli import gui, marking, opening
    from tracker.export.common import STATUS_LABELS

    texts = [*STATUS_LABELS.values(), *marking._HINT_REASONS.values()]
    texts += [dutch for _, dutch in tracker.cli._ARGPARSE_MESSAGES] + ["(kies uit "]
    texts += [opening.RESTORE_HINT, gui.NO_DISPLAY]
    for path in sorted(Path(ROOT, "tracker", "cli").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            given = node.args[:1] if node.func.id == "t" else []
            given = node.args[1:3] if node.func.id == "plural" else given
            texts += [a.value for a in given if isinstance(a, ast.Constant)]
    assert len(texts) > 100
    assert [text for text in texts if text not in ENGLISH] == []
