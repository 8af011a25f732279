"""Dutch time expressions -> period, precision and due date.

Interface (stable; used by extraction, storage, the CLI and the window):

    find_time_expressions(text, reference) -> list[TimeExpression]
    choose_due(expressions) -> TimeExpression | None

See ../shared/docs/due-date-conventions.md for the rules.

How it works, in three passes over the text:

1. One cheap regex finds *trigger* words: a month name, a year, "kwartaal",
   "voorjaar", "Prinsjesdag", "termijn", ...  Every time expression contains one.
2. For each trigger, the rows of the phrase table for that kind of trigger match
   their *core* at the trigger and their *left context* (prepositions,
   "begin"/"eind", a day number) backwards from it.  Of all candidates the
   leftmost-longest win; the row's builder turns each into a period.  Scanning
   only around triggers is what makes this fast: the expensive patterns never
   run over plain prose.
3. Ranges ("tussen juni en half september 2021") are merged, and each phrase is
   told whether its clause describes the past.

The modules, bottom up:

    vocabulary.py   month, season and number words; trigger words; regex fragments
    periods.py      the Period type; months, Prinsjesdag, the year of a yearless phrase
    builders.py     one builder per phrase shape: a match -> a Period
    phrases.py      the phrase-family table: pattern -> builder, one row per family
    tense.py        past or future: the clause around a phrase
    expression.py   TimeExpression, what the reader returns
    resolver.py     candidates, selection, ranges; find_time_expressions, choose_due
"""

from tracker.dates.expression import PRECISIONS, TimeExpression
from tracker.dates.resolver import choose_due, find_time_expressions
from tracker.dates.vocabulary import MONTHS  # the fuzzers seed with the month names

__all__ = [
    "MONTHS",
    "PRECISIONS",
    "TimeExpression",
    "choose_due",
    "find_time_expressions",
]
