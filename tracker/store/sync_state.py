"""Where a sync from the House's open data stands, per feed ("Document",
"Toezegging"): the `GewijzigdOp` of the last entity fully handled (the watermark),
when a sync last finished, and the entities to try again (`SyncRetry`)."""

from __future__ import annotations

import datetime as dt

from tracker import clock
from tracker.store.models import DB, SyncRetry, SyncState, now


def watermark(feed: str) -> str | None:
    row = SyncState.get_or_none(SyncState.feed == feed)
    return row.watermark if row else None


def set_watermark(feed: str, value: str) -> None:
    """Move the feed's watermark to `value`, never back (another client may have moved
    it further meanwhile)."""
    with DB.atomic():
        SyncState.insert(feed=feed, watermark=value).on_conflict_ignore().execute()
        row = SyncState.get(SyncState.feed == feed)
        if row.watermark is None or _later(value, row.watermark):
            SyncState.update(watermark=value).where(SyncState.feed == feed).execute()


def _later(a: str, b: str) -> bool:
    try:
        return _parse(a) > _parse(b)
    except ValueError:
        return a > b


def _parse(value: str) -> dt.datetime:
    moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment


def mark_finished(feed: str) -> None:
    with DB.atomic():
        SyncState.insert(feed=feed).on_conflict_ignore().execute()
        SyncState.update(finished_at=now()).where(SyncState.feed == feed).execute()


def last_finished() -> dt.datetime | None:
    """When a sync last finished (of any feed), or None."""
    times = [r.finished_at for r in SyncState.select() if r.finished_at is not None]
    return max(times) if times else None


def add_retry(feed: str, house_id: str, reason: str) -> None:
    with DB.atomic():
        existing = SyncRetry.get_or_none(
            (SyncRetry.feed == feed) & (SyncRetry.house_id == house_id)
        )
        if existing is None:
            SyncRetry.insert(
                feed=feed, house_id=house_id, reason=reason
            ).on_conflict_ignore().execute()
        else:
            SyncRetry.update(reason=reason, tries=SyncRetry.tries + 1).where(
                SyncRetry.id == existing.id
            ).execute()


def retries(feed: str) -> list[str]:
    return [
        r.house_id for r in SyncRetry.select().where(SyncRetry.feed == feed).order_by(SyncRetry.id)
    ]


def drop_retry(feed: str, house_id: str) -> None:
    with DB.atomic():
        SyncRetry.delete().where(
            (SyncRetry.feed == feed) & (SyncRetry.house_id == house_id)
        ).execute()


def start_of(feed: str, since: dt.date | None, first_days: int) -> str:
    """Where a feed's sync starts (a GewijzigdOp): `since`, else the feed's watermark,
    else `first_days` ago."""
    if since is not None:
        return f"{since.isoformat()}T00:00:00Z"
    stored = watermark(feed)
    if stored:
        return stored
    first = clock.today() - dt.timedelta(days=first_days)
    return f"{first.isoformat()}T00:00:00Z"
