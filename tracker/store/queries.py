"""What the CLI and the window ask of the store: a thin module of re-exports.

The store's requests live in modules named after what they hold; this one re-exports
them, so `from tracker.store.queries import X` and `queries.X` keep working. The private
helpers that tests and `tracker.store.filters` reach through it are re-exported by a
redundant alias (`import _x as _x`), outside `__all__`.

- `tracker.store.documents`: storing an imported document, its versions, redating.
- `tracker.store.reading`: rows for the list, the documents, a document's text, the
  overview (the filters of the desk are in `tracker.store.filters`).
- `tracker.store.editing`: every change to a commitment, one transaction each, with
  locking, the audit trail and undo snapshots (`snapshot`, `restore`).
- `tracker.store.errors`, `tracker.store.rows`: the errors and the plain rows.

Nothing under `tracker/` that this module imports may import it back.
"""

from __future__ import annotations

from tracker.store.audit import current_user
from tracker.store.conflicts import Conflict
from tracker.store.documents import (
    ImportResult,
    document_of_content,
    get_document,
    get_document_identity,
    import_document,
    is_imported,
    redate_document,
    store_text,
    stored_document,
)
from tracker.store.documents import _create_commitment as _create_commitment
from tracker.store.documents import _create_commitments as _create_commitments
from tracker.store.documents import _document_values as _document_values
from tracker.store.documents import _earlier_version as _earlier_version
from tracker.store.documents import _extracted_due as _extracted_due
from tracker.store.documents import _extracted_titles as _extracted_titles
from tracker.store.documents import _previous_versions as _previous_versions
from tracker.store.documents import _record_version as _record_version
from tracker.store.documents import _source_values as _source_values
from tracker.store.documents import _touch_import as _touch_import
from tracker.store.documents import _update_document as _update_document
from tracker.store.documents import _update_extracted as _update_extracted
from tracker.store.documents import _update_source as _update_source
from tracker.store.editing import _EMPHASIS as _EMPHASIS
from tracker.store.editing import _SPACES as _SPACES
from tracker.store.editing import _SUP as _SUP
from tracker.store.editing import (
    UNSET,
    Expected,
    ExpectedMany,
    MarkResult,
    Unset,
    create_manual_commitment,
    delete_commitment,
    delete_commitments,
    mark,
    mark_changes,
    mark_many,
    merge_commitments,
    plain_quote,
    set_due,
    set_review_state,
    set_review_states,
    transaction,
    update_commitment,
)
from tracker.store.editing import _check as _check
from tracker.store.editing import _check_status as _check_status
from tracker.store.editing import _conflict as _conflict
from tracker.store.editing import _delete as _delete
from tracker.store.editing import _due_values as _due_values
from tracker.store.editing import _expectations as _expectations
from tracker.store.editing import _lock as _lock
from tracker.store.editing import _lock_checked as _lock_checked
from tracker.store.editing import _mark as _mark
from tracker.store.editing import _no_commitments as _no_commitments
from tracker.store.editing import _one as _one
from tracker.store.editing import _remove as _remove
from tracker.store.editing import _save as _save
from tracker.store.editing import _writing as _writing
from tracker.store.errors import StaleCommitmentError, StoreError
from tracker.store.models import REVIEW_STATES, STATUSES, fingerprint, normalise_quote, now
from tracker.store.oral import accept_house_status, dismiss_house_status
from tracker.store.reading import _ROW_SQL as _ROW_SQL
from tracker.store.reading import _SCOPED_ROWS as _SCOPED_ROWS
from tracker.store.reading import (
    UNKNOWN_MINISTRY,
    counts,
    fetch_rows,
    get_commitment,
    get_commitments,
    get_document_text,
    iter_row_pages,
    list_commitments,
    list_documents,
    overview,
)
from tracker.store.reading import _Days as _Days
from tracker.store.reading import _document_row as _document_row
from tracker.store.reading import _fetch_rows as _fetch_rows
from tracker.store.reading import _gc_paused as _gc_paused
from tracker.store.reading import _to_date as _to_date
from tracker.store.reading import _to_datetime as _to_datetime
from tracker.store.rows import (
    CommitmentRow,
    DocumentRow,
    DocumentText,
    HistoryRow,
    Overview,
    SourceRow,
)
from tracker.store.rows import _reference as _reference
from tracker.store.rows import _reference_of as _reference_of
from tracker.store.rows import _url as _url
from tracker.store.rows import _url_of as _url_of
from tracker.store.sql import _CHUNK as _CHUNK
from tracker.store.sql import _chunks as _chunks
from tracker.store.undo import _TRAILED as _TRAILED
from tracker.store.undo import (
    Snapshot,
    current_versions,
    restore,
    snapshot,
    versions_of,
)

__all__ = [
    "accept_house_status",
    "dismiss_house_status",
    "REVIEW_STATES",
    "STATUSES",
    "UNKNOWN_MINISTRY",
    "UNSET",
    "CommitmentRow",
    "Conflict",
    "DocumentRow",
    "DocumentText",
    "Expected",
    "ExpectedMany",
    "HistoryRow",
    "ImportResult",
    "Overview",
    "Snapshot",
    "SourceRow",
    "StaleCommitmentError",
    "StoreError",
    "Unset",
    "counts",
    "create_manual_commitment",
    "current_user",
    "current_versions",
    "delete_commitment",
    "delete_commitments",
    "document_of_content",
    "fetch_rows",
    "iter_row_pages",
    "fingerprint",
    "get_commitment",
    "get_commitments",
    "get_document",
    "get_document_identity",
    "get_document_text",
    "import_document",
    "is_imported",
    "store_text",
    "list_commitments",
    "list_documents",
    "MarkResult",
    "mark",
    "mark_changes",
    "mark_many",
    "merge_commitments",
    "normalise_quote",
    "now",
    "overview",
    "plain_quote",
    "redate_document",
    "restore",
    "set_due",
    "set_review_state",
    "set_review_states",
    "snapshot",
    "stored_document",
    "transaction",
    "update_commitment",
    "versions_of",
]
