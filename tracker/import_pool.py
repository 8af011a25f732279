"""Worker processes for a batch import: reading and extraction on every core.

`tracker.importing.import_batch` sends the files of a large batch ahead to a pool of
worker processes, which read and extract them (no database); the one writer, the
process that called it, stores the results in file order. This module knows nothing
of documents: it only starts, feeds and stops the workers.

The workers are started with the *spawn* method (the window imports from a thread of
a Qt process, where fork is unsafe); they ignore SIGINT, so Ctrl+C reaches the writer
alone, which decides (see docs/reliability.md); `close(at_once=True)` ends them at
once, so nothing is left running after a stop.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

# Forces the number of worker processes of a batch import (1: in-process, as on one
# core); unset: one per usable core, for a batch of at least MIN_FILES files.
WORKERS_VARIABLE = "TRACKER_IMPORT_WORKERS"
# Fewer files than this are imported in-process: starting the workers (each imports the
# reader and the extractor) costs about as much as a few files.
MIN_FILES = 8
# How many files per worker are sent ahead of the one being stored (bounds the memory
# held by files read and results not yet stored, whatever the size of the batch).
AHEAD_PER_WORKER = 3
# The writer stores one file after another: among the import's processes it gets a
# core first when it needs one, the workers (which are ahead) take the rest; a small
# niceness, so that other programs on a busy machine do not starve the workers.
WORKER_NICENESS = 2
# How often a worker looks whether the writer is still there.
WATCH_SECONDS = 0.5
# How long a stop waits for a worker (then kills it) and for the executor's thread.
CLOSE_SECONDS = 5

log = logging.getLogger(__name__)


def usable_cores() -> int:
    """The cores this process may run on (its affinity: `benchmarks/run` pins its
    one-core steps to one), else the machine's."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def worker_count(files: int, workers: int | None = None) -> int:
    """How many worker processes a batch of `files` files uses; 1 means in-process.
    `workers` (or the environment's WORKERS_VARIABLE) forces the number."""
    if workers is None:
        forced = os.environ.get(WORKERS_VARIABLE, "").strip()
        if forced.isdigit():
            workers = int(forced)
        elif files < MIN_FILES:
            return 1
        else:
            workers = usable_cores()
    return max(1, min(workers, files))


def _start_worker() -> None:
    """A worker leaves Ctrl+C to the writer (the whole process group gets it), and ends
    by itself when the writer is gone (killed: nothing else would stop it)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    with contextlib.suppress(OSError, AttributeError):
        os.nice(WORKER_NICENESS)
    writer = os.getppid()

    def watch() -> None:
        while os.getppid() == writer:
            time.sleep(WATCH_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, name="writer-watch", daemon=True).start()


class WorkerPool:
    """`workers` spawned processes running one function call at a time each."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self.ahead = workers * AHEAD_PER_WORKER
        self._executor = ProcessPoolExecutor(
            workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_start_worker,
        )
        self.broken = False

    def submit(self, function: Callable[..., Any], *args: Any) -> Future | None:
        """The future result of `function(*args)` in a worker; None when the pool is
        broken (a worker died): the caller does that work itself."""
        if self.broken:
            return None
        try:
            return self._executor.submit(function, *args)
        except (BrokenProcessPool, RuntimeError):
            self.broken = True
            return None

    def close(self, at_once: bool = False) -> None:
        """Stop the workers: after their current call, or (`at_once`: a stop, an
        error) now, dropping what they were doing. Returns when they have ended."""
        executor = self._executor
        processes = list((getattr(executor, "_processes", None) or {}).values())
        if not at_once:
            executor.shutdown(wait=True, cancel_futures=True)
            _join(processes)
            return
        # The executor's own thread reads the workers' results and feeds them calls
        # through pipes whose other ends this process holds too: a worker ended in the
        # middle of sending a result (or of reading a call) would leave that thread
        # waiting forever for the rest, and the program would hang at its exit, which
        # waits for it. So the workers end first, then this process lets go of those
        # ends, and the thread sees the pipes close instead.
        manager = getattr(executor, "_executor_manager_thread", None)
        results = getattr(executor, "_result_queue", None)
        calls = getattr(executor, "_call_queue", None)
        executor.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            if process.is_alive():
                process.terminate()
        _join(processes)
        for end in (getattr(results, "_writer", None), getattr(calls, "_reader", None)):
            if end is not None:
                with contextlib.suppress(OSError):
                    end.close()
        if manager is not None:
            manager.join(CLOSE_SECONDS)
            if manager.is_alive():
                log.warning("the import workers' manager did not end")


def _join(processes: list) -> None:
    """Wait for the processes to end; kill one that does not within a few seconds."""
    for process in processes:
        process.join(CLOSE_SECONDS)
        if process.is_alive():
            process.kill()
            process.join(CLOSE_SECONDS)
