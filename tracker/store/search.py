"""Full-text search over commitments: an FTS5 index where SQLite has it, LIKE otherwise.

The index `commitment_fts(title, quotes, notes)` holds one row per commitment
(rowid = commitment id): its title, the quotes of all its sources and the notes
and evidence of its history. The store's change functions call `sync` for the
commitments they touch, so the index never needs a rebuild in normal use.

Search semantics are the same on every path: every word typed must match the
start of a word in one of the fields ("prakt" finds "Praktijkleren"), ignoring
case and accents ("coordinatie" finds "coördinatie").

PostgreSQL has no FTS5: it keeps each commitment's text folded as the LIKE fallback
folds it (`_fold_words`, in Python) in a table of its own, `commitment_search(commitment_id,
words)` (schema 11), kept by the same `sync`, `add` and `rebuild`, and matches the
words with LIKE, along a trigram index (`pg_trgm`) where the server has that extension,
else in one pass over the short stored strings. Folding every commitment's text in
SQL at each search (`fold_sql`: `translate` with a table made from `fold`, `lower`, and
runs of non-word characters made one space) took about 30 s at 100,000 commitments;
it remains the path of a server database without that table.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence

import peewee as pw

from tracker.store import title_words
from tracker.store.sql import execute, is_postgres, string_agg
from tracker.words import fold

log = logging.getLogger(__name__)

FTS_TABLE = "commitment_fts"
SEARCH_TABLE = "commitment_search"  # PostgreSQL: each commitment's folded words
FOLD_FUNCTION = "tracker_fold"
_WORD = re.compile(r"\w+")
_CHUNK = 500  # ids per statement, well below SQLite's parameter limit
_REBUILD_BATCH = 2000  # commitments read at a time when the words are made anew


def _document_sql(db: pw.Database) -> str:
    """The text of each commitment's fields as the index holds it."""
    quotes = string_agg(db, "s.quote")
    notes = string_agg(db, "h.note || ' ' || h.evidence")
    return f"""
SELECT c.id AS id, c.title AS title,
       COALESCE((SELECT {quotes} FROM source s
                 WHERE s.commitment_id = c.id), '') AS quotes,
       COALESCE((SELECT {notes} FROM status_change h
                 WHERE h.commitment_id = c.id), '') AS notes
FROM commitment c
"""


def words(text: str) -> list[str]:
    """The words of a search text, folded (lowercase, no accents)."""
    return _WORD.findall(fold(text))


def _fold_words(text: str | None) -> str:
    """Folded text with every run of non-word characters one space, padded with spaces,
    so that `LIKE '% word%'` is a word-prefix match."""
    return " " + " ".join(_WORD.findall(fold(text))) + " "


def create_index(db: pw.Database) -> bool:
    """Create the FTS5 table if this SQLite has FTS5 (on PostgreSQL the table of folded
    words); returns whether search is indexed."""
    if is_postgres(db):
        execute(
            f"CREATE TABLE IF NOT EXISTS {SEARCH_TABLE}"
            " (commitment_id INTEGER PRIMARY KEY, words TEXT NOT NULL)",
            (),
            db,
        )
        _index_trigrams(db)
        return True
    if not isinstance(db, pw.SqliteDatabase):
        return False
    try:
        db.execute_sql(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5("
            "title, quotes, notes, tokenize = 'unicode61 remove_diacritics 2')"
        )
    except pw.OperationalError as exc:
        log.warning("no full-text index (SQLite without FTS5: %s); search uses LIKE", exc)
        return False
    return True


def _index_trigrams(db: pw.Database) -> None:
    """PostgreSQL: a trigram index on the folded words, which `LIKE '% word%'` is looked
    up along (a few milliseconds instead of a pass over every commitment's words), where
    the server has the `pg_trgm` extension (contrib; trusted: a role that may create in
    the database may add it). Without it the search reads every row, as before."""
    try:
        with db.atomic():  # a savepoint: its failure leaves the caller's transaction whole
            execute("CREATE EXTENSION IF NOT EXISTS pg_trgm", (), db)
            execute(
                f"CREATE INDEX IF NOT EXISTS {SEARCH_TABLE}_words ON {SEARCH_TABLE}"
                " USING gin (words gin_trgm_ops)",
                (),
                db,
            )
    except pw.DatabaseError as exc:
        log.info("no trigram index for search (%s); search reads every commitment", exc)


def has_index(db: pw.Database) -> bool:
    """Whether the database has the FTS5 table, or on PostgreSQL the table of folded
    words (else search folds every commitment's text as it searches)."""
    if is_postgres(db):
        found = execute("SELECT to_regclass(?) IS NOT NULL", (SEARCH_TABLE,), db).fetchone()
        return bool(found[0])
    if not isinstance(db, pw.SqliteDatabase):
        return False
    cursor = db.execute_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (FTS_TABLE,)
    )
    return cursor.fetchone() is not None


def rebuild(db: pw.Database) -> None:
    """Fill the index from scratch (after the migration that creates it)."""
    if not has_index(db):
        return
    if is_postgres(db):
        execute(f"DELETE FROM {SEARCH_TABLE}", (), db)
        last = 0
        while True:
            batch = execute(
                f"{_document_sql(db)} WHERE c.id > ? ORDER BY c.id LIMIT {_REBUILD_BATCH}",
                (last,),
                db,
            ).fetchall()
            if not batch:
                return
            _insert_words(db, batch)
            last = batch[-1][0]
    db.execute_sql(f"DELETE FROM {FTS_TABLE}")
    db.execute_sql(f"INSERT INTO {FTS_TABLE} (rowid, title, quotes, notes) {_document_sql(db)}")


def sync(db: pw.Database, ids: Iterable[int]) -> None:
    """Bring the index rows of `ids` up to date; ids no longer in the table are removed.
    The index of title words (`title_words`) follows them too."""
    ids = sorted(set(ids))
    if not ids:
        return
    title_words.sync(db, ids)
    if not has_index(db):
        return
    for i in range(0, len(ids), _CHUNK):
        chunk = ids[i : i + _CHUNK]
        marks = ",".join("?" * len(chunk))
        if is_postgres(db):
            execute(f"DELETE FROM {SEARCH_TABLE} WHERE commitment_id IN ({marks})", chunk, db)
            rows = execute(f"{_document_sql(db)} WHERE c.id IN ({marks})", chunk, db).fetchall()
            _insert_words(db, rows)
            continue
        db.execute_sql(f"DELETE FROM {FTS_TABLE} WHERE rowid IN ({marks})", chunk)
        db.execute_sql(
            f"INSERT INTO {FTS_TABLE} (rowid, title, quotes, notes) "
            f"{_document_sql(db)} WHERE c.id IN ({marks})",
            chunk,
        )


def add(db: pw.Database, entries: Sequence[tuple[int, str, str]]) -> None:
    """Index new commitments from what the caller has at hand, (id, title, quotes: the
    quotes of its sources joined by spaces), as `sync` would from the tables (an import
    adds thousands: nothing is read back). Rows their ids still had are replaced."""
    if not entries:
        return
    title_words.add(db, [(cid, title) for cid, title, _ in entries])
    if not has_index(db):
        return
    if is_postgres(db):
        for i in range(0, len(entries), _CHUNK):
            chunk = [cid for cid, _, _ in entries[i : i + _CHUNK]]
            execute(
                f"DELETE FROM {SEARCH_TABLE} WHERE commitment_id IN ({','.join('?' * len(chunk))})",
                chunk,
                db,
            )
        _insert_words(db, [(cid, title, quotes, "") for cid, title, quotes in entries])
        return
    for i in range(0, len(entries), _CHUNK // 3):
        chunk = entries[i : i + _CHUNK // 3]
        db.execute_sql(
            f"DELETE FROM {FTS_TABLE} WHERE rowid IN ({','.join('?' * len(chunk))})",
            [cid for cid, _, _ in chunk],
        )
        db.execute_sql(
            f"INSERT INTO {FTS_TABLE} (rowid, title, quotes, notes) VALUES "
            + ",".join(["(?, ?, ?, '')"] * len(chunk)),
            [value for entry in chunk for value in entry],
        )


def _insert_words(db: pw.Database, rows: Sequence[tuple[int, str, str, str]]) -> None:
    """PostgreSQL: store (id, title, quotes, notes) folded as the LIKE fallback folds the
    same text (`_fold_words` of title, quotes and notes joined by spaces)."""
    for i in range(0, len(rows), _CHUNK // 2):
        chunk = rows[i : i + _CHUNK // 2]
        execute(
            f"INSERT INTO {SEARCH_TABLE} (commitment_id, words) VALUES "
            + ",".join(["(?, ?)"] * len(chunk)),
            [
                value
                for cid, title, quotes, notes in chunk
                for value in (cid, _fold_words(f"{title} {quotes or ''} {notes or ''}"))
            ],
            db,
        )


def match_expression(text: str) -> str | None:
    """The FTS5 query for `text`: every word as a quoted prefix term, all required."""
    terms = words(text)
    if not terms:
        return None
    return " ".join(f'"{term}"*' for term in terms)


def search_sql(db: pw.Database, text: str, *, use_index: bool | None = None) -> tuple[str, list]:
    """SQL selecting the ids of commitments that match `text`, with its parameters.

    The statement can stand alone or inside `c.id IN (...)`. Returns ("", []) when
    the text has no words.
    """
    terms = words(text)
    if not terms:
        return "", []
    if use_index is None:
        use_index = has_index(db)
    params = [f"% {_escape_like(term)}%" for term in terms]
    if use_index and is_postgres(db):
        conditions = " AND ".join("words LIKE ? ESCAPE '\\'" for _ in terms)
        return f"SELECT commitment_id FROM {SEARCH_TABLE} WHERE {conditions}", params
    if use_index:
        return f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ?", [match_expression(text)]
    if is_postgres(db):
        # The folded text is computed once per commitment, then matched per word.
        blob = fold_sql("t.title || ' ' || t.quotes || ' ' || t.notes")
        conditions = " AND ".join("f.blob LIKE ? ESCAPE '\\'" for _ in terms)
        return (
            f"SELECT f.id FROM (SELECT t.id AS id, {blob} AS blob"
            f" FROM ({_document_sql(db)}) t) f WHERE {conditions}",
            params,
        )
    ensure_fold_function(db)
    blob = f"{FOLD_FUNCTION}(t.title || ' ' || t.quotes || ' ' || t.notes)"
    conditions = " AND ".join(f"{blob} LIKE ? ESCAPE '\\'" for _ in terms)
    return f"SELECT t.id FROM ({_document_sql(db)}) t WHERE {conditions}", params


def _fold_table() -> tuple[str, str, list[tuple[str, str]]]:
    """What `fold` does to the Latin letters (and ², ª, ligatures), as PostgreSQL's
    `translate` arguments (from, to) and the few that fold to two letters (the Dutch
    "ĳ", "ﬁ"); combining accents go."""
    source, target, pairs = [], [], []
    for code in [*range(0xA0, 0x250), *range(0x1E00, 0x1F00), *range(0xFB00, 0xFB07)]:
        char = chr(code)
        folded = fold(char)
        if folded == char or not folded.isalnum():
            continue
        if len(folded) == 1:
            source.append(char)
            target.append(folded)
        else:
            pairs.append((char, folded))
    combining = [chr(c) for c in range(0x300, 0x370)]  # no counterpart: removed
    return "".join(source) + "".join(combining), "".join(target), pairs


_FOLD_FROM, _FOLD_TO, _FOLD_PAIRS = _fold_table()


def fold_sql(expression: str) -> str:
    """PostgreSQL SQL for `_fold_words(expression)`: folded, every run of non-word
    characters one space, padded with spaces (so `LIKE '% word%'` is a prefix match)."""
    text = f"translate({expression}, '{_FOLD_FROM}', '{_FOLD_TO}')"
    for char, folded in _FOLD_PAIRS:
        text = f"replace({text}, '{char}', '{folded}')"
    words = f"btrim(regexp_replace(lower({text}), '[^[:alnum:]_]+', ' ', 'g'))"
    return f"(' ' || {words} || ' ')"


def _escape_like(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def ensure_fold_function(db: pw.SqliteDatabase) -> None:
    """Register the accent-folding function the LIKE fallback uses (once per database)."""
    if FOLD_FUNCTION not in db._functions:
        db.register_function(_fold_words, FOLD_FUNCTION, 1, deterministic=True)


def search(db: pw.Database, text: str, *, use_index: bool | None = None) -> set[int] | None:
    """Ids of the commitments matching every word of `text`; None when it has no words."""
    sql, params = search_sql(db, text, use_index=use_index)
    if not sql:
        return None
    return {row[0] for row in execute(sql, params, db)}
