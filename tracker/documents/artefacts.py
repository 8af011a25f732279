"""What a PDF-to-text conversion leaves in a parliamentary document that is not its text.

Officielebekendmakingen PDFs carry a running header or footer on every page
("Tweede Kamer, vergaderjaar 2020–2021, 32 637, nr. 448 3", where the last number
is the page), a block of codes on the first page ("kst-32637-448", "ISSN 0921 -
7371", "'s-Gravenhage 2021"), and footnotes: a superscript number glued to the
word it annotates ("personeel12.") and the footnote text at the bottom of the
page ("12 Kamerstuk 32 637, nr. 433."). This module finds them; it never edits.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

_YEARS = r"\d{4}\s*[–-]\s*\d{4}"

# Safe to remove wherever they occur, even in the middle of a sentence: page headers
# and footers, and document codes (not when they are part of a URL). Each pattern starts
# with a literal so that scanning a long document stays fast; `_BACK` extends a match
# backwards over what precedes the literal.
_INLINE = [
    # "Tweede Kamer, vergaderjaar 2020–2021, 32 637, nr. 448 3" (dossier, number, page)
    re.compile(
        rf"Kamer,\s+vergaderjaar\s+{_YEARS},\s+\d{{2}}\s?\d{{3}}"
        r"(?:[\s-]+(?:[A-Z]{1,3}|[IVXLC]{1,6}))?,\s+nr\.\s*\d+(?:\s+\d{1,3}\b)?"
    ),
    # "Tweede Kamer, vergaderjaar 2022–2023, Aanhangsel 2" (Aanhangsel number, page)
    re.compile(
        rf"Kamer,\s+vergaderjaar\s+{_YEARS},\s+Aanhangsel(?:\s+\d{{1,5}}\b)?(?:\s+\d{{1,3}}\b)?"
    ),
    # "Aanhangsel Handelingen II 2022/23 3649 1" (Aanhangsel number, page)
    re.compile(r"Aanhangsel\s+Handelingen\s+I{1,2}\s+\d{4}/\d{2}\s+\d{1,5}\b(?:\s+\d{1,3}\b)?"),
    # document codes: "kst-32637-448", "ah-tk-20222023-3649", "stcrt-2021-1234"
    re.compile(r"kst-\d[\w-]*\d"),
    re.compile(r"ah-[te]k-\d{8}-\d+"),
    re.compile(r"h-[te]k-\d{8}-\d+(?:-\d+)?"),
    re.compile(r"(?:blg|stcrt|stb|trb)-\d[\w-]*\d"),
    re.compile(r"ISSN\s+\d{4}\s*[-–]\s*\d{3}[\dX]"),
    re.compile(r"s-Gravenhage\s+\d{4}\b"),
]
_CHAMBER = re.compile(r"(?:Tweede|Eerste)\s+$")


def inline_furniture(source: str) -> list[tuple[int, int]]:
    """Spans of page headers, footers and codes anywhere in `source`."""
    spans: list[tuple[int, int]] = []
    for k, pattern in enumerate(_INLINE):
        for m in pattern.finditer(source):
            a, b = m.span()
            if k < 2:  # "Kamer, vergaderjaar": take in "Tweede " before it
                chamber = _CHAMBER.search(source, max(0, a - 10), a)
                if not chamber:
                    continue
                a = chamber.start()
            elif k == len(_INLINE) - 1:  # "'s-Gravenhage"
                if a == 0 or source[a - 1] not in "'’‘":
                    continue
                a -= 1
            elif 3 <= k <= 6:  # codes, not inside a URL or a longer word
                if (
                    a
                    and (source[a - 1].isalnum() or source[a - 1] in "/.-_")
                    or (
                        source[b : b + 1].isalnum()
                        or source[b : b + 1] in "/-"
                        or source.startswith(".htm", b)
                    )
                ):
                    continue
            spans.append((a, b))
    spans.sort()
    return spans


# Furniture only when it fills a line of its own: in running text these words can be
# ordinary words ("de Tweede Kamer der Staten-Generaal").
LINE_FURNITURE = re.compile(
    "|".join(
        [
            r"(?:Tweede|Eerste)\s+Kamer\s+der\s+Staten-Generaal(?:\s+\d)?",
            rf"Vergaderjaar\s+{_YEARS}",
            r"Aanhangsel\s+van\s+de\s+Handelingen",
            r"Vragen\s+gesteld\s+door\s+de\s+leden\s+der\s+Kamer,\s+met\s+de\s+daarop\s+door\s+de"
            r"\s+regering\s+gegeven\s+antwoorden(?:\s+\d{1,5})?",
            r"\d{1,3}",  # a bare page number (or a footnote number on a line of its own)
            r"[-*_=]{3,}",  # a Markdown rule the converter put at a page break
        ]
    )
)

# Markdown decoration that may surround a furniture line ("**32 637**", "## 3").
_DECORATION = re.compile(r"[\s*_#>|]+")


def is_line_furniture(line: str) -> bool:
    """Whether a line (with inline furniture already removed) is only page furniture."""
    if len(line) > 300:
        return False
    bare = _DECORATION.sub(" ", line).strip()
    return not bare or LINE_FURNITURE.fullmatch(bare) is not None


def is_bare_number(line: str) -> bool:
    return re.fullmatch(r"[\s*_]*\d{1,3}[\s*_]*", line) is not None


@dataclass
class FootnoteRef:
    """A footnote number glued to the text: "personeel12." has `number` 12 at `start`."""

    start: int
    end: int
    number: int
    strict: bool = False  # only if it is exactly the next number (after "ACM", not "mbo")


# A number of one to three digits right after a letter or closing punctuation, and not
# followed by anything that makes it part of a word or number ("CO2-", "1,5", "mbo-2").
_GLUED = re.compile(r"(?<=[^\W\d_]|[.,;:?!»”\"')’])(\d{1,3})(?![\w%‰°]|[.,]\d)")
_REF_PUNCT = ".,;:?!»”\"')’"
_URLISH = re.compile(r"https?:|www\.|[/@=]")


def glued_ref_candidates(source: str, furniture: list[tuple[int, int]]) -> list[FootnoteRef]:
    """Numbers that may be footnote references glued to the preceding word or sign."""
    starts = [a for a, _ in furniture]
    out: list[FootnoteRef] = []
    for m in _GLUED.finditer(source):
        i = m.start()
        prev = source[i - 1]
        if prev.isalpha():
            # the word before must be a lower-case word of three letters or more: not
            # "CO2", "F35", "Q2", "km2"
            j = i
            while j > 0 and source[j - 1].isalpha():
                j -= 1
            word = source[j:i]
            if len(word) < 3 or (j > 0 and source[j - 1].isdigit()):
                continue  # "CO2", "km2", "F35", "Q2"
            # an abbreviation ("ACM4") only when the number is exactly the next footnote
            strict = word[-1].isupper()
        elif prev in _REF_PUNCT:
            strict = False
            before = source[i - 2] if i >= 2 else " "
            if not (before.isalpha() or before in _REF_PUNCT):
                continue
        else:
            continue
        # not inside a URL or an e-mail address
        a = max(source.rfind(" ", 0, i), source.rfind("\n", 0, i)) + 1
        if _URLISH.search(source, a, i):
            continue
        k = bisect_right(starts, i) - 1
        if k >= 0 and furniture[k][0] <= i < furniture[k][1]:
            continue
        out.append(FootnoteRef(i, m.end(), int(m.group(1)), strict))
    return out


def accept_refs(candidates: list[FootnoteRef], known: set[int] | None = None) -> list[FootnoteRef]:
    """The candidates that continue the document's footnote numbering.

    Footnotes are numbered 1, 2, 3 ... through a Kamerstuk, so a glued number is a
    reference when it is the next number (allowing one lost reference) or when a
    footnote text with that number exists (`known`).
    """
    known = known or set()
    accepted: list[FootnoteRef] = []
    last = 0
    for ref in candidates:
        follows = ref.number == last + 1 or (ref.number == last + 2 and not ref.strict)
        if follows or (ref.number > last and ref.number in known):
            accepted.append(ref)
            last = ref.number
    return accepted
