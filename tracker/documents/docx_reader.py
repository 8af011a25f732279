"""Word (.docx) documents, read with python-docx.

Headings and wholly italic paragraphs (a faction's question) keep their role, as in the
seed's Markdown; footnote references (Word footnotes, or superscript numbers typed in the
text) become ``<sup>n</sup>`` and the footnote texts follow the body, so the parser reads
them like the seed's. A .docx is a zip: its directory is checked before anything is
unpacked, so a zip bomb or a zip that is not a Word document is refused at once.
"""

from __future__ import annotations

import io
import re
import zipfile

from tracker.documents.markup import Para, normalise, render
from tracker.documents.reader import DocumentError

# All parts of a .docx together, unpacked. A long answer document is a few MB of XML;
# images are stored compressed already. Far more means a zip bomb.
MAX_UNPACKED = 200 * 1024 * 1024
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_FOOTNOTES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"


def _style_of(paragraph) -> str:
    style = paragraph.style
    name = (style.name or "") if style is not None else ""
    if name.startswith(("Heading", "Kop", "Title", "Titel")):
        return "heading"
    runs = [r for r in paragraph.runs if r.text.strip()]
    if not runs:
        return "plain"

    def inherited(attr: str) -> bool:
        s = style
        while s is not None:
            value = getattr(s.font, attr, None)
            if value is not None:
                return bool(value)
            s = s.base_style
        return False

    def all_runs(attr: str) -> bool:
        default = inherited(attr)
        return all((getattr(r, attr) if getattr(r, attr) is not None else default) for r in runs)

    if all_runs("italic"):
        return "italic"
    if all_runs("bold"):
        return "bold"
    return "plain"


def check_package(path: str, data: bytes) -> None:
    """Refuse, from the zip directory alone, what is not a Word document or unpacks too big."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            entries = package.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, OSError):
        raise DocumentError(
            f"{path}: not a readable Word document (not a zip archive, or a damaged one)",
            "not_word",
        ) from None
    except NotImplementedError as exc:  # "zip file version 14.8": damaged, or not Word's zip
        raise DocumentError(f"{path}: not a readable Word document ({exc})", "not_word") from None
    names = {entry.filename for entry in entries}
    if "word/document.xml" not in names:
        kind = "an OpenDocument file" if "content.xml" in names else "some other zip archive"
        raise DocumentError(
            f"{path}: not a readable Word document (no word/document.xml: {kind})", "not_word"
        )
    unpacked = sum(entry.file_size for entry in entries)
    if unpacked > MAX_UNPACKED:
        raise DocumentError(
            f"{path}: refused: the Word document would unpack to {unpacked // 2**20} MB, "
            f"more than the {MAX_UNPACKED // 2**20} MB limit (a zip bomb?)",
            "zip_bomb",
        )


def _paragraph_text(paragraph, notes: dict[str, str]) -> str:
    """The paragraph's text with footnote references as ``<sup>n</sup>``.

    `notes` maps Word footnote ids to the numbers shown, in order of first reference.
    """
    from docx.text.run import Run

    parts: list[str] = []
    for item in paragraph.iter_inner_content():
        runs = [item] if isinstance(item, Run) else list(getattr(item, "runs", []))
        for run in runs:
            for ref in run._r.iter(f"{_W}footnoteReference"):
                number = notes.setdefault(ref.get(f"{_W}id", ""), str(len(notes) + 1))
                parts.append(f"<sup>{number}</sup>")
            text = run.text
            if run.font.superscript and re.fullmatch(r"\s*\d{1,3}\s*", text or ""):
                parts.append(f"<sup>{text.strip()}</sup>")  # a footnote number typed by hand
            else:
                parts.append(text)
    return "".join(parts)


def _footnote_texts(document, notes: dict[str, str]) -> list[Para]:
    """The texts of the referenced Word footnotes, as ``<sup>n</sup> text`` paragraphs."""
    from docx.oxml import parse_xml

    part = next(
        (rel.target_part for rel in document.part.rels.values() if rel.reltype == _FOOTNOTES),
        None,
    )
    if part is None or not notes:
        return []
    texts: dict[str, str] = {}
    for note in parse_xml(part.blob).iter(f"{_W}footnote"):
        note_id = note.get(f"{_W}id", "")
        if note_id in notes:
            texts[note_id] = "".join(t.text or "" for t in note.iter(f"{_W}t"))
    return [
        Para(f"<sup>{number}</sup> {normalise(texts[note_id])}")
        for note_id, number in notes.items()
        if normalise(texts.get(note_id, ""))
    ]


def to_text(path: str, data: bytes) -> str:
    try:
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph
    except ImportError:  # pragma: no cover - a dependency
        raise DocumentError(
            f"{path}: reading .docx needs the python-docx package", "missing_package"
        ) from None
    check_package(path, data)
    try:
        document = docx.Document(io.BytesIO(data))
        paras: list[Para] = []
        notes: dict[str, str] = {}

        def add_paragraph(paragraph: Paragraph) -> None:
            text = normalise(_paragraph_text(paragraph, notes))
            if text:
                paras.append(Para(text, _style_of(paragraph)))

        for block in document.iter_inner_content():
            if isinstance(block, Table):
                for row in block.rows:
                    for cell in row.cells:
                        for paragraph in cell.paragraphs:
                            add_paragraph(paragraph)
            else:
                add_paragraph(block)
        paras += _footnote_texts(document, notes)
    except DocumentError:
        raise
    except RecursionError:
        raise DocumentError(
            f"{path}: not a readable Word document (nested too deeply)", "damaged"
        ) from None
    except Exception as exc:  # noqa: BLE001 - python-docx raises many kinds on bad files
        raise DocumentError(
            f"{path}: not a readable Word document ({type(exc).__name__}: {exc})", "damaged"
        ) from None
    return render(paras)
