"""Shared fixtures: every test gets a fresh database, never the user's own.

The storage and workflow tests run twice, on SQLite and on PostgreSQL: a test that
asks for `db` or `db_url` (directly or through its fixtures) is run once per backend.
The window's tests (`test_ui_*`, and any using `qtbot`) and tests marked
`sqlite_only` (FTS5, WAL, files, migrations of old SQLite files) run on SQLite only.

PostgreSQL comes from the environment variable TRACKER_TEST_POSTGRES, a URL of a
server and a role that may create databases (`.ci/run` starts one). The session
creates one throwaway database there and drops it at the end; each test starts from
an empty schema. Without the variable, or when the server cannot be reached, the
PostgreSQL half is skipped, with the reason in the summary.
"""

from __future__ import annotations

import datetime as dt
import os
import secrets
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest
from hypothesis import settings as hypothesis_settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# One today for the whole run, in this process and the commands it starts: a run that
# goes past midnight must not set a test's data up on one day and check it on the next.
os.environ.setdefault("TRACKER_TODAY", dt.date.today().isoformat())

# Property tests draw the same examples on every run and store none in .hypothesis/, so a
# fresh clone is green every time; `--hypothesis-profile=explore` draws new ones (fuzzing).
hypothesis_settings.register_profile("suite", derandomize=True, database=None)
hypothesis_settings.register_profile("explore", derandomize=False)
hypothesis_settings.load_profile("suite")

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "resources" / "samples" / "kst-32637-448.md"
GOLD = ROOT / "tests" / "data" / "gold" / "kst-32637-448.json"

POSTGRES_ENV = "TRACKER_TEST_POSTGRES"
BACKENDS = ("sqlite", "postgresql")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Run every test that uses a database on both backends, unless it is SQLite only."""
    if "backend" not in metafunc.fixturenames:
        return
    if metafunc.module.__name__.startswith("test_ui_") or "qtbot" in metafunc.fixturenames:
        return  # the window's tests: the `backend` fixture's default, SQLite
    if metafunc.definition.get_closest_marker("sqlite_only"):
        return
    metafunc.parametrize("backend", BACKENDS, indirect=True)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    """Report the skipped PostgreSQL half at one place, so that the summary gives the
    reason once (with the number of tests) rather than once per test."""
    report = yield
    if report.skipped and isinstance(report.longrepr, tuple):
        _, _, message = report.longrepr
        if "PostgreSQL not available" in message:
            report.longrepr = (__file__, _SKIP_LINE, message)
    return report


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory, monkeypatch):
    """Keep tests away from the real user data folder and TRACKER_DB."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv("TRACKER_DB", raising=False)
    # The CLI speaks Dutch by default; the tests that check its English wording run it
    # in English (tests/test_cli_language.py checks the Dutch default without this).
    monkeypatch.setenv("TRACKER_LANG", "en")


@dataclass
class PostgresServer:
    """The session's throwaway PostgreSQL database, or why there is none."""

    url: str | None = None  # of the test database, with the credentials of the env's URL
    reason: str = ""
    _admin: object = None  # a psycopg2 connection to the test database (autocommit)

    def reset(self, *, drop_schema: bool = False) -> str:
        """Bring the test database back to what a new register is, and return its URL.

        When the last test left the current schema (the usual case), its rows are
        deleted and the id sequences restarted: many times faster than creating the
        tables again. Otherwise, or with `drop_schema`, nothing at all is left (no
        tables: `open_database` creates them).
        """
        import peewee as pw

        from tracker.store.connection import close_database
        from tracker.store.migrations import SCHEMA_VERSION
        from tracker.store.models import MODELS, SchemaVersion

        close_database()
        if self.url is None:
            pytest.skip(self.reason)
        from tracker.store.search import SEARCH_TABLE

        models = list(reversed(pw.sort_models(MODELS)))  # the referring tables first
        names = {m._meta.table_name for m in models} | {SEARCH_TABLE}
        with self._admin.cursor() as cursor:
            cursor.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
            current = {name for (name,) in cursor.fetchall()} == names
            if current and not drop_schema:
                cursor.execute(f'SELECT version FROM "{SchemaVersion._meta.table_name}"')
                current = cursor.fetchall() == [(SCHEMA_VERSION,)]
            if drop_schema or not current:
                cursor.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public")
                return self.url
            emptied = [m._meta.table_name for m in models if m is not SchemaVersion]
            emptied.append(SEARCH_TABLE)
            cursor.execute(
                "".join(f'DELETE FROM "{name}";' for name in emptied)
                + "SELECT "
                + ", ".join(
                    f"setval(pg_get_serial_sequence('\"{m._meta.table_name}\"', 'id'), 1, false)"
                    for m in models
                    if m is not SchemaVersion and isinstance(m._meta.primary_key, pw.AutoField)
                )
            )
        return self.url


def _skip_line() -> int:
    for number, line in enumerate(Path(__file__).read_text().splitlines(), 1):
        if line.startswith("def postgres_server("):
            return number
    return 1


_SKIP_LINE = _skip_line()


def _postgres_unavailable(detail: str) -> str:
    return (
        f"PostgreSQL not available{detail}: set {POSTGRES_ENV}=postgresql://USER:PASSWORD@HOST:"
        "PORT/DBNAME, a role that may create databases (see README, 'Team mode: PostgreSQL')"
    )


@pytest.fixture(scope="session")
def postgres_server():  # the skipped PostgreSQL half is reported at this line
    """Create the session's test database on the server of TRACKER_TEST_POSTGRES."""
    url = os.environ.get(POSTGRES_ENV, "").strip()
    if not url:
        yield PostgresServer(reason=_postgres_unavailable(""))
        return
    import psycopg2

    from tracker.store.connection import parse_location

    where = parse_location(url).display
    name = f"tracker_test_{os.getpid()}_{secrets.token_hex(3)}"
    try:
        maintenance = psycopg2.connect(url, connect_timeout=5)
    except psycopg2.Error as exc:
        detail = " ".join(str(exc).split())
        yield PostgresServer(reason=_postgres_unavailable(f" at {where} ({detail})"))
        return
    maintenance.autocommit = True
    try:
        with maintenance.cursor() as cursor:
            cursor.execute(f"CREATE DATABASE {name} ENCODING 'UTF8' TEMPLATE template0")
    except psycopg2.Error as exc:
        maintenance.close()
        detail = " ".join(str(exc).split())
        yield PostgresServer(reason=_postgres_unavailable(f": cannot create a database ({detail})"))
        return
    parts = urlsplit(url if "://" in url else f"postgresql://{url}")
    test_url = urlunsplit(parts._replace(path=f"/{name}"))
    admin = psycopg2.connect(test_url, connect_timeout=5)
    admin.autocommit = True
    with admin.cursor() as cursor:
        cursor.execute("SET lock_timeout = '20s'")  # a test left a transaction open: fail
    try:
        yield PostgresServer(url=test_url, _admin=admin)
    finally:
        from tracker.store.connection import close_database

        close_database()
        admin.close()
        with maintenance.cursor() as cursor:
            cursor.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        maintenance.close()


@pytest.fixture
def backend(request) -> str:
    """ "sqlite" or "postgresql" (see `pytest_generate_tests`)."""
    return getattr(request, "param", "sqlite")


@pytest.fixture
def db_url(backend, tmp_path, request) -> str:
    """Where a fresh database is: a file path (SQLite) or the URL of an empty
    PostgreSQL database. Nothing is created or bound yet."""
    if backend == "sqlite":
        return str(tmp_path / "tracker.sqlite")
    return request.getfixturevalue("postgres_server").reset()


@pytest.fixture
def db(db_url):
    """A fresh, migrated database bound to the models."""
    from tracker.store.connection import close_database, open_database

    database = open_database(db_url)
    yield database
    close_database()


@pytest.fixture
def seed_path() -> Path:
    return SEED


@pytest.fixture
def settings(tmp_path):
    """The window's QSettings in a file of the test's own, never the user's."""
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def english(qapp, settings):
    """The window in English for one test (the test's own `settings`), Dutch again
    afterwards; gives the language installed."""
    from ui.i18n import install_translators

    settings.setValue("ui/language", "en")
    yield install_translators(qapp, settings)
    settings.setValue("ui/language", "nl")
    install_translators(qapp, settings)


@pytest.fixture
def pools(monkeypatch) -> list:
    """The worker pools that batch imports and syncs start (to see that the workers were
    used)."""
    import tracker.import_pool

    started: list = []
    real = tracker.import_pool.WorkerPool

    class Recorded(real):
        def __init__(self, workers: int) -> None:
            super().__init__(workers)
            started.append(self)

    monkeypatch.setattr(tracker.import_pool, "WorkerPool", Recorded)
    return started


@pytest.fixture(scope="module")
def pg_cluster():
    """A PostgreSQL cluster of the module's own (tests/pg_cluster.py), for tests that
    restart or stop the server or create login roles. Skipped where no server is
    installed, unless TRACKER_TEST_POSTGRES says this is a machine with one (CI): there
    a missing server is a failure, not a skip."""
    from pg_cluster import Cluster, server_bin

    if server_bin() is None:
        if os.environ.get(POSTGRES_ENV, "").strip():
            pytest.fail(
                "TRACKER_TEST_POSTGRES is set but no PostgreSQL server (initdb) is installed"
            )
        pytest.skip("no PostgreSQL server installed (initdb not found)")
    cluster = Cluster()
    try:
        cluster.start()
        yield cluster
    finally:
        cluster.remove()
