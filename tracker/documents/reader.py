"""Open a file of any supported format and return its `Document`."""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass, field
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


class DocumentError(Exception):
    """A file that cannot be read as an answer document; the message names file and problem."""


@dataclass
class Reading:
    """What a format reader gives: seed-like text, and metadata the file states outright.

    `metadata` maps `Document` field names ("dossier", "number", "official_id", "title",
    "date", "dossier_title", "document_type", ...) to values; a value that is set there
    replaces what the text parser guessed from the text.
    """

    text: str
    metadata: dict[str, Any] = field(default_factory=dict)


def decode_text(data: bytes) -> str:
    """Decode UTF-8 (with or without BOM), falling back to Windows-1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def read_document(path: str | Path) -> Document:
    """Read `path` into a structured `Document`, or raise `DocumentError`."""
    import importlib

    from tracker.documents import text as text_reader

    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise DocumentError(f"{path}: file not found") from None
    except IsADirectoryError:
        raise DocumentError(f"{path}: is a folder, not a document") from None
    except OSError as exc:
        raise DocumentError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    suffix = path.suffix.lower()
    if suffix and suffix not in SUPPORTED_SUFFIXES:
        expected = ", ".join(sorted(SUPPORTED_SUFFIXES))
        raise DocumentError(
            f"{path}: unsupported file type {suffix!r} (expected one of {expected})"
        )
    if not data.strip():
        raise DocumentError(f"{path}: the file is empty")
    metadata: dict[str, Any] = {}
    if suffix in FORMAT_READERS:
        module = importlib.import_module(f"tracker.documents.{FORMAT_READERS[suffix]}")
        reading = module.to_text(str(path), data)
        if isinstance(reading, Reading):
            text, metadata = reading.text, reading.metadata
        else:
            text = reading
        if not text.strip():
            raise DocumentError(f"{path}: no text found in the document")
    else:
        if b"\x00" in data[:4096]:
            raise DocumentError(f"{path}: looks like a binary file, not text")
        text = decode_text(data)
        if not text.strip():
            raise DocumentError(f"{path}: the file is empty")
    document = text_reader.parse(text, path=str(path))
    apply_metadata(document, metadata)
    document.content_hash = hashlib.sha256(data).hexdigest()
    return document


def apply_metadata(document: Document, metadata: dict[str, Any]) -> None:
    """Put what the file states outright over what the parser guessed from the text."""
    for name, value in metadata.items():
        if not hasattr(document, name):
            raise ValueError(f"unknown Document field {name!r} in reader metadata")
        if value not in (None, "", [], ()):
            setattr(document, name, value)
