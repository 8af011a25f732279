"""One register on SQLite or PostgreSQL, chosen by a URL: choosing, connecting,
passwords, starting two clients at once, and what differs between the backends."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest
from conftest import ROOT
from factories import make_commitment, make_document

from tracker.cli import main
from tracker.store import queries
from tracker.store.connection import (
    DatabaseError,
    PasswordRejected,
    PasswordRequired,
    close_database,
    open_database,
    parse_location,
    resolve_location,
)
from tracker.store.migrations import SCHEMA_VERSION, SchemaTooNewError
from tracker.store.models import Commitment
from tracker.store.search import _fold_words, fold_sql
from tracker.store.sql import execute, reset_sequences

# -- choosing the database ---------------------------------------------------------------


def test_a_path_or_a_sqlite_url_names_a_file(tmp_path):
    assert parse_location(str(tmp_path / "a.sqlite")).path == tmp_path / "a.sqlite"
    assert parse_location(f"sqlite://{tmp_path}/b.sqlite").path == tmp_path / "b.sqlite"
    assert parse_location(f"sqlite:///{tmp_path}/b.sqlite").path == tmp_path / "b.sqlite"
    home = Path("~").expanduser()
    assert parse_location("sqlite:///~/c.sqlite").path == home / "c.sqlite"
    assert parse_location("~/d.sqlite").path == home / "d.sqlite"
    location = parse_location(tmp_path / "e.sqlite")
    assert (location.kind, location.display) == ("sqlite", str(tmp_path / "e.sqlite"))


def test_a_postgresql_url_is_shown_without_its_password():
    location = parse_location("postgres://anna:geheim@db.tweedekamer.nl:5433/register")
    assert location.kind == "postgresql" and location.is_postgres
    assert location.display == "postgresql://anna@db.tweedekamer.nl:5433/register"
    assert location.database_name == "register"
    options = parse_location("postgresql://anna@db/register?sslmode=require&password=geheim")
    assert options.display == "postgresql://anna@db/register?sslmode=require"
    assert "geheim" not in str(options) and "geheim" not in repr(options.display)


def test_a_url_without_a_database_or_of_an_unknown_kind_is_refused():
    with pytest.raises(DatabaseError, match="names no database"):
        parse_location("postgresql://anna:geheim@db.tweedekamer.nl:5432/")
    with pytest.raises(DatabaseError, match="unknown kind of database"):
        parse_location("mysql://anna@db/register")
    with pytest.raises(DatabaseError, match="port is not a number"):
        parse_location("postgresql://anna@db:vijf/register")


def test_tracker_db_may_hold_a_url(monkeypatch):
    monkeypatch.setenv("TRACKER_DB", "postgresql://anna@db.tweedekamer.nl/register")
    assert resolve_location(None).display == "postgresql://anna@db.tweedekamer.nl/register"
    assert resolve_location("sqlite:///tmp/x.sqlite").path == Path("/tmp/x.sqlite")


def test_an_unreachable_server_is_one_error_naming_it_and_not_the_password():
    with pytest.raises(DatabaseError) as caught:
        open_database("postgresql://anna:geheim@127.0.0.1:1/register")
    message = str(caught.value)
    assert message.startswith("postgresql://anna@127.0.0.1:1/register: cannot connect")
    assert "geheim" not in message and "\n" not in message


def test_the_cli_names_an_unreachable_server_in_one_line(capsys):
    code = main(["--db", "postgresql://anna:geheim@127.0.0.1:1/register", "list"])
    err = capsys.readouterr().err
    assert code == 1
    assert err.startswith("tracker: postgresql://anna@127.0.0.1:1/register: cannot connect")
    assert "geheim" not in err and err.count("\n") == 1


# -- on the server -----------------------------------------------------------------------


@pytest.fixture
def pg_url(postgres_server) -> str:
    """The test server's empty database (the test is skipped without a server)."""
    yield postgres_server.reset()
    close_database()


def _without_password(url: str) -> tuple[str, str]:
    """The URL without its password, and the password (the test is skipped without)."""
    parts = urlsplit(url)
    if not parts.password:
        pytest.skip("the test server's URL (TRACKER_TEST_POSTGRES) holds no password")
    netloc = f"{parts.username}@{parts.hostname}" + (f":{parts.port}" if parts.port else "")
    return urlunsplit(parts._replace(netloc=netloc)), parts.password


@pytest.fixture
def no_stored_password(monkeypatch, tmp_path):
    """No ~/.pgpass and no PGPASSWORD: libpq has only what the app gives it."""
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))


def _asks_for_password(url: str) -> None:
    try:
        open_database(url)
    except PasswordRequired:
        return
    close_database()
    pytest.skip("the test server does not ask for a password (trust authentication)")


def test_a_database_that_does_not_exist_is_named(pg_url):
    parts = urlsplit(pg_url)
    missing = urlunsplit(parts._replace(path="/bestaat_niet"))
    with pytest.raises(DatabaseError, match='database "bestaat_niet" does not exist') as caught:
        open_database(missing)
    assert str(caught.value).startswith(parse_location(missing).display + ": cannot connect")
    assert f":{parts.password}@" not in str(caught.value)


def test_a_server_asking_for_a_password_is_asked_again_with_it(pg_url, no_stored_password):
    url, password = _without_password(pg_url)
    with pytest.raises(PasswordRequired) as caught:
        open_database(url)
    assert caught.value.location.display == parse_location(url).display
    assert "asks for a password" in str(caught.value)
    open_database(url, password=password)
    queries.import_document(make_document(), [make_commitment("Brief sturen", None)])
    assert [r.title for r in queries.list_commitments()] == ["Brief sturen"]


def test_a_wrong_password_is_refused_without_showing_it(pg_url, no_stored_password):
    url, _ = _without_password(pg_url)
    _asks_for_password(url)
    with pytest.raises(PasswordRejected) as caught:
        open_database(url, password="fout-wachtwoord")
    assert "password authentication failed" in str(caught.value)
    assert "fout-wachtwoord" not in str(caught.value)


def test_the_password_comes_from_pgpass(pg_url, monkeypatch, tmp_path):
    url, password = _without_password(pg_url)
    monkeypatch.delenv("PGPASSWORD", raising=False)
    parts = urlsplit(url)
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"{parts.hostname}:{parts.port or 5432}:*:{parts.username}:{password}\n")
    pgpass.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    open_database(url)
    assert queries.counts() == {"documents": 0, "commitments": 0}


def test_the_cli_asks_for_the_password_on_a_terminal(
    pg_url, no_stored_password, monkeypatch, capsys, seed_path
):
    url, password = _without_password(pg_url)
    _asks_for_password(url)
    prompts = []

    def typed(prompt: str) -> str:
        prompts.append(prompt)
        return password

    class Terminal:
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr("getpass.getpass", typed)
    monkeypatch.setattr("sys.stdin", Terminal())
    assert main(["--db", url, "import", str(seed_path)]) == 0
    assert prompts == [f"password for {parse_location(url).display}: "]
    assert "imported" in capsys.readouterr().out


def test_the_cli_without_a_terminal_says_where_to_put_the_password(
    pg_url, no_stored_password, capsys
):
    url, _ = _without_password(pg_url)
    _asks_for_password(url)
    assert main(["--db", url, "list"]) == 1  # pytest's stdin is no terminal
    err = capsys.readouterr().err
    assert err.startswith(f"tracker: {parse_location(url).display}: the server asks for a")
    assert "~/.pgpass" in err


def test_a_postgresql_database_from_a_newer_app_is_refused(pg_url):
    open_database(pg_url)
    execute("UPDATE schema_version SET version = ?", [SCHEMA_VERSION + 1])
    close_database()
    with pytest.raises(SchemaTooNewError, match=str(SCHEMA_VERSION + 1)):
        open_database(pg_url)


@pytest.mark.parametrize(
    "text",
    [
        "Coördinatie van de Praktijkleren-subsidie",
        "ĲSSELMEER en ĳs, ﬁnanciën",
        "e\u0301cole, na\u0308ief",  # accents as separate combining characters
        "Ærø—Straße; m² à 50% (zeker)!",
        "  snake_case   en\ttabs\n",
        "",
    ],
)
def test_the_server_folds_search_text_as_sqlite_does(pg_url, text):
    """PostgreSQL has no FTS5: its search folds the text in SQL, to the same words."""
    open_database(pg_url)
    assert execute(f"SELECT {fold_sql('?')}", [text]).fetchone()[0] == _fold_words(text)


def _server_search(text: str) -> set[int]:
    from tracker.store.filters import search_ids

    return search_ids(text) or set()


def test_the_server_searches_stored_folded_words_not_every_text_at_each_search(pg_url):
    """At 100,000 commitments folding every text in SQL took 30 s a search; the server
    keeps each commitment's words folded (as SQLite's fallback folds them) and matches
    those, kept up to date by every change, and finds what the folding in SQL finds."""
    from tracker.store import search
    from tracker.store.models import DB

    open_database(pg_url)
    queries.import_document(
        make_document(),
        [
            make_commitment(
                "Coördinatie van zorgkantoren", None, quote="Ik zal de Kamer informeren."
            ),
            make_commitment("Evaluatie praktijkleren", None, quote="Voor de zomer een brief."),
        ],
    )
    first, second = (row.id for row in queries.list_commitments())
    sql, _ = search.search_sql(DB.obj, "coordinatie")
    assert search.SEARCH_TABLE in sql and "translate(" not in sql
    assert _server_search("coordinatie") == {first}
    assert _server_search("zomer brief") == {second}
    queries.mark(second, "fulfilled", note="Afgedaan met de stagebrief", who="anna")
    queries.update_commitment(first, title="Samenwerking zorgkantoren", who="anna")
    assert _server_search("stagebrief") == {second}
    assert _server_search("coordinatie") == set() and _server_search("samenwerk") == {first}
    queries.delete_commitment(first, who="anna")
    assert _server_search("zorgkantoren") == set()
    for text in ("zorgkantoren", "stagebrief", "brief", "informeren zomer", "kamer"):
        unindexed = search.search(DB.obj, text, use_index=False)
        assert _server_search(text) == unindexed, text


def test_the_server_looks_search_words_up_along_a_trigram_index(pg_url):
    """Where the server has pg_trgm, `LIKE '% word%'` is answered along an index of the
    folded words (about 15 ms at 100,000 commitments), not by reading every row."""
    from tracker.store import search
    from tracker.store.models import DB

    open_database(pg_url)
    if not execute("SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'").fetchall():
        pytest.skip("this PostgreSQL server has no pg_trgm extension")
    queries.import_document(make_document(), [make_commitment("Coördinatie jeugdzorg", None)])
    sql, params = search.search_sql(DB.obj, "jeugdzorg")
    with DB.atomic():
        execute("SET LOCAL enable_seqscan = off")  # the plan a large register gets
        plan = " ".join(row[0] for row in execute(f"EXPLAIN {sql}", params))
    assert f"{search.SEARCH_TABLE}_words" in plan


def test_a_server_register_of_schema_10_gets_its_search_words_when_migrated(pg_url):
    from tracker.store import search

    open_database(pg_url)
    queries.import_document(make_document(), [make_commitment("Coördinatie jeugdzorg", None)])
    execute(f"DROP TABLE {search.SEARCH_TABLE}")
    execute("UPDATE schema_version SET version = 10")
    close_database()
    open_database(pg_url)
    assert execute("SELECT version FROM schema_version").fetchone()[0] == SCHEMA_VERSION
    assert len(_server_search("coordinatie jeugd")) == 1


# -- on both backends --------------------------------------------------------------------


def test_new_ids_continue_after_rows_stored_with_their_own(db):
    """Undo and `tracker db copy` store rows with the ids they had."""
    queries.import_document(make_document(), [make_commitment("Eerste", None)])
    Commitment.insert(id=50, title="Teruggezet").execute()
    reset_sequences([Commitment])
    assert Commitment.create(title="Nieuw").id == 51


def test_booleans_and_dates_read_back_as_python_values(db):
    queries.import_document(make_document(), [make_commitment("Evaluatie", dt.date(2022, 12, 31))])
    [row] = queries.list_commitments()
    row = queries.set_review_state(row.id, "confirmed", who="anna")
    assert row.manual is False and row.due_overridden is False
    assert row.due == dt.date(2022, 12, 31) and row.document_date == dt.date(2021, 3, 10)
    assert isinstance(row.reviewed_at, dt.datetime)
    assert queries.overview(dt.date(2022, 12, 1)).per_month[0] == (dt.date(2022, 12, 1), 1)


_STARTER = textwrap.dedent(
    """
    import logging, sys, time
    from pathlib import Path

    from tracker.store import connection, migrations

    logging.basicConfig(level=logging.INFO, format="%(message)s")
    create_index = migrations.search.create_index

    def slow_create_index(db):  # widen the window in which a second client could interfere
        time.sleep(1.5)
        return create_index(db)

    migrations.search.create_index = slow_create_index
    url, me, other = sys.argv[1:4]
    Path(me).touch()
    deadline = time.monotonic() + 30
    while not Path(other).exists() and time.monotonic() < deadline:
        time.sleep(0.01)
    connection.open_database(url)
    connection.close_database()
    print("opened")
    """
)


@pytest.fixture
def fresh_url(backend, tmp_path, request) -> str:
    """A database with no tables at all: a file not yet there, or an empty schema."""
    if backend == "sqlite":
        return str(tmp_path / "shared.sqlite")
    return request.getfixturevalue("postgres_server").reset(drop_schema=True)


def test_two_clients_starting_at_once_create_the_schema_once(fresh_url, tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    clients = [
        subprocess.Popen(
            [sys.executable, "-c", _STARTER, fresh_url, str(tmp_path / me), str(tmp_path / other)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            cwd=ROOT,
        )
        for me, other in (("a", "b"), ("b", "a"))
    ]
    outputs = [client.communicate(timeout=60) for client in clients]  # a hang guard
    for client, (out, err) in zip(clients, outputs, strict=True):
        assert client.returncode == 0, err
        assert out.strip() == "opened"
    created = sum(err.count("created database schema version") for _, err in outputs)
    assert created == 1
    open_database(fresh_url)
    try:
        assert execute("SELECT version FROM schema_version").fetchall() == [(SCHEMA_VERSION,)]
    finally:
        close_database()


@pytest.mark.sqlite_only
def test_a_new_file_told_locked_while_another_client_creates_it_is_opened(tmp_path, monkeypatch):
    """Two clients switching one new file to WAL at once: SQLite tells one "database is
    locked" without waiting. It tries again instead of calling the file unusable."""
    import peewee as pw

    real = pw.SqliteDatabase._connect
    refusals = []

    def connect(self, *args, **kwargs):
        if len(refusals) < 3:
            refusals.append(1)
            raise pw.OperationalError("database is locked")
        return real(self, *args, **kwargs)

    monkeypatch.setattr(pw.SqliteDatabase, "_connect", connect)
    open_database(tmp_path / "new.sqlite")
    try:
        assert len(refusals) == 3
        assert execute("SELECT version FROM schema_version").fetchall() == [(SCHEMA_VERSION,)]
    finally:
        close_database()


@pytest.mark.sqlite_only
def test_a_file_that_is_no_database_is_not_tried_again(tmp_path, monkeypatch):
    import peewee as pw

    calls = []

    def connect(self, *args, **kwargs):
        calls.append(1)
        raise pw.OperationalError("unable to open database file")

    monkeypatch.setattr(pw.SqliteDatabase, "_connect", connect)
    with pytest.raises(DatabaseError, match="unable to open database file"):
        open_database(tmp_path / "new.sqlite")
    assert len(calls) == 1
