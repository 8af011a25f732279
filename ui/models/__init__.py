"""Qt item models over the plain rows that `tracker.store.queries` returns."""

from ui.models.commitment_filter_proxy import CommitmentFilterProxy
from ui.models.commitment_table_model import Column, CommitmentTableModel, Role

__all__ = ["Column", "CommitmentFilterProxy", "CommitmentTableModel", "Role"]
