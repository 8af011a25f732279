"""The Linux desktop integration: the .desktop file and the AppStream metainfo pass
their validators, open every document type the app imports, and name this version."""

from __future__ import annotations

import configparser
import mimetypes
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET

import pytest
from conftest import ROOT

from tracker.documents.reader import SUPPORTED_SUFFIXES

LINUX = ROOT / "packaging" / "linux"
APP_ID = "nl.tweedekamer.CommitmentTracker"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
# What `mimetypes` may not know, depending on the system's mime.types.
MIME_FALLBACK = {
    ".md": "text/markdown",
    ".markdown": "text/markdown",
    ".text": "text/plain",
    ".xhtml": "application/xhtml+xml",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


def mime_type(suffix: str) -> str:
    guessed, _ = mimetypes.guess_type(f"document{suffix}", strict=False)
    mime = guessed or MIME_FALLBACK.get(suffix)
    assert mime, f"no MIME type known for {suffix}"
    return mime


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # keys are case-sensitive: Name[en]
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def run_validator(*command: str) -> subprocess.CompletedProcess:
    if shutil.which(command[0]) is None:
        pytest.skip(f"{command[0]} is not installed (Debian: see .ci/run)")
    return subprocess.run(command, capture_output=True, text=True, timeout=60)


def test_desktop_file_passes_desktop_file_validate():
    result = run_validator("desktop-file-validate", str(DESKTOP))
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "", result.stdout  # no warnings either


def test_metainfo_passes_appstreamcli_validate():
    result = run_validator("appstreamcli", "validate", "--no-net", str(METAINFO))
    assert result.returncode == 0, result.stdout + result.stderr


def test_desktop_file_opens_every_format_the_app_imports():
    declared = set(filter(None, desktop_entry()["MimeType"].split(";")))
    missing = {s: mime_type(s) for s in SUPPORTED_SUFFIXES if mime_type(s) not in declared}
    assert not missing, f"MimeType= lacks {missing}"


def test_metainfo_declares_the_same_types_as_the_desktop_file():
    provides = ET.parse(METAINFO).getroot().find("provides")
    media = {element.text for element in provides.iter("mediatype")}
    assert media == set(filter(None, desktop_entry()["MimeType"].split(";")))


def test_desktop_file_passes_the_files_to_the_gui_command():
    entry = desktop_entry()
    assert entry["Exec"] == "tracker gui %F"
    assert entry["Icon"] == APP_ID
    assert entry["Name"] == "Toezeggingen"
    assert entry["Name[en]"] == "Commitment tracker"


def test_metainfo_names_the_app_and_the_version_of_pyproject():
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == DESKTOP.name
    newest = root.find("releases").find("release").get("version")
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert newest == project["version"]
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    date = root.find("releases").find("release").get("date")
    assert f"## [{newest}] - {date}" in changelog


def test_icon_files_exist_in_every_installed_size():
    icons = ROOT / "resources" / "icons"
    install = (LINUX / "install.sh").read_text(encoding="utf-8")
    sizes = next(line for line in install.splitlines() if line.startswith("SIZES="))
    for size in sizes.split("=", 1)[1].strip('"').split():
        assert (icons / f"tracker-{size}.png").is_file(), size
    assert (icons / "tracker.svg").is_file()


def test_windows_icon_holds_every_size_up_to_256():
    import struct

    data = (ROOT / "resources" / "icons" / "tracker.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    sizes = set()
    for entry in range(count):
        width, height, *_, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * entry)
        assert data[offset : offset + 8] == b"\x89PNG\r\n\x1a\n"
        assert offset + length <= len(data)
        sizes.add(width or 256)
    assert {16, 32, 48, 256} <= sizes
