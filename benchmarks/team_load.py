"""A committee staff on one PostgreSQL register: N clients at once, nothing lost.

    .venv/bin/python benchmarks/team_load.py [--clients 20] [--commitments 100000]
        [--operations 3000] [--think 1.0] [--db URL] [--seed S] [--work DIR]

Setup (timed apart from the run): the synthetic register of `store_speed.py` with
`--commitments` rows (made once and cached in DIR, default $TMPDIR/tracker-bench, as
`run.py` does; a copy of it is brought to the current schema) is copied to PostgreSQL
with `tracker db copy`'s `copy_register`. Without `--db` the script starts a throwaway
cluster of its own (`tests/pg_cluster.py`; as root the server runs as `postgres`) and
removes it at the end; `--db` names an empty database to fill instead.

The run: `--clients` processes share `--operations` operations, dealt out in a fixed
mix, each client pausing a random 0–2×`--think` seconds before each one (a person
reading the screen; `--think 0` is a stress test where 20 clients on 2 cores queue
for the processor):

- 70 % a **filtered list**: a random panel filter (status, overdue, "Vandaag",
  ministry or faction) with a search word, asked as the window asks it when a filter
  changes: `search_ids(word)` and `matching(filter)`, the ids the list then shows
  (it holds the rows). That pair is the latency measured; the panel's counts
  (`facet_counts`), which the window computes in the background afterwards, are
  asked next and reported beside it without a target.
- 25 % a **change** on one of 200 commitments all clients share (chosen by the seed,
  so that they collide): a mark (half of them), a review or a due date, made with
  the store's editing functions and the version the client read, as the window does
  (`expected_versions`), after another pause of the same length (the dialog). A
  change refused because someone else changed the row first (`StaleCommitmentError`)
  is a *conflict reported to the user*: the client then does what a user does in the
  conflict dialog, re-reads and, half the time, applies its change again on the
  current version (at most three tries).
- 5 % an **import** of a real document from `/work/shared/corpus/real/` (the window's
  `import_batch`), the clients going through the documents in the same order so that
  several import the same one at once.

Every change a client is told succeeded is written to its own file at once (commitment,
field, new value, the version it produced). At the end the audit trail is checked:
(a) replayed serially per commitment from the state before the run, each change must
start from the value the one before left (its version the next one), and the final
state of every shared commitment must equal the replay; (b) every change a client was
told succeeded must be in the trail. Each mismatch counts as a lost update and the first
few are listed. Any exception other than a reported conflict (an import refused too)
is an *other error*. Each real document must be stored once, however many imported it.

Prints one line per figure with its target and whether it is met (as `run.py`); the
exit code is 0 when every target is met, 1 otherwise.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import traceback
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "tests"))  # pg_cluster: a throwaway server

from run import synthetic_register, verdict  # noqa: E402
from store_speed import FACTIONS, MINISTRIES  # noqa: E402

REAL_DOCUMENTS = Path("/work/shared/corpus/real")
SHARED = 200  # the commitments every client changes
MIX = {"list": 0.70, "change": 0.25, "import": 0.05}
TARGET_MARK_P95_MS = 250.0
TARGET_LIST_P95_MS = 1000.0
# Words of the synthetic register's titles and quotes (store_speed.SUBJECTS), as typed.
SEARCH_WORDS = [
    "praktijk",
    "stage",
    "docenten",
    "techniek",
    "kennismigranten",
    "arbeidsmarkt",
    "onderwijs",
    "energie",
    "netcongestie",
    "stikstof",
    "jeugdzorg",
    "huurtoeslag",
    "leraren",
    "coordinatie",
    "zorgkantoren",
    "openbaar",
    "brief",
    "evaluatie zomer",
]
LIST_OF_FEW = 5  # mismatches and errors listed


# -- the clients ------------------------------------------------------------------------


def _panel_filter(rng: random.Random, as_of: dt.date):
    """A filter as a user sets the panel: one or two constraints and a search word."""
    from tracker.store.filters import Filter

    choices = {
        "status": lambda: {"statuses": frozenset(rng.sample(["open", "partial", "fulfilled"], 2))},
        "overdue": lambda: {"overdue": True},
        "today": lambda: {"today": True},
        "ministry": lambda: {"ministries": frozenset(rng.sample(MINISTRIES, rng.randint(1, 2)))},
        "faction": lambda: {"factions": frozenset([rng.choice(FACTIONS)])},
    }
    values: dict = {}
    for name in rng.sample(sorted(choices), rng.randint(1, 2)):
        values.update(choices[name]())
    return Filter(as_of=as_of, **values), rng.choice(SEARCH_WORDS)


class Client:
    """One member of staff: runs its share of the operations, writes what happened."""

    def __init__(self, number: int, plan: dict, out: Path) -> None:
        self.number = number
        self.plan = plan
        self.rng = random.Random(plan["seed"] * 1000 + number)
        self.out = out
        self.log = (out / f"client-{number}.jsonl").open("a", encoding="utf-8")

    def write(self, **entry) -> None:
        self.log.write(json.dumps(entry) + "\n")
        self.log.flush()

    def run(self, kinds: list[str]) -> None:
        for item in kinds:
            kind, *details = item.split(":")
            time.sleep(self.rng.uniform(0, 2 * self.plan["think"]))
            try:
                getattr(self, f"do_{kind}")(*map(int, details))
            except Exception as exc:  # noqa: BLE001 - every other error is counted
                self.error(kind, exc)
            self.write(t="done", kind=kind)

    def error(self, kind: str, exc: BaseException) -> None:
        lines = traceback.format_exception_only(type(exc), exc)
        self.write(t="error", kind=kind, type=type(exc).__name__, message="".join(lines).strip())

    def do_list(self) -> None:
        from tracker.store.filters import facet_counts, matching, search_ids

        structure, word = _panel_filter(self.rng, dt.date.fromisoformat(self.plan["as_of"]))
        started = time.perf_counter()
        search_ids(word)
        matching(structure)
        self.write(t="list", ms=(time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        facet_counts(dataclasses.replace(structure, text=word))
        self.write(t="counts", ms=(time.perf_counter() - started) * 1000)

    def do_change(self) -> None:
        from tracker.store import queries as store
        from tracker.store.errors import StaleCommitmentError

        cid = self.rng.choice(self.plan["shared"])
        action = self.rng.choice(["mark", "mark", "review", "due"])
        row = store.get_commitment(cid)  # what the user sees, then chooses in a dialog
        time.sleep(self.rng.uniform(0, 2 * self.plan["think"]))
        who = f"client-{self.number}"
        for _attempt in range(3):
            field, value, change = self._change(action, row, who)
            started = time.perf_counter()
            try:
                result = change()
            except StaleCommitmentError as exc:
                self.write(t="conflict", action=action, id=cid)
                current = exc.current
                if current is None or self.rng.random() < 0.5:
                    return  # the user discards the change
                row = current  # ... or applies it again on what is stored now
                continue
            self.write(t=action, ms=(time.perf_counter() - started) * 1000)
            if result:
                self.write(t="ok", id=cid, field=field, value=value, version=row.version + 1)
            return

    def _change(self, action: str, row, who: str):
        """(trail field, new value as the trail keeps it, the call) of a change that
        differs from `row`, based on the version of `row`."""
        from tracker.store import queries as store
        from tracker.store.models import REVIEW_STATES, STATUSES

        if action == "mark":
            status = self.rng.choice([s for s in STATUSES if s != row.status])
            return (
                "status",
                status,
                lambda: (
                    store.mark_changes(
                        [row.id],
                        status,
                        note=f"load {self.number}",
                        who=who,
                        expected_versions={row.id: row},
                    ).changed
                ),
            )
        if action == "review":
            state = self.rng.choice([s for s in REVIEW_STATES if s != row.review_state])
            return (
                "review",
                state,
                lambda: store.set_review_states(
                    [row.id], state, who=who, expected_versions={row.id: row}
                ),
            )
        due = row.due
        while due == row.due:
            due = dt.date(2025, 1, 1) + dt.timedelta(days=self.rng.randrange(1500))
        return (
            "due",
            due.isoformat(),
            lambda: [store.set_due(row.id, due, who=who, expected_version=row)],
        )

    def do_import(self, group: int, members: int) -> None:
        """Import the group's document once the group's other members are at it too."""
        from tracker.importing import import_batch

        documents = self.plan["documents"]
        path = documents[group % len(documents)]
        (self.out / f"import-{group}-{self.number}").touch()
        deadline = time.monotonic() + 120  # a member that failed is not waited for long
        while time.monotonic() < deadline:
            if len(list(self.out.glob(f"import-{group}-*"))) >= members:
                break
            time.sleep(0.005)
        started = time.perf_counter()
        (result,) = import_batch([path], workers=1).results
        self.write(t="import", ms=(time.perf_counter() - started) * 1000, state=result.state)
        if result.error:
            self.write(t="error", kind="import", type="refused", message=result.error)


def client_main(args: argparse.Namespace) -> int:
    from tracker.store.connection import open_database

    out = Path(args.out)
    plan = json.loads((out / "plan.json").read_text(encoding="utf-8"))
    client = Client(args.client, plan, out)
    try:
        open_database(plan["url"])
    except Exception as exc:  # noqa: BLE001
        client.error("open", exc)
        return 1
    (out / f"ready-{args.client}").touch()
    go = out / "go"
    deadline = time.monotonic() + 600
    while not go.exists() and time.monotonic() < deadline:
        time.sleep(0.01)
    client.run(plan["kinds"][args.client])
    return 0


# -- setting up ---------------------------------------------------------------------------


def fill_register(url: str, work: Path, commitments: int, scratch: Path) -> str:
    """Copy the cached synthetic register (at the current schema) into `url`; a line
    saying what took how long."""
    from tracker.store.connection import close_database, open_database
    from tracker.store.copy import copy_register

    started = time.perf_counter()
    cached = synthetic_register(work, commitments)
    made = time.perf_counter() - started
    # A copy is brought to the current schema: the cache may serve older checkouts too.
    local = scratch / "register.sqlite"
    with sqlite3.connect(f"file:{cached}?mode=ro", uri=True) as source:
        with sqlite3.connect(local) as target:
            source.backup(target)
    open_database(local)
    close_database()
    copied = time.perf_counter()
    copy_register(str(local), url)
    close_database()
    local.unlink()
    return (
        f"synthetic register {made:.1f} s ({cached}), "
        f"copied to PostgreSQL {time.perf_counter() - copied:.1f} s"
    )


def the_state(ids: list[int]) -> dict[int, dict]:
    """The fields the trail covers (as the trail writes them) and the version."""
    from tracker.store.models import Commitment

    out = {}
    for row in Commitment.select().where(Commitment.id.in_(ids)):
        out[row.id] = {
            "status": row.status,
            "review": row.review_state,
            "due": row.due_date.isoformat() if row.due_date else None,
            "version": row.version,
        }
    return out


def plan_operations(
    operations: int, clients: int, documents: int, rng: random.Random
) -> list[list[str]]:
    """The operations of each client: the mix exactly. Lists and changes are shuffled
    and dealt out; the imports go in groups of up to three clients that import the
    same document at the same moment (`import:G`: group G, which waits for the others),
    placed at one position of the members' lists, the groups in the same order in all
    (so no two wait for each other)."""
    counts = {kind: round(share * operations) for kind, share in MIX.items()}
    counts["list"] += operations - sum(counts.values())
    if not documents:
        counts["list"] += counts.pop("import")
    imports = counts.pop("import", 0)
    kinds = [kind for kind, n in counts.items() for _ in range(n)]
    rng.shuffle(kinds)
    plans = [kinds[i::clients] for i in range(clients)]
    rounds = max(len(plans[0]), 1)
    size = min(3, clients)
    groups = []
    while imports > 0:
        members = rng.sample(range(clients), min(size, imports))
        groups.append((rng.randrange(rounds), members))
        imports -= len(members)
    for group, (at, members) in enumerate(sorted(groups)):
        for member in members:
            mine = plans[member]
            # after the imports placed before it (at or before this round) in this list
            position = min(at + sum(k.startswith("import") for k in mine), len(mine))
            while position < len(mine) and mine[position].startswith("import"):
                position += 1
            mine.insert(position, f"import:{group}:{len(members)}")
    return plans


# -- checking -----------------------------------------------------------------------------


def check_trail(
    before: dict[int, dict], trail_from: int, told: list[dict]
) -> tuple[list[str], int]:
    """The lost updates (described), and how many changes of the run's trail no client
    was told of. (a) the trail replayed serially per commitment from `before` must
    chain (each change starts where the one before left off, at the next version) and
    end in the stored state; (b) every change a client was told of must be in it."""
    from tracker.store.models import Change

    problems: list[str] = []
    replay = {cid: dict(state) for cid, state in before.items()}
    trail = defaultdict(list)
    query = (
        Change.select()
        .where(Change.commitment_id.in_(list(before)) & (Change.id > trail_from))
        .order_by(Change.id)
    )
    for change in query:
        trail[change.commitment_id].append(change)
    in_trail = set()
    for cid, changes in trail.items():
        state = replay[cid]
        for change in changes:
            in_trail.add((cid, change.version, change.what, change.new_value))
            if change.version not in (state["version"], state["version"] + 1):
                problems.append(
                    f"#{cid}: the trail goes from version {state['version']} to "
                    f"{change.version} ({change.what} by {change.changed_by})"
                )
            if change.what not in ("status", "review", "due"):
                problems.append(f"#{cid}: unexpected change {change.what!r} in the trail")
            elif change.old_value != state[change.what]:
                problems.append(
                    f"#{cid} v{change.version}: {change.what} changed from "
                    f"{change.old_value!r} by {change.changed_by}, but the change before "
                    f"left {state[change.what]!r}"
                )
            else:
                state[change.what] = change.new_value
            state["version"] = change.version or state["version"]
    stored = the_state(list(before))
    for cid, state in replay.items():
        if stored.get(cid) != state:
            problems.append(f"#{cid}: stored {stored.get(cid)}, the trail replayed gives {state}")
    claimed = set()
    for entry in told:
        key = (entry["id"], entry["version"], entry["field"], entry["value"])
        claimed.add(key)
        if key not in in_trail:
            problems.append(
                f"#{entry['id']}: client {entry['client']} was told {entry['field']} = "
                f"{entry['value']!r} (version {entry['version']}) succeeded; not in the trail"
            )
    return problems, len(in_trail - claimed)


def check_documents(documents: list[str]) -> list[str]:
    """A real document stored more than once (by its bytes or its official id)."""
    import hashlib

    from tracker.store.models import Document

    problems = []
    for path in documents:
        digest = hashlib.sha256(Path(path).read_bytes()).hexdigest()
        rows = list(Document.select().where(Document.content_hash == digest))
        same_id = (
            Document.select().where(Document.official_id == rows[0].official_id).count()
            if rows and rows[0].official_id
            else len(rows)
        )
        if len(rows) > 1 or same_id > 1:
            problems.append(f"{Path(path).name}: stored {max(len(rows), same_id)} times")
    return problems


def percentiles(values: list[float]) -> tuple[float, float, float] | None:
    if not values:
        return None
    ordered = sorted(values)

    def at(p: float) -> float:
        return ordered[min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))]

    return at(50), at(95), at(99)


# -- the run ------------------------------------------------------------------------------


def start_clients(out: Path, clients: int) -> list[subprocess.Popen]:
    processes = [
        subprocess.Popen(
            [sys.executable, __file__, "--client", str(i), "--out", str(out)],
            stdout=subprocess.DEVNULL,
            stderr=(out / f"client-{i}.stderr").open("w"),
        )
        for i in range(clients)
    ]
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        ready = sum((out / f"ready-{i}").exists() for i in range(clients))
        if ready == clients or any(p.poll() is not None for p in processes):
            break
        time.sleep(0.05)
    return processes


def read_logs(out: Path, clients: int) -> list[dict]:
    entries = []
    for i in range(clients):
        path = out / f"client-{i}.jsonl"
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                entries.append({**json.loads(line), "client": i})
    return entries


def report(args: argparse.Namespace) -> int:
    from tracker.store.connection import close_database, open_database

    scratch = Path(tempfile.mkdtemp(prefix="team-load-"))
    cluster = None
    try:
        setup_started = time.perf_counter()
        url = args.db
        if url is None:
            from pg_cluster import Cluster

            cluster = Cluster()
            cluster.start()
            url = cluster.url(cluster.create_database("register"))
        what = fill_register(url, Path(args.work), args.commitments, scratch)
        rng = random.Random(args.seed)
        open_database(url)
        from peewee import fn

        from tracker.store.models import Change, Commitment

        ids = [cid for (cid,) in Commitment.select(Commitment.id).tuples()]
        shared = sorted(rng.sample(ids, min(SHARED, len(ids))))
        before = the_state(shared)
        trail_from = Change.select(fn.MAX(Change.id)).scalar() or 0
        close_database()
        documents = sorted(str(p) for p in REAL_DOCUMENTS.glob("*.pdf"))
        kinds = plan_operations(args.operations, args.clients, len(documents), rng)
        plan = {
            "url": url,
            "seed": args.seed,
            "think": args.think,
            "as_of": dt.date.today().isoformat(),
            "shared": shared,
            "documents": documents,
            "kinds": kinds,
        }
        (scratch / "plan.json").write_text(json.dumps(plan), encoding="utf-8")
        processes = start_clients(scratch, args.clients)
        setup = time.perf_counter() - setup_started
        print(f"setup: {setup:.1f} s ({what}; {args.clients} clients connected)", flush=True)

        started = time.perf_counter()
        (scratch / "go").touch()
        for process in processes:
            process.wait()
        seconds = time.perf_counter() - started
        entries = read_logs(scratch, args.clients)
        crashed = [
            f"client {i} exited with {p.returncode}: "
            + (scratch / f"client-{i}.stderr").read_text(errors="replace")[-300:]
            for i, p in enumerate(processes)
            if p.returncode != 0
        ]

        open_database(url)
        told = [e for e in entries if e["t"] == "ok"]
        lost, untold = check_trail(before, trail_from, told)
        twice = check_documents(documents) if documents else []
        close_database()
    finally:
        close_database()
        if cluster is not None:
            cluster.remove()
        shutil.rmtree(scratch, ignore_errors=True)

    by_kind = Counter(e["t"] for e in entries)
    done = Counter(e["kind"] for e in entries if e["t"] == "done")
    errors = [e for e in entries if e["t"] == "error"] + [
        {"type": "client", "message": c} for c in crashed
    ]
    imports = Counter(e["state"] for e in entries if e["t"] == "import")
    rows: list[tuple[str, str, str, str]] = [
        (
            "operations done",
            f"{sum(done.values()):,} of {args.operations:,} in {seconds:.0f} s "
            f"({done['list']:,} lists, {done['change']:,} changes, {done['import']:,} imports;"
            f" {args.clients} clients, think 0–{2 * args.think:g} s)",
            "",
            "",
        ),
        (
            "conflicts reported to the user",
            f"{by_kind['conflict']:,} (changes saved: {len(told):,})",
            "",
            "",
        ),
        (
            "imports",
            ", ".join(f"{n} {state}" for state, n in sorted(imports.items())) or "none",
            "",
            "",
        ),
    ]
    for name, key, target in (
        ("mark", "mark", TARGET_MARK_P95_MS),
        ("filtered list", "list", TARGET_LIST_P95_MS),
        ("review / due change", None, None),
        ("panel counts (background)", "counts", None),
    ):
        values = [
            e["ms"]
            for e in entries
            if (e["t"] == key if key else e["t"] in ("review", "due")) and "ms" in e
        ]
        found = percentiles(values)
        if found is None:
            rows.append((f"{name}: p50 / p95 / p99", "none measured", "", ""))
            continue
        p50, p95, p99 = found
        rows.append(
            (
                f"{name}: p50 / p95 / p99",
                f"{p50:.0f} / {p95:.0f} / {p99:.0f} ms (n = {len(values):,})",
                f"p95 < {target:.0f} ms" if target else "",
                verdict(p95 < target) if target else "",
            )
        )
    rows += [
        (f"lost updates: {len(lost) + len(twice)}", "", "0", verdict(not lost and not twice)),
        (
            "changes in the trail no client was told of",
            f"{untold}",
            "",
            "",
        ),
        (f"other errors: {len(errors)}", "", "0", verdict(not errors)),
    ]
    header = ("figure", "value", "target", "met")
    width = [max(len(r[i]) for r in [*rows, header]) for i in range(4)]
    print()
    print("  ".join(h.ljust(w) for h, w in zip(header, width, strict=True)).rstrip())
    print("  ".join("-" * w for w in width))
    for row in rows:
        print("  ".join(c.ljust(w) for c, w in zip(row, width, strict=True)).rstrip())
    for problem in (lost + twice)[:LIST_OF_FEW]:
        print(f"  lost: {problem}")
    for error in errors[:LIST_OF_FEW]:
        print(f"  error ({error['type']}): {error['message'][:300]}")
    ok = all(row[3] in ("", "met") for row in rows)
    return 0 if ok else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--commitments", type=int, default=100_000)
    parser.add_argument("--operations", type=int, default=3000)
    parser.add_argument(
        "--think", type=float, default=1.0, help="mean pause before each operation (s)"
    )
    parser.add_argument("--db", help="an empty PostgreSQL database to fill (default: own cluster)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--work", default=str(Path(tempfile.gettempdir()) / "tracker-bench"), help="cache"
    )
    parser.add_argument("--client", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.client is not None:
        return client_main(args)
    return report(args)


if __name__ == "__main__":
    sys.exit(main())
