"""`tracker` (the window) where no display is available: one clear message, no Qt abort."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland only")


def _run(tmp_path, *argv: str, **extra: str) -> subprocess.CompletedProcess:
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(tmp_path),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_RUNTIME_DIR": str(tmp_path),
        **extra,
    }
    return subprocess.run(
        [sys.executable, "-m", "tracker.cli", *argv],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize(
    ("argv", "platform"),
    [((), None), (("gui",), "xcb"), (("gui",), "wayland")],
    ids=["no arguments", "xcb", "wayland"],
)
def test_the_window_without_a_display_says_so_and_names_the_way_out(tmp_path, argv, platform):
    extra = {"QT_QPA_PLATFORM": platform} if platform else {}
    result = _run(tmp_path, *argv, **extra)
    assert result.returncode == 2, result.stderr
    assert "DISPLAY" in result.stderr and "WAYLAND_DISPLAY" in result.stderr
    assert "tracker --help" in result.stderr and "QT_QPA_PLATFORM=offscreen" in result.stderr
    assert "Reinstalling" not in result.stderr
    assert result.stderr.count("\n") <= 2


def test_offscreen_still_renders_without_a_display(tmp_path):
    shot = tmp_path / "w.png"
    result = _run(tmp_path, "gui", "--screenshot", str(shot), QT_QPA_PLATFORM="offscreen")
    assert result.returncode == 0, result.stderr
    assert shot.read_bytes().startswith(b"\x89PNG")


def test_a_screenshot_without_a_display_renders_offscreen(tmp_path):
    shot = tmp_path / "w.png"
    result = _run(tmp_path, "gui", "--screenshot", str(shot))
    assert result.returncode == 0, result.stderr
    assert shot.read_bytes().startswith(b"\x89PNG")


def test_a_register_the_window_cannot_open_is_said_in_the_windows_language(tmp_path):
    """The reason under "De database kan niet worden geopend." is in the window's
    language (Dutch by default), not the English of the log."""
    folder = tmp_path / "not-a-file"
    folder.mkdir()
    shot = tmp_path / "w.png"
    result = _run(
        tmp_path, "--db", str(folder), "gui", "--screenshot", str(shot), QT_QPA_PLATFORM="offscreen"
    )
    assert result.returncode == 1
    assert "De database kan niet worden geopend." in result.stderr
    assert f"{folder}: is een map, geen databasebestand" in result.stderr
    assert not shot.exists()
