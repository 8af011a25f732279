"""The commitment tracker's core: documents, extraction, dates, storage and exports.

Nothing under this package imports Qt; the CLI, the tests, the benchmarks and
the window in `ui/` all share it.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

DISTRIBUTION = "commitment-tracker"


def _find_version() -> str:
    """The version in `pyproject.toml`, the only place it is written by hand.

    An installed package has it in its metadata. A PyInstaller bundle may lack the
    metadata: its build writes `resources/VERSION`. A source tree that was never
    installed reads `pyproject.toml` itself.
    """
    try:
        return version(DISTRIBUTION)
    except PackageNotFoundError:
        pass
    from tracker.resources import resource_path

    try:
        text = resource_path("VERSION").read_text(encoding="utf-8").strip()
        if text:
            return text
    except OSError:
        pass
    import tomllib

    pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
    try:
        return tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["version"]
    except (OSError, KeyError, tomllib.TOMLDecodeError):
        return "0+unknown"


__version__ = _find_version()
