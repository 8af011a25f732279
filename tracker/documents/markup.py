"""Shared by the format readers: paragraphs with a style, rendered as the seed's Markdown.

Headings become ``### ...``, paragraphs wholly in italics ``*...*`` (a question in a
verslag), wholly bold ``**...**``; `text.parse` reads the result like the seed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_SPACE = re.compile(r"[ \t\r\n\u00a0\u2007\u202f]+")


@dataclass
class Para:
    text: str
    style: str = "plain"  # "plain" | "heading" | "italic" | "bold"


def normalise(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def render(paras: list[Para]) -> str:
    """The paragraphs as Markdown-like text, separated by blank lines."""
    out = []
    for para in paras:
        text = normalise(para.text)
        if not text:
            continue
        if para.style == "heading":
            out.append(f"### {text.replace('*', '')}")
        elif para.style == "italic":
            out.append(f"*{text.replace('*', '')}*")
        elif para.style == "bold":
            out.append(f"**{text.replace('*', '')}**")
        else:
            out.append(text)
    return "\n\n".join(out) + "\n" if out else ""
