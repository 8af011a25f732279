"""The PySide6 window on top of the plain-Python core in `tracker`.

Nothing here decides what a commitment is, when it is due or whether it is
overdue: `ui` only shows what `tracker` computes and runs it off the UI thread.
"""
