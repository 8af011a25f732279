"""Reading the register a page at a time (issue 20): the same rows, in the same order,
as reading it at once."""

from __future__ import annotations

import datetime as dt

from factories import make_commitment, make_document

from tracker.store import queries
from tracker.store.filters import Filter, query_commitment_pages, query_commitments


def test_the_pages_hold_the_rows_of_one_read_in_its_order(db):
    today = dt.date(2026, 3, 1)
    commitments = [
        make_commitment(
            f"Brief {n}",
            None if n % 5 == 0 else today + dt.timedelta(days=(n * 7) % 30),
            faction=("CDA", "VVD", "D66")[n % 3],
        )
        for n in range(57)
    ]
    queries.import_document(make_document(content_hash="pages"), commitments)
    everything = Filter(review_states={"to_review", "confirmed", "rejected"}, as_of=today)
    pages = list(query_commitment_pages(everything, page_size=10))
    assert [len(rows) for rows, _total in pages] == [10, 10, 10, 10, 10, 7]
    assert {total for _rows, total in pages} == {57}
    paged = [row for rows, _total in pages for row in rows]
    assert paged == query_commitments(everything)
