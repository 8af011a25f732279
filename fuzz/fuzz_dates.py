"""atheris harness: the date resolver never raises, never hangs, and returns sane periods.

.venv/bin/python fuzz/fuzz_dates.py -max_total_time=60
"""

from __future__ import annotations

import datetime as dt

import atheris
from _harness import guard, run

with atheris.instrument_imports():
    from tracker import dates

WORDS = [
    *dates.MONTHS, "Q2", "kwartaal", "voor de zomer", "eind", "begin", "binnen", "maanden",
    "jaar", "dagen", "2021", "9999", "0000", "99999", "31", "februari", "tussen", "en", "tot",
    "volgend", "dit", "Prinsjesdag", "t/m", "-", "/", "(", ")",
]  # fmt: skip


def test_one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    day = fdp.ConsumeIntInRange(dt.date(1900, 1, 1).toordinal(), dt.date(2200, 1, 1).toordinal())
    reference = dt.date.fromordinal(day)
    if fdp.ConsumeBool():
        text = fdp.ConsumeUnicodeNoSurrogates(400)
    else:
        count = fdp.ConsumeIntInRange(0, 40)
        text = " ".join(WORDS[fdp.ConsumeIntInRange(0, len(WORDS) - 1)] for _ in range(count))
    found = guard(lambda: dates.find_time_expressions(text, reference))
    for e in found:
        if e.period_start and e.period_end and e.period_start > e.period_end:
            raise AssertionError(f"period ends before it starts: {e}")
        if text[e.span[0] : e.span[1]] != e.text:
            raise AssertionError(f"span does not give the phrase: {e}")
    dates.choose_due(found)


if __name__ == "__main__":
    run(test_one_input)
