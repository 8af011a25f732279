"""The rule labels of a cue (why a commitment was found) in the window's language.

The core writes each cue in Dutch ("aankondiging met 'zal ... gaan' (Minister van OCW)");
`tracker.extract.cue_text.parse_cue` reads it back into rule, words and actor, and
`explain_cue` says it in the window's language. The words stay as the answer has them."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from tracker.extract.cue_text import parse_cue

# Every rule label of tracker.extract.rules, marked for lupdate (tests check the list is whole).
CUE_LABELS = (
    QT_TRANSLATE_NOOP("Cues", "aangekondigd advies"),
    QT_TRANSLATE_NOOP("Cues", "aangekondigde gebeurtenis"),
    QT_TRANSLATE_NOOP("Cues", "aangekondigde handeling (lijdende vorm)"),
    QT_TRANSLATE_NOOP("Cues", "aangekondigde handeling met termijn (lijdende vorm)"),
    QT_TRANSLATE_NOOP("Cues", "aangekondigde reactie of stuk"),
    QT_TRANSLATE_NOOP("Cues", "aangekondigde toezending of toekenning"),
    QT_TRANSLATE_NOOP("Cues", "aangekondigde wijziging"),
    QT_TRANSLATE_NOOP("Cues", "aankondiging"),
    QT_TRANSLATE_NOOP("Cues", "aankondiging met 'gaan'"),
    QT_TRANSLATE_NOOP("Cues", "beoogde inwerkingtreding"),
    QT_TRANSLATE_NOOP("Cues", "besluit om te handelen"),
    QT_TRANSLATE_NOOP("Cues", "de Kamer ontvangt"),
    QT_TRANSLATE_NOOP("Cues", "doorlopende inzet"),
    QT_TRANSLATE_NOOP("Cues", "er komt iets nieuws"),
    QT_TRANSLATE_NOOP("Cues", "gepland of beoogd"),
    QT_TRANSLATE_NOOP("Cues", "gesprekken met een aangekondigde uitkomst"),
    QT_TRANSLATE_NOOP("Cues", "handeling met termijn"),
    QT_TRANSLATE_NOOP("Cues", "in voorbereiding"),
    QT_TRANSLATE_NOOP("Cues", "inspanning"),
    QT_TRANSLATE_NOOP("Cues", "meenemen in vervolg"),
    QT_TRANSLATE_NOOP("Cues", "middelen komen beschikbaar"),
    QT_TRANSLATE_NOOP("Cues", "onderzoek of evaluatie laten doen"),
    QT_TRANSLATE_NOOP("Cues", "terugkomen op de zaak"),
    QT_TRANSLATE_NOOP("Cues", "toezegging de Kamer te informeren"),
    QT_TRANSLATE_NOOP("Cues", "uitdrukkelijke toezegging"),
    QT_TRANSLATE_NOOP("Cues", "verkenning of onderzoek"),
    QT_TRANSLATE_NOOP("Cues", "verwachte eigen handeling"),
    QT_TRANSLATE_NOOP("Cues", "verwachte oplevering"),
    QT_TRANSLATE_NOOP("Cues", "verzoek aan een partij"),
    QT_TRANSLATE_NOOP("Cues", "voornemen"),
    QT_TRANSLATE_NOOP("Cues", "werkt aan iets nieuws"),
    QT_TRANSLATE_NOOP("Cues", "handmatig"),
)


def explain_cue(cue: str | None) -> str:
    """Why the commitment was found, in the window's language (a cue the core did not
    write, or one of an older version, as it stands)."""
    parts = parse_cue(cue)
    if parts is None:
        return cue or ""
    label = QCoreApplication.translate("Cues", parts.label)
    if parts.rule == "manual":
        return label
    who = parts.who
    if parts.passive:
        passive = QCoreApplication.translate("Cues", "lijdende vorm")
        who = f"{passive}, {who}" if who else passive
    return (
        QCoreApplication.translate("Cues", "%1 met \u2018%2\u2019 (%3)")
        .replace("%1", label)
        .replace("%2", parts.words)
        .replace("%3", who)
    )
