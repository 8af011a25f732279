"""Cut the text of a converted document into raw paragraphs.

Three layouts occur:

* blank-line separated paragraphs (Markdown such as the seed, or `pdftotext` output
  with blank lines);
* wrapped lines without blank lines (plain `pdftotext`): a paragraph ends at a
  line that closes a sentence and is clearly shorter than the text width;
* everything flattened onto one line: paragraphs are recovered from page furniture,
  "Vraag 3" / "Antwoord 3" markers, section headings and italic spans.

Page furniture lines end a paragraph and mark a page break; footnote texts become
paragraphs of kind "footnote"; the reader later rejoins paragraphs that a page
break split.
"""

from __future__ import annotations

import re
import statistics
from bisect import bisect_left
from dataclasses import dataclass, field

from tracker.documents.artefacts import (
    FootnoteRef,
    accept_refs,
    glued_ref_candidates,
    inline_furniture,
    is_bare_number,
    is_line_furniture,
)


@dataclass
class Marker:
    """A "Vraag 4 en 5" / "Antwoord 4 en 5" label of a Kamervragen document."""

    label: str  # "vraag" | "antwoord"
    numbers: str  # "4 en 5" as written (whitespace collapsed), "" if unnumbered
    start: int
    end: int


@dataclass
class Para:
    """A raw paragraph: source intervals plus what the layout knows about it."""

    pieces: list[tuple[int, int]]
    line: int  # 1-based line number of its start, for warnings
    kind: str = "text"  # "text" | "footnote" | "marker" | "heading"
    page_break: bool = False  # page furniture stands right before it
    marker: Marker | None = None
    footnote: str | None = None  # the footnote number, for kind "footnote"
    level: int = 0  # Markdown heading level

    @property
    def start(self) -> int:
        return self.pieces[0][0] if self.pieces else 0

    def raw(self, source: str) -> str:
        return "".join(source[a:b] for a, b in self.pieces)


@dataclass
class Layout:
    paras: list[Para]
    drops: list[tuple[int, int]]  # source spans to remove from every paragraph
    refs: list[FootnoteRef]
    markdown: bool
    flattened: bool
    warnings: list[str] = field(default_factory=list)


_NUMS = r"\d{1,3}[a-z]?(?:\s*(?:,|en|t/m|tot\s+en\s+met|[-–])\s*\d{1,3}[a-z]?)*"
# "Vraag 1", "Vragen 4, 5 en 6", "Antwoord op vraag 7", "**Antwoord 2 en 3:**"
_MARKER = re.compile(
    rf"(?P<label>Vragen|Vraag|Antwoorden|Antwoord)(?:\s+op\s+(?:vraag|vragen))?"
    rf"(?:\s+(?P<nums>{_NUMS}))?\b[*_]*\s*[:.]?[*_]*"
)
_MARKER_LINE = re.compile(r"[\s*_#>]*")
# Mid-text (flattened) markers must be followed by the start of a sentence.
_MARKER_INLINE = re.compile(
    rf"(?<!\S)[*_]*(?P<label>Vragen|Vraag|Antwoorden|Antwoord)(?:\s+op\s+(?:vraag|vragen))?"
    rf"\s+(?P<nums>{_NUMS})\b[*_]*\s*:?\s*(?=[A-Z«\"'‘“(\d]|$)"
)
_MD_HEADING = re.compile(r"\s*(#{1,6})\s+\S")
_SUP_NOTE = re.compile(r"\s*<sup>\s*(\d+)\s*</sup>\s*")
_SUP_INLINE = re.compile(r"(?<=\s)<sup>\s*(\d+)\s*</sup>\s*")
_NUM_NOTE = re.compile(r"\s*(\d{1,3})(?:\s+|$)(?=\S|$)")
_BULLET = re.compile(r"\s*(?:[-*+•▪◦–]\s+|\(?[a-z]\)\s+)")
_TERMINAL = re.compile(r"[.!?:;][\s\d*_»”\"')’]*$")
_FOOTNOTE_LOOK = re.compile(
    r"(?:https?://|www\.|[Zz]ie\b|Kamerstuk|Kamerstukken|Handelingen|Aanhangsel|Bron|Stcrt|Bijlage"
    r"|Staatscourant|Stb\b|Motie|Brief|Rapport|«|\"|“|<"
    r"|[A-Z][\w&.'’-]*(?:\s+[\w&.'’,-]+){0,8}\s*\(\d{4}\))"
)
# Section headings that can be found in flattened text.
FACTION_HEADING = (
    r"(?:Vragen\s+en\s+opmerkingen|Opmerkingen\s+en\s+vragen|Inbreng)\s+(?:van|vanuit)\s+"
    r"(?:de\s+leden|het\s+lid)\s+van\s+de\s+(?:[\w-]+-fractie|fractie\s+van\s+(?:de\s+|het\s+)?"
    r"(?:Partij\s+voor\s+de\s+Dieren|[\w-]+))"
)
_PARTY_HEADING = (
    r"(?:De\s+)?leden\s+van\s+de\s+(?:[\w-]+-fractie|fractie\s+van\s+(?:de\s+|het\s+)?"
    r"(?:Partij\s+voor\s+de\s+Dieren|[\w-]+))"
)
# Headings in flattened text: the span of the match group that is set.
# (A run of asterisks is entered at its first one only, `(?<!\*)`: from every asterisk of
# a long run `\**` would scan the rest of it, quadratic time.)
_INLINE_HEADING = re.compile(
    rf"(?P<f>(?:#{{1,6}}\s+)?(?<!\*)\**(?:{FACTION_HEADING}|Vragen\s+en\s+opmerkingen\s+vanuit\s+de"
    r"\s+fracties(?:\s+en\s+reactie\s+van\s+de\s+bewindspersoon)?)\**)"
    rf"|(?P<p>#{{1,6}}\s+\**{_PARTY_HEADING}\**)"
    r"|(?<=[.!?»”*\s])(?P<i>(?:#{1,6}\s+)?(?<!\*)\**Inleiding\**)(?=\s+[A-Z])"
    r"|[.!?»”*]\s+(?P<b>(?:#{1,6}\s+)?\**Bijlage(?:\s+\d+)?:?[^.!?*]*[.!?]?\**)"
)
_ITALIC_OPEN = re.compile(r"(?<![*\w])\*(?=[^\s*])")
_ITALIC_CLOSE = re.compile(r"(?<=[^\s*])\*(?![*\w])")
# `[^\S\n]*`, not `\s*`: from each line start `\s*` would run over all the blank lines
# after it (quadratic time on a file of many empty lines).
_MARKDOWN = re.compile(r"<sup>|\*\*|^[^\S\n]*(?:#{1,6}\s|\*[^\s*])|\]\(", re.M)
_LONG_LINE = 1500
# Words after which a number is not a footnote number ("Antwoord 1", "nr. 3", "fase 2").
_NOT_A_NOTE_BEFORE = re.compile(
    r"Vra(?:ag|gen)|Antwoord(?:en)?|vra(?:ag|gen)|antwoord|en|of|nr\.|artikel|punt|fase|stap"
    r"|pagina|p\.|tot|van"
)


def detect_markdown(source: str) -> bool:
    return _MARKDOWN.search(source) is not None


def split(source: str, kamervragen: bool) -> Layout:
    """Cut `source` into raw paragraphs."""
    markdown = detect_markdown(source)
    furniture = _merge(inline_furniture(source), source)
    if "<sup>" in source:
        refs: list[FootnoteRef] = []
    else:
        refs = accept_refs(glued_ref_candidates(source, furniture))
    lines = [m.span() for m in re.finditer(r"[^\n\r\f]+", source)]
    lines = [(a, b) for a, b in lines if source[a:b].strip()]
    flattened = len(lines) <= 3 and max((b - a for a, b in lines), default=0) > 300
    builder = _Builder(source, furniture, refs, markdown, kamervragen, flattened)
    builder.run(lines)
    if not markdown and refs:
        # a footnote text confirms a reference the numbering alone did not accept
        known = {int(p.footnote) for p in builder.paras if p.footnote and p.footnote.isdigit()}
        refs = accept_refs(glued_ref_candidates(source, furniture), known)
    drops = sorted(furniture + [(r.start, r.end) for r in refs])
    found = {p.footnote for p in builder.paras if p.kind == "footnote"}
    for ref in refs:
        if str(ref.number) not in found:
            found.add(str(ref.number))  # report each number once
            builder.warnings.append(
                f"{where(source, ref.start)}: the text of footnote {ref.number} was not found; "
                "its number was removed from the text"
            )
    return Layout(builder.paras, drops, refs, markdown, flattened, builder.warnings)


def where(source: str, offset: int) -> str:
    """A position a person can find: "line 12" (or "character 5032" in one-line text)."""
    if source.count("\n", 0, 20_000) < 3:
        return f"character {offset + 1}"
    return f"line {source.count(chr(10), 0, offset) + 1}"


def _merge(spans: list[tuple[int, int]], source: str) -> list[tuple[int, int]]:
    """Merge furniture spans separated only by whitespace (a block of codes is one break)."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out and not source[out[-1][1] : a].strip():
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


class _Builder:
    def __init__(
        self,
        source: str,
        furniture: list[tuple[int, int]],
        refs: list[FootnoteRef],
        markdown: bool,
        kamervragen: bool,
        flattened: bool,
    ) -> None:
        self.source: str = source
        self.furniture: list[tuple[int, int]] = furniture
        self.fstarts = [a for a, _ in furniture]
        self.refs: list[FootnoteRef] = refs
        self.ref_pos = [r.start for r in refs]
        self.markdown: bool = markdown
        self.kamervragen: bool = kamervragen
        self.flattened: bool = flattened
        self.paras: list[Para] = []
        self.warnings: list[str] = []
        self.consumed: set[str] = set()
        self.newlines = [m.start() for m in re.finditer(r"\n", source)]

    def line_no(self, pos: int) -> int:
        return bisect_left(self.newlines, pos) + 1

    # -- line classification -------------------------------------------------------------

    def _furniture_in(self, a: int, b: int) -> list[tuple[int, int]]:
        k = max(bisect_left(self.fstarts, a) - 1, 0)
        out = []
        while k < len(self.furniture) and self.furniture[k][0] < b:
            fa, fb = self.furniture[k]
            if fb > a:
                out.append((max(fa, a), min(fb, b)))
            k += 1
        return out

    def _without_furniture(self, a: int, b: int) -> str:
        spans = self._furniture_in(a, b)
        if not spans:
            return self.source[a:b]
        parts, pos = [], a
        for fa, fb in spans:
            parts.append(self.source[pos:fa])
            pos = fb
        parts.append(self.source[pos:b])
        return " ".join(parts)

    def _referenced(self, number: str, before: int) -> bool:
        """Whether footnote `number` was referenced (glued to a word) before `before`."""
        n = int(number)
        k = bisect_left(self.ref_pos, before)
        return any(r.number == n for r in self.refs[:k])

    def classify(self, lines: list[tuple[int, int]]) -> list[dict]:
        src = self.source
        info = []
        prev_end = 0
        for a, b in lines:
            sep = src[prev_end:a]
            prev_end = b
            gap = (
                "page"
                if "\f" in sep
                else (
                    "blank"
                    if sep.count("\n") + sep.count("\r") - sep.count("\r\n") >= 2
                    else "line"
                )
            )
            if not info:
                gap = "blank"
            text = src[a:b]
            item = {"a": a, "b": b, "gap": gap, "kind": "text", "text": text}
            if self._furniture_in(a, b) and is_line_furniture(self._without_furniture(a, b)):
                item["kind"] = "furniture"  # a page header or footer, maybe with a page number
            elif is_bare_number(text):
                item["kind"] = "number"
            elif is_line_furniture(text):
                item["kind"] = "furniture"
            elif m := _SUP_NOTE.match(text):
                item.update(kind="footnote", number=m.group(1), body=a + m.end())
            elif self.kamervragen and (mk := self._line_marker(a, b)):
                item.update(kind="marker", marker=mk)
            elif m := _MD_HEADING.match(text):
                item.update(kind="heading", level=len(m.group(1)))
            elif re.fullmatch(r"[\s*_#]*" + FACTION_HEADING + r"[\s*_:]*", text):
                item.update(kind="heading", level=0)
            elif m := _NUM_NOTE.match(text):
                item.update(kind="note?", number=m.group(1), body=a + m.end())
            elif _BULLET.match(text):
                item["bullet"] = True
            info.append(item)
        return info

    def _line_marker(self, a: int, b: int) -> Marker | None:
        src = self.source
        lead = _MARKER_LINE.match(src, a, b)
        pos = lead.end() if lead else a
        m = _MARKER.match(src, pos, b)
        if not m:
            return None
        rest = src[m.end() : b].strip()
        nums = m.group("nums")
        if not nums and rest:
            return None  # "Antwoord van Minister ...", "Vragen van het lid ..."
        if (
            nums
            and rest
            and not (
                src[m.end() - 1] in ":*_" or src[pos] in "*_" or re.match(r"[A-Z«\"'‘“(]", rest)
            )
        ):
            return None
        label = "vraag" if m.group("label").startswith("Vra") else "antwoord"
        return Marker(label, re.sub(r"\s+", " ", nums or ""), m.start(), m.end())

    # -- footnotes ------------------------------------------------------------------------

    def _accept_notes(self, info: list[dict]) -> None:
        """Decide which "12 Kamerstuk ..." lines are footnote texts."""
        own_line_refs: set[str] = set()  # footnote numbers standing on a line of their own
        for i, item in enumerate(info):
            if item["kind"] == "number" and i + 1 < len(info):
                number = item["text"].strip(" *_")
                nxt = info[i + 1]
                body = nxt["text"].strip()
                looks = _FOOTNOTE_LOOK.match(body) or (
                    len(body) < 200 and body[:1].isupper() and body.endswith(".")
                )
                if (
                    nxt["kind"] in ("text", "note?")
                    and nxt["gap"] == "line"
                    and looks
                    and number not in self.consumed
                    and (number in own_line_refs or self._referenced(number, item["a"]))
                ):
                    # "7" on its own line, the footnote text on the next
                    item.update(kind="note?", number=number, body=nxt["a"])
                    item["b"] = nxt["b"]
                    item["text"] = nxt["text"]
                    nxt["kind"] = "skip"
                else:
                    own_line_refs.add(number)
            if item["kind"] != "note?":
                continue
            number = item["number"]
            note_text = self.source[item["body"] : item["b"]]
            ok = number not in self.consumed and (
                number in own_line_refs
                or self._referenced(number, item["a"])
                # the reference may be lost in the PDF ("vastge-|steld" with its raised
                # digit dropped); a citation at the foot of a page is a footnote all the same
                or (
                    _FOOTNOTE_LOOK.match(note_text.strip()) is not None
                    and self._zone_follows(info, i)
                )
            )
            if ok:
                starts_para = (
                    i == 0
                    or item["gap"] != "line"
                    or info[i - 1]["kind"] in ("furniture", "footnote", "number")
                )
                body = self.source[item["body"] : item["b"]]
                short_note = len(body) < 200 and not body[:1].islower()
                ok = self._zone_follows(info, i) or (
                    starts_para and (_FOOTNOTE_LOOK.match(body) is not None or short_note)
                )
            if ok:
                item["kind"] = "footnote"
                item["zone"] = True
                self.consumed.add(number)
            else:
                item["kind"] = "text"

    def _zone_follows(self, info: list[dict], i: int) -> bool:
        """Whether only footnote lines lie between line i and a page break or the end."""
        continuation = 0
        last = int(info[i]["number"])
        for item in info[i + 1 : i + 16]:
            if item["gap"] == "page" or item["kind"] == "furniture":
                return True
            if item["kind"] == "note?" and int(item["number"]) > last:
                last = int(item["number"])
                continuation = 0
            elif item["kind"] in ("text", "number", "skip"):
                continuation += 1
                if continuation > 4:
                    return False
            else:
                return False
        return i + 16 >= len(info)

    # -- grouping -------------------------------------------------------------------------

    def run(self, lines: list[tuple[int, int]]) -> None:
        if self.flattened:
            for a, b in lines:
                self._flat(a, b, full=True)
            return
        # A converter may also flatten each page onto one line: such lines are cut up like
        # flattened text, the others are read line by line.
        run: list[tuple[int, int]] = []
        for a, b in lines:
            if b - a > _LONG_LINE and self._looks_flattened(a, b):
                self._lines(run)
                run = []
                self._flat(a, b, full=False)
            else:
                run.append((a, b))
        self._lines(run)

    def _looks_flattened(self, a: int, b: int) -> bool:
        if self._furniture_in(a, b):
            return True
        if self.kamervragen:
            return len(list(_MARKER_INLINE.finditer(self.source, a, b))) >= 2
        return _INLINE_HEADING.search(self.source, a, b) is not None

    def _lines(self, lines: list[tuple[int, int]]) -> None:
        info = self.classify(lines)
        self._accept_notes(info)
        texts = [len(it["text"].strip()) for it in info if it["kind"] == "text"]
        gaps = [it["gap"] for it in info if it["kind"] == "text"]
        wrapped = (
            len(texts) >= 8
            and statistics.median(texts) < 160
            and gaps.count("blank") < 0.25 * len(gaps)
        )
        width = sorted(texts)[int(len(texts) * 0.95)] if texts else 0
        cur: Para | None = None
        page_break = False
        in_zone = False
        prev_text = ""
        for item in info:
            kind = item["kind"]
            a, b = item["a"], item["b"]
            if kind in ("skip", "number"):
                continue
            if kind == "furniture" or item["gap"] == "page":
                cur = None
                page_break = True
                in_zone = False
                if kind == "furniture":
                    continue
            new = (
                cur is None
                or item["gap"] != "line"
                or kind in ("footnote", "marker", "heading")
                or cur.kind in ("heading",)
                or (cur.kind == "marker" and len(cur.pieces) == 0)
                or item.get("bullet", False)
                or (wrapped and not in_zone and _ends_paragraph(prev_text, item["text"], width))
            )
            if (
                cur is not None
                and cur.kind == "footnote"
                and in_zone
                and kind == "text"
                and (
                    item["gap"] == "line"
                    # the rest of a URL the converter set apart: "...-periode-" / "2018---2022"
                    or (prev_text.rstrip().endswith(("-", "/")) and " " not in item["text"].strip())
                )
            ):
                new = False
            if new:
                cur = Para([], self.line_no(a), kind="text", page_break=page_break)
                page_break = False
                if kind == "footnote":
                    cur.kind, cur.footnote = "footnote", item["number"]
                    in_zone = True
                    self.paras.append(cur)
                    a = item["body"]
                elif kind == "marker":
                    cur.kind, cur.marker = "marker", item["marker"]
                    in_zone = False
                    self.paras.append(cur)
                    a = item["marker"].end
                elif kind == "heading":
                    cur.kind, cur.level = "heading", item.get("level", 0)
                    in_zone = False
                    self.paras.append(cur)
                else:
                    in_zone = False
                    self.paras.append(cur)
            if self.source[a:b].strip():
                if cur.pieces and not self.source[cur.pieces[-1][1] : a].strip():
                    cur.pieces[-1] = (cur.pieces[-1][0], b)  # the next line of the paragraph
                else:
                    cur.pieces.append((a, b))
            prev_text = item["text"]

    # -- flattened text -------------------------------------------------------------------

    def _flat(self, a: int, b: int, full: bool) -> None:
        """Recover paragraphs from one long line (`full`: the whole document is this line)."""
        src = self.source
        pages: list[tuple[int, int, bool]] = []  # (start, end, followed by furniture)
        pos = a
        for fa, fb in self._furniture_in(a, b):
            pages.append((pos, fa, True))
            pos = fb
        if m := re.search(r"\s\d{1,3}\s*$", self.source[pos:b]):
            b = pos + m.start()  # the last page's bare page number
        pages.append((pos, b, False))
        page_break = False
        for p0, p1, footer in pages:
            body_end, notes = self._flat_notes(p0, p1) if footer else (p1, [])
            segments = []
            for s0, s1, kind, extra in self._flat_segments(p0, body_end, full):
                if kind == "text":
                    segments.extend(self._split_inline_notes(s0, s1))
                else:
                    segments.append((s0, s1, kind, extra))
            for s0, s1, kind, extra in segments:
                if kind == "footnote":
                    self.paras.append(
                        Para([(s0, s1)], self.line_no(s0), "footnote", footnote=extra)
                    )
                    continue
                has_text = bool(src[s0:s1].strip())
                if not has_text and kind != "marker":
                    continue
                para = Para([(s0, s1)] if has_text else [], self.line_no(s0), kind=kind)
                para.page_break, page_break = page_break, False
                para.marker = extra if kind == "marker" else None
                self.paras.append(para)
            for number, n0, n1 in notes:
                self.paras.append(Para([(n0, n1)], self.line_no(n0), "footnote", footnote=number))
            page_break = page_break or footer

    def _flat_notes(self, p0: int, p1: int) -> tuple[int, list[tuple[str, int, int]]]:
        """Footnote texts at the end of a flattened page: after the page's last glued
        reference, each starting with its number ("... gelegd.3 ... 3 Kamerstuk ...").

        Returns where the page body ends and (number, text start, text end) per footnote.
        """
        src = self.source
        i, j = bisect_left(self.ref_pos, p0), bisect_left(self.ref_pos, p1)
        page_refs = self.refs[i:j]
        if not page_refs:
            return p1, []
        pos = max(r.end for r in page_refs)
        starts: list[tuple[str, int, int]] = []  # (number, number start, text start)
        for number in sorted({r.number for r in page_refs}):
            found = None
            for m in re.finditer(rf"(?<!\S){number}\s+(?=\S)", src[pos:p1]):
                m_start, m_end = pos + m.start(), pos + m.end()
                before = src[max(p0, m_start - 12) : m_start].split()
                word = before[-1] if before else ""
                if _NOT_A_NOTE_BEFORE.fullmatch(word):
                    continue
                if not starts and not (
                    _FOOTNOTE_LOOK.match(src, m_end) or src[m_end : m_end + 1].isupper()
                ):
                    continue
                found = (m_start, m_end)
                break
            if found is None:
                if not starts:
                    return p1, []
                continue
            starts.append((str(number), *found))
            pos = found[1]
        notes = []
        for k, (number, _, body) in enumerate(starts):
            end = starts[k + 1][1] if k + 1 < len(starts) else p1
            notes.append((number, body, end))
            self.consumed.add(number)
        return starts[0][1], notes

    def _split_inline_notes(self, a: int, b: int) -> list[tuple[int, int, str, object]]:
        """Footnote texts standing between two paragraphs of flattened text: a referenced
        number after a sentence end, then a source ("1 Kamerstuk 36 410, nr. 3."), up to
        the next sentence end before a capital."""
        src = self.source
        j = bisect_left(self.ref_pos, b)
        out: list[tuple[int, int, str, object]] = []
        pos = a
        if "<sup>" in src:
            # Markdown: a footnote text starts with "<sup>7</sup>" after a space
            for m in _SUP_INLINE.finditer(src, a, b):
                if m.start() < pos:
                    continue
                n2 = _note_end(src, m.end(), b)
                out.append((pos, m.start(), "text", None))
                out.append((m.end(), n2, "footnote", m.group(1)))
                pos = n2
            out.append((pos, b, "text", None))
            return out
        for ref in self.refs[:j]:
            number = str(ref.number)
            if number in self.consumed:
                continue
            start = max(ref.end, pos)
            pattern = rf"(?<=[.!?»”)*])\s+({number})\s+(?=\S)"
            for m in re.finditer(pattern, src[start:b]):
                n0, n1 = start + m.start(1), start + m.end()
                if not _FOOTNOTE_LOOK.match(src, n1):
                    continue
                n2 = _note_end(src, n1, b)
                out.append((pos, n0, "text", None))
                out.append((n1, n2, "footnote", number))
                self.consumed.add(number)
                pos = n2
                break
        out.append((pos, b, "text", None))
        return out

    def _flat_segments(self, a: int, b: int, full: bool):
        """Split a flattened page body at markers, headings and (`full`) italic spans."""
        src = self.source
        cuts: list[tuple[int, int, str, object]] = []  # (start, end, kind, marker)
        if self.kamervragen:
            for m in _MARKER_INLINE.finditer(src, a, b):
                if not _sentence_boundary(src, a, m.start()):
                    continue
                label = "vraag" if m.group("label").startswith("Vra") else "antwoord"
                nums = re.sub(r"\s+", " ", m.group("nums"))
                cuts.append((m.start(), m.end(), "marker", Marker(label, nums, m.start(), m.end())))
        else:
            for m in _INLINE_HEADING.finditer(src, a, b):
                group = next(g for g in "fpib" if m.group(g))
                if group in "ib" and not full:
                    continue  # "Inleiding", "Bijlage" only where nothing else marks them
                cuts.append((*m.span(group), "heading", None))
        segments: list[tuple[int, int, str, object]] = []
        pos = a
        pending: tuple[str, object] = ("text", None)
        for s, e, kind, extra in cuts:
            if s < pos:
                continue
            segments.append((pos, s, *pending))
            if kind == "heading":
                segments.append((s, e, "heading", None))
                pending = ("text", None)
            else:
                pending = (kind, extra)
            pos = e
        segments.append((pos, b, *pending))
        if self.kamervragen or not self.markdown or not full:
            return segments
        out = []
        for s, e, kind, extra in segments:
            if kind != "text":
                out.append((s, e, kind, extra))
                continue
            bounds = {s, e}
            bounds.update(m.start() for m in _ITALIC_OPEN.finditer(src, s, e))
            bounds.update(m.end() for m in _ITALIC_CLOSE.finditer(src, s, e))
            edges = sorted(bounds)
            out.extend((x, y, "text", None) for x, y in zip(edges, edges[1:], strict=False))
        return out


_NOTE_END = re.compile(r"[.!?](?=\s+(?:<sup>|\d{1,3}\s|[*_#]*[^\W\d_]|«))")
_ABBREVIATION = re.compile(
    r"(?:\b[^\W\d_]\.)+$|\b(?:nr|nrs|bijv|zie|resp|incl|excl|ca|vgl|art|blz|pag|p|jl|e\.a)$"
)


def _note_end(source: str, start: int, end: int) -> int:
    """Where a footnote text in flattened text ends: at the first sentence end (not after
    an abbreviation like "nr." or "m.b.t.") before a word, another footnote or a number."""
    for m in _NOTE_END.finditer(source, start, end):
        if not _ABBREVIATION.search(source, max(start, m.start() - 12), m.start()):
            return m.end()
    return end


def _sentence_boundary(source: str, floor: int, pos: int) -> bool:
    """Whether `pos` starts a sentence: after ".", "?", a glued footnote number, or at the start."""
    k = pos - 1
    while k >= floor and source[k].isspace():
        k -= 1
    return k < floor or source[k] in '.?!:;»”")]*_' or source[k].isdigit()


def _ends_paragraph(line: str, next_line: str, width: int) -> bool:
    """In wrapped text: does a paragraph end after `line`?"""
    text = line.rstrip()
    if not text or not width:
        return False
    short = len(text) < 0.85 * width
    if text.endswith("?"):
        return True  # a question ends here; splitting a question in two does no harm
    if _TERMINAL.search(text):
        # the line was broken on purpose if the next word would have fitted on it
        words = next_line.split(None, 1)
        return short or len(text) + 1 + len(words[0] if words else "") <= width
    nxt = next_line.lstrip()
    # a short line without final punctuation before a capital: a heading
    return (
        len(text) < 0.6 * width
        and text[:1].isupper()
        and nxt[:1].isupper()
        and not re.search(r"\b(?:de|het|een|van|en|in|op|voor|met|aan|te|dat|die)$", text)
    )
