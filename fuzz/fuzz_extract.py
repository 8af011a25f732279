"""atheris harness: the extractor never raises or hangs on any answer text.

    .venv/bin/python fuzz/fuzz_extract.py -max_total_time=60

The input is parsed as a Markdown answer document (as a .md file is), then extracted.
"""

from __future__ import annotations

import datetime as dt

import atheris
from _harness import guard, run

with atheris.instrument_imports():
    from tracker.documents import text as text_reader
    from tracker.documents.model import Block, Document, Exchange
    from tracker.extract import extract, to_json


def test_one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    as_document = fdp.ConsumeBool()
    text = fdp.ConsumeUnicodeNoSurrogates(len(data))
    if as_document:
        document = guard(lambda: text_reader.parse(text, path="fuzz.md"))
    else:
        block = Block("answer", text, list(range(len(text))))
        document = Document(
            path="fuzz.md",
            source=text,
            reference_date=dt.date(2021, 3, 9),
            exchanges=[Exchange("Wanneer?", [block], faction="VVD")],
        )
    commitments = guard(lambda: extract(document))
    to_json(document, commitments)


if __name__ == "__main__":
    run(test_one_input)
