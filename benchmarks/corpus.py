"""A large, realistic corpus of answer documents for the scale benchmarks.

    .venv/bin/python benchmarks/corpus.py OUT_DIR [--documents N] [--seed S]

Builds N documents (default 5,000, about 100,000 commitments) from the seed
(Kamerstuk 32 637, nr. 448), the unseen test documents in `tests/data/extract/unseen`,
the Kamervragen fixtures and the letters in `tests/data/hints`:

- a *verslag* (schriftelijk overleg) is the head of one verslag template followed by
  faction sections drawn from all verslag templates (the seed's sections included);
- *Kamervragen* are the head of one Aanhangsel template followed by question/answer
  pairs drawn from several, renumbered;
- a few *letters* (brieven), which hold few or no commitments.

Each document gets its own dossier and number (unique in the corpus), its years
shifted so its date falls in 2019–2026 (every year in the text moves with it, so the
time phrases stay in step), and the factions and the ministry swapped from lists.
The same seed number gives byte-identical files.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED_DOC = ROOT / "resources" / "samples" / "kst-32637-448.md"
UNSEEN = ROOT / "tests" / "data" / "extract" / "unseen"
FIXTURES = ROOT / "tests" / "data" / "documents"
LETTERS = ROOT / "tests" / "data" / "hints"

FIRST_YEAR, LAST_YEAR = 2019, 2026
# Share of each kind; the rest are Kamervragen.
VERSLAG_SHARE = 0.55
LETTER_SHARE = 0.05

# (full name as in "Minister van …", short name used in Aanhangsel headers)
MINISTRIES = [
    "Economische Zaken en Klimaat",
    "Onderwijs, Cultuur en Wetenschap",
    "Volksgezondheid, Welzijn en Sport",
    "Financiën",
    "Justitie en Veiligheid",
    "Binnenlandse Zaken en Koninkrijksrelaties",
    "Infrastructuur en Waterstaat",
    "Sociale Zaken en Werkgelegenheid",
    "Landbouw, Visserij, Voedselzekerheid en Natuur",
    "Defensie",
    "Klimaat en Groene Groei",
    "Volkshuisvesting en Ruimtelijke Ordening",
    "Asiel en Migratie",
]
FACTIONS = [
    "VVD",
    "PVV",
    "NSC",
    "BBB",
    "GroenLinks-PvdA",
    "D66",
    "CDA",
    "SP",
    "ChristenUnie",
    "SGP",
    "PvdD",
    "Volt",
    "JA21",
    "DENK",
    "FVD",
    "GroenLinks",
    "PvdA",
]
DOSSIERS = [
    ("32 637", "Bedrijfslevenbeleid"),
    ("36 592", "Defensienota 2024"),
    ("31 066", "Belastingdienst"),
    ("19 637", "Vreemdelingenbeleid"),
    ("31 288", "Hoger Onderwijsbeleid"),
    ("29 282", "Arbeidsmarktbeleid in de zorg"),
    ("29 023", "Voorzienings- en leveringszekerheid energie"),
    ("35 334", "Problematiek rondom stikstof en PFAS"),
    ("31 839", "Jeugdbeleid"),
    ("32 847", "Integrale visie op de woningmarkt"),
    ("29 544", "Arbeidsmarktbeleid"),
    ("35 925", "Vaststelling begrotingsstaten"),
]

YEAR = re.compile(r"(?<![\d.,])(19[89]\d|20[0-4]\d)(?![\d.,]\d)")
FACTION_NAMES = re.compile(
    r"(?<![\w-])("
    + "|".join(re.escape(f) for f in sorted(FACTIONS, key=len, reverse=True))
    + r")(?![\w])"
)
SECTION = re.compile(r"^#{3,4} .*fractie", re.MULTILINE)
QA_NUMBER = re.compile(r"^(Vraag|Antwoord) (\d+)(?: en (\d+))?", re.MULTILINE)
HEAD_DATE = re.compile(r"(Vastgesteld|ontvangen|Den Haag,) (\d{1,2} \w+ )(\d{4})")


@dataclass(frozen=True)
class Template:
    """A source document cut in a head (title, date, addressee) and a body."""

    name: str
    head: str
    body: str
    year: int  # the year of the head's date, which the shift is based on
    ministry: str | None  # the ministry named in the head, swapped for another


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def _year(text: str) -> int:
    found = HEAD_DATE.search(text)
    if found is None:
        raise ValueError(f"no Vastgesteld/ontvangen/Den Haag date in the template: {text[:80]!r}")
    return int(found.group(3))


def _ministry(head: str) -> str | None:
    for name in sorted(MINISTRIES, key=len, reverse=True):
        if name in head:
            return name
    return None


def _split_sections(text: str) -> tuple[str, list[str]]:
    """(head up to the first faction section, the faction sections)."""
    starts = [m.start() for m in SECTION.finditer(text)]
    head = text[: starts[0]]
    bounds = starts + [len(text)]
    return head, [text[a:b].rstrip() + "\n\n" for a, b in zip(bounds, bounds[1:], strict=False)]


def _split_pairs(text: str) -> tuple[str, list[str]]:
    """(head up to "Vraag 1", the question/answer pairs, each from a "Vraag" line)."""
    starts = [m.start() for m in QA_NUMBER.finditer(text) if m.group(1) == "Vraag"]
    head = text[: starts[0]]
    bounds = starts + [len(text)]
    pairs: list[str] = []
    pending = ""
    for a, b in zip(bounds, bounds[1:], strict=False):
        # "Vraag 4", "Vraag 5", "Antwoord 4 en 5": questions answered together stay together
        pending += text[a:b]
        if re.search(r"^Antwoord \d", pending, re.MULTILINE):
            pairs.append(pending.rstrip() + "\n\n")
            pending = ""
    return head, pairs


@dataclass
class Sources:
    verslag_heads: list[Template]
    sections: list[tuple[int, str]]  # (year, faction section)
    kamervragen_heads: list[Template]
    pairs: list[tuple[int, str]]  # (year, question/answer pair)
    letters: list[Template]


def load_sources() -> Sources:
    verslag_files = [SEED_DOC, *sorted(UNSEEN.glob("kst-*.md"))]
    kamervragen_files = [
        # the hard-wrapped PDF text (ah-*-pdf) is left out: its lines would mix badly
        *sorted(p for p in UNSEEN.glob("ah-*.txt") if "-pdf" not in p.name),
        FIXTURES / "kamervragen-clean.txt",
    ]
    verslag_heads, sections = [], []
    for path in verslag_files:
        text = _read(path)
        head, parts = _split_sections(text)
        year = _year(head)
        verslag_heads.append(Template(path.name, head, "", year, _ministry(head)))
        sections += [(year, p) for p in parts]
    kamervragen_heads, pairs = [], []
    for path in kamervragen_files:
        text = _read(path).replace("\r\n", "\n")
        head, parts = _split_pairs(text)
        year = _year(head)
        kamervragen_heads.append(Template(path.name, head, "", year, _ministry(head)))
        pairs += [(year, p) for p in parts]
    letters = []
    for path in sorted(LETTERS.glob("*.md")):
        text = _read(path)
        letters.append(Template(path.name, text, "", _year(text), _ministry(text)))
    return Sources(verslag_heads, sections, kamervragen_heads, pairs, letters)


def _shift_years(text: str, delta: int) -> str:
    if delta == 0:
        return text
    return YEAR.sub(lambda m: str(int(m.group(1)) + delta), text)


def _swap_factions(text: str, rng: random.Random) -> str:
    mapping = dict(zip(FACTIONS, rng.sample(FACTIONS, len(FACTIONS)), strict=True))
    return FACTION_NAMES.sub(lambda m: mapping[m.group(1)], text)


def _renumber(pairs: list[str]) -> str:
    out, n = [], 0
    for pair in pairs:
        numbers = sorted({int(g) for m in QA_NUMBER.finditer(pair) for g in m.groups()[1:] if g})
        offset = n + 1 - numbers[0]
        out.append(
            QA_NUMBER.sub(
                lambda m, o=offset: (
                    f"{m.group(1)} {int(m.group(2)) + o}"
                    + (f" en {int(m.group(3)) + o}" if m.group(3) else "")
                ),
                pair,
            )
        )
        n = numbers[-1] + offset
    return "".join(out)


def _set_identity(head: str, kind: str, dossier: tuple[str, str], number: int) -> str:
    if kind == "kamervragen":
        # The Aanhangsel number: a line holding only a number, after the heading.
        return re.sub(r"^\d{1,5}$", str(number), head, count=1, flags=re.MULTILINE)
    head = re.sub(r"\*\*\d{2} \d{3}\*\*", f"**{dossier[0]}**", head, count=1)
    head = re.sub(r"\*\*Nr\. \d+\*\*", f"**Nr. {number}**", head, count=1)
    return head


def _spread_year(text: str, template_year: int, year: int) -> str:
    return _shift_years(text, year - template_year)


def make_document(sources: Sources, rng: random.Random, index: int) -> tuple[str, str, str]:
    """(kind, file name, text) of document `index` (1-based)."""
    roll = rng.random()
    year = rng.randint(FIRST_YEAR, LAST_YEAR)
    number = 10_000 + index  # unique in the corpus, so (dossier, number) is too
    dossier = rng.choice(DOSSIERS)
    ministry = rng.choice(MINISTRIES)
    if roll < LETTER_SHARE:
        kind, template = "brief", rng.choice(sources.letters)
        body_parts: list[tuple[int, str]] = []
    elif roll < LETTER_SHARE + VERSLAG_SHARE:
        kind, template = "verslag", rng.choice(sources.verslag_heads)
        body_parts = rng.sample(sources.sections, rng.randint(6, 12))
    else:
        kind, template = "kamervragen", rng.choice(sources.kamervragen_heads)
        body_parts = rng.sample(
            sources.pairs, rng.randint(len(sources.pairs) // 2, len(sources.pairs))
        )
    head = _set_identity(template.head, kind, dossier, number)
    if template.ministry:
        head = head.replace(template.ministry, ministry)
    text = _spread_year(head, template.year, year)
    bodies = [_spread_year(part, part_year, year) for part_year, part in body_parts]
    text += _renumber(bodies) if kind == "kamervragen" else "".join(bodies)
    text = _swap_factions(text, rng)
    if kind == "kamervragen":
        # The official id, as on officielebekendmakingen.nl, makes the reference unique.
        session = re.search(r"Vergaderjaar (\d{4})–(\d{4})", text)
        years = f"{session.group(1)}{session.group(2)}" if session else f"{year - 1}{year}"
        text = f"ah-tk-{years}-{number}\n\n" + text
    suffix = ".txt" if kind == "kamervragen" else ".md"
    name = f"{index:05d}-{kind}-{dossier[0].replace(' ', '')}-{number}{suffix}"
    return kind, name, text


def generate(folder: Path | str, documents: int = 5000, seed: int = 1) -> dict[str, int]:
    """Write `documents` files into `folder`; returns counts per kind and "bytes"."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    sources = load_sources()
    rng = random.Random(seed)
    counts: dict[str, int] = {"verslag": 0, "kamervragen": 0, "brief": 0, "bytes": 0}
    for index in range(1, documents + 1):
        kind, name, text = make_document(sources, rng, index)
        data = text.encode("utf-8")
        (folder / name).write_bytes(data)
        counts[kind] += 1
        counts["bytes"] += len(data)
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder to write the documents into")
    parser.add_argument("--documents", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    counts = generate(args.out, args.documents, args.seed)
    print(
        f"{args.documents:,} documents in {args.out}: {counts['verslag']:,} verslagen, "
        f"{counts['kamervragen']:,} Kamervragen, {counts['brief']:,} brieven; "
        f"{counts['bytes'] / 1e6:.1f} MB"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
