"""Finding commitments (toezeggingen) in a `Document`: cues, actors, titles, grouping.

extract(document) -> list[Commitment]
to_json(document, commitments) -> dict   # the contract of `tracker extract FILE --json`
"""

from tracker.extract.extractor import extract
from tracker.extract.model import Commitment, Source
from tracker.extract.serialize import to_json

__all__ = ["Commitment", "Source", "extract", "to_json"]
