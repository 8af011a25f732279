"""Import files: read, extract, store, one transaction per file.

A file imported before without a date (its due dates read from the day of the
import) is given one later by importing it again with a reference date, or with
`redate_document` (the window): its due dates are read again from that day, and
everything staff did with its commitments is kept.

`import_batch` imports many files (folders recursively) with progress and a way to
stop between files; one file that cannot be read never stops the others. A database
that cannot be written (disk full, read-only) stops the batch with DatabaseWriteError:
the files stored before it are kept, the one being stored is rolled back whole. A
server that goes away (or cancels a statement) stops it too, with the files not stored
in `pending` and the reason in `interrupted`: running the same import again stores
those, and skips the ones stored.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import os
from collections import deque
from collections.abc import Callable, Iterable
from concurrent.futures import Future
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from tracker import import_pool
from tracker.documents import DocumentError, read_document
from tracker.documents.model import Document
from tracker.documents.reader import MAX_FILE_BYTES, SUPPORTED_SUFFIXES
from tracker.documents.reference_date import (
    check_reference_date,
    redate_refusal,
    use_reference_date,
)
from tracker.extract import extract
from tracker.hints import suggest_for_document
from tracker.letters import Letter, read_letter, states_letter_header
from tracker.store import hint_queries, queries, suggestions
from tracker.store.lost_connection import SERVER_TROUBLE
from tracker.store.queries import (
    DocumentRow,
    ImportResult,
    import_document,
    is_imported,
    store_text,
    transaction,
)
from tracker.store.write_errors import DatabaseWriteError, database_write_error

log = logging.getLogger(__name__)

STATES = ("imported", "updated", "skipped", "refused")
# What `import_file` is doing with a file, reported as it starts each (a large PDF takes
# seconds to read: the window shows that the import goes on).
STAGES = ("reading", "extracting", "storing")
# Where `import_batch` wants the stages of the file it imports now (set around each
# `import_file` call, so that a wrapped or replaced `import_file` keeps its signature).
_stage_of_batch: ContextVar[Callable[[str], None] | None] = ContextVar("stage", default=None)
# Where it wants to hear how far a long stage is: (stage, fraction from 0 to 1).
_part_of_batch: ContextVar[Callable[[str, float], None] | None] = ContextVar("part", default=None)
# The least step of a stage's fraction that is reported (a hundred reports a stage at most).
PART_STEP = 0.01
# Whether the batch forgot the suggestions of deleted commitments before its first file
# (`suggestions.prune` reads every suggestion: once a batch, not once a file).
_pruned_of_batch: ContextVar[bool] = ContextVar("pruned", default=False)
# The batch's `reference_date`, for each `import_file` inside it.
_reference_date_of_batch: ContextVar[dt.date | None] = ContextVar("reference_date", default=None)


@dataclass
class FileResult:
    """What importing one file did. `state` is one of STATES."""

    path: str
    commitments: int = 0  # commitments added to the register
    skipped: bool = False  # imported before (same content)
    error: str | None = None  # why the file was refused (in English)
    # ... as one of REFUSAL_REASONS and its details, for the window's language
    reason: str | None = None
    reason_details: dict[str, Any] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()
    found: int = 0  # commitments the extractor found in the file (0 when skipped)
    # A corrected version of a document imported before (same official id, or same
    # dossier and number): the stored one was brought up to date.
    updated: bool = False
    changed: int = 0  # (updated) stored commitments whose quote, place or due date changed
    no_longer_found: tuple[int, ...] = ()  # (updated) ids of commitments the new text lacks
    # Open commitments this document likely fulfils (or stored letters fulfilling its
    # own): pending suggestions made for staff to accept or dismiss (`tracker.hints`).
    suggestions: int = 0
    document_id: int | None = None  # the stored document (imported, updated or skipped)
    # The document states no date and none was given: its due dates are read from the
    # day of the import, until the user gives the date (`redate_document`).
    undated: bool = False
    # (updated) the document was given the reference date the user gave, after its import
    redated: bool = False

    @property
    def state(self) -> str:
        if self.error:
            return "refused"
        if self.skipped:
            return "skipped"
        return "updated" if self.updated else "imported"


@dataclass(frozen=True)
class ImportProgress:
    """Where a batch stands: before each file, and once more at the end (path "")."""

    done: int  # files finished
    total: int  # files in all
    path: str  # the file being imported now
    found: int  # commitments found so far


@dataclass
class ImportBatch:
    """The results of a batch, in order; `pending` are the files not processed
    because the batch was stopped."""

    results: list[FileResult] = field(default_factory=list)
    pending: list[str] = field(default_factory=list)
    # why the batch stopped by itself: the server went away or cancelled a statement
    # (tracker.store.lost_connection); the first of `pending` is the file it was storing
    interrupted: Exception | None = None

    @property
    def total(self) -> int:
        return len(self.results) + len(self.pending)

    @property
    def stopped(self) -> bool:
        return bool(self.pending)

    def count(self, state: str) -> int:
        return sum(1 for r in self.results if r.state == state)


def _bytes_if_new(path: str) -> tuple[bool, bytes | None]:
    """(whether these exact bytes are stored already, the bytes read): the file is read
    once, to hash it and then to parse it. (None: not read; `read_document` reads it
    and gives the reason it is refused.)"""
    try:
        if Path(path).stat().st_size > MAX_FILE_BYTES:
            return False, None  # read_document refuses it without reading it all
        data = Path(path).read_bytes()
    except OSError:
        return False, None
    return is_imported(hashlib.sha256(data).hexdigest()), data


@dataclass
class Prepared:
    """A file read and extracted, ready for the writer to store (`prepare_file`): made
    without the database, and small enough to come back from a worker process."""

    document: Document  # its blocks let go (`exchanges` empty): the text, identity, warnings
    commitments: list[Any]
    given: bool  # the reference date given was used (the document states none)
    letter: Letter  # what the fulfilment hints keep of it


def import_file(path: str | Path, reference_date: dt.date | None = None) -> FileResult:
    """Read, extract and store one file; errors come back in the result, never raised,
    except DatabaseWriteError (the database is full or read-only: the batch stops).
    Inside `import_batch`, the batch's `stage` is told each of STAGES as it begins.

    The file is one transaction: the document, its commitments, sources and search
    index, and the fulfilment suggestions made for it, are stored whole, or (on an
    error, an interrupt or a crash) not at all. `reference_date`: the day relative due
    dates count from where the document states no date (`use_reference_date`).
    It is `prepare_file` (no database) and `store_prepared`, in this process.
    """
    path = str(path)
    begin = _stage_of_batch.get() or (lambda _stage: None)
    given_date = reference_date or _reference_date_of_batch.get()
    begin("reading")
    checked = _guarded(path, lambda: _bytes_if_new(path))
    if isinstance(checked, FileResult):
        return checked
    stored, data = checked
    del checked
    if stored:
        if given_date is None or data is None:
            return FileResult(path, skipped=True)
        return _guarded(path, partial(_redate_file, path, data, given_date, begin))
    # The bytes are handed over (the call holds the only reference): `read_document`
    # lets go of them once it has the text, before it reads the text.
    handed = [data]
    del data
    prepared = prepare_file(path, handed.pop(), given_date, begin)
    if isinstance(prepared, FileResult):
        return prepared
    return store_prepared(path, prepared, begin)


def _guarded(path: str, work: Callable[[], Any]) -> Any:
    """`work()`, or the file's refusal when it raises (DatabaseWriteError goes on)."""
    try:
        return work()
    except DocumentError as exc:
        return FileResult(path, error=str(exc), reason=exc.reason, reason_details=exc.details)
    except (DatabaseWriteError, *SERVER_TROUBLE):
        raise
    except Exception as exc:  # noqa: BLE001 - one bad file must not stop a batch
        log.exception("import of %s failed", path)
        return FileResult(path, error=f"{path}: could not be imported ({exc})", reason="failed")


def prepare_file(
    path: str,
    data: bytes | None,
    given_date: dt.date | None,
    begin: Callable[[str], None] | None = None,
) -> Prepared | FileResult:
    """The part of importing a file that needs no database: read `data` (the file's
    bytes; None: read from `path`), refuse a text without structure, take the reference
    date, extract, and work out what the hints keep. Runs in a worker process of a
    batch, or in `import_file`; a file that cannot be used comes back as its refusal."""
    begin = begin or (lambda _stage: None)
    handed = [data]
    del data

    def work() -> Prepared:
        document = read_document(path, handed.pop(), progress=_part("reading"))
        refuse_without_structure(document, path)
        given = use_reference_date(document, given_date)
        begin("extracting")
        commitments = extract(document, progress=_part("extracting"))
        # Extracted: a large file's blocks are let go before its text is stored.
        document.exchanges = []
        # What the fulfilment hints keep of it, worked out from the document as read
        # (outside the transaction: the writer holds the database for less).
        return Prepared(document, commitments, given, letter_of(document))

    return _guarded(path, work)


def store_prepared(
    path: str, prepared: Prepared, begin: Callable[[str], None] | None = None
) -> FileResult:
    """The writer's part: store a prepared file in one transaction (document,
    commitments, sources, search index, the hints' facts and suggestions), or not at
    all; errors come back as the file's refusal, except DatabaseWriteError."""
    (begin or (lambda _stage: None))("storing")
    return _guarded(path, lambda: _store(path, prepared))


def _store(path: str, prepared: Prepared) -> FileResult:
    document, commitments, letter = prepared.document, prepared.commitments, prepared.letter
    given = prepared.given
    del prepared
    try:
        with transaction():
            stored = import_document(document, commitments, given, text_later=True)
            # Stored: the hints read the text as stored, the one in hand (not read
            # again from the register). A new document's text is stored after them
            # (`store_text`: a large text is not held as a string and in the
            # database's copies at once).
            text, document.source = document.source, ""
            suggested, hint_warning = _suggest(
                stored.document_id,
                stored.skipped,
                path,
                _stored_text(stored, text),
                letter if stored.state == "imported" else None,
            )
            handed = [text]  # (`store_text` lets go of it before the database's copies)
            del text
            if stored.state == "imported":
                store_text(stored.document_id, handed.pop())
            handed.clear()
    except Exception as exc:
        unwritable = database_write_error(exc)
        if unwritable is not None:  # no later file could be stored: stop the batch
            raise unwritable from exc
        raise
    warnings = list(document.warnings) + ([hint_warning] if hint_warning else [])
    return FileResult(
        path,
        commitments=stored.commitments,
        skipped=stored.skipped,
        warnings=tuple(warnings),
        found=0 if stored.skipped else len(commitments),
        updated=stored.updated,
        changed=stored.changed,
        no_longer_found=tuple(stored.no_longer_found),
        suggestions=suggested,
        document_id=stored.document_id,
        undated=not stored.skipped and _undated(document),
    )


def _part(stage: str) -> Callable[[float], None] | None:
    """How far `stage` of the current file is, told to the batch's `part` (each step
    of at least PART_STEP, and the end); None outside a batch that asks."""
    report = _part_of_batch.get()
    if report is None:
        return None
    told = [-1.0]

    def tell(fraction: float) -> None:
        fraction = min(max(fraction, 0.0), 1.0)
        if fraction - told[0] >= PART_STEP or (fraction == 1.0 and told[0] < 1.0):
            told[0] = fraction
            report(stage, fraction)

    return tell


def refuse_without_structure(document: Document, path: str) -> None:
    """Raise DocumentError for a text in which nothing of an answer document was found:
    no kind recognised (verslag, Kamervragen, nota, lijst van vragen, letter), no answers,
    no Mededeling, and no header stating a dossier, number or date. Such a file (random
    text, a wrong file) is not stored; a document of a known kind, or a short letter
    stating its dossier and date, is, even without answers or commitments."""
    if document.kind != "unknown" or document.notices:
        return
    if document.dossier or document.number or document.official_id or document.date:
        return
    if states_letter_header(document.source):
        return
    if any(e.answer for e in document.exchanges if e.role == "answer"):
        return
    raise DocumentError(
        f"{path}: no answers or document structure found (not a verslag, Kamervragen, nota, "
        "lijst van vragen or letter, and no questions followed by answers); not imported",
        "no_structure",
    )


def _undated(document: Document) -> bool:
    """Whether the due dates of `document` are read from today: it states no date,
    and none was given."""
    return document.reference_date is None and document.date is None


def _redate_file(
    path: str, data: bytes, given: dt.date, begin: Callable[[str], None]
) -> FileResult:
    """A file imported before, imported again with a reference date: its stored
    document is given that date if it states none of its own (inside `import_file`'s
    error handling); else it is skipped, with a warning if it states another."""
    row = queries.document_of_content(hashlib.sha256(data).hexdigest())
    if row is None:  # an earlier version, since corrected: the register has a newer one
        return FileResult(path, skipped=True)
    refusal = redate_refusal(row.answer_date, row.answer_date_given, given)
    if refusal is not None:
        return FileResult(
            path, skipped=True, warnings=(refusal,) if refusal else (), document_id=row.id
        )
    check_reference_date(given)
    return _redate(row, read_document(path, data), given, begin, path)


def _redate(
    row: DocumentRow,
    document: Document,
    given: dt.date,
    begin: Callable[[str], None],
    path: str,
) -> FileResult:
    given_here = use_reference_date(document, given)
    begin("extracting")
    commitments = extract(document, progress=_part("extracting"))
    begin("storing")
    try:
        with transaction():
            stored = queries.redate_document(row.id, document, commitments, given_here)
            # What the hints know of it includes its date: kept up to date, as at import.
            suggested, hint_warning = _suggest(row.id, False, path)
    except Exception as exc:
        unwritable = database_write_error(exc)
        if unwritable is not None:
            raise unwritable from exc
        raise
    warnings = list(document.warnings) + ([hint_warning] if hint_warning else [])
    return FileResult(
        path,
        commitments=stored.commitments,
        warnings=tuple(warnings),
        found=len(commitments),
        suggestions=suggested,
        updated=True,
        changed=stored.changed,
        no_longer_found=tuple(stored.no_longer_found),
        document_id=row.id,
        redated=given_here,
        undated=_undated(document),
    )


def redate_document(
    document_id: int, reference_date: dt.date, today: dt.date | None = None
) -> FileResult:
    """Give a stored document that states no date of its own the date its answers
    were given (the window's "Datum van document opgeven…"): due dates are read from
    that day; statuses, notes, reviews, edits and due dates set by hand are kept.

    The document is read again from its file if that is unchanged, else from the text
    kept at import. A document that has this date already, or states its own, is
    skipped (the latter with a warning). Raises ReferenceDateError for a date in the
    future (`today`: default the real today), StoreError for an unknown document,
    DocumentError when its text cannot be read again, DatabaseWriteError.
    """
    check_reference_date(reference_date, today)
    row, text, content_hash = queries.stored_document(document_id)
    refusal = redate_refusal(row.answer_date, row.answer_date_given, reference_date)
    if refusal is not None:
        return FileResult(
            row.path, skipped=True, warnings=(refusal,) if refusal else (), document_id=row.id
        )
    document = _read_again(row, text, content_hash)
    return _redate(row, document, reference_date, lambda _stage: None, row.path)


def _read_again(row: DocumentRow, text: str, content_hash: str) -> Document:
    """The stored document as read at its import: from its file where that still has
    the same bytes (its format's metadata included), else from the text kept then,
    with the identity stored for it."""
    from tracker.documents import text as text_reader

    try:
        data = Path(row.path).read_bytes()
    except OSError:
        data = None
    if data is not None and hashlib.sha256(data).hexdigest() == content_hash:
        return read_document(row.path, data)
    if not text.strip():
        raise DocumentError(
            f"{row.path}: the file has changed or is gone, and its text was not kept: "
            "import it again with the date",
            "changed",
        )
    document = text_reader.parse(text, path=row.path)
    stored = queries.get_document_identity(row.id)
    for name, value in stored.items():
        if value not in (None, "") and not (name == "kind" and value == "unknown"):
            setattr(document, name, value)
    document.content_hash = content_hash
    return document


def _stored_text(stored: ImportResult, text: str) -> str | None:
    """The text the register has for the document `import_document` stored or updated:
    `text`, the one read, unless that is empty (a corrected version then keeps the text
    it had): None, read it from the register."""
    return text if not stored.skipped and text else None


def letter_of(document: Document) -> Letter:
    """What `read_letter` makes of `document` once it is stored as it was read (a new
    document: its row has the fields read; see `_document_values` in the store)."""
    row = SimpleNamespace(
        id=0,
        kind=document.kind,
        title=document.title,
        source_text=None,
        dossier=document.dossier,
        number=document.number,
        official_id=document.official_id,
        document_date=document.date,
    )
    return read_letter(row, document.source or "")


def _suggest(
    document_id: int | None,
    skipped: bool,
    path: str,
    text: str | None = None,
    letter: Letter | None = None,
) -> tuple[int, str | None]:
    """Keep what the hints know of a stored document (`hint_queries.remember`: later imports
    compare themselves with it) and make its fulfilment suggestions, inside the import's
    transaction (so a crash never keeps the document without them). They are a bonus:
    when making them fails, their savepoint is rolled back and the document is kept,
    with a warning; (how many were made, the warning)."""
    if skipped or document_id is None:
        return 0, None
    try:
        with transaction():  # nested: a savepoint
            hint_queries.remember(document_id, text, letter)
            return suggest_for_document(document_id, prune=not _pruned_of_batch.get()), None
    except Exception as exc:  # noqa: BLE001 - the document is stored; hints are a bonus
        if database_write_error(exc) is not None or isinstance(exc, SERVER_TROUBLE):
            raise
        log.exception("fulfilment hints for %s failed", path)
        return 0, "fulfilment suggestions could not be made for this document"


def _prune_suggestions() -> bool:
    """`suggestions.prune` in a transaction of its own; whether it was done (if not, as
    when the database cannot be written, each file does it, and reports what fails)."""
    try:
        with transaction():
            suggestions.prune()
    except Exception:  # noqa: BLE001 - each file then prunes, and reports its own error
        log.debug("suggestions not pruned before the batch", exc_info=True)
        return False
    return True


def expand_paths(paths: Iterable[str | Path]) -> list[str]:
    """Files as given, folders replaced by their supported documents (recursively, sorted).

    Hidden files and folders (name starting with ".") inside a folder are skipped, and so
    is a publication's official metadata ("metadata.xml", "<stem>.metadata.xml"), which the
    reader of the publication beside it reads; a file named explicitly is kept whatever its
    type, so that its refusal is reported.
    """
    from tracker.documents.official_metadata import is_metadata_name

    out: list[str] = []
    seen: set[str] = set()
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found = []
            for folder, dirs, files in os.walk(path):
                dirs[:] = [d for d in dirs if not d.startswith(".")]
                for name in files:
                    if (
                        not name.startswith(".")
                        and Path(name).suffix.lower() in SUPPORTED_SUFFIXES
                        and not is_metadata_name(name)
                    ):
                        found.append(Path(folder, name))
            candidates = [str(f) for f in sorted(found, key=lambda f: f.relative_to(path).parts)]
        else:
            candidates = [str(given)]
        for candidate in candidates:
            if candidate not in seen:
                seen.add(candidate)
                out.append(candidate)
    return out


def import_batch(
    paths: Iterable[str | Path],
    progress: Callable[[ImportProgress], None] | None = None,
    cancel: Callable[[], bool] | None = None,
    on_result: Callable[[FileResult], None] | None = None,
    stage: Callable[[str, str], None] | None = None,
    reference_date: dt.date | None = None,
    part: Callable[[str, str, float], None] | None = None,
    workers: int | None = None,
) -> ImportBatch:
    """Import every file in `paths` (folders: see `expand_paths`), one transaction each.

    `progress` is called before each file and once at the end, `on_result` after
    each file, `stage` with (path, one of STAGES) as each step of a file begins, `part`
    with (path, "reading" or "extracting", fraction from 0 to 1) as that step goes on
    (a large file takes a while: the progress moves within it); `reference_date` is
    given to each file (see `import_file`). `cancel` (e.g. an event's `is_set`) is
    asked before each file; when it says stop, the files not yet imported are left in
    `pending`. A KeyboardInterrupt stops the batch the same way; the file it interrupts
    is rolled back whole.

    A batch of many files on more than one usable core is read and extracted in worker
    processes (`tracker.import_pool`; `workers` forces their number, 1: in-process) and
    stored by this process in file order: the results, the callbacks and the stops are
    the same. With workers, a file's stages are told when the writer reaches it, and
    `part` only for a file larger than IN_PROCESS_BYTES (read here, not in a worker).
    """
    files = expand_paths(paths)
    batch = ImportBatch()
    count = import_pool.worker_count(len(files), workers)
    pool = import_pool.WorkerPool(count) if count > 1 else None
    ahead: deque[_Sent] = deque()
    found = 0
    at_once = True
    pruned = _pruned_of_batch.set(bool(files) and _prune_suggestions())
    try:
        for done, path in enumerate(files):
            try:
                if cancel is not None and cancel():
                    batch.pending = files[done:]
                    break
                if pool is not None:
                    while len(ahead) < pool.ahead and done + len(ahead) < len(files):
                        ahead.append(_send(pool, files[done + len(ahead)], reference_date))
                if progress:
                    progress(ImportProgress(done, len(files), path, found))
                token = _stage_of_batch.set(
                    None if stage is None else (lambda step, path=path: stage(path, step))
                )
                part_token = _part_of_batch.set(
                    None if part is None else (lambda step, f, path=path: part(path, step, f))
                )
                try:
                    given = _reference_date_of_batch.set(reference_date)
                    try:
                        result = import_file(path) if pool is None else _receive(ahead.popleft())
                    finally:
                        _reference_date_of_batch.reset(given)
                finally:
                    _stage_of_batch.reset(token)
                    _part_of_batch.reset(part_token)
            except KeyboardInterrupt:
                log.info("import stopped at %s; that file was not stored", path)
                batch.pending = files[done:]
                break
            except SERVER_TROUBLE as exc:  # the server went away: this file was not stored
                log.info("import stopped at %s: %s", path, exc)
                batch.pending = files[done:]
                batch.interrupted = exc
                break
            batch.results.append(result)
            found += result.found
            if on_result:
                try:
                    on_result(result)
                except KeyboardInterrupt:
                    batch.pending = files[done + 1 :]
                    break
        else:
            at_once = False
    finally:
        _pruned_of_batch.reset(pruned)
        if pool is not None:
            pool.close(at_once=at_once)
    if progress:
        progress(ImportProgress(len(batch.results), len(files), "", found))
    return batch


# A file larger than this is read and extracted by the writer when it reaches it (with
# `part` reports), not sent to a worker: its bytes are not held ahead, nor copied.
IN_PROCESS_BYTES = 4 * 1024 * 1024


@dataclass
class _Sent:
    """A file of a batch with workers, as sent ahead: `future` gives its `Prepared`
    (or refusal); without one, the writer imports it itself when it reaches it
    (`import_file`: a file stored already, unreadable, large, or the pool broken)."""

    path: str
    digest: str | None = None
    future: Future | None = None
    skipped: bool = False  # stored already, and no reference date: skipped


def _send(
    pool: import_pool.WorkerPool,
    path: str,
    reference_date: dt.date | None,
    data: bytes | None = None,
) -> _Sent:
    """Send `path` ahead to the workers, after the checks that need the database: a
    file stored already is read and hashed here, never extracted. (`data`: its bytes,
    in hand already; None: read from `path`.)"""
    try:
        if data is None:
            if Path(path).stat().st_size > IN_PROCESS_BYTES:
                return _Sent(path)
            data = Path(path).read_bytes()
        elif len(data) > IN_PROCESS_BYTES:
            return _Sent(path)
        digest = hashlib.sha256(data).hexdigest()
        stored = is_imported(digest)
    except Exception:  # noqa: BLE001 - the writer sees it again and says why, in turn
        return _Sent(path)
    if stored:
        return _Sent(path, digest, skipped=reference_date is None)
    return _Sent(path, digest, pool.submit(prepare_file, path, data, reference_date))


def _receive(sent: _Sent) -> FileResult:
    """The result of a file sent ahead, stored now, in its turn (see `import_file`)."""
    begin = _stage_of_batch.get() or (lambda _stage: None)
    path = sent.path
    if sent.skipped:
        begin("reading")
        return FileResult(path, skipped=True)
    # Not sent (or no worker has begun it yet: the writer would only wait, so it takes
    # the file back and reads it itself, as `import_file` does).
    if sent.future is None or sent.future.cancel():
        return import_file(path)
    begin("reading")
    begin("extracting")
    try:
        prepared = sent.future.result()
    except Exception as exc:  # noqa: BLE001 - e.g. BrokenProcessPool: a worker was killed
        log.warning("no result from a worker (%r); %s is imported in this process", exc, path)
        return import_file(path)
    # A file with the same bytes may have been stored since it was sent (twice in the
    # batch): it is then what `import_file` makes of it now (skipped, or redated).
    if sent.digest is not None and _guarded(path, lambda: is_imported(sent.digest)) is True:
        return import_file(path)
    if isinstance(prepared, FileResult):
        return prepared
    return store_prepared(path, prepared, begin)


class FilesAhead:
    """Files imported one by one in the caller's order while worker processes read and
    extract the next ones (the sync: each document is downloaded and `send` as soon as
    it is there, and stored by `store` in its turn, inside the caller's own steps).
    `store(send(path))` gives what `import_file(path)` gives, at that moment; `close`
    ends the workers (`at_once`: a stop, dropping what they were doing)."""

    def __init__(self, workers: int) -> None:
        self.pool = import_pool.WorkerPool(workers)
        self.ahead = self.pool.ahead  # how many files to send ahead of the one stored

    def send(self, path: str | Path, data: bytes | None = None) -> _Sent:
        return _send(self.pool, str(path), None, data)

    def store(self, sent: _Sent) -> FileResult:
        return _receive(sent)

    def close(self, at_once: bool = False) -> None:
        self.pool.close(at_once=at_once)


def import_paths(
    paths: Iterable[str | Path],
    progress: Callable[[ImportProgress], None] | None = None,
) -> list[FileResult]:
    """Import every file in `paths` (folders: see `expand_paths`); the results per file."""
    return import_batch(paths, progress).results
