"""Storage: peewee models, the connection, migrations and the queries the app uses."""

from tracker.store.connection import close_database, default_db_path, open_database, resolve_db_path

__all__ = ["close_database", "default_db_path", "open_database", "resolve_db_path"]
