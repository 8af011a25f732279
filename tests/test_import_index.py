"""The search indexes an import fills (the full-text index and the title words) are the
ones a rebuild from the stored commitments makes: what staff search for is found the
same whether a commitment came in by import or the index was made again."""

from __future__ import annotations

from pathlib import Path

from tracker.importing import import_paths
from tracker.store import search, title_words
from tracker.store.models import DB
from tracker.store.sql import execute, is_postgres

DOCUMENTS = Path(__file__).parent / "data" / "documents"


def _title_words() -> list[tuple]:
    return sorted(execute('SELECT commitment_id, word, words, "key" FROM title_word').fetchall())


def _full_text() -> list[tuple]:
    if not search.has_index(DB.obj):
        return []
    if is_postgres():  # one folded text per commitment: compared as its words
        rows = execute(f"SELECT commitment_id, words FROM {search.SEARCH_TABLE}").fetchall()
        return sorted((r, sorted(w.split())) for r, w in rows)
    rows = execute(f"SELECT rowid, title, quotes, notes FROM {search.FTS_TABLE}").fetchall()
    # A commitment's quotes are one text, in no particular order: compared as their words.
    return sorted((r, t, sorted(q.split()), n) for r, t, q, n in rows)


def test_an_import_indexes_what_a_rebuild_would(db, seed_path):
    results = import_paths([seed_path, *sorted(DOCUMENTS.iterdir())[:6]])
    assert sum(r.commitments for r in results) > 20
    imported = (_title_words(), _full_text())
    count = execute("SELECT COUNT(*) FROM commitment").fetchone()[0]
    assert len({row[0] for row in imported[0]}) > count // 2  # most titles have words
    if search.has_index(DB.obj):
        assert len(imported[1]) == count

    title_words.rebuild(DB.obj)
    search.rebuild(DB.obj)
    assert (_title_words(), _full_text()) == imported


def test_an_imported_quote_is_found_by_its_words(db, seed_path):
    (result,) = import_paths([seed_path])
    quote = execute("SELECT quote FROM source ORDER BY id LIMIT 1").fetchone()[0]
    words = [w for w in search.words(quote) if len(w) > 6][:2]
    sql, params = search.search_sql(DB.obj, " ".join(words))
    found = {cid for (cid,) in execute(sql, params)}
    owner = execute("SELECT commitment_id FROM source ORDER BY id LIMIT 1").fetchone()[0]
    assert owner in found
