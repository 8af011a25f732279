"""The shared extraction scorer (a copy of ../shared/tools/score_extraction.py), for the tests."""

from __future__ import annotations

import importlib.util
from pathlib import Path

_PATH = Path(__file__).resolve().parent / "data" / "gold" / "score_extraction.py"
_spec = importlib.util.spec_from_file_location("score_extraction", _PATH)
scorer = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(scorer)

MAX_QUOTE_CHARS = scorer.MAX_QUOTE_CHARS
norm = scorer.norm
match = scorer.match
quotes_of = scorer.quotes_of
