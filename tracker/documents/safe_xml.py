"""Parse XML from a file without any DTD: no entity expansion, no external files.

A DOCTYPE or ENTITY declaration is refused by expat itself, before the tree is built, so
the check sees the document exactly as the parser does, in whatever encoding it is
written (a byte search for "<!DOCTYPE" misses UTF-16 without a byte order mark).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from xml.parsers import expat


class UnsafeXmlError(Exception):
    """The XML declares a DTD or entities: refused, never parsed."""


def _refuse(*_args: object) -> None:
    raise UnsafeXmlError("a DOCTYPE or ENTITY declaration")


def parse(data: bytes) -> ET.Element:
    """The root element of `data`; `UnsafeXmlError` for a DTD, `ET.ParseError` for XML
    that is malformed or in an encoding the parser does not know."""
    check = expat.ParserCreate()
    check.StartDoctypeDeclHandler = _refuse
    check.EntityDeclHandler = _refuse
    check.UnparsedEntityDeclHandler = _refuse
    check.ExternalEntityRefHandler = _refuse
    try:
        check.Parse(data, True)
        return ET.fromstring(data)
    except UnsafeXmlError:
        raise
    except expat.ExpatError as exc:
        raise ET.ParseError(expat.ErrorString(exc.code) + _where(exc)) from None
    except (LookupError, ValueError) as exc:  # an encoding expat cannot read
        raise ET.ParseError(f"unsupported encoding: {exc}") from None


def _where(exc: expat.ExpatError) -> str:
    return f": line {exc.lineno}, column {exc.offset}"
