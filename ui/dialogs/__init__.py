"""Dialogs of the commitment tracker window."""

from ui.dialogs.mark_dialog import MarkDialog

__all__ = ["MarkDialog"]
