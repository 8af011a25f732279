"""The index of title words (`models.TitleWord`): the commitments whose every title word
a sentence may match, found through an index instead of comparing every title.

Each content word of a title (tracker/words.py `content_words`) is stored with its
match keys (`match_keys`). Two words that match share a key, so a title can only be
matched word for word by a sentence whose keys cover each of its words: `covered`
returns those titles (a superset; the caller then compares them exactly).

The rows follow the commitment table through `sync`, called wherever the full-text
index is kept up to date (`search.sync`), and are made for a whole register by
`rebuild` (migration to schema 5).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import peewee as pw

from tracker.store.sql import execute
from tracker.words import content_words, match_keys

_CHUNK = 500  # ids or keys per statement: well below every backend's parameter limit


def rows_of(commitment_id: int, title: str) -> list[tuple[int, int, int, str]]:
    """(commitment id, word, words, key) for each key of each content word of `title`."""
    stems = list(content_words(title or ""))
    return [
        (commitment_id, i, len(stems), key)
        for i, stem in enumerate(stems)
        for key in match_keys(stem)
    ]


def _insert(db: pw.Database, rows: list[tuple[int, int, int, str]]) -> None:
    for i in range(0, len(rows), _CHUNK):
        chunk = rows[i : i + _CHUNK]
        marks = ",".join(["(?, ?, ?, ?)"] * len(chunk))
        execute(
            f'INSERT INTO title_word (commitment_id, word, words, "key") VALUES {marks}',
            [value for row in chunk for value in row],
            db,
        )


def add(db: pw.Database, titles: Sequence[tuple[int, str]]) -> None:
    """The rows of new commitments, from their (id, title) at hand (`sync` reads them);
    any rows their ids still had are replaced."""
    ids = [cid for cid, _ in titles]
    for i in range(0, len(ids), _CHUNK):
        chunk = ids[i : i + _CHUNK]
        execute(
            f"DELETE FROM title_word WHERE commitment_id IN ({','.join('?' * len(chunk))})",
            chunk,
            db,
        )
    _insert(db, [row for cid, title in titles for row in rows_of(cid, title)])


def sync(db: pw.Database, ids: Iterable[int]) -> None:
    """Bring the rows of the commitments `ids` up to date with their titles; ids no
    longer in the commitment table lose theirs."""
    ids = sorted(set(ids))
    for i in range(0, len(ids), _CHUNK):
        chunk = ids[i : i + _CHUNK]
        marks = ",".join("?" * len(chunk))
        execute(f"DELETE FROM title_word WHERE commitment_id IN ({marks})", chunk, db)
        titles = execute(f"SELECT id, title FROM commitment WHERE id IN ({marks})", chunk, db)
        _insert(db, [row for cid, title in titles.fetchall() for row in rows_of(cid, title)])


def rebuild(db: pw.Database) -> None:
    """Fill the index from scratch: every commitment's title."""
    execute("DELETE FROM title_word", (), db)
    last = 0
    while True:
        batch = execute(
            "SELECT id, title FROM commitment WHERE id > ? ORDER BY id LIMIT 2000", (last,), db
        ).fetchall()
        if not batch:
            return
        _insert(db, [row for cid, title in batch for row in rows_of(cid, title)])
        last = batch[-1][0]


def covered(keys: Iterable[str]) -> set[int]:
    """The commitments whose every title word has one of `keys` (and at least one word)."""
    keys = sorted(set(keys))
    if not keys:
        return set()
    if len(keys) <= _CHUNK:
        marks = ",".join("?" * len(keys))
        rows = execute(
            f'SELECT commitment_id FROM title_word WHERE "key" IN ({marks})'
            " GROUP BY commitment_id HAVING COUNT(DISTINCT word) = MAX(words)",
            keys,
        )
        return {cid for (cid,) in rows}
    # Very many keys: gather the words each commitment has covered, chunk by chunk.
    seen: dict[int, set[int]] = {}
    size: dict[int, int] = {}
    for i in range(0, len(keys), _CHUNK):
        chunk = keys[i : i + _CHUNK]
        marks = ",".join("?" * len(chunk))
        rows = execute(
            f'SELECT commitment_id, word, words FROM title_word WHERE "key" IN ({marks})', chunk
        )
        for cid, word, words in rows:
            seen.setdefault(cid, set()).add(word)
            size[cid] = words
    return {cid for cid, words in seen.items() if len(words) == size[cid]}
