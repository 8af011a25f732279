"""What the command line takes: dates in one form and range, output into a closed pipe,
and where and in which format `gui --screenshot` writes."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from factories import run_cli

from tracker.store.connection import close_database, open_database


@pytest.fixture
def register(tmp_path, seed_path, capsys):
    """A database file holding the seed's commitments."""
    path = tmp_path / "t.sqlite"
    code, _, _ = run_cli(capsys, "--db", str(path), "import", str(seed_path))
    assert code == 0
    close_database()
    yield path
    close_database()


def _env(tmp_path, **extra: str) -> dict[str, str]:
    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(tmp_path),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_RUNTIME_DIR": str(tmp_path),
        **extra,
    }


@pytest.mark.parametrize(
    "argv",
    [("list",), ("list", "--json"), ("dates", "voor de zomer van 2027"), ("--help",)],
    ids=["list", "list --json", "dates", "--help"],
)
def test_output_into_a_closed_pipe_ends_quietly(tmp_path, register, argv):
    """`tracker list | head -1`: the reader is gone before the output is written."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        result = subprocess.run(
            [sys.executable, "-m", "tracker.cli", "--db", str(register), *argv],
            stdout=write_end,
            stderr=subprocess.PIPE,
            env=_env(tmp_path),
            text=True,
            timeout=120,
        )
    finally:
        os.close(write_end)
    assert "Traceback" not in result.stderr and "BrokenPipe" not in result.stderr
    assert result.stderr == ""


@pytest.mark.parametrize("given", ["15-01-2027", "2027-1-15", "15 januari 2027", "2027-02-30"])
def test_due_takes_only_yyyy_mm_dd_and_says_so(capsys, register, given):
    code, _, err = run_cli(capsys, "--db", str(register), "due", "1", given)
    assert code != 0 and given in err and "YYYY-MM-DD" in err
    close_database()
    open_database(register)
    from tracker.store.queries import list_commitments

    assert all(r.due_overridden is False for r in list_commitments())


@pytest.mark.parametrize("given", ["0001-01-01", "9999-12-31", "1989-12-31", "2101-01-01"])
def test_due_refuses_a_date_outside_1990_to_2100(capsys, register, given):
    code, _, err = run_cli(capsys, "--db", str(register), "due", "1", given)
    assert code != 0 and given in err and "1990" in err and "2100" in err


def test_due_takes_an_iso_date_in_range(capsys, register):
    code, out, _ = run_cli(capsys, "--db", str(register), "due", "1", "2027-01-15")
    assert code == 0 and "2027-01-15" in out


@pytest.mark.parametrize(
    "argv",
    [
        ("list", "--as-of", "DATE"),
        ("export", "-o", "x.csv", "--due-before", "DATE"),
        ("export", "-o", "x.xlsx", "--rappel", "--as-of", "2026-01-01", "--next", "DATE"),
        ("dates", "in 2027", "--reference", "DATE"),
        ("import", "--reference-date", "DATE", "x.md"),
        ("extract", "--reference-date", "DATE", "x.md"),
    ],
    ids=lambda a: a[-2] if a[-1] != "x.md" else a[1],
)
@pytest.mark.parametrize("given", ["28-11-2026", "0001-01-01"])
def test_every_date_option_takes_the_same_form_and_range(capsys, argv, given):
    with pytest.raises(SystemExit) as stop:
        run_cli(capsys, *[given if a == "DATE" else a for a in argv])
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert given in err and ("YYYY-MM-DD" in err or "1990 and 2100" in err)


def test_screenshot_into_a_missing_folder_is_refused_and_makes_no_folder(capsys, tmp_path):
    target = tmp_path / "no-such-folder" / "x.png"
    code, _, err = run_cli(
        capsys, "--db", str(tmp_path / "t.sqlite"), "gui", "--screenshot", str(target)
    )
    assert code == 1 and str(target) in err and "does not exist" in err
    assert not target.parent.exists() and not (tmp_path / "t.sqlite").exists()


def test_screenshot_with_an_unknown_suffix_is_refused(capsys, tmp_path):
    target = tmp_path / "x.gif"
    code, _, err = run_cli(
        capsys, "--db", str(tmp_path / "t.sqlite"), "gui", "--screenshot", str(target)
    )
    assert code == 1 and str(target) in err and ".png" in err
    assert not target.exists()


@pytest.mark.parametrize(
    ("name", "magic"), [("w.jpg", b"\xff\xd8\xff"), ("w.bmp", b"BM"), ("w.png", b"\x89PNG")]
)
def test_screenshot_is_written_in_the_format_its_suffix_names(tmp_path, register, name, magic):
    shot = tmp_path / name
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "tracker.cli",
            "--db",
            str(register),
            "gui",
            "--screenshot",
            str(shot),
        ],
        env=_env(tmp_path, QT_QPA_PLATFORM="offscreen"),
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stderr
    assert shot.read_bytes().startswith(magic)
