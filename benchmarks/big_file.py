"""One very large text file: memory, time and refusal (issue 18, item 5).

    .venv/bin/python benchmarks/big_file.py [--mb 30] [--work DIR]

1. Writes two files: a plausible verslag van een schriftelijk overleg of about
   `--mb` MB (the seed's faction sections repeated, with varied dossier numbers,
   dates and factions), and a file of nonsense (random letters and words) 1 MB larger.
2. Imports each into a new register with `tracker import`, in its own process, under
   `/usr/bin/time -v` where there is one: wall time and peak memory (RSS).
3. Prints one table: file | size | wall | peak RSS | RSS / size | outcome. The targets:
   peak memory well under 10x the file size, and the nonsense refused.

Not a test: run it by hand and read the table.
"""

from __future__ import annotations

import argparse
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SEED = ROOT / "resources" / "samples" / "kst-32637-448.md"
PARTIES = ("VVD", "CDA", "D66", "GroenLinks", "PvdA", "ChristenUnie", "SP", "PVV", "SGP", "BBB")
MONTHS = ("januari", "maart", "mei", "juli", "september", "november")
DATE_MONTHS = (
    "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
)


def plausible_text(size: int, seed: int = 18) -> str:
    """A verslag of about `size` characters: the seed's header once, then its faction
    sections again and again, each copy with other factions, Kamerstuk numbers and dates."""
    rng = random.Random(seed)
    source = SEED.read_text(encoding="utf-8")
    start = source.index("### Vragen en opmerkingen van de leden van de VVD")
    end = source.index("**Bijlage")
    header, body = source[:start], source[start:end]
    parts = [header]
    total = len(header)
    round_ = 0
    while total < size:
        round_ += 1
        party = iter(rng.sample(PARTIES, len(PARTIES)))
        text = re.sub(
            r"leden van de [\w]+-fractie",
            lambda _m, party=party: f"leden van de {next(party, 'SP')}-fractie",
            body,
        )
        text = re.sub(r"nr\. \d+", lambda _m: f"nr. {rng.randint(100, 999)}", text)
        text = re.sub(
            rf"\b(\d{{1,2}}) ({DATE_MONTHS}) (20\d\d)\b",
            lambda _m: f"{rng.randint(1, 28)} {rng.choice(MONTHS)} {rng.randint(2019, 2026)}",
            text,
        )
        parts.append(f"### Ronde {round_}\n\n{text}")
        total += len(parts[-1])
    return "".join(parts)[:size]


def nonsense_text(size: int, seed: int = 18) -> str:
    """`size` characters of random letters in word-like groups, some lines, no structure."""
    rng = random.Random(seed)
    letters = "abcdefghijklmnopqrstuvwxyz"
    words = ["".join(rng.choice(letters) for _ in range(rng.randint(1, 12))) for _ in range(5000)]
    out: list[str] = []
    total = 0
    while total < size:
        line = " ".join(rng.choice(words) for _ in range(rng.randint(5, 30)))
        line += rng.choice((".\n", "\n", "\n\n", " "))
        out.append(line)
        total += len(line)
    return "".join(out)[:size]


def _measure(path: Path, work: Path) -> tuple[float, float | None, str]:
    """(wall seconds, peak RSS in MB or None, the last line the import printed)."""
    db = work / f"{path.stem}.sqlite"
    db.unlink(missing_ok=True)
    tracker = ROOT / ".venv" / "bin" / "tracker"
    command = [str(tracker), "--db", str(db), "import", str(path)]
    timer = Path("/usr/bin/time")
    if timer.exists():
        command = [str(timer), "-v", *command]
    begin = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - begin
    peak = None
    if match := re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr):
        peak = int(match.group(1)) / 1024
    said = [
        line.strip()
        for line in (done.stdout + done.stderr).splitlines()
        if line.strip()
        and not line.startswith("\t")
        and not line.startswith(("Command being timed", "Command exited"))
    ]
    return wall, peak, said[-1] if said else f"exit {done.returncode}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=30.0)
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "big_file")
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    size = int(args.mb * 2**20)
    files = {
        "plausible verslag": (args.work / "big-verslag.md", plausible_text(size)),
        "nonsense": (args.work / "nonsense.txt", nonsense_text(size + 2**20)),
    }
    print(f"{'file':<18} | {'size':>7} | {'wall':>7} | {'peak RSS':>9} | {'RSS/size':>8} | outcome")
    for name, (path, text) in files.items():
        path.write_text(text, encoding="utf-8")
        megabytes = path.stat().st_size / 2**20
        wall, peak, said = _measure(path, args.work)
        ratio = f"{peak / megabytes:.1f}x" if peak else "?"
        peak_text = f"{peak:.0f} MB" if peak else "?"
        print(
            f"{name:<18} | {megabytes:5.1f}MB | {wall:6.1f}s | {peak_text:>9} | {ratio:>8} | ",
            end="",
        )
        print(said[:90])


if __name__ == "__main__":
    sys.exit(main())
