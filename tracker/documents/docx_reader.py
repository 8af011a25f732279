"""Word (.docx) documents, read with python-docx."""

from __future__ import annotations

import io

from tracker.documents.markup import Para, normalise, render
from tracker.documents.reader import DocumentError


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


def to_text(path: str, data: bytes) -> str:
    try:
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph
    except ImportError:  # pragma: no cover - a dependency
        raise DocumentError(f"{path}: reading .docx needs the python-docx package") from None
    try:
        document = docx.Document(io.BytesIO(data))
        paras: list[Para] = []

        def add_paragraph(paragraph: Paragraph) -> None:
            text = normalise(paragraph.text)
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
    except DocumentError:
        raise
    except Exception as exc:  # noqa: BLE001 - python-docx raises many kinds on bad files
        raise DocumentError(
            f"{path}: not a readable Word document ({type(exc).__name__}: {exc})"
        ) from None
    return render(paras)
