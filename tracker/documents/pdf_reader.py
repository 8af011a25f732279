"""PDF documents with a text layer, read with pypdf.

Not yet in `reader.FORMAT_READERS`: tests/test_documents.py still expects a .pdf to be
refused as an unsupported type. Adding ``".pdf": "pdf_reader"`` there switches it on.
"""

from __future__ import annotations

import io
import logging

from tracker.documents.reader import DocumentError


def to_text(path: str, data: bytes) -> str:
    """The text of every page, pages separated by a form feed (as `text.parse` expects)."""
    try:
        from pypdf import PdfReader
    except ImportError:  # pragma: no cover - a dependency
        raise DocumentError(f"{path}: reading .pdf needs the pypdf package") from None
    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise DocumentError(f"{path}: not a PDF file (no %PDF header)")
    # pypdf logs each repair of a damaged file; the error below is what the user needs
    pypdf_log = logging.getLogger("pypdf")
    level = pypdf_log.level
    pypdf_log.setLevel(logging.CRITICAL)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise DocumentError(f"{path}: the PDF is protected with a password")
        pages = [page.extract_text() or "" for page in reader.pages]
    except DocumentError:
        raise
    except Exception as exc:  # noqa: BLE001 - pypdf raises many kinds on damaged files
        raise DocumentError(
            f"{path}: damaged or unreadable PDF ({type(exc).__name__}: {exc})"
        ) from None
    finally:
        pypdf_log.setLevel(level)
    text = "\n\f".join(page.strip("\n") for page in pages)
    if sum(ch.isalnum() for ch in text) < 20:
        raise DocumentError(
            f"{path}: no text layer (a scanned PDF?); run it through OCR, or import the "
            "text, HTML or XML version from officielebekendmakingen.nl"
        )
    return text + "\n"
