"""The commitment tracker's core: documents, extraction, dates, storage and exports.

Nothing under this package imports Qt; the CLI, the tests, the benchmarks and
the window in `ui/` all share it.
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("commitment-tracker")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0"
