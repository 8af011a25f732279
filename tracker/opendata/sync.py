"""A sync from the House's open data (`tracker sync`, *Ophalen* in the window): the
Documents changed since the feed's watermark that match the follows are fetched and
imported through the normal import, then the House's Toezeggingen become oral
commitments (`tracker.opendata.toezeggingen`).

The watermark (the `GewijzigdOp` of the last entity fully handled) moves on after each
entity, never past one that was not handled: a stop (the server unreachable or failing
after its retries, cancelling, Ctrl+C) keeps it at the last finished entity, and the
next sync continues from there. A document whose file cannot be read is reported,
recorded to be tried again at the next sync, and the watermark moves past it. Each
import is one transaction: never half a document.
"""

from __future__ import annotations

import datetime as dt
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from tracker import import_pool
from tracker.importing import FilesAhead
from tracker.opendata import documents, toezeggingen
from tracker.opendata.client import DEFAULT_API, Client, OpenDataError, RetryPolicy
from tracker.store import sync_state
from tracker.store.follows import list_follows

# With no watermark and no `since`, a first sync reaches this many days back.
FIRST_SYNC_DAYS = 30
# How many entities of the feed are read ahead at most to see whether it holds enough
# matching documents for worker processes (`import_pool.MIN_FILES`).
PEEK_ENTITIES = 1000


@dataclass
class SyncProgress:
    stage: str  # "zoeken" | "downloaden" | "importeren" | "toezeggingen" | "klaar"
    found: int
    downloaded: int
    imported: int
    commitments: int
    oral: int
    message: str = ""


@dataclass
class SyncReport:
    found: int = 0  # matching documents seen
    downloaded: int = 0
    imported: int = 0  # new documents and new versions
    already: int = 0  # in the register already (same file, or by dossier and number)
    deleted: int = 0  # withdrawn by the House (Verwijderd): nothing imported or removed
    failed: list[tuple[str, str]] = field(default_factory=list)  # (what, one-line reason)
    oral_added: int = 0
    oral_updated: int = 0
    house_status_changes: int = 0
    cancelled: bool = False
    stopped: str | None = None  # one line when the sync stopped early, else None
    commitments: int = 0  # commitments added by the imported documents


def last_sync() -> dt.datetime | None:
    """When a sync last finished, from the store."""
    return sync_state.last_finished()


class _Run:
    def __init__(self, progress, cancelled) -> None:
        self.report = SyncReport()
        self.tell = progress or (lambda _p: None)
        self.cancelled = cancelled or (lambda: False)

    def progress(self, stage: str, message: str = "") -> None:
        r = self.report
        self.tell(
            SyncProgress(
                stage, r.found, r.downloaded, r.imported, r.commitments, r.oral_added, message
            )
        )

    def count(self, entity: dict, fetched: documents.Fetched) -> None:
        r = self.report
        r.downloaded += fetched.downloaded
        if fetched.state == "deleted":
            r.deleted += 1
            return
        if fetched.state == "failed":
            r.failed.append((documents.describe(entity), fetched.reason))
            return
        if fetched.state in ("imported", "updated"):
            r.imported += 1
            r.commitments += fetched.commitments
        else:
            r.already += 1


def sync(
    api: str = DEFAULT_API,
    since: dt.date | None = None,
    *,
    progress: Callable[[SyncProgress], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    who: str | None = None,
    retry: RetryPolicy | None = None,
    timeout: float = 30.0,
    workers: int | None = None,
) -> SyncReport:
    """Fetch what changed since the watermark (or since `since`) on the open database.
    Never raises for the server's failures: they are in the report (`stopped`,
    `failed`); a KeyboardInterrupt ends the sync as cancelled. `retry` and `timeout`:
    how often and how long a request is tried (tests make them short). Many matching
    documents are read and extracted in worker processes (as `importing.import_batch`;
    `workers` forces their number, 1: in this process)."""
    run = _Run(progress, cancelled)
    follows = list_follows()
    with Client(api, retry=retry, timeout=timeout) as client:
        try:
            run.progress("zoeken")
            finished = _documents(client, run, follows, since, workers)
            if finished:
                run.progress("toezeggingen")
                finished = toezeggingen.sync_toezeggingen(client, run, follows, since, who)
        except OpenDataError as exc:
            run.report.stopped = str(exc)
            finished = False
        except KeyboardInterrupt:
            run.report.cancelled = True
            finished = False
    if finished:
        sync_state.mark_finished(documents.FEED)
        sync_state.mark_finished(toezeggingen.FEED)
    run.progress("klaar")
    return run.report


def _documents(
    client: Client, run: _Run, follows, since: dt.date | None, workers: int | None = None
) -> bool:
    """The Documents feed; whether it was handled to its end. With more than one worker
    (`import_pool.worker_count`: many matching documents, or `workers`), `_pipelined`."""
    feed = documents.FEED
    for house_id in sync_state.retries(feed):
        if run.cancelled():
            run.report.cancelled = True
            return False
        entity = client.get_json(f"Document({house_id})", {"$expand": documents.EXPAND})
        _handle(client, run, entity, retrying=True)
    start = sync_state.start_of(feed, since, FIRST_SYNC_DAYS)
    changes = _Feed(client.changed("Document", start, expand=documents.EXPAND))
    matching = changes.peek(lambda e: documents.matches(e, follows), run.cancelled)
    count = import_pool.worker_count(matching, workers)
    if count > 1:
        return _pipelined(client, run, follows, changes, count)
    for entity in changes:
        if run.cancelled():
            run.report.cancelled = True
            return False
        changed = entity.get("GewijzigdOp")
        if documents.matches(entity, follows):
            run.report.found += 1
            run.progress("downloaden")
            _handle(client, run, entity)
            run.progress("importeren")
        if isinstance(changed, str) and changed:
            sync_state.set_watermark(feed, changed)
    return True


class _Feed:
    """The feed's entities, the first ones read ahead (`peek`): an error reading a later
    page is raised in its place, after the entities read before it."""

    def __init__(self, entities: Iterable[dict]) -> None:
        self._source: Iterator[dict] = iter(entities)
        self._read: deque[dict] = deque()
        self._error: OpenDataError | None = None

    def peek(self, wanted: Callable[[dict], bool], cancelled: Callable[[], bool]) -> int:
        """Read ahead until MIN_FILES entities are `wanted` (or the feed ends, fails,
        is cancelled, or PEEK_ENTITIES are read); how many of them are."""
        found = 0
        while found < import_pool.MIN_FILES and len(self._read) < PEEK_ENTITIES:
            if cancelled():
                break
            try:
                entity = next(self._source)
            except StopIteration:
                break
            except OpenDataError as exc:
                self._error = exc
                break
            self._read.append(entity)
            found += bool(wanted(entity))
        return found

    def __iter__(self) -> Iterator[dict]:
        while self._read:
            yield self._read.popleft()
        if self._error is not None:
            raise self._error
        yield from self._source


@dataclass
class _Turn:
    """An entity of the feed waiting for its turn: a matching document (downloaded
    ahead, `early`), or only the watermark to move past."""

    changed: Any
    entity: dict | None = None
    early: documents.Early | None = None


def _pipelined(client: Client, run: _Run, follows, changes: _Feed, workers: int) -> bool:
    """The Documents feed with worker processes: the next documents are downloaded and
    extracted (up to `importing.FilesAhead.ahead` of them) while this process stores
    each in feed order, exactly as `_handle` does, moving the watermark past it. A
    failure reading or downloading a later one stops the feed after the ones before it
    are stored; a cancel or Ctrl+C stops it at once (what was ahead is dropped, its
    temporary files deleted, the workers ended)."""
    importer = FilesAhead(workers)
    waiting: deque[_Turn] = deque()
    sent = 0  # matching documents waiting
    entities = iter(changes)
    stop: OpenDataError | None = None
    ended, at_once = False, True
    try:
        while True:
            while (
                not ended
                and stop is None
                and sent < importer.ahead
                and len(waiting) < PEEK_ENTITIES
            ):
                if run.cancelled():
                    run.report.cancelled = True
                    return False
                try:
                    entity = next(entities)
                except StopIteration:
                    ended = True
                    break
                except OpenDataError as exc:
                    stop = exc
                    break
                turn = _Turn(entity.get("GewijzigdOp"))
                if documents.matches(entity, follows):
                    run.report.found += 1
                    run.progress("downloaden")
                    try:
                        turn.early = documents.ahead(client, entity, importer)
                    except OpenDataError as exc:
                        stop = exc
                        break
                    turn.entity = entity
                    sent += 1
                waiting.append(turn)
            if not waiting:
                break
            turn = waiting[0]
            if turn.entity is not None:
                if run.cancelled():
                    run.report.cancelled = True
                    return False
                waiting.popleft()
                sent -= 1
                _handle(client, run, turn.entity, early=turn.early)
                run.progress("importeren")
            else:
                waiting.popleft()
            if isinstance(turn.changed, str) and turn.changed:
                sync_state.set_watermark(documents.FEED, turn.changed)
        if stop is not None:
            raise stop
        at_once = False
        return True
    finally:
        for turn in waiting:
            if turn.early is not None:
                turn.early.discard()
        importer.close(at_once=at_once)


def _handle(
    client: Client,
    run: _Run,
    entity: dict,
    retrying: bool = False,
    early: documents.Early | None = None,
) -> None:
    house_id = str(entity.get("Id") or "")
    fetched = documents.fetch(client, entity, early)
    run.count(entity, fetched)
    if fetched.state == "failed":
        if house_id:
            sync_state.add_retry(documents.FEED, house_id, fetched.reason)
    elif retrying or house_id:
        sync_state.drop_retry(documents.FEED, house_id)
