"""What the register follows in the House's open data: dossiers, committees,
ministries and document kinds (Soort). `tracker sync` fetches the documents that match
(see `tracker.opendata.documents`); with no "soort" follow, the kinds that carry the
government's answers (`DEFAULT_SOORTEN`) apply."""

from __future__ import annotations

from dataclasses import dataclass

from tracker.store.models import DB
from tracker.store.models import Follow as FollowModel

FOLLOW_KINDS = ("dossier", "commissie", "ministerie", "soort")

# The Soort values of the open data's Document that carry government answers.
DEFAULT_SOORTEN = (
    "Antwoord schriftelijke vragen",
    "Antwoord schriftelijke vragen (nader)",
    "Verslag van een schriftelijk overleg",
    "Nota naar aanleiding van het",  # het verslag, het nader verslag, het tweede nader ...
    "Lijst van vragen en antwoorden",
    "Verslag houdende een lijst van vragen en antwoorden",
    "Brief regering",
)


@dataclass(frozen=True)
class Follow:
    kind: str  # one of FOLLOW_KINDS
    value: str


def _checked(kind: str, value: str) -> tuple[str, str]:
    kind = (kind or "").strip().lower()
    value = " ".join((value or "").split())
    if kind not in FOLLOW_KINDS:
        raise ValueError(f"unknown kind to follow {kind!r}: one of {', '.join(FOLLOW_KINDS)}")
    if not value:
        raise ValueError(f"nothing to follow: give the {kind} to follow")
    if kind == "dossier":
        value = value.replace(" ", "")
    return kind, value


def list_follows() -> list[Follow]:
    """Every follow, by kind (in FOLLOW_KINDS order) and value."""
    rows = [Follow(r.kind, r.value) for r in FollowModel.select()]
    return sorted(rows, key=lambda f: (FOLLOW_KINDS.index(f.kind), f.value.lower()))


def add_follow(kind: str, value: str) -> Follow:
    """Follow `value` of `kind`; following it twice is a no-op. ValueError with a clear
    message for an unknown kind or an empty value."""
    kind, value = _checked(kind, value)
    with DB.atomic():
        FollowModel.insert(kind=kind, value=value).on_conflict_ignore().execute()
    return Follow(kind, value)


def remove_follow(kind: str, value: str) -> bool:
    """Stop following; whether it was followed."""
    kind, value = _checked(kind, value)
    with DB.atomic():
        removed = (
            FollowModel.delete()
            .where((FollowModel.kind == kind) & (FollowModel.value == value))
            .execute()
        )
    return removed > 0


def soorten(follows: list[Follow]) -> tuple[str, ...]:
    """The Soorten followed, else the default ones."""
    chosen = tuple(f.value for f in follows if f.kind == "soort")
    return chosen or DEFAULT_SOORTEN
