"""A throwaway PostgreSQL cluster of our own: started, restarted, stopped and removed.

The fault tests restart and stop the server, the role tests create login roles, and the
team load benchmark (`benchmarks/team_load.py`) wants a server it may fill: none of that
belongs on a server somebody gave us in TRACKER_TEST_POSTGRES. `Cluster` makes one in a
temporary folder with the installed server's `initdb` (Debian puts it in
/usr/lib/postgresql/<major>/bin), listening on 127.0.0.1 and a free port, with a
superuser `postgres` that logs in with a password over TCP (scram-sha-256, as a real
team server) and without one on the folder's socket. Run as root, the server runs as
the `postgres` user (it refuses to run as root).

Plain Python and psycopg2; no pytest, so that the benchmark can use it too.
"""

from __future__ import annotations

import os
import secrets
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path
from urllib.parse import quote

import psycopg2


def server_bin() -> Path | None:
    """The folder of the newest installed server's programs (initdb, pg_ctl), or None."""
    found = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"),
        key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0,
    )
    if found:
        return found[-1].parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Cluster:
    """A PostgreSQL cluster in a folder of its own, on 127.0.0.1:`port`."""

    def __init__(self, folder: Path | None = None) -> None:
        binaries = server_bin()
        if binaries is None:
            raise RuntimeError("no PostgreSQL server is installed (initdb not found)")
        self.bin = binaries
        self.folder = Path(folder or tempfile.mkdtemp(prefix="tracker-pg-"))
        self.data = self.folder / "data"
        self.log = self.folder / "server.log"
        self.port = free_port()
        self.password = secrets.token_hex(12)
        self._as_root = os.geteuid() == 0
        if self._as_root:
            shutil.chown(self.folder, "postgres", "postgres")
        password_file = self.folder / "password"
        password_file.write_text(self.password + "\n")
        if self._as_root:
            shutil.chown(password_file, "postgres", "postgres")
        self._run(
            "initdb",
            "-D",
            str(self.data),
            "-U",
            "postgres",
            f"--pwfile={password_file}",
            "--auth-local=trust",
            "--auth-host=scram-sha-256",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
        )
        password_file.unlink()

    # -- the server ------------------------------------------------------------------

    def _run(self, program: str, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        command = [str(self.bin / program), *args]
        if self._as_root:
            command = ["runuser", "-u", "postgres", "--", *command]
        return subprocess.run(command, capture_output=True, text=True, check=check, timeout=120)

    def _serve(self, action: str, *options: str) -> None:
        """`pg_ctl start` or `restart`, with the log file, the listening options and
        waiting until the server takes connections."""
        self._run(
            "pg_ctl",
            "-D",
            str(self.data),
            "-l",
            str(self.log),
            *options,
            "-w",
            "-o",
            f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.folder}",
            action,
        )

    def start(self) -> None:
        self._serve("start")

    def stop(self, mode: str = "fast") -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "stop", check=False)

    def restart(self, mode: str = "fast") -> None:
        """`pg_ctl restart -m <mode>`: every connection is ended, the server comes back."""
        self._serve("restart", "-m", mode)

    def remove(self) -> None:
        self.stop("immediate")
        shutil.rmtree(self.folder, ignore_errors=True)

    def __enter__(self) -> Cluster:
        self.start()
        return self

    def __exit__(self, *exc) -> None:
        self.remove()

    # -- connecting ------------------------------------------------------------------

    def url(
        self, database: str = "postgres", user: str = "postgres", password: str | None = None
    ) -> str:
        """A URL over TCP; the superuser's password unless another user's is given."""
        secret = self.password if password is None and user == "postgres" else password
        credentials = quote(user, safe="") + (f":{quote(secret, safe='')}" if secret else "")
        return f"postgresql://{credentials}@127.0.0.1:{self.port}/{database}"

    def connect(self, database: str = "postgres"):
        """A superuser connection in autocommit, for setting up and for faults."""
        connection = psycopg2.connect(self.url(database), connect_timeout=10)
        connection.autocommit = True
        return connection

    def execute(self, sql: str, params: tuple = (), database: str = "postgres") -> list[tuple]:
        connection = self.connect(database)
        try:
            with connection.cursor() as cursor:
                cursor.execute(sql, params)
                return cursor.fetchall() if cursor.description else []
        finally:
            connection.close()

    def create_database(self, name: str | None = None, owner: str = "postgres") -> str:
        """A new, empty database; its name."""
        name = name or f"register_{secrets.token_hex(4)}"
        self.execute(
            f'CREATE DATABASE "{name}" OWNER "{owner}" ENCODING \'UTF8\' TEMPLATE template0'
        )
        return name

    def terminate(self, application_name: str | None = None, database: str | None = None) -> int:
        """`pg_terminate_backend` on the client connections (of one application or
        database); how many were ended."""
        conditions = ["pid <> pg_backend_pid()", "backend_type = 'client backend'"]
        params: list[str] = []
        if application_name is not None:
            conditions.append("application_name = %s")
            params.append(application_name)
        if database is not None:
            conditions.append("datname = %s")
            params.append(database)
        where = " AND ".join(conditions)
        rows = self.execute(
            f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE {where}", tuple(params)
        )
        return sum(1 for (ended,) in rows if ended)
