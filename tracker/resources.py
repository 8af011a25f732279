"""Where the app's own files are: translations, icons, the sample document.

In the source tree (and an editable install) they are in `resources/` beside the
packages; in a PyInstaller bundle in `resources/` inside the bundle's data folder
(`sys._MEIPASS`).
"""

from __future__ import annotations

import sys
from pathlib import Path

SAMPLE_DOCUMENT = "samples/kst-32637-448.md"


def resource_dir() -> Path:
    """The folder holding `i18n/`, `icons/` and `samples/`."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)


def sample_document() -> Path:
    """The sample answer document offered on the first run (Kamerstuk 32 637, nr. 448)."""
    return resource_path(*SAMPLE_DOCUMENT.split("/"))
