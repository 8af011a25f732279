"""Entry point of the PyInstaller bundle: the `tracker` command, started from the bundle.

Both executables of the bundle run this script: `tracker` (a console program: the
command line, and the window when started without arguments) and, on Windows and
macOS, `Toezeggingen` (windowed: no console appears). Without arguments
`tracker.cli.main()` opens the window, exactly as the installed `tracker` does.
"""

from __future__ import annotations

import os
import sys


def _give_windowed_program_streams() -> None:
    """A windowed Windows program has no stdout/stderr (they are None); give it sinks so
    that a print or a log line does not raise."""
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115


if __name__ == "__main__":
    import multiprocessing

    # A batch import's worker processes (`tracker.import_pool`, spawned) start this
    # executable again: there it runs the worker, not the command or the window.
    multiprocessing.freeze_support()
    _give_windowed_program_streams()

    from tracker.cli import main

    sys.exit(main())
