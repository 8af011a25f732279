"""Official metadata of a publication, as officielebekendmakingen.nl states it outright.

The same ``name``/``content`` pairs come in three places:

* the ``<metadata>`` block of the official XML: ``<meta name="DC.title" content="..."/>``;
* the separate ``metadata.xml`` of the publication (root ``<metadata_gegevens>``, elements
  ``<metadata name="OVERHEIDop.dossiernummer" scheme="" content="32637"/>``), downloaded
  beside the XML or, in the repository layout, in ``../metadata/metadata.xml``;
* the ``<head>`` of the HTML page: ``<meta name="OVERHEIDop.dossiernummer" content="32637">``.

`to_fields` maps them onto `Document` fields. Identifiers and titles replace what the
text parser read (`Mapped.override`); dates only fill a date the text did not give
(`Mapped.fallback`), because each date in the text names one event (a verslag's
"Vastgesteld", the answers' "ontvangen") while ``DCTERMS.issued`` is the publication
date. A value that is not what its name promises is left out with a warning.
"""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tracker.documents import safe_xml
from tracker.documents.model import Asker
from tracker.documents.reader import Reading

Pairs = dict[str, list[str]]  # name -> its contents, in order (a name may repeat)

# Companion files of a publication, most specific first ("{stem}" is the file's stem).
COMPANION_NAMES = ("{stem}.metadata.xml", "{stem}_metadata.xml", "metadata.xml")
_METADATA_NAME = re.compile(r"(?:.*[._])?metadata\.xml", re.I)
_MAX_COMPANION = 5 * 1024 * 1024  # a metadata.xml is a few kB
_DECLARATION = re.compile(rb"<!\s*(?:DOCTYPE|ENTITY)", re.I)
METADATA_ROOTS = {"metadata_gegevens", "metadata", "owms-metadata", "meta"}

# An official identifier: "kst-32637-448", "kst-35570-VIII-185", "ah-tk-20202021-1234".
_IDENTIFIER = re.compile(r"[a-z]{1,6}(?:-[A-Za-z0-9]{1,12}){1,4}")
_DOSSIER = re.compile(r"(\d{1,6})(?:[\s-]+([A-Z]{1,3}|[IVXLC]{1,6}))?")
_NUMBER = re.compile(r"(?:[Nn]r\.?\s*)?(\d{1,5}[a-z]?)")
_YEAR = re.compile(r"(\d{4})\s*[-–/]\s*(\d{4})")
_ASKER = re.compile(r"(?P<name>[^()]+?)\s*\((?P<party>[^()]+)\)")

# DC.type / OVERHEIDop.publicationName values that mean written questions and answers.
_KAMERVRAGEN_TYPES = re.compile(r"aanhangsel|kamervragen", re.I)
# Names that may carry the type of the document ("Verslag van een schriftelijk overleg").
_DOCUMENT_TYPE_NAMES = ("OVERHEIDop.documenttype", "OVERHEIDop.documentsoort")


class MetadataError(Exception):
    """A metadata file that cannot be read; the message names the file and the problem."""


@dataclass
class Mapped:
    """Document fields from official metadata: values that replace, values that fill in."""

    override: dict[str, Any] = field(default_factory=dict)
    fallback: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


def local(tag: object) -> str:
    """An element's name without its namespace, lower case."""
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def is_metadata_name(name: str) -> bool:
    """ "metadata.xml", "kst-32637-448.metadata.xml", "kst-32637-448_metadata.xml"."""
    return _METADATA_NAME.fullmatch(Path(name).name) is not None


def pairs_in(element: ET.Element) -> Pairs:
    """The name/content pairs of `<meta>` / `<metadata>` elements in and under `element`."""
    pairs: Pairs = {}
    for node in element.iter():
        if local(node.tag) in ("meta", "metadata"):
            name, content = node.get("name"), node.get("content")
            if name and content is not None:
                pairs.setdefault(name.strip(), []).append(content.strip())
    return pairs


def add_pair(pairs: Pairs, name: str | None, content: str | None) -> None:
    if name and content is not None:
        pairs.setdefault(name.strip(), []).append(content.strip())


def read_metadata_file(path: Path) -> Pairs:
    """The pairs of a separate metadata file, or `MetadataError`."""
    try:
        if path.stat().st_size > _MAX_COMPANION:
            raise MetadataError(f"{path}: too large for a metadata file")
        data = path.read_bytes()
    except OSError as exc:
        raise MetadataError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    if _DECLARATION.search(data):
        raise MetadataError(f"{path}: DOCTYPE or ENTITY declaration refused (unsafe to parse)")
    try:
        root = safe_xml.parse(data)
    except safe_xml.UnsafeXmlError:
        raise MetadataError(
            f"{path}: DOCTYPE or ENTITY declaration refused (unsafe to parse)"
        ) from None
    except ET.ParseError as exc:
        raise MetadataError(f"{path}: malformed XML ({exc})") from None
    if local(root.tag) not in METADATA_ROOTS:
        raise MetadataError(f"{path}: not a metadata file (root element <{local(root.tag)}>)")
    return pairs_in(root)


def own_identifier(path: Path, pairs: Pairs) -> str | None:
    """The publication's identifier from the file itself or its name ("kst-32637-448.xml")."""
    if found := first(pairs, "DC.identifier"):
        return found
    stem = path.name.split(".", 1)[0]
    return stem if re.fullmatch(r"(?:kst|ah|h|blg|stcrt|stb|trb)-[A-Za-z0-9-]+", stem) else None


def companion(path: Path, pairs: Pairs) -> tuple[Pairs, list[str]]:
    """The metadata file that belongs to the publication at `path`, if any, and warnings.

    Looked for beside the file (`COMPANION_NAMES`) and in the repository layout
    (``.../xml/kst-32637-448.xml`` with ``.../metadata/metadata.xml``). A file that names
    another publication is not used; neither is a plain ``metadata.xml`` in a folder
    holding several publications, unless its identifier matches.
    """
    stem = path.name.split(".", 1)[0]
    candidates = [path.parent / n.format(stem=stem) for n in COMPANION_NAMES]
    candidates.append(path.parent.parent / "metadata" / "metadata.xml")
    own = own_identifier(path, pairs)
    for candidate in candidates:
        if not candidate.is_file() or candidate.resolve() == path.resolve():
            continue
        try:
            found = read_metadata_file(candidate)
        except MetadataError as exc:
            return {}, [f"official metadata not used: {exc}"]
        theirs = first(found, "DC.identifier")
        if own and theirs and own.lower() != theirs.lower():
            return {}, [f"official metadata not used: {candidate} describes {theirs}, not {own}"]
        specific = candidate.name != "metadata.xml"
        if not specific and not (own and theirs) and _shared_folder(path, candidate):
            return {}, [
                f"official metadata not used: {candidate} does not say which of the "
                "documents in its folder it describes"
            ]
        return found, []
    return {}, []


def _shared_folder(path: Path, metadata: Path) -> bool:
    """Whether the folder of `path` holds other publications than `path` (other stems)."""
    if metadata.parent != path.parent:
        return False  # the repository layout: one publication per manifestation folder
    stem = path.name.split(".", 1)[0]
    try:
        names = [p.name for p in path.parent.iterdir() if p.is_file()]
    except OSError:
        return True
    suffixes = {".xml", ".html", ".htm", ".xhtml", ".pdf", ".docx", ".md", ".txt"}
    return any(
        n.split(".", 1)[0] != stem
        for n in names
        if Path(n).suffix.lower() in suffixes and not is_metadata_name(n) and n[:1] != "."
    )


def merge(inline: Pairs, official: Pairs) -> Pairs:
    """Both sets of pairs; for a name both give, the separate metadata file wins."""
    merged = dict(inline)
    merged.update(official)
    return merged


def first(pairs: Pairs, *names: str) -> str | None:
    """The first non-empty content of the first of `names` that has one."""
    for name in names:
        for value in pairs.get(name, []):
            if value.strip():
                return re.sub(r"\s+", " ", value).strip()
    return None


def _date(pairs: Pairs, name: str, warnings: list[str]) -> dt.date | None:
    value = first(pairs, name)
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        warnings.append(f"official metadata: {name} {value!r} is not a date; ignored")
        return None


def to_fields(pairs: Pairs) -> Mapped:
    """Map official metadata onto `Document` fields (see the module docstring)."""
    out = Mapped()
    override, fallback, warnings = out.override, out.fallback, out.warnings
    identifier = first(pairs, "DC.identifier")
    if identifier is not None:
        if _IDENTIFIER.fullmatch(identifier):
            override["official_id"] = identifier
        else:
            warnings.append(
                f"official metadata: DC.identifier {identifier!r} is not an official "
                "identifier; ignored"
            )
            identifier = None
    kinds = " ".join(pairs.get("DC.type", []) + pairs.get("OVERHEIDop.publicationName", []))
    kamervragen = bool(_KAMERVRAGEN_TYPES.search(kinds)) or (identifier or "").startswith("ah-")
    if (value := first(pairs, "OVERHEIDop.dossiernummer")) is not None:
        if m := _DOSSIER.fullmatch(value):
            override["dossier"] = " ".join(g for g in m.groups() if g)
        else:
            warnings.append(
                f"official metadata: OVERHEIDop.dossiernummer {value!r} is not a dossier "
                "number; ignored"
            )
    number_names = ["OVERHEIDop.ondernummer"]
    if kamervragen:
        number_names.append("OVERHEIDop.aanhangselNummer")
    for name in number_names:
        if (value := first(pairs, name)) is None:
            continue
        # "20202021-1234" (aanhangselnummer with its year) -> "1234"
        m = _NUMBER.fullmatch(value) or re.fullmatch(r"\d{8}-(\d{1,5})", value)
        if m:
            override["number"] = m.group(1)
            break
        warnings.append(f"official metadata: {name} {value!r} is not a number; ignored")
    if identifier and "number" not in override:
        # ah-tk-20212022-3456: the last part is the number in the Aanhangsel
        if m := re.fullmatch(r"ah-[a-z]{2}-\d{8}-(\d{1,5})", identifier):
            fallback["number"] = m.group(1)
    if title := first(pairs, "DC.title"):
        override["title"] = title
    if dossier_title := first(pairs, "OVERHEIDop.dossiertitel"):
        override["dossier_title"] = dossier_title
    if document_type := first(pairs, *_DOCUMENT_TYPE_NAMES):
        override["document_type"] = document_type
    elif title and ";" in title and not kamervragen:
        # A Kamerstuk's DC.title is "<dossier title>; <document type>".
        head, _, tail = title.rpartition(";")
        fallback["document_type"] = tail.strip()
        fallback["dossier_title"] = head.strip()
    kind_text = override.get("document_type") or fallback.get("document_type") or ""
    kind_words = kind_text.lower()
    if "schriftelijk overleg" in kind_words:
        fallback["kind"] = "verslag"
    elif "nota naar aanleiding van het" in kind_words:
        fallback["kind"] = "nota"
    elif "lijst van vragen en antwoorden" in kind_words:
        fallback["kind"] = "vragenlijst"
    elif kind_words.startswith("brief"):
        fallback["kind"] = "brief"
    year = first(pairs, "OVERHEIDop.vergaderjaar")
    if year is not None and not _valid_year(year):
        warnings.append(
            f"official metadata: OVERHEIDop.vergaderjaar {year!r} is not a parliamentary "
            "year; ignored"
        )
        year = None
    if kamervragen and "official_id" not in override and year and "number" in override:
        # "Aanhangsel Handelingen II 2020/21, nr. 1234" is ah-tk-20202021-1234
        chamber = "ek" if "eerste kamer" in " ".join(pairs.get("DC.creator", [])).lower() else "tk"
        y = _YEAR.fullmatch(year)
        if y:
            override["official_id"] = f"ah-{chamber}-{y.group(1)}{y.group(2)}-{override['number']}"
    issued = _date(pairs, "DCTERMS.issued", warnings)
    received = _date(pairs, "OVERHEIDop.datumOntvangst", warnings)
    submitted = _date(pairs, "OVERHEIDop.datumIndiening", warnings)
    date = (received if kamervragen else None) or issued
    if date:
        fallback["date"] = date
        fallback["reference_date"] = date
    if kamervragen:
        if submitted:
            fallback["asked_date"] = submitted
        askers = [_asker(v) for v in pairs.get("OVERHEIDop.indiener", []) if v.strip()]
        if askers:
            fallback["askers"] = askers
        addressees = [re.sub(r"\s+", " ", v).strip() for v in pairs.get("OVERHEIDop.ontvanger", [])]
        addressees = [a for a in addressees if a]
        if addressees:
            fallback["addressees"] = addressees
            fallback["addressee"] = (
                ", ".join(addressees[:-1]) + " en " + addressees[-1]
                if len(addressees) > 1
                else addressees[0]
            )
    return out


def _valid_year(text: str) -> bool:
    m = _YEAR.fullmatch(text)
    return bool(m) and int(m.group(2)) == int(m.group(1)) + 1


def _asker(text: str) -> Asker:
    """ "J. Jansen (VVD)" -> Asker("J. Jansen", "VVD"); a bare name has no party."""
    text = re.sub(r"\s+", " ", text).strip()
    if m := _ASKER.fullmatch(text):
        return Asker(m.group("name").strip(), m.group("party").strip())
    return Asker(text)


def reading(path: str, text: str, inline: Pairs, number: str | None = None) -> Reading:
    """A format reader's `Reading`: the text, with the official metadata of the file
    (`inline`) and of its companion file beside it, which wins where both speak.

    `number` is a document number the reader found outside the text (a bare
    ``kamervraagnummer``); it only fills in.
    """
    warnings: list[str] = []
    found: Pairs = {}
    if Path(path).is_file():
        found, warnings = companion(Path(path), inline)
    mapped = to_fields(merge(inline, found))
    if number and "number" not in mapped.override:
        mapped.fallback.setdefault("number", number)
    return Reading(text, mapped.override, mapped.fallback, warnings + mapped.warnings)
