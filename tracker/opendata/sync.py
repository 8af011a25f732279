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
from collections.abc import Callable
from dataclasses import dataclass, field

from tracker.opendata import documents, toezeggingen
from tracker.opendata.client import DEFAULT_API, Client, OpenDataError, RetryPolicy
from tracker.store import sync_state
from tracker.store.follows import list_follows

# With no watermark and no `since`, a first sync reaches this many days back.
FIRST_SYNC_DAYS = 30


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
) -> SyncReport:
    """Fetch what changed since the watermark (or since `since`) on the open database.
    Never raises for the server's failures: they are in the report (`stopped`,
    `failed`); a KeyboardInterrupt ends the sync as cancelled. `retry` and `timeout`:
    how often and how long a request is tried (tests make them short)."""
    run = _Run(progress, cancelled)
    follows = list_follows()
    with Client(api, retry=retry, timeout=timeout) as client:
        try:
            run.progress("zoeken")
            finished = _documents(client, run, follows, since)
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


def _documents(client: Client, run: _Run, follows, since: dt.date | None) -> bool:
    """The Documents feed; whether it was handled to its end."""
    feed = documents.FEED
    for house_id in sync_state.retries(feed):
        if run.cancelled():
            run.report.cancelled = True
            return False
        entity = client.get_json(f"Document({house_id})", {"$expand": documents.EXPAND})
        _handle(client, run, entity, retrying=True)
    start = sync_state.start_of(feed, since, FIRST_SYNC_DAYS)
    for entity in client.changed("Document", start, expand=documents.EXPAND):
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


def _handle(client: Client, run: _Run, entity: dict, retrying: bool = False) -> None:
    house_id = str(entity.get("Id") or "")
    fetched = documents.fetch(client, entity)
    run.count(entity, fetched)
    if fetched.state == "failed":
        if house_id:
            sync_state.add_retry(documents.FEED, house_id, fetched.reason)
    elif retrying or house_id:
        sync_state.drop_retry(documents.FEED, house_id)
