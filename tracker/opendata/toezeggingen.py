"""The House's register of oral commitments (the open data's Toezegging entities):
which are wanted and how one becomes a commitment of kind "mondeling"
(`tracker.store.oral`).

Which: with a ministry followed, the Toezeggingen whose `Ministerie` names one of the
followed ministries; with a committee followed, those whose debate (the expanded
`Activiteit`) was led by it (`Voortouwnaam`, `Voortouwafkorting`). With neither followed
(only dossiers or kinds), every Toezegging: the register is small and the House keeps
no dossier on a Toezegging to select by.

A Toezegging: its title is the start of its `Tekst`, the quote the whole `Tekst`; the
due date is `DatumNakoming` (none for 0001-01-01); the minister is `Functie`, else the
name; the ministry `Ministerie`; the House's number `Nummer` and status `Status`; the
debate the Activiteit's `Onderwerp` (with its number), else `ActiviteitNummer`;
`KamerbriefNakoming` is kept as the letter the House says fulfilled it, and offered as
a fulfilment suggestion when that letter is in the register (`tracker.store.house_letters`).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from tracker.extract.actors import find_office, ministry_of_name
from tracker.store import house_letters, sync_state
from tracker.store.follows import Follow
from tracker.store.oral import OralCommitment, store_oral

FEED = "Toezegging"
FIRST_SYNC_DAYS = 30  # with no watermark and no `since`
EXPAND = "Activiteit"


def _text(value: Any) -> str:
    return " ".join(str(value).split()) if value not in (None, "") else ""


def _date(value: Any) -> dt.date | None:
    text = _text(value)
    if not text or text.startswith("0001-01-01"):
        return None
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return None


def _activity(entity: dict[str, Any]) -> dict[str, Any]:
    activity = entity.get("Activiteit")
    if isinstance(activity, list):
        activity = activity[0] if activity else None
    return activity if isinstance(activity, dict) else {}


def matches(entity: dict[str, Any], follows: list[Follow]) -> bool:
    ministries = [f.value.lower() for f in follows if f.kind == "ministerie"]
    committees = [f.value.lower() for f in follows if f.kind == "commissie"]
    if not ministries and not committees:
        return True
    ministry = _text(entity.get("Ministerie")).lower()
    if ministry and any(m in ministry or ministry in m for m in ministries):
        return True
    activity = _activity(entity)
    leads = " ".join(_text(activity.get(k)) for k in ("Voortouwnaam", "Voortouwafkorting")).lower()
    return bool(leads.strip()) and any(c in leads for c in committees)


def _actor(entity: dict[str, Any]) -> str | None:
    """The office as the written answers name it ("Minister van OCW"), else the
    function as given, else the person's name."""
    function = _text(entity.get("Functie"))
    office = find_office(function) if function else None
    if office is not None:
        return office.display
    if function:
        return function
    parts = (entity.get(k) for k in ("Voornaam", "Initialen", "Tussenvoegsel", "Naam"))
    name = " ".join(_text(p) for p in parts if _text(p))
    return name or None


def _ministry(entity: dict[str, Any]) -> str | None:
    """The abbreviation the written answers use ("OCW"), else the name as given."""
    name = _text(entity.get("Ministerie"))
    return (ministry_of_name(name) or name) if name else None


def _debate(entity: dict[str, Any]) -> str | None:
    activity = _activity(entity)
    subject = _text(activity.get("Onderwerp"))
    number = _text(activity.get("Nummer")) or _text(entity.get("ActiviteitNummer"))
    if subject:
        return f"{subject} ({number})" if number else subject
    return number or None


def oral_commitment(entity: dict[str, Any]) -> OralCommitment | None:
    """The commitment a Toezegging entity becomes; None without Id or text."""
    house_id = _text(entity.get("Id"))
    text = _text(entity.get("Tekst"))
    if not house_id or not text:
        return None
    return OralCommitment(
        house_id=house_id,
        number=_text(entity.get("Nummer")) or None,
        text=text,
        status=_text(entity.get("Status")) or None,
        due=_date(entity.get("DatumNakoming")),
        ministry=_ministry(entity),
        actor=_actor(entity),
        debate=_debate(entity),
        evidence=_text(entity.get("KamerbriefNakoming")) or None,
        made_on=_date(entity.get("Aanmaakdatum")),
    )


def sync_toezeggingen(client, run, follows: list[Follow], since: dt.date | None, who) -> bool:
    """The Toezegging feed past its watermark; whether it was handled to its end.
    OpenDataError propagates (the sync stops; the watermark stays)."""
    start = sync_state.start_of(FEED, since, FIRST_SYNC_DAYS)
    for entity in client.changed(FEED, start, expand=EXPAND):
        if run.cancelled():
            run.report.cancelled = True
            return False
        changed = entity.get("GewijzigdOp")
        if entity.get("Verwijderd") is not True and matches(entity, follows):
            item = oral_commitment(entity)
            if item is not None:
                outcome = store_oral(item, who)
                if item.evidence:  # the letter the House names, when in the register
                    house_letters.for_house_id(item.house_id)
                report = run.report
                report.oral_added += outcome == "added"
                report.oral_updated += outcome in ("updated", "status")
                report.house_status_changes += outcome == "status"
                run.progress("toezeggingen")
        if isinstance(changed, str) and changed:
            sync_state.set_watermark(FEED, changed)
    return True
