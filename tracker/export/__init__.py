"""Exports staff hand on: xlsx (and later csv, ics)."""
