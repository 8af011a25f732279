"""The team load benchmark (`benchmarks/team_load.py`) run small on a server of the
module's own: three staff on a register of 2,000 commitments, 60 operations. Not a
timing test: it checks that the run ends with nothing lost and no error, which the
benchmark verifies from the audit trail and each client's record of what it was told."""

from __future__ import annotations

import subprocess
import sys

from conftest import ROOT


def test_three_clients_on_one_register_lose_nothing_and_meet_no_error(pg_cluster, tmp_path):
    url = pg_cluster.url(pg_cluster.create_database())
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "team_load.py"),
            "--db",
            url,
            "--clients",
            "3",
            "--commitments",
            "2000",
            "--operations",
            "60",
            "--think",
            "0.05",
            "--work",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        timeout=240,
    )
    lines = [line.strip() for line in done.stdout.splitlines()]
    assert any(line.startswith("operations done") and "60 of 60" in line for line in lines), (
        done.stdout + done.stderr
    )
    assert any(line.startswith("lost updates: 0 ") for line in lines), done.stdout
    assert any(line.startswith("other errors: 0 ") for line in lines), done.stdout
