"""The scale benchmark in one command: a generated corpus, then every figure of issue 11.

    benchmarks/run [--quick] [--documents N] [--seed S] [--commitments N] [--work DIR]

or, the same: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/run.py [--quick]
        [--documents N] [--seed S] [--work DIR]

1. Generates the corpus (`corpus.py`; 5,000 documents, about 100,000 commitments),
   cached in DIR (default: the temp folder) by seed and size.
2. Runs each step in its own process, so the peak memory printed is that step's own:
   (a) `tracker import` of the corpus (with --quick: of its first 500 documents) into
       a new register, on one core: documents/s, MB/s, database size; then the same
       files into another new register on all cores (worker processes, one writer),
       and their ratio (target ≥ 1.7× on 2 cores);
   (b) the window (`ui_speed.py`) on the imported register, when the import made a
       large one (the full corpus: about 95,000 commitments), and on the synthetic
       register of `store_speed.py` (exactly 100,000, or --commitments N: e.g. 500000,
       with the targets of issue 20 and the longest frozen frame), each in its own
       process; `facet_counts` on the synthetic 100,000;
   (c) reading and extraction alone, without the database, on one core;
   (d) 10,000 rows to xlsx against openpyxl's default workbook (`export_speed.py`);
   (e) our date reader against dateparser (`dates_vs_dateparser.py`).
3. Prints one table: step | figure | target | met. Always exits 0: it is a report.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

TARGET_DOCS_PER_S = 20.0
TARGET_ALL_CORES = 1.7  # import on all (2) cores ÷ import on one core
TARGET_IMPORT_VS_EXTRACT = 0.75  # import on one core ÷ reading and extraction alone
TARGET_FACETS_S = 0.100
FULL_CORPUS = 5_000  # the parliamentary year: imported on all cores in ...
TARGET_CORPUS_SECONDS = 90.0  # ... at most this (issue 20)
QUICK_DOCUMENTS = 500
WINDOW_COMMITMENTS = 100_000


def peak_mb() -> float:
    """This process's peak resident memory (ru_maxrss is in KiB on Linux)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# -- steps, each run in a child process ---------------------------------------------


def one_core() -> None:
    """Pin this process to one core: the import and extraction figures are for one."""
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})


def corpus_files(corpus: Path, limit: int | None) -> list[Path]:
    """The documents of the corpus (its first `limit`), not its hidden marker file."""
    files = sorted(p for p in corpus.iterdir() if p.is_file() and not p.name.startswith("."))
    return files[:limit] if limit else files


def step_import(db: Path, corpus: Path, limit: int | None, cores: str = "one") -> dict:
    """`tracker import` of the corpus files into a new register at `db`, on one core
    (in-process, as `tracker.import_pool` decides for one usable core) or on all."""
    from tracker.cli import main as tracker_main
    from tracker.import_pool import usable_cores

    os.environ.pop("TRACKER_IMPORT_WORKERS", None)  # as a user's import decides
    if cores == "one":
        one_core()
    files = corpus_files(corpus, limit)
    size = sum(p.stat().st_size for p in files)
    out = io.StringIO()
    started = time.perf_counter()
    with contextlib.redirect_stdout(out):
        code = tracker_main(["--db", str(db), "import", *map(str, files)])
    seconds = time.perf_counter() - started
    from tracker.store.connection import close_database, open_database
    from tracker.store.models import Commitment, Document

    open_database(db)
    documents, commitments = Document.select().count(), Commitment.select().count()
    close_database()
    return {
        "code": code,
        "files": len(files),
        "documents": documents,
        "commitments": commitments,
        "seconds": seconds,
        "bytes": size,
        "db_bytes": sum(p.stat().st_size for p in db.parent.glob(db.name + "*")),
        "peak_mb": peak_mb(),
        "cores": usable_cores(),
    }


def step_extract(corpus: Path, limit: int | None) -> dict:
    """Reading and extraction alone (no database), one core: what the import's other
    work is measured against."""
    from tracker.documents.reader import read_document
    from tracker.extract import extract

    one_core()
    files = corpus_files(corpus, limit)
    size = found = 0
    started = time.perf_counter()
    for path in files:
        data = path.read_bytes()
        size += len(data)
        found += len(extract(read_document(path, data)))
    seconds = time.perf_counter() - started
    return {
        "files": len(files),
        "bytes": size,
        "commitments": found,
        "seconds": seconds,
        "peak_mb": peak_mb(),
    }


def synthetic_register(work: Path, commitments: int) -> Path:
    """The synthetic register of store_speed.py with `commitments` rows, made once and
    cached in `work` (brought to the current schema when opened)."""
    from store_speed import fill

    name = (
        "synthetic.sqlite"
        if commitments == WINDOW_COMMITMENTS
        else f"synthetic-{commitments}.sqlite"
    )
    db = work / name
    if not db.exists():
        partial = db.with_suffix(".partial")
        for stale in partial.parent.glob(partial.name + "*"):
            stale.unlink()
        fill(partial, commitments, 5_000)
        partial.rename(db)
    return db


def step_window(db: Path | None, work: Path, commitments: int = WINDOW_COMMITMENTS) -> dict:
    """The window on the register at `db` (None: the synthetic register of
    store_speed.py with `commitments` rows), with the targets of its size."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from ui_speed import TARGETS_100K, TARGETS_500K, measure_window

    from tracker.store.connection import close_database, open_database
    from tracker.store.models import Commitment

    if db is None:
        db = synthetic_register(work, commitments)
    open_database(db)
    count = Commitment.select().count()
    close_database()
    targets = TARGETS_500K if count >= 500_000 else TARGETS_100K
    with contextlib.redirect_stdout(io.StringIO()):
        results, shown = measure_window(db, work, targets)
    return {
        "count": count,
        "results": results,
        "shown": shown,
        "peak_mb": peak_mb(),
        "target_mb": targets.memory_mb,
    }


def step_facets(work: Path) -> dict:
    """`facet_counts` of the whole register and of "Vandaag" with a search, on the
    synthetic 100,000 (the best of five after a warm-up, as store_speed.py)."""
    import datetime as dt

    from store_speed import best_of

    from tracker.store.connection import close_database, open_database
    from tracker.store.filters import Filter, facet_counts

    db = synthetic_register(work, WINDOW_COMMITMENTS)
    open_database(db)
    as_of = dt.date(2025, 6, 1)
    everything, _ = best_of(lambda: facet_counts(Filter(as_of=as_of)))
    today, _ = best_of(lambda: facet_counts(Filter(today=True, text="praktijk", as_of=as_of)))
    close_database()
    return {"everything": everything, "today": today, "peak_mb": peak_mb()}


def step_export(work: Path) -> dict:
    from export_speed import AS_OF, best_of, default_workbook, make_rows

    from tracker.export.xlsx import write_overdue_xlsx

    rows = make_rows(10_000)
    ours = best_of(
        3, lambda: write_overdue_xlsx(work / "a.xlsx", rows, as_of=AS_OF, description="alle")
    )
    peer = best_of(1, lambda: default_workbook(str(work / "b.xlsx"), rows))
    return {"ours": ours, "peer": peer, "peak_mb": peak_mb()}


def step_dates() -> dict:
    import dates_vs_dateparser as dvd

    cases = dvd.load_phrases(dvd.DEFAULT_GOLD if dvd.DEFAULT_GOLD.exists() else None)
    text = dvd.DEFAULT_SEED.read_text(encoding="utf-8")
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    right = sum(dvd.ours(phrase) == want for _, phrase, want in cases)
    ours_mbps, _ = dvd.throughput(
        lambda t: dvd.find_time_expressions(t, dvd.REFERENCE), text, paragraphs, 5
    )
    result = {"share": right / len(cases), "ours_mbps": ours_mbps, "peak_mb": peak_mb()}
    try:
        dp_parse, dp_search = dvd.make_dateparser()
    except ImportError:
        return result | {"peer": None}
    dp_right = sum(dp_parse(phrase) == want for _, phrase, want in cases)
    dp_mbps, _ = dvd.throughput(dp_search, text, paragraphs, 1)
    return result | {"peer": {"share": dp_right / len(cases), "mbps": dp_mbps}}


# -- the parent: corpus, children, table --------------------------------------------


def run_step(args: list[str]) -> dict | None:
    """Run `run.py --step …` in a new process; its last stdout line is its JSON."""
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    done = subprocess.run(
        [sys.executable, __file__, *args], capture_output=True, text=True, env=env
    )
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        print(f"step {args[1]} failed:\n{done.stderr[-2000:]}", file=sys.stderr)
        return None
    return json.loads(lines[-1])


def corpus_folder(work: Path, documents: int, seed: int) -> Path:
    from corpus import generate

    folder = work / f"corpus-seed{seed}-n{documents}"
    marker = folder / ".complete"
    if not marker.exists():
        started = time.perf_counter()
        counts = generate(folder, documents, seed)
        marker.write_text(json.dumps(counts), encoding="utf-8")
        print(
            f"corpus: {documents:,} documents, {counts['bytes'] / 1e6:.1f} MB, "
            f"in {time.perf_counter() - started:.0f} s → {folder}"
        )
    else:
        print(f"corpus: cached in {folder}")
    return folder


def verdict(ok: bool | None) -> str:
    return "-" if ok is None else ("met" if ok else "NOT met")  # as ui_speed.py says it


def throughput(name: str, step: dict, detail: str) -> tuple[str, str, str, str]:
    """The table row of a step that went through `files` documents of `bytes`."""
    rate, mbps = step["files"] / step["seconds"], step["bytes"] / 1e6 / step["seconds"]
    return (
        name,
        f"{rate:.1f} docs/s, {mbps:.2f} MB/s ({step['files']:,} docs, {detail})",
        f"≥ {TARGET_DOCS_PER_S:.0f} docs/s",
        verdict(rate >= TARGET_DOCS_PER_S),
    )


def report(args: argparse.Namespace) -> int:
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    corpus = corpus_folder(work, args.documents, args.seed)
    rows: list[tuple[str, str, str, str]] = []

    limit = QUICK_DOCUMENTS if args.quick else None
    db = work / f"import-seed{args.seed}-n{args.documents}-{limit or 'all'}.sqlite"
    for stale in db.parent.glob(db.name + "*"):
        stale.unlink()
    print(f"import: {min(limit or args.documents, args.documents):,} documents …", flush=True)
    imp = run_step(
        ["--step", "import", "--db", str(db), "--corpus", str(corpus)]
        + (["--limit", str(limit)] if limit else [])
    )
    # The same files on all cores, into a register of its own, right after.
    all_db = db.with_name(db.stem + "-all-cores.sqlite")
    for stale in all_db.parent.glob(all_db.name + "*"):
        stale.unlink()
    print("import, all cores …", flush=True)
    every = run_step(
        ["--step", "import", "--cores", "all", "--db", str(all_db), "--corpus", str(corpus)]
        + (["--limit", str(limit)] if limit else [])
    )
    if imp:
        rows += [
            throughput("import+extract, one core", imp, f"{imp['seconds']:.0f} s"),
            (
                "register after import",
                f"{imp['documents']:,} docs, {imp['commitments']:,} commitments, "
                f"{imp['db_bytes'] / 1e6:.0f} MB",
                "",
                "",
            ),
            ("peak memory: import", f"{imp['peak_mb']:.0f} MB", "", ""),
        ]
    if every:
        cores = every["cores"]
        rows.append(
            throughput(f"import+extract, all {cores} cores", every, f"{every['seconds']:.0f} s")
        )
        if every["files"] >= FULL_CORPUS:
            rows.append(
                (
                    f"{every['files']:,} documents on all {cores} cores",
                    f"{every['seconds']:.0f} s",
                    f"≤ {TARGET_CORPUS_SECONDS:.0f} s",
                    verdict(every["seconds"] <= TARGET_CORPUS_SECONDS),
                )
            )
        rows.append(("peak memory: import, writer", f"{every['peak_mb']:.0f} MB", "", ""))
    if imp and every:
        ratio = (every["files"] / every["seconds"]) / (imp["files"] / imp["seconds"])
        rows.append(
            (
                f"import {every['cores']} cores / 1 core",
                f"{ratio:.2f}×",
                f"≥ {TARGET_ALL_CORES}×",
                verdict(ratio >= TARGET_ALL_CORES) if every["cores"] >= 2 else "-",
            )
        )

    print("extraction alone …", flush=True)
    ext = run_step(
        ["--step", "extract", "--corpus", str(corpus)] + (["--limit", str(limit)] if limit else [])
    )
    if ext:
        rows += [
            throughput(
                "read+extract only (no database), one core",
                ext,
                f"{ext['commitments']:,} commitments",
            ),
            ("peak memory: extraction", f"{ext['peak_mb']:.0f} MB", "", ""),
        ]
    if imp and ext:
        ratio = (imp["files"] / imp["seconds"]) / (ext["files"] / ext["seconds"])
        rows.append(
            (
                "import/extraction (one core)",
                f"{ratio:.2f}×",
                f"≥ {TARGET_IMPORT_VS_EXTRACT}×",
                verdict(ratio >= TARGET_IMPORT_VS_EXTRACT),
            )
        )

    print("facet counts …", flush=True)
    fac = run_step(["--step", "facets", "--work", str(work)])
    if fac:
        rows += [
            (
                f"facet_counts, synthetic {WINDOW_COMMITMENTS:,}: {what}",
                f"{fac[key] * 1000:.0f} ms",
                f"< {TARGET_FACETS_S * 1000:.0f} ms",
                verdict(fac[key] < TARGET_FACETS_S),
            )
            for what, key in (("everything", "everything"), ("Vandaag + search", "today"))
        ]

    # The window on the imported register (real documents), when the import made a
    # large one, and on the synthetic register (WINDOW_COMMITMENTS, or --commitments).
    registers = [("synthetic", ["--synthetic", "--commitments", str(args.commitments)])]
    if imp and imp["commitments"] >= WINDOW_COMMITMENTS // 2:
        registers.insert(0, ("imported", ["--db", str(db)]))
    for name, where in registers:
        print(f"window ({name} register) …", flush=True)
        win = run_step(["--step", "window", "--work", str(work), *where])
        if not win:
            continue
        label = f"{name}, {win['count']:,}"
        rows += [
            (f"window ({label}): {what}", value, target, met)
            for what, value, target, met in win["results"]
        ]
        rows.append(
            (
                f"peak memory: window ({label})",
                f"{win['peak_mb']:.0f} MB",
                f"< {win['target_mb']:.0f} MB",
                verdict(win["peak_mb"] < win["target_mb"]),
            )
        )

    print("export …", flush=True)
    exp = run_step(["--step", "export", "--work", str(work)])
    if exp:
        rows += [
            (
                "xlsx export, 10,000 rows",
                f"{exp['ours']:.2f} s (openpyxl default {exp['peer']:.2f} s, "
                f"{exp['peer'] / exp['ours']:.1f}× faster)",
                "< 3 s",
                verdict(exp["ours"] < 3.0),
            ),
            ("peak memory: export", f"{exp['peak_mb']:.0f} MB", "", ""),
        ]

    print("dates …", flush=True)
    dat = run_step(["--step", "dates"])
    if dat:
        peer = dat["peer"]
        rows.append(
            (
                "dates: seed phrases right",
                f"{dat['share']:.0%}" + (f" (dateparser {peer['share']:.0%})" if peer else ""),
                "≥ 98 %",
                verdict(dat["share"] >= 0.98),
            )
        )
        rows.append(
            (
                "dates: throughput on the seed",
                f"{dat['ours_mbps']:.2f} MB/s"
                + (
                    f" (dateparser {peer['mbps']:.2f}, {dat['ours_mbps'] / peer['mbps']:.0f}×)"
                    if peer
                    else " (dateparser not installed: .venv/bin/pip install dateparser)"
                ),
                "faster",
                verdict(peer["mbps"] < dat["ours_mbps"] if peer else None),
            )
        )
        rows.append(("peak memory: dates", f"{dat['peak_mb']:.0f} MB", "", ""))

    width = [max(len(r[i]) for r in rows + [("step", "figure", "target", "met")]) for i in range(4)]
    print()
    header = ("step", "figure", "target", "met")
    print("  ".join(h.ljust(w) for h, w in zip(header, width, strict=True)))
    print("  ".join("-" * w for w in width))
    for row in rows:
        print("  ".join(c.ljust(w) for c, w in zip(row, width, strict=True)))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help=f"import {QUICK_DOCUMENTS} only")
    parser.add_argument("--documents", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--commitments",
        type=int,
        default=WINDOW_COMMITMENTS,
        help="size of the synthetic register the window is measured on (e.g. 500000)",
    )
    parser.add_argument(
        "--work", default=str(Path(tempfile.gettempdir()) / "tracker-bench"), help="cache"
    )
    parser.add_argument(
        "--step",
        choices=["import", "extract", "window", "facets", "export", "dates"],
        help=argparse.SUPPRESS,
    )
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--limit", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--cores", choices=["one", "all"], default="one", help=argparse.SUPPRESS)
    parser.add_argument("--synthetic", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.step is None:
        return report(args)
    work = Path(args.work)
    if args.step == "import":
        result = step_import(args.db, args.corpus, args.limit, args.cores)
    elif args.step == "extract":
        result = step_extract(args.corpus, args.limit)
    elif args.step == "window":
        result = step_window(None if args.synthetic else args.db, work, args.commitments)
    elif args.step == "facets":
        result = step_facets(work)
    elif args.step == "export":
        result = step_export(work)
    else:
        result = step_dates()
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
