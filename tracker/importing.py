"""Import files: read, extract, store, one transaction per file."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from tracker.documents import DocumentError, read_document
from tracker.documents.reader import SUPPORTED_SUFFIXES
from tracker.extract import extract
from tracker.store.queries import import_document

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]  # (files done, files in all, current path)


@dataclass
class FileResult:
    path: str
    commitments: int = 0
    skipped: bool = False  # imported before (same content)
    error: str | None = None  # why the file was refused
    warnings: tuple[str, ...] = ()


def import_file(path: str | Path) -> FileResult:
    """Read, extract and store one file; errors come back in the result, never raised."""
    path = str(path)
    try:
        document = read_document(path)
        commitments = extract(document)
        stored = import_document(document, commitments)
    except DocumentError as exc:
        return FileResult(path, error=str(exc))
    except Exception as exc:  # noqa: BLE001 - one bad file must not stop a batch
        log.exception("import of %s failed", path)
        return FileResult(path, error=f"{path}: could not be imported ({exc})")
    return FileResult(
        path,
        commitments=stored.commitments,
        skipped=stored.skipped,
        warnings=tuple(document.warnings),
    )


def expand_paths(paths: Iterable[str | Path]) -> list[str]:
    """Files as given, folders replaced by their supported documents (recursively, sorted).

    Hidden files and folders (name starting with ".") inside a folder are skipped; a
    file named explicitly is kept whatever its type, so that its refusal is reported.
    """
    out: list[str] = []
    seen: set[str] = set()
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found = []
            for folder, dirs, files in os.walk(path):
                dirs[:] = [d for d in dirs if not d.startswith(".")]
                for name in files:
                    if not name.startswith(".") and Path(name).suffix.lower() in SUPPORTED_SUFFIXES:
                        found.append(Path(folder, name))
            candidates = [str(f) for f in sorted(found, key=lambda f: f.relative_to(path).parts)]
        else:
            candidates = [str(given)]
        for candidate in candidates:
            if candidate not in seen:
                seen.add(candidate)
                out.append(candidate)
    return out


def import_paths(paths: Iterable[str | Path], progress: Progress | None = None) -> list[FileResult]:
    """Import every file in `paths` (folders: see `expand_paths`), with progress per file."""
    paths = expand_paths(paths)
    results = []
    for done, path in enumerate(paths):
        if progress:
            progress(done, len(paths), path)
        results.append(import_file(path))
    if progress:
        progress(len(paths), len(paths), "")
    return results
