"""Who acted, and who may do what, on a PostgreSQL register.

Who acted is the database login (`session_user`), not the display name a user types:
the audit trail (`Change`) and the status history (`StatusChange`) have a `login`
column that the server fills itself (`install_login_stamp`: a column default and a
trigger, so that even raw SQL cannot claim another login). On SQLite there are no
logins: the store writes the operating-system user there (`audit.login_values`).

`setup_roles` (`tracker db roles`) makes three group roles, idempotently:

- `lezer`: reads everything;
- `medewerker` (a member of lezer): marks, reviews, edits, imports, follows and
  syncs; never deletes a commitment, a document or a source, never rewrites or deletes
  the audit trail, and deletes only its own status-history rows (an undo of its mark);
- `beheerder` (a member of medewerker): owns the register's tables, so it may also
  delete, merge and put back, and it alone may migrate the schema (ALTER TABLE needs the
  owner).

The GRANTs say which statements each role may run on which table, and row-level
security says which rows: nobody but the owner writes a trail or history row in
another login's name, and no policy lets anyone but the owner delete a commitment.
A staff member is a login role that is a member of one of them (`add_staff`).

`permissions(db)` tells the app what the connection may do, from the server's own
privilege checks, so a register without roles (or SQLite) allows everything, as before.
"""

from __future__ import annotations

import getpass
import logging
import re
from dataclasses import dataclass

import peewee as pw

from tracker.reasons import describe
from tracker.store.lost_connection import first_line
from tracker.store.models import DB, MODELS
from tracker.store.search import SEARCH_TABLE
from tracker.store.sql import is_postgres

log = logging.getLogger(__name__)

READER, STAFF, ADMIN = "lezer", "medewerker", "beheerder"
ROLES = (READER, STAFF, ADMIN)  # each a member of the one before: the rights add up

# What the app asks before it offers an action (see `Permissions.allows`).
CHANGE = "change"  # mark, review, edit, add by hand, import, follow, sync
DELETE = "delete"  # delete, merge, put back a deleted commitment
MIGRATE = "migrate"
ACTIONS = (CHANGE, DELETE, MIGRATE)
NEEDED_ROLE = {CHANGE: STAFF, DELETE: ADMIN, MIGRATE: ADMIN}

LOGIN_TABLES = ("change", "status_change")  # the tables whose rows say who acted
STAMP_FUNCTION = "tracker_stamp_login"
STAMP_TRIGGER = "tracker_stamp_login"

# A medewerker's rights, table by table: INSERT and UPDATE on what staff work changes,
# INSERT only on the trail and the history, DELETE only on what the app derives from
# the register and rebuilds (word indexes, hints, follows), and on the history (its
# own rows, by the policy below).
DERIVED = (
    "suggestion",
    "document_facts",
    "citation",
    "cue_word",
    "title_word",
    SEARCH_TABLE,
    "follow",
    "sync_state",
    "sync_retry",
)
STAFF_WRITES = ("document", "commitment", "source", "document_version", *DERIVED)
STAFF_INSERTS = ("change", "status_change")
STAFF_DELETES = ("status_change", *DERIVED)

_STAMP_FUNCTION_SQL = f"""
CREATE OR REPLACE FUNCTION {STAMP_FUNCTION}() RETURNS trigger AS $$
BEGIN
    -- Who acted is the login of the connection (the column's default when the app
    -- leaves it out). Only the owner of the table, who could drop this trigger anyway,
    -- may write another or none: a register copied, history put back by an undo.
    IF NOT pg_has_role(
        current_user, (SELECT relowner FROM pg_class WHERE oid = TG_RELID), 'USAGE'
    ) THEN
        NEW.login := session_user;
    END IF;
    RETURN NEW;
END
$$ LANGUAGE plpgsql
"""

_LOGIN = re.compile(r"^[a-z_][a-z0-9_.@-]{0,62}$")


class RoleError(Exception):
    """Setting up roles or a staff member failed: `reason` (tracker.reasons) and
    `details` say why in a language; the English `str()` is for the log."""

    def __init__(self, reason: str, **details: object) -> None:
        self.reason = reason
        self.details = details
        super().__init__(describe(reason, details, "en"))


def os_login() -> str:
    """The operating-system user: who acted on SQLite, where there are no logins."""
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name on this platform
        return ""


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


# -- who acted -------------------------------------------------------------------------


def install_login_stamp(db: pw.Database) -> None:
    """PostgreSQL: the `login` of a trail or history row is the connection's login: a
    column default, and a trigger that overrides any other value but the owner's. Run
    when the schema is created or migrated (it is DDL: the owner's work)."""
    if not is_postgres(db):
        return
    db.execute_sql(_STAMP_FUNCTION_SQL)
    for table in LOGIN_TABLES:
        db.execute_sql(f"ALTER TABLE {_ident(table)} ALTER COLUMN login SET DEFAULT session_user")
        db.execute_sql(f"DROP TRIGGER IF EXISTS {STAMP_TRIGGER} ON {_ident(table)}")
        db.execute_sql(
            f"CREATE TRIGGER {STAMP_TRIGGER} BEFORE INSERT OR UPDATE ON {_ident(table)} "
            f"FOR EACH ROW EXECUTE FUNCTION {STAMP_FUNCTION}()"
        )


# -- what the connection may do ----------------------------------------------------------


@dataclass(frozen=True)
class Permissions:
    """What this connection may do. `role` is the highest tracker role the login is a
    member of (None: SQLite, or no roles set up); `may_*` come from the server's
    privilege checks, so they hold whether roles are set up or not."""

    login: str
    role: str | None = None
    may_change: bool = True
    may_delete: bool = True
    may_migrate: bool = True

    def allows(self, action: str) -> bool:
        return {CHANGE: self.may_change, DELETE: self.may_delete, MIGRATE: self.may_migrate}[action]

    @property
    def label(self) -> str:
        """ "anna (medewerker)", or the login alone without a role."""
        return f"{self.login} ({self.role})" if self.role else self.login


def permissions(db: pw.Database | None = None) -> Permissions:
    """What the open database lets this connection do (everything on SQLite)."""
    db = db if db is not None else DB.obj
    if db is None or not is_postgres(db):
        return Permissions(os_login())
    row = db.execute_sql(
        """
        SELECT session_user,
               has_table_privilege('commitment', 'UPDATE')
                   AND has_table_privilege('change', 'INSERT'),
               has_table_privilege('commitment', 'DELETE'),
               pg_has_role(current_user,
                   (SELECT relowner FROM pg_class WHERE oid = 'commitment'::regclass), 'USAGE'),
               ARRAY(SELECT r FROM unnest(%s::text[]) AS r
                     WHERE to_regrole(r) IS NOT NULL AND pg_has_role(session_user, r, 'MEMBER'))
        """,
        (list(ROLES),),
    ).fetchone()
    login, may_change, may_delete, owner, member_of = row
    role = next((r for r in reversed(ROLES) if r in member_of), None)
    return Permissions(login, role, bool(may_change), bool(may_delete), bool(owner))


def refusal(action: str, granted: Permissions) -> str:
    """Why `action` is refused, in English (the CLI and window say it in their words)."""
    return (
        f"the login {granted.login} ({granted.role or 'no tracker role'}) may not do this:"
        f" it needs the role {NEEDED_ROLE[action]}"
    )


# -- setting the roles up ---------------------------------------------------------------


def register_tables(db: pw.Database) -> list[str]:
    """The register's tables that exist in this database (the models', and the server's
    table of folded search words, which is no model)."""
    existing = set(db.get_tables())
    names = [m._meta.table_name for m in MODELS] + [SEARCH_TABLE]
    return [name for name in names if name in existing]


def setup_roles(db: pw.Database) -> list[str]:
    """Create the three roles (where missing), give the register's tables to beheerder,
    GRANT each role its rights and set the row-level rules: one transaction, safe to run
    again (after a migration added a table, run it again). Needs a login that may
    create roles and owns the tables (or a superuser); it becomes a beheerder itself.
    Returns the tables set up."""
    if not is_postgres(db):
        raise RoleError("roles_sqlite")
    tables = register_tables(db)
    if "commitment" not in tables:
        raise RoleError("roles_no_register")
    try:
        _setup(db, tables)
    except pw.DatabaseError as exc:
        raise RoleError("roles_failed", error=first_line(exc)) from None
    log.info("roles set up on %s", ", ".join(tables))
    return tables


def _setup(db: pw.Database, tables: list[str]) -> None:
    run = db.execute_sql
    with db.atomic():
        for role in ROLES:
            if run("SELECT to_regrole(%s)", (role,)).fetchone()[0] is None:
                run(f"CREATE ROLE {_ident(role)} NOLOGIN")
        for member, group in ((STAFF, READER), (ADMIN, STAFF)):
            if not _member(db, member, group):
                run(f"GRANT {_ident(group)} TO {_ident(member)}")
        superuser = run("SELECT rolsuper FROM pg_roles WHERE rolname = current_user").fetchone()
        if not superuser[0] and not _member(db, None, ADMIN):
            run(f"GRANT {_ident(ADMIN)} TO current_user")  # to hand the tables over
        schema = run("SELECT current_schema()").fetchone()[0]
        database = run("SELECT current_database()").fetchone()[0]
        run(f"GRANT CONNECT ON DATABASE {_ident(database)} TO {_ident(READER)}")
        run(f"GRANT USAGE ON SCHEMA {_ident(schema)} TO {_ident(READER)}")
        run(f"GRANT CREATE ON SCHEMA {_ident(schema)} TO {_ident(ADMIN)}")  # new tables
        if not run("SELECT has_schema_privilege(%s, %s, 'CREATE')", (ADMIN, schema)).fetchone()[0]:
            raise RoleError("roles_schema", schema=schema)
        for table in tables:
            name = _ident(table)
            run(f"ALTER TABLE {name} OWNER TO {_ident(ADMIN)}")  # its sequence follows
            run(f"REVOKE ALL ON {name} FROM PUBLIC, {_ident(READER)}, {_ident(STAFF)}")
            run(f"GRANT SELECT ON {name} TO {_ident(READER)}")
            rights = [
                right
                for right, where in (
                    ("INSERT", STAFF_WRITES + STAFF_INSERTS),
                    ("UPDATE", STAFF_WRITES),
                    ("DELETE", STAFF_DELETES),
                )
                if table in where
            ]
            if rights:
                run(f"GRANT {', '.join(rights)} ON {name} TO {_ident(STAFF)}")
        run(f"GRANT SELECT ON ALL SEQUENCES IN SCHEMA {_ident(schema)} TO {_ident(READER)}")
        # USAGE: new ids; UPDATE: setval after an undo put rows back with their own ids
        run(f"GRANT USAGE, UPDATE ON ALL SEQUENCES IN SCHEMA {_ident(schema)} TO {_ident(STAFF)}")
        for function in ("tracker_notify_change", STAMP_FUNCTION):
            if run("SELECT to_regproc(%s)", (function,)).fetchone()[0] is not None:
                run(f"ALTER FUNCTION {function}() OWNER TO {_ident(ADMIN)}")
        _row_rules(db, tables)


def refresh_after_migration(db: pw.Database) -> bool:
    """After a migration on a register whose roles are set up (its tables belong to
    beheerder): set them up again, so that a table or column the migration added gets
    its GRANTs and row rules at once. Returns whether it did."""
    if not is_postgres(db):
        return False
    owner = db.execute_sql(
        "SELECT pg_get_userbyid(relowner) FROM pg_class WHERE oid = to_regclass('commitment')"
    ).fetchone()
    if owner is None or owner[0] != ADMIN:
        return False
    _setup(db, register_tables(db))
    return True


def _member(db: pw.Database, login: str | None, role: str) -> bool:
    """Whether `login` (None: the current user) is a member of `role`, directly or not."""
    who = "current_user" if login is None else "%s"
    params = (role,) if login is None else (login, role)
    sql = f"SELECT pg_has_role({who}, %s, 'MEMBER')"
    return bool(db.execute_sql(sql, params).fetchone()[0])


# table -> the policies on it: (name, command, role, USING, WITH CHECK). Every table
# with row-level security can be read by all; no table has a DELETE policy but the
# history's (own rows), so only the owner (beheerder) deletes a commitment, even if a
# GRANT were added by mistake. The trail has no UPDATE or DELETE policy at all.
_OWN = "login = session_user"
POLICIES: dict[str, list[tuple[str, str, str, str | None, str | None]]] = {
    "commitment": [
        ("tracker_staff_insert", "INSERT", STAFF, None, "true"),
        ("tracker_staff_update", "UPDATE", STAFF, "true", "true"),
    ],
    "document": [
        ("tracker_staff_insert", "INSERT", STAFF, None, "true"),
        ("tracker_staff_update", "UPDATE", STAFF, "true", "true"),
    ],
    "source": [
        ("tracker_staff_insert", "INSERT", STAFF, None, "true"),
        ("tracker_staff_update", "UPDATE", STAFF, "true", "true"),
    ],
    "change": [("tracker_own_login", "INSERT", STAFF, None, _OWN)],
    "status_change": [
        ("tracker_own_login", "INSERT", STAFF, None, _OWN),
        ("tracker_own_undo", "DELETE", STAFF, _OWN, None),
    ],
}


def _row_rules(db: pw.Database, tables: list[str]) -> None:
    for table, policies in POLICIES.items():
        if table not in tables:
            continue
        name = _ident(table)
        db.execute_sql(f"ALTER TABLE {name} ENABLE ROW LEVEL SECURITY")
        existing = {
            p
            for (p,) in db.execute_sql(
                "SELECT policyname FROM pg_policies WHERE tablename = %s"
                " AND schemaname = current_schema()",
                (table,),
            ).fetchall()
        }
        for policy in existing:
            if policy.startswith("tracker_"):
                db.execute_sql(f"DROP POLICY {_ident(policy)} ON {name}")
        db.execute_sql(f"CREATE POLICY tracker_read ON {name} FOR SELECT USING (true)")
        for policy, command, role, using, check in policies:
            text = f"CREATE POLICY {policy} ON {name} FOR {command} TO {_ident(role)}"
            if using is not None:
                text += f" USING ({using})"
            if check is not None:
                text += f" WITH CHECK ({check})"
            db.execute_sql(text)


# -- the staff ---------------------------------------------------------------------------


@dataclass(frozen=True)
class StaffMember:
    login: str
    role: str  # the highest tracker role
    can_log_in: bool


def staff(db: pw.Database) -> list[StaffMember]:
    """Every login that is a member of a tracker role, by login."""
    rows = db.execute_sql(
        """
        SELECT r.rolname, r.rolcanlogin,
               ARRAY(SELECT g FROM unnest(%s::text[]) AS g
                     WHERE to_regrole(g) IS NOT NULL AND pg_has_role(r.oid, g, 'MEMBER'))
        FROM pg_roles r
        WHERE r.rolname <> ALL(%s::text[]) AND NOT r.rolsuper AND r.rolname NOT LIKE 'pg\\_%%'
        ORDER BY r.rolname
        """,
        (list(ROLES), list(ROLES)),
    ).fetchall()
    out = []
    for login, can_log_in, member_of in rows:
        role = next((g for g in reversed(ROLES) if g in member_of), None)
        if role is not None:
            out.append(StaffMember(login, role, bool(can_log_in)))
    return out


def add_staff(db: pw.Database, login: str, role: str, password: str | None) -> str:
    """Make `login` a staff member with `role` (and no other tracker role): a new login
    role, or an existing one moved to `role`. `password` (None: none, e.g. a client
    certificate) is sent to the server already hashed (SCRAM), never as text that could
    reach a log. Returns "created" or "changed"."""
    if role not in ROLES:
        raise RoleError("role_unknown", role=role, roles=", ".join(ROLES))
    if not _LOGIN.match(login):
        raise RoleError("login_unusable", login=login)
    if login in ROLES:
        raise RoleError("login_unusable", login=login)
    if db.execute_sql("SELECT to_regrole(%s)", (role,)).fetchone()[0] is None:
        raise RoleError("roles_not_set_up")
    try:
        return _add(db, login, role, password)
    except pw.DatabaseError as exc:
        raise RoleError("roles_failed", error=first_line(exc)) from None


def _add(db: pw.Database, login: str, role: str, password: str | None) -> str:
    run = db.execute_sql
    with db.atomic():
        exists = run("SELECT rolcanlogin FROM pg_roles WHERE rolname = %s", (login,)).fetchone()
        name = _ident(login)
        if exists is None:
            run(f"CREATE ROLE {name} LOGIN")
            outcome = "created"
        else:
            outcome = "changed"
            if not exists[0]:
                run(f"ALTER ROLE {name} LOGIN")
        for other in ROLES:
            if other != role and _direct_member(db, login, other):
                run(f"REVOKE {_ident(other)} FROM {name}")
        if not _direct_member(db, login, role):
            run(f"GRANT {_ident(role)} TO {name}")
        if password:
            run(f"ALTER ROLE {name} PASSWORD %s", (_hashed(db, password, login),))
    return outcome


def _direct_member(db: pw.Database, login: str, role: str) -> bool:
    return bool(
        db.execute_sql(
            "SELECT EXISTS (SELECT 1 FROM pg_auth_members m"
            " JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member"
            " WHERE g.rolname = %s AND u.rolname = %s)",
            (role, login),
        ).fetchone()[0]
    )


def _hashed(db: pw.Database, password: str, login: str) -> str:
    """The password as the server stores it (SCRAM-SHA-256, libpq's own hashing)."""
    from psycopg2.extensions import encrypt_password

    return encrypt_password(password, login, db.connection(), "scram-sha-256")
