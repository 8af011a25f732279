"""Dutch sentence splitting that survives the abbreviations of parliamentary prose.

A period ends a sentence only when whitespace and a sentence start follow it and
the word before it is not an abbreviation: "t.a.v. de Kamer", "o.a. UWV",
"Kamerstuk 32 637, nr. 433", "bijv. De Wet", "€ 10,6 miljoen", "(PTvT).", «...».
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Abbreviations that never end a sentence: what follows them belongs to the same
# sentence even when it starts with a capital or a digit ("nr. 433", "o.a. UWV").
NEVER_FINAL = frozenset(
    """
    t.a.v. o.a. nr. nrs. m.b.t. bijv. bv. d.w.z. i.v.m. m.n. incl. excl. ca. circa.
    resp. art. artt. blz. p. pp. vgl. zgn. z.g. i.c.m. i.o.m. t.b.v. t.o.v. c.q. mr.
    dr. drs. ir. ing. prof. mevr. dhr. st. stb. stcrt. min. max. mln. mld. mrd. o.b.v.
    n.a.v. v.w.b. i.p.v. m.i.v. m.u.v. a.d.h.v. e.e.a. cf. jo. vs. w.o. i.h.k.v.
    o.g.v. nl. ds. e.g. i.e. ex. kst. aanh. hand. bijl. afb. fig. tab. hfdst. par.
    sr. jr. gem. gld. mw. no. tel. vz. wv. i.s.m. z.s.m. a.u.b. o.v.v. t.w. m.a.w.
    """.split()
)
# Abbreviations that may end a sentence: a capital after them starts a new one.
MAY_BE_FINAL = frozenset("jl. e.d. e.a. etc. enz. a.s. n.v.t. e.v. j.l.".split())

# terminator, optional closing quotes/brackets, then whitespace; a run of terminators is
# entered at its first one only and taken whole (from every dot of a long "....." line
# `[.!?]+` would scan the rest of it: quadratic time)
# A footnote number the reader could not take out may stand right after the period of a
# word or a year: "... aan de Kamer gestuurd.16 Momenteel zijn ...", "... tot 1 december
# 2024.1 Om ..." end a sentence too.
_BOUNDARY = re.compile(
    r"(?<![.!?])[.!?](?:(?<=[a-zà-ÿ)»”]\.)\d{1,3}(?=\s)|(?<=(?:19|20)\d\d\.)\d{1,2}(?=\s+[A-Z])"
    r"|[.!?]*+)[\"'»”’)\]]*\s+"
)
# a sentence starts with a capital, a digit, an opening quote/bracket or a euro sign
_START = re.compile(r"[A-ZÀ-ÖØ-Þ0-9«\"“„‘'(€\[]")


@dataclass(frozen=True)
class Sentence:
    """A sentence of a block: `text[start:end]` of the block's text."""

    start: int
    end: int
    text: str


_DOTTED_ACRONYM = re.compile(r"(?:[a-z]\.){2,}")


def _abbreviation_kind(word: str) -> str | None:
    """'never', 'maybe' or None for the word (with its period) before a boundary."""
    token = word.lstrip("([«\"“„'‘").lower()
    if token in NEVER_FINAL:
        return "never"
    if token in MAY_BE_FINAL:
        return "maybe"
    core = token.rstrip(".")
    # initials ("J. de Vries") and dotted acronyms not listed above ("a.b.c.")
    if len(core) == 1 and core.isalpha():
        return "never"
    if _DOTTED_ACRONYM.fullmatch(token):
        return "maybe"
    return None


def split_sentences(text: str) -> list[Sentence]:
    """The sentences of `text`, with their spans; whitespace around them is left out."""
    sentences: list[Sentence] = []
    start = 0
    n = len(text)
    for m in _BOUNDARY.finditer(text):
        nxt = m.end()
        if nxt >= n or not _START.match(text, nxt):
            continue
        terminator = text[m.start()]
        if terminator == ".":
            # the word the period belongs to, period included
            word_start = (
                max(text.rfind(" ", start, m.start()), text.rfind("\n", start, m.start())) + 1
            )
            word_start = max(word_start, start)
            word = text[word_start : m.start() + 1]
            if word:
                kind = _abbreviation_kind(word)
                if kind == "never":
                    continue
                if kind == "maybe" and not text[nxt].isupper():
                    continue
                # an enumeration marker at the start of a sentence: "1. Het ..."
                if word[:-1].isdigit() and not text[start:word_start].strip():
                    continue
        end = m.end()
        while end > start and text[end - 1].isspace():
            end -= 1
        if text[start:end].strip():
            sentences.append(_make(text, start, end))
        start = nxt
    if start < n and text[start:].strip():
        sentences.append(_make(text, start, n))
    return sentences


def _make(text: str, start: int, end: int) -> Sentence:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Sentence(start, end, text[start:end])
