"""The `cue` of a commitment (why it was found), written in Dutch, and read back into
its parts so that a window can say it in its own language.

A cue reads "<rule label> met '<words>' (<who>)", with "(lijdende vorm, <who>)" for a
passive; a commitment made by hand has the cue "handmatig". `parse_cue` gives the
rule's name (a key, see `tracker.extract.rules.RULES`), the words that fired, who acts
and whether it was a passive; the Dutch label stays the register's text (exports, CLI).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tracker.extract.rules import RULES

MANUAL = "handmatig"  # the cue of a commitment made by hand
PASSIVE = "lijdende vorm"

_RULE_OF_LABEL = {rule.label: rule.name for rule in RULES}
_CUE = re.compile(r"^(?P<label>.+?) met '(?P<words>.*)' \((?P<who>[^()]*)\)$", re.DOTALL)


@dataclass(frozen=True)
class CueParts:
    rule: str  # the rule's name, "manual" for a commitment made by hand
    label: str  # the rule's Dutch label, as the cue says it
    words: str = ""  # the words that made the rule fire (Dutch, quoted from the answer)
    who: str = ""  # who acts ("Minister van OCW"); "" when unknown
    passive: bool = False


def cue_text(label: str, words: str, who: str, passive: bool) -> str:
    """The cue as stored: "aankondiging met 'zal ... gaan' (Minister van OCW)"."""
    if passive:
        who = f"{PASSIVE}, {who}" if who else PASSIVE
    return f"{label} met '{words}' ({who})"


def parse_cue(cue: str | None) -> CueParts | None:
    """The parts of a cue `cue_text` wrote, or None for any other text."""
    if not cue:
        return None
    if cue == MANUAL:
        return CueParts("manual", MANUAL)
    m = _CUE.match(cue)
    if not m or m.group("label") not in _RULE_OF_LABEL:
        return None
    who = m.group("who")
    passive = who == PASSIVE or who.startswith(PASSIVE + ", ")
    if passive:
        who = who[len(PASSIVE) :].lstrip(", ")
    label = m.group("label")
    return CueParts(_RULE_OF_LABEL[label], label, m.group("words"), who, passive)
