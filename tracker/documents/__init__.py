"""Readers: one module per format, all produce one `Document`."""

from tracker.documents.model import Asker, Block, Document, Exchange
from tracker.documents.reader import DocumentError, read_document

__all__ = ["Asker", "Block", "Document", "DocumentError", "Exchange", "read_document"]
