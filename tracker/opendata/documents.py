"""The open data's Document entities: which match the follows, how a document already
in the register is recognised, and fetching one and importing it through the normal
import (`tracker.importing.import_file`: the same extraction, versioning and hints).

Matching (what open-data.md supports): the Soort must be followed (or, with no "soort"
follow, one of the answer kinds), in any case; a followed Soort also covers its longer
variants ("Nota naar aanleiding van het" the "... (nader) verslag"); then, when any
dossier, committee or ministry is followed, the document must belong to one of them:
a dossier through its expanded `Kamerstukdossier` (`Nummer`), a committee or ministry
through its `DocumentActor` (`ActorNaam` or `Functie` containing the followed name, in
any case). With only Soorten followed, every document of those kinds matches.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tracker.importing import FileResult, FilesAhead, import_file
from tracker.opendata.client import Client, OpenDataError
from tracker.store import synced
from tracker.store.follows import Follow, soorten

FEED = "Document"
EXPAND = "Kamerstukdossier,DocumentActor"
RESOURCE_ACTION = "#TK.DA.GGM.OData.Resource"
SUFFIXES = {
    "application/pdf": ".pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
}


@dataclass
class Fetched:
    """What handling one Document entity did: `state` is "imported", "updated",
    "already" (in the register: same bytes, or recognised by dossier and number),
    "deleted" (Verwijderd: nothing imported) or "failed" (with `reason`)."""

    state: str
    commitments: int = 0
    reason: str = ""
    document_id: int | None = None
    downloaded: bool = False


def _text(value: Any) -> str:
    return " ".join(str(value).split()) if value not in (None, "") else ""


def _list(value: Any) -> list[dict[str, Any]]:
    if isinstance(value, dict):
        return [value]
    if isinstance(value, list):
        return [v for v in value if isinstance(v, dict)]
    return []


def dossiers(entity: dict[str, Any]) -> list[str]:
    """The dossier numbers of a Document (its expanded Kamerstukdossier)."""
    out = []
    for dossier in _list(entity.get("Kamerstukdossier")):
        number = _text(dossier.get("Nummer"))
        if number:
            extra = _text(dossier.get("Toevoeging"))
            out.append(f"{number}-{extra}" if extra else number)
    return out


def matches(entity: dict[str, Any], follows: list[Follow]) -> bool:
    """Whether a Document entity is one the follows ask for (see the module)."""
    soort = _text(entity.get("Soort")).lower()
    if not any(soort == k or soort.startswith(k + " ") for k in map(str.lower, soorten(follows))):
        return False
    scoped = [f for f in follows if f.kind in ("dossier", "commissie", "ministerie")]
    if not scoped:
        return True
    numbers = {d.split("-")[0] for d in dossiers(entity)} | set(dossiers(entity))
    actors = [
        " ".join(_text(a.get(k)) for k in ("ActorNaam", "Functie", "ActorFractie")).lower()
        for a in _list(entity.get("DocumentActor"))
    ]
    for follow in scoped:
        if follow.kind == "dossier" and follow.value in numbers:
            return True
        if follow.kind != "dossier" and any(follow.value.lower() in a for a in actors):
            return True
    return False


def resource_url(entity: dict[str, Any]) -> str:
    """Where the file is: the Resource action's target when given, else
    `Document(<Id>)/resource`."""
    action = entity.get(RESOURCE_ACTION)
    if isinstance(action, dict) and _text(action.get("target")):
        return _text(action.get("target"))
    return f"Document({entity['Id']})/resource"


def suffix_of(entity: dict[str, Any], content_type: str) -> str | None:
    for given in (_text(entity.get("ContentType")), content_type):
        kind = given.split(";")[0].strip().lower()
        if kind in SUFFIXES:
            return SUFFIXES[kind]
    return None


def describe(entity: dict[str, Any]) -> str:
    """How a Document is named in a report line: its number and title."""
    number = _text(entity.get("DocumentNummer")) or _text(entity.get("Id"))
    title = _text(entity.get("Titel")) or _text(entity.get("Onderwerp"))
    return f"{number} ({title[:60]})" if title else number


@dataclass
class Early:
    """A matching document downloaded before its turn (`ahead`) and, with `importer`,
    sent to its worker processes: its temporary file lives until the document is
    stored, or the sync stops (`discard`). `failure`: it is no PDF or Word file."""

    url: str = ""
    path: Path | None = None
    folder: tempfile.TemporaryDirectory | None = None
    importer: FilesAhead | None = None
    sent: Any = None
    failure: Fetched | None = None

    def discard(self) -> None:
        if self.folder is not None:
            self.folder.cleanup()
            self.folder = None


def fetch(client: Client, entity: dict[str, Any], early: Early | None = None) -> Fetched:
    """Handle one matching Document entity: download and import it, or recognise it.
    `early`: its download made ahead (`ahead`), imported now. OpenDataError (the server
    failed, after retries) propagates: the sync stops there."""
    house_id = _text(entity.get("Id"))
    try:
        if entity.get("Verwijderd") is True:
            return Fetched("deleted")
        with synced.document_claim(house_id):
            return _fetch(client, entity, house_id, early)
    finally:
        if early is not None:
            early.discard()


def ahead(client: Client, entity: dict[str, Any], importer: FilesAhead) -> Early | None:
    """Download a matching Document before its turn and send it to `importer`'s workers
    (none: deleted, or recognised as imported by hand: nothing to download). Its turn,
    `fetch`, checks everything again under the document's claim."""
    house_id = _text(entity.get("Id"))
    if entity.get("Verwijderd") is True or _by_hand(entity, house_id) is not None:
        return None
    return _download(client, entity, house_id, importer)


def _by_hand(entity: dict[str, Any], house_id: str) -> int | None:
    """The stored document this one is, imported by hand before (by dossier and number)."""
    numbers = dossiers(entity)
    volgnummer = _text(entity.get("Volgnummer"))
    if not synced.has_house_document(house_id) and numbers and volgnummer:
        return synced.document_by_number(numbers[0], volgnummer)
    return None


def _download(
    client: Client, entity: dict[str, Any], house_id: str, importer: FilesAhead | None
) -> Early:
    """The document's file, downloaded into a temporary folder (and sent to `importer`)."""
    url = client.url(resource_url(entity))
    data, content_type = client.download(url, f"document {describe(entity)}")
    suffix = suffix_of(entity, content_type)
    if suffix is None:
        kind = _text(entity.get("ContentType")) or content_type or "none"
        failed = Fetched("failed", reason=f"not a PDF or Word file (content type {kind})")
        return Early(url, failure=failed)
    early = Early(url, folder=tempfile.TemporaryDirectory(prefix="tracker-sync-"))
    try:
        early.path = Path(early.folder.name) / f"{house_id or 'document'}{suffix}"
        early.path.write_bytes(data)
        if importer is not None:
            early.importer, early.sent = importer, importer.send(early.path, data)
    except BaseException:
        early.discard()
        raise
    return early


def _fetch(client: Client, entity: dict[str, Any], house_id: str, early: Early | None) -> Fetched:
    by_hand = _by_hand(entity, house_id)
    if by_hand is not None:  # imported by hand before: recognised, not fetched
        synced.set_document_house_id(by_hand, house_id)
        return Fetched("already", document_id=by_hand)
    if early is None:  # not downloaded ahead: now
        early = _download(client, entity, house_id, None)
    try:
        if early.failure is not None:
            return early.failure
        if early.importer is not None:
            result = early.importer.store(early.sent)
        else:
            result = import_file(early.path)
    finally:
        early.discard()
    if result.document_id is not None and not result.error:
        synced.set_document_path(result.document_id, str(early.path), early.url)
    return _outcome(result, house_id)


def _outcome(result: FileResult, house_id: str) -> Fetched:
    if result.error:
        reason = result.error.split(": ", 1)[-1] if ": " in result.error else result.error
        return Fetched("failed", reason=reason, downloaded=True)
    if result.document_id is not None and house_id:
        synced.set_document_house_id(result.document_id, house_id)
    state = {"imported": "imported", "updated": "updated"}.get(result.state, "already")
    return Fetched(state, result.commitments, document_id=result.document_id, downloaded=True)


__all__ = [
    "FEED",
    "EXPAND",
    "Early",
    "Fetched",
    "ahead",
    "OpenDataError",
    "describe",
    "fetch",
    "matches",
]
