"""Dialogs of the commitment tracker window."""

from ui.dialogs.due_dialog import DueDialog
from ui.dialogs.edit_dialog import EditDialog
from ui.dialogs.manual_dialog import ManualCommitmentDialog
from ui.dialogs.mark_dialog import MarkDialog
from ui.dialogs.merge_dialog import MergeDialog

__all__ = ["DueDialog", "EditDialog", "ManualCommitmentDialog", "MarkDialog", "MergeDialog"]
