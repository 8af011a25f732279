"""Open a file of any supported format and return its `Document`."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from dataclasses import MISSING, dataclass, field, fields
from pathlib import Path
from typing import Any

from tracker.documents.model import Document

log = logging.getLogger(__name__)

TEXT_SUFFIXES = {".md", ".markdown", ".txt", ".text"}
# suffix -> module (in tracker.documents) whose `to_text(path, data)` gives seed-like text
FORMAT_READERS = {
    ".docx": "docx_reader",
    ".html": "html_reader",
    ".htm": "html_reader",
    ".xhtml": "html_reader",
    ".xml": "xml_reader",
    ".pdf": "pdf_reader",
}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | set(FORMAT_READERS)


# Why a file is refused, as a key a window says in its own language (the message of a
# DocumentError says it in English, for the command line and the log). Some come with
# details: "unsupported_type" its `suffix`, "too_large" the `limit` in MB,
# "too_many_pages" its `pages` and the `limit`.
REFUSAL_REASONS = (
    "folder",  # a folder, not a document
    "not_found",
    "cannot_read",  # no permission, a disk error
    "unsupported_type",
    "too_large",
    "empty",
    "no_text",  # read, but no text in it
    "binary",  # a binary file with a text or HTML suffix
    "not_pdf",  # a .pdf that is no PDF
    "password",  # a PDF protected with a password
    "too_many_pages",
    "scanned",  # a PDF without a text layer
    "incomplete",  # a PDF cut off before its end
    "damaged",  # a damaged PDF, Word document, HTML page or XML file
    "not_word",  # a .docx that is no Word document
    "zip_bomb",  # a Word document that would unpack too big
    "unsafe_xml",  # XML with a DOCTYPE or ENTITY declaration
    "malformed_xml",
    "not_publication",  # XML, but no official publication
    "metadata_file",  # the metadata file beside a publication
    "missing_package",  # a reader's Python package is not installed
    "no_structure",  # no answers and no document structure found (nonsense)
    "changed",  # (a new date) the file changed or is gone, and its text was not kept
    "failed",  # an unforeseen error
)


class DocumentError(Exception):
    """A file that cannot be read as an answer document; the message names file and
    problem (in English). `reason` is one of REFUSAL_REASONS and `details` its
    parameters, for a window to say why in its own language."""

    def __init__(self, message: str, reason: str = "failed", **details: Any) -> None:
        super().__init__(message)
        assert reason in REFUSAL_REASONS, reason
        self.reason = reason
        self.details = details


@dataclass
class Reading:
    """What a format reader gives: seed-like text, and metadata the file states outright.

    `metadata` maps `Document` field names ("dossier", "number", "official_id", "title",
    "date", "dossier_title", "document_type", ...) to values; a value that is set there
    replaces what the text parser guessed from the text. `fallback` values only fill a
    field the text left empty (a publication date must not replace a verslag's
    "Vastgesteld" date). `warnings` go to `Document.warnings` (metadata left out, say).
    """

    text: str
    metadata: dict[str, Any] = field(default_factory=dict)
    fallback: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


def decode_text(data: bytes) -> str:
    """Decode UTF-8 (with or without BOM), falling back to Windows-1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


# Larger files are refused before they are read: a real answer document, even a PDF with
# images, stays well under 5 MB.
MAX_FILE_BYTES = 50 * 1024 * 1024


def read_document(
    path: str | Path, data: bytes | None = None, progress: Callable[[float], None] | None = None
) -> Document:
    """Read `path` into a structured `Document`, or raise `DocumentError`. `data`: its
    bytes, when the caller has read them already (the file is then not read again).
    `progress` is told how far the reading of the text is (0 to 1) as it goes on."""
    import importlib

    from tracker.documents import identity
    from tracker.documents import text as text_reader

    path = Path(path)
    suffix = path.suffix.lower()
    try:
        if path.is_dir():
            raise DocumentError(f"{path}: is a folder, not a document", "folder")
        if suffix and suffix not in SUPPORTED_SUFFIXES:
            expected = ", ".join(sorted(SUPPORTED_SUFFIXES))
            raise DocumentError(
                f"{path}: unsupported file type {suffix!r} (expected one of {expected})",
                "unsupported_type",
                suffix=suffix,
            )
        if data is None:
            size = path.stat().st_size
            if size > MAX_FILE_BYTES:
                raise DocumentError(
                    f"{path}: the file is too large ({size / 2**20:.0f} MB; the limit is "
                    f"{MAX_FILE_BYTES // 2**20} MB, and an answer document is far smaller)",
                    "too_large",
                    limit=MAX_FILE_BYTES // 2**20,
                )
            with path.open("rb") as handle:
                # (reading at most the limit at once would set aside the limit's 50 MB
                # for every file, however small)
                data = handle.read(size + 1)
                if len(data) > size:  # it grew since: read on, capped
                    data += handle.read(MAX_FILE_BYTES + 1 - len(data))
    except FileNotFoundError:
        raise DocumentError(f"{path}: file not found", "not_found") from None
    except IsADirectoryError:
        raise DocumentError(f"{path}: is a folder, not a document", "folder") from None
    except OSError as exc:
        raise DocumentError(
            f"{path}: cannot be read ({exc.strerror or exc})", "cannot_read"
        ) from None
    if len(data) > MAX_FILE_BYTES:
        raise DocumentError(
            f"{path}: the file is too large (over {MAX_FILE_BYTES // 2**20} MB)",
            "too_large",
            limit=MAX_FILE_BYTES // 2**20,
        )
    if not data.strip():
        raise DocumentError(f"{path}: the file is empty", "empty")
    found = Reading("")
    if suffix in FORMAT_READERS:
        module = importlib.import_module(f"tracker.documents.{FORMAT_READERS[suffix]}")
        try:
            reading = module.to_text(str(path), data)
        except DocumentError:
            raise
        except RecursionError:
            raise DocumentError(
                f"{path}: cannot be read as {suffix} (nested too deeply)", "damaged"
            ) from None
        except Exception as exc:  # noqa: BLE001 - a reader's unforeseen failure, still one message
            log.exception("reading %s failed", path)
            raise DocumentError(
                f"{path}: cannot be read as {suffix} ({type(exc).__name__}: {exc})"
            ) from None
        if isinstance(reading, Reading):
            text, found = reading.text, reading
        else:
            text = reading
        if not text.strip():
            raise DocumentError(f"{path}: no text found in the document", "no_text")
    else:
        if b"\x00" in data[:4096]:
            raise DocumentError(f"{path}: looks like a binary file, not text", "binary")
        text = decode_text(data)
        if not text.strip():
            raise DocumentError(f"{path}: the file is empty", "empty")
    content_hash = hashlib.sha256(data).hexdigest()
    del data  # not held while the text is read (when the caller let go of it too)
    document = text_reader.parse(text, path=str(path), progress=progress)
    apply_metadata(document, found.metadata, found.fallback, found.warnings)
    identity.complete(document)  # again: the metadata may have changed kind or title
    document.content_hash = content_hash
    return document


# Field filled in from metadata -> words of the parser's warning that it no longer holds.
_RESOLVED = {"kind": "document type not recognised", "date": "the answer date is unknown"}


def apply_metadata(
    document: Document,
    metadata: dict[str, Any],
    fallback: dict[str, Any] | None = None,
    warnings: list[str] | tuple[str, ...] = (),
) -> None:
    """Put what the file states outright over what the parser guessed from the text.

    `metadata` replaces; `fallback` fills only fields still empty (or at their default,
    like kind "unknown"). Where the metadata changes the dossier or number the text
    gave, a warning says so, and an official id the text implied is rebuilt.
    """
    defaults = {f.name: f for f in fields(Document)}
    for name in [*metadata, *(fallback or {})]:
        if name not in defaults:
            raise ValueError(f"unknown Document field {name!r} in reader metadata")
    document.warnings.extend(warnings)
    for name in ("dossier", "number"):
        given, read = metadata.get(name), getattr(document, name)
        if given and read and str(given) != str(read):
            label = "dossier" if name == "dossier" else "nr."
            document.warnings.append(
                f"the official metadata gives {label} {given} where the text says {read}; "
                "the official metadata is used"
            )
    before = (document.dossier, document.number)
    for name, value in metadata.items():
        if value not in (None, "", [], ()):
            setattr(document, name, value)
    if (
        "official_id" not in metadata
        and (document.dossier, document.number) != before
        and document.kind != "kamervragen"
        and document.dossier
        and document.number
    ):
        document.official_id = f"kst-{document.dossier.replace(' ', '-')}-{document.number}"
    for name, value in (fallback or {}).items():
        if value in (None, "", [], ()):
            continue
        spec = defaults[name]
        current = getattr(document, name)
        if current in (None, "", [], ()) or (
            spec.default is not MISSING and current == spec.default
        ):
            setattr(document, name, value)
            if resolved := _RESOLVED.get(name):  # a warning the metadata made untrue
                document.warnings[:] = [w for w in document.warnings if resolved not in w]
    if document.kind == "kamervragen" and fallback:
        # Kamervragen: each answer belongs to the askers' parties, put to the addressee.
        from tracker.documents.kamervragen import factions

        parties = factions(document.askers)
        for exchange in document.exchanges:
            exchange.faction = exchange.faction or parties
            exchange.addressee = exchange.addressee or document.addressee
    if not document.title and document.kind != "kamervragen":
        document.title = "; ".join(t for t in (document.dossier_title, document.document_type) if t)
