"""Roles on a PostgreSQL register: each staff member logs in as themselves, the audit
trail records that login, and `tracker db roles` makes lezer, medewerker and beheerder,
whose rights the server enforces — through the app and with raw SQL alike.

Roles are cluster-wide, so these tests use a cluster of their own (`pg_cluster`), never
the server of TRACKER_TEST_POSTGRES. One register is set up for the module: `chef`
owns the database and runs `tracker db roles`; `anna` is a medewerker, `lea` a lezer,
`bert` a beheerder, added with `tracker db roles --add`. Each test makes the
commitments it works on (as chef), so that none depends on another's leftovers.
"""

from __future__ import annotations

import io
import uuid
from contextlib import contextmanager

import peewee as pw
import psycopg2
import pytest
from factories import make_commitment, make_document, open_window

from tracker.store import audit, queries, roles
from tracker.store.connection import DatabaseError, close_database, open_database
from tracker.store.migrations import SCHEMA_VERSION
from tracker.store.models import DB
from tracker.store.write_errors import FORBIDDEN, DatabaseWriteError, write_problem

PASSWORDS = {"chef": "chef-geheim", "anna": "anna-geheim", "lea": "lea-geheim", "bert": "b-geheim"}
DATABASE = "register"


@pytest.fixture(scope="module")
def cluster(pg_cluster):
    """The register, its roles and its staff, set up through the CLI as an admin would."""
    pg_cluster.execute(f"CREATE ROLE chef LOGIN CREATEROLE PASSWORD '{PASSWORDS['chef']}'")
    pg_cluster.execute(f"CREATE DATABASE {DATABASE} OWNER chef")
    open_database(url(pg_cluster, "chef"))  # the app creates the schema, as chef
    close_database()
    with pytest.MonkeyPatch.context() as patch:
        for login, role in (("anna", "medewerker"), ("lea", "lezer"), ("bert", "beheerder")):
            if login == "anna":  # the roles are set up once before the first is added
                assert _cli(pg_cluster, "chef", "db", "roles") == 0
            patch.setattr("sys.stdin", io.StringIO(PASSWORDS[login] + "\n"))
            code = _cli(
                pg_cluster, "chef", "db", "roles", "--add", login, "--role", role,
                "--password-stdin",
            )  # fmt: skip
            assert code == 0
    return pg_cluster


def url(cluster, login: str) -> str:
    return cluster.url(DATABASE, login, PASSWORDS[login])


def _cli(cluster, login: str, *argv: str) -> int:
    from tracker.cli import main

    return main(["--db", url(cluster, login), "--lang", "en", *argv])


@contextmanager
def logged_in(cluster, login: str):
    """The register opened by the app as `login`."""
    open_database(url(cluster, login))
    try:
        yield DB.obj
    finally:
        close_database()


def raw(cluster, login: str):
    """A plain psycopg2 connection as `login`, in autocommit: what anyone with the
    password could do outside the app."""
    connection = psycopg2.connect(url(cluster, login), connect_timeout=10)
    connection.autocommit = True
    return connection


def fresh(cluster, *titles: str) -> list[int]:
    """New commitments (stored by chef, a beheerder) for one test."""
    key = uuid.uuid4().hex[:12]
    document = make_document(key, official_id=f"kst-{key}", number=key)
    with logged_in(cluster, "chef"):
        queries.import_document(document, [make_commitment(t, None) for t in titles])
        found = {r.title: r.id for r in queries.list_commitments()}
    return [found[t] for t in titles]


def refused_by_server(call) -> None:
    """`call` is refused by the database for lack of rights, and says so in one line."""
    with pytest.raises((pw.DatabaseError, DatabaseWriteError)) as info:
        call()
    assert write_problem(info.value) == FORBIDDEN, info.value


# -- setting up ---------------------------------------------------------------------------


def test_tracker_db_roles_can_run_again_and_lists_the_staff(cluster, capsys):
    capsys.readouterr()
    assert _cli(cluster, "chef", "db", "roles") == 0
    out = capsys.readouterr().out
    assert "roles lezer, medewerker and beheerder set up on" in out
    lines = {line.split()[0]: line.split()[1] for line in out.splitlines()[1:]}
    assert lines == {"anna": "medewerker", "bert": "beheerder", "chef": "beheerder", "lea": "lezer"}


def test_the_app_knows_each_logins_role(cluster):
    expected = {
        "lea": ("lezer", False, False, False),
        "anna": ("medewerker", True, False, False),
        "bert": ("beheerder", True, True, True),
    }
    for login, (role, change, delete, migrate) in expected.items():
        with logged_in(cluster, login):
            granted = roles.permissions()
        assert (granted.login, granted.role) == (login, role)
        assert (granted.may_change, granted.may_delete, granted.may_migrate) == (
            change,
            delete,
            migrate,
        )


def test_db_info_names_the_login_and_its_role(cluster, capsys):
    capsys.readouterr()
    assert _cli(cluster, "anna", "db", "info") == 0
    assert "login              anna (medewerker)" in capsys.readouterr().out.splitlines()


def test_a_staff_member_can_be_moved_to_another_role(cluster, capsys):
    cluster.execute("DROP ROLE IF EXISTS wim")
    try:
        code = _cli(
            cluster, "chef", "db", "roles", "--add", "wim", "--role", "lezer", "--no-password"
        )
        assert code == 0
        assert "wim added as lezer" in capsys.readouterr().out
        code = _cli(
            cluster, "chef", "db", "roles", "--add", "wim", "--role", "medewerker", "--no-password"
        )
        assert code == 0
        assert "wim is now medewerker" in capsys.readouterr().out
        member_of = cluster.execute(
            "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid"
            " JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = 'wim'"
        )
        assert member_of == [("medewerker",)]  # not a lezer beside it: one role
    finally:
        cluster.execute("DROP ROLE IF EXISTS wim")


def test_adding_a_staff_member_never_takes_the_password_as_an_argument(cluster, capsys):
    """Without a terminal or --password-stdin it refuses, in one line, and makes nothing."""
    code = _cli(cluster, "chef", "db", "roles", "--add", "kees", "--role", "lezer")
    err = capsys.readouterr().err
    assert code == 1 and len(err.strip().splitlines()) == 1
    assert "--password-stdin" in err
    assert cluster.execute("SELECT 1 FROM pg_roles WHERE rolname = 'kees'") == []


def test_a_medewerker_cannot_set_up_roles(cluster, capsys):
    code = _cli(cluster, "anna", "db", "roles")
    err = capsys.readouterr().err
    assert code == 1 and len(err.strip().splitlines()) == 1
    assert "the server refused it" in err


# -- who acted ----------------------------------------------------------------------------


def test_the_trail_records_the_login_even_when_the_display_name_claims_another(
    cluster, monkeypatch
):
    (cid,) = fresh(cluster, "Brief over de login")
    monkeypatch.setenv("TRACKER_USER", "bert")  # anna types a colleague's name
    with logged_in(cluster, "anna"):
        queries.mark(cid, "fulfilled", note="verstuurd")
        queries.update_commitment(cid, title="Brief over de login (nieuw)")
        row = queries.get_commitment(cid)
    trail = [c for c in row.changes if c.what in ("status", "title")]
    assert [(c.login, c.changed_by) for c in trail] == [("anna", "bert"), ("anna", "bert")]
    assert trail[0].who == "anna (bert)"
    assert [(h.login, h.who) for h in row.history] == [("anna", "anna (bert)")]


def test_raw_sql_cannot_write_a_trail_row_in_another_logins_name(cluster):
    (cid,) = fresh(cluster, "Vervalste regel")
    connection = raw(cluster, "anna")
    try:
        with connection.cursor() as cursor:
            cursor.execute(
                "INSERT INTO change (commitment_id, version, changed_at, changed_by, what,"
                " note, evidence, via, login)"
                " VALUES (%s, 2, now(), 'bert', 'note', '', '', '', 'bert') RETURNING login",
                (cid,),
            )
            assert cursor.fetchone() == ("anna",)  # the server wrote who really did it
            with pytest.raises(psycopg2.errors.InsufficientPrivilege):
                cursor.execute("UPDATE change SET login = 'bert' WHERE commitment_id = %s", (cid,))
            with pytest.raises(psycopg2.errors.InsufficientPrivilege):
                cursor.execute("DELETE FROM change WHERE commitment_id = %s", (cid,))
    finally:
        connection.close()


# -- a lezer --------------------------------------------------------------------------------


def test_a_lezer_reads_but_every_change_is_refused_by_the_database(cluster):
    keep, other = fresh(cluster, "Lezen mag", "Wijzigen niet")
    key = uuid.uuid4().hex[:12]
    with logged_in(cluster, "lea"):
        assert {keep, other} <= {r.id for r in queries.list_commitments()}
        refused_by_server(lambda: queries.mark(keep, "fulfilled"))
        refused_by_server(lambda: queries.set_review_state(keep, "confirmed"))
        refused_by_server(lambda: queries.update_commitment(keep, title="Anders"))
        refused_by_server(lambda: queries.set_due(keep, None))
        refused_by_server(
            lambda: queries.import_document(
                make_document(key, official_id=f"kst-{key}", number=key),
                [make_commitment("Nieuw", None)],
            )
        )
        refused_by_server(lambda: queries.delete_commitment(keep))
        refused_by_server(lambda: queries.merge_commitments(keep, other))
        assert queries.get_commitment(keep).status == "open"


def test_the_cli_refuses_a_lezers_changes_in_one_line(cluster, capsys, tmp_path):
    (cid,) = fresh(cluster, "Niet door een lezer")
    document = tmp_path / "brief.md"
    document.write_text("# Brief\n\nDe minister zal de Kamer voor de zomer informeren.\n")
    for argv in (
        ("mark", str(cid), "fulfilled"),
        ("due", str(cid), "2030-01-01"),
        ("import", str(document)),
        ("follow", "add", "dossier", "32637"),
        ("hints", "dismiss", "1"),
    ):
        capsys.readouterr()
        assert _cli(cluster, "lea", *argv) == 1, argv
        err = capsys.readouterr().err.strip()
        assert err == "tracker: lea (lezer) may not do this: it needs the role medewerker", argv
    assert _cli(cluster, "lea", "list") == 0


def test_a_lezer_cannot_change_a_row_with_raw_sql(cluster):
    (cid,) = fresh(cluster, "Ook niet met SQL")
    statements = [
        ("UPDATE commitment SET status = 'fulfilled' WHERE id = %s", (cid,)),
        ("INSERT INTO commitment (title, version) VALUES ('x', 1)", ()),
        ("DELETE FROM commitment WHERE id = %s", (cid,)),
        ("DELETE FROM source WHERE commitment_id = %s", (cid,)),
        ("UPDATE document SET title = 'x'", ()),
        (
            "INSERT INTO status_change (commitment_id, to_status, changed_at, changed_by, note,"
            " evidence) VALUES (%s, 'fulfilled', now(), '', '', '')",
            (cid,),
        ),  # fmt: skip
        (
            "INSERT INTO change (commitment_id, changed_at, changed_by, what, note, evidence,"
            " via) VALUES (%s, now(), '', 'note', '', '', '')",
            (cid,),
        ),  # fmt: skip
        ("DELETE FROM change", ()),
        ("TRUNCATE commitment CASCADE", ()),
    ]
    connection = raw(cluster, "lea")
    try:
        with connection.cursor() as cursor:
            for sql, params in statements:
                with pytest.raises(psycopg2.errors.InsufficientPrivilege):
                    cursor.execute(sql, params)
    finally:
        connection.close()
    with logged_in(cluster, "chef"):
        assert queries.get_commitment(cid).status == "open"


# -- a medewerker -------------------------------------------------------------------------


def test_a_medewerker_marks_reviews_edits_imports_and_undoes_but_cannot_delete_or_merge(cluster):
    keep, other = fresh(cluster, "Medewerker markeert", "Medewerker voegt niet samen")
    key = uuid.uuid4().hex[:12]
    with logged_in(cluster, "anna"):
        before = queries.snapshot([keep])
        queries.mark(keep, "fulfilled", note="brief ontvangen")
        queries.set_review_state(keep, "confirmed")
        queries.update_commitment(keep, title="Medewerker heeft gemarkeerd")
        queries.set_due(keep, None)
        queries.import_document(
            make_document(key, official_id=f"kst-{key}", number=key),
            [make_commitment("Door anna geïmporteerd", None)],
        )
        # Her undo puts the commitment back as it was (in place: no delete needed).
        queries.restore(before, expected=queries.current_versions([keep]))
        back = queries.get_commitment(keep)
        assert (back.title, back.status, back.history) == ("Medewerker markeert", "open", [])
        refused_by_server(lambda: queries.delete_commitment(keep))
        refused_by_server(lambda: queries.merge_commitments(keep, other))
        assert {keep, other} <= {r.id for r in queries.list_commitments()}
        assert "Door anna geïmporteerd" in {r.title for r in queries.list_commitments()}


def anna_undoes_berts_mark(cluster, title: str, status: str) -> tuple[int, DatabaseWriteError]:
    """bert marks a new commitment `status`; anna (medewerker) then tries to put back the
    state before it, which would delete his history row. The commitment and her refusal."""
    (cid,) = fresh(cluster, title)
    with logged_in(cluster, "chef"):
        before = queries.snapshot([cid])
    with logged_in(cluster, "bert"):
        queries.mark(cid, status)
    with logged_in(cluster, "anna"):
        with pytest.raises(DatabaseWriteError) as info:
            queries.restore(before, expected=queries.current_versions([cid]))
    return cid, info.value


def test_a_medewerker_cannot_undo_a_colleagues_status_change(cluster):
    """The history row of bert's mark is his: anna's undo that would delete it is refused
    whole (the row-level rule hides it from her DELETE) rather than half done."""
    cid, error = anna_undoes_berts_mark(cluster, "Van een collega", "fulfilled")
    assert error.problem == FORBIDDEN
    with logged_in(cluster, "anna"):
        assert queries.get_commitment(cid).status == "fulfilled"


def test_a_medewerker_cannot_delete_or_rewrite_with_raw_sql(cluster):
    (cid,) = fresh(cluster, "Blijft staan")
    with logged_in(cluster, "bert"):
        queries.mark(cid, "partial")  # a history row of bert's
    connection = raw(cluster, "anna")
    try:
        with connection.cursor() as cursor:
            for sql in (
                "DELETE FROM commitment WHERE id = %s",
                "DELETE FROM source WHERE commitment_id = %s",
                "DELETE FROM change WHERE commitment_id = %s",
                "UPDATE change SET note = 'anders' WHERE commitment_id = %s",
                "UPDATE status_change SET note = 'anders' WHERE commitment_id = %s",
                "ALTER TABLE commitment ADD COLUMN x integer",
                "TRUNCATE change",
            ):
                with pytest.raises(psycopg2.errors.InsufficientPrivilege):
                    cursor.execute(sql, (cid,) if "%s" in sql else ())
            # Another's history row is not hers to delete: the rule hides it.
            cursor.execute("DELETE FROM status_change WHERE commitment_id = %s", (cid,))
            assert cursor.rowcount == 0
    finally:
        connection.close()
    with logged_in(cluster, "chef"):
        row = queries.get_commitment(cid)
        assert row.status == "partial" and len(row.history) == 1


# -- a beheerder ----------------------------------------------------------------------------


def test_a_beheerder_deletes_merges_and_puts_back(cluster):
    keep, other, gone = fresh(cluster, "Houden", "Samenvoegen", "Weg")
    with logged_in(cluster, "anna"):
        queries.mark(gone, "fulfilled")
    with logged_in(cluster, "bert"):
        queries.merge_commitments(keep, other)
        before = queries.snapshot([gone])
        queries.delete_commitment(gone)
        queries.restore(before, expected={gone: None})  # undo of the delete
        ids = {r.id for r in queries.list_commitments()}
        trail = audit.changes_of(gone)
        history = queries.get_commitment(gone).history
    assert keep in ids and other not in ids and gone in ids
    assert [c.login for c in trail] == ["anna", "bert", "bert"]  # status, delete, restore
    assert [h.login for h in history] == ["anna"]  # put back as it was, still anna's


# -- migrations -------------------------------------------------------------------------------


def test_only_a_beheerder_migrates_the_register(cluster, capsys):
    """A register at schema 9 (before logins): a medewerker or lezer opening it is told in
    one line that a beheerder must open it first, and it is left untouched; a beheerder's
    open migrates it, and the server then stamps the login."""
    connection = raw(cluster, "chef")
    try:
        with connection.cursor() as cursor:
            cursor.execute("ALTER TABLE change DROP COLUMN login CASCADE")  # and its rules
            cursor.execute("ALTER TABLE status_change DROP COLUMN login CASCADE")
            cursor.execute("UPDATE schema_version SET version = 9")
    finally:
        connection.close()

    def schema() -> tuple:
        version = cluster.execute("SELECT version FROM schema_version", database=DATABASE)
        columns = cluster.execute(
            "SELECT count(*) FROM information_schema.columns WHERE column_name = 'login'"
            " AND table_name IN ('change', 'status_change')",
            database=DATABASE,
        )
        return version[0][0], columns[0][0]

    for login in ("anna", "lea"):
        with pytest.raises(DatabaseError) as info:
            open_database(url(cluster, login))
        assert info.value.reason == "db_needs_beheerder"
        assert schema() == (9, 0)
        capsys.readouterr()
        assert _cli(cluster, login, "list") == 1
        err = capsys.readouterr().err.strip()
        assert len(err.splitlines()) == 1
        assert f"needs updating (schema 9 to {SCHEMA_VERSION}) and only a beheerder may" in err
        assert schema() == (9, 0)

    with logged_in(cluster, "bert"):
        pass
    assert schema() == (SCHEMA_VERSION, 2)
    policies = cluster.execute(
        "SELECT tablename, policyname FROM pg_policies WHERE policyname LIKE 'tracker_own%%'",
        database=DATABASE,
    )
    assert sorted(policies) == [  # the migration set the row rules up again
        ("change", "tracker_own_login"),
        ("status_change", "tracker_own_login"),
        ("status_change", "tracker_own_undo"),
    ]
    (cid,) = fresh(cluster, "Na de migratie")
    with logged_in(cluster, "anna"):
        queries.mark(cid, "fulfilled")
        assert [c.login for c in audit.changes_of(cid) if c.what == "status"] == ["anna"]


# -- the window -----------------------------------------------------------------------------


def _select_first(window) -> None:
    window.show_all_action.trigger()
    window.selection.select_ids([window.proxy.index(0, 0).data(0x0100 + 3)])
    assert window.selection.selected_commitments()


def test_the_window_of_a_lezer_offers_no_changes(cluster, qtbot, settings):
    fresh(cluster, "In het venster")
    open_database(url(cluster, "lea"))
    try:
        window = open_window(qtbot, settings)
        _select_first(window)
        for action in (
            window.mark_action,
            window.confirm_action,
            window.edit_action,
            window.import_action,
            window.delete_action,
        ):
            assert not action.isEnabled(), action.text()
        assert window.mark_action.toolTip() == (
            "Uw login lea (lezer) mag dit niet: daarvoor is de rol medewerker nodig"
        )
        assert "lea" in window.role_label.text() and "lezer" in window.role_label.text()
        assert window.export_view_action.isEnabled()
        window.close()
    finally:
        close_database()


def test_the_window_of_a_medewerker_offers_marking_but_not_deleting(cluster, qtbot, settings):
    fresh(cluster, "Markeren wel, verwijderen niet")
    open_database(url(cluster, "anna"))
    try:
        window = open_window(qtbot, settings)
        _select_first(window)
        assert window.mark_action.isEnabled() and window.edit_action.isEnabled()
        assert not window.delete_action.isEnabled()
        assert "beheerder" in window.delete_action.toolTip()
        window.close()
    finally:
        close_database()


def test_the_window_says_a_refused_change_is_the_logins_role_not_the_disk(cluster, qapp):
    """A change the server refused for lack of rights (an undo over a colleague's
    history row) is told as the login's rights in the window, not as a disk problem."""
    from ui.workers import unwritable_text

    _, error = anna_undoes_berts_mark(cluster, "Melding in het venster", "lapsed")
    text = unwritable_text(error)
    assert "weigerde deze wijziging: uw login mag dat niet" in text
    assert "schijf" not in text
