"""What a document is, as staff cite it: its official id, title and answer date.

Filled in after the reader of the kind and the file's own metadata have spoken:

* the official id ("kst-36450-6", "ah-tk-20232024-1076") as the PDF of
  officielebekendmakingen.nl prints it above "ISSN 0921 - 7371", else built from
  dossier and number;
* the title of a nota or lijst van vragen en antwoorden: its type and the short title
  of the bill ("Nota naar aanleiding van het verslag, Instellingswet Adviescollege
  toetsing regeldruk"); of a letter: its sender and subject ("Brief van de Minister van
  Economische Zaken over het Werkprogramma 2025 van het Adviescollege Toetsing
  Regeldruk"), else the dossier it is filed in;
* the reference date of documents whose own date is the day they answer (a letter, a
  nota, a "Mededeling" on Kamervragen).
"""

from __future__ import annotations

import re

from tracker.documents.model import Document

# The code block of an officielebekendmakingen.nl PDF: "kst-36450-6 ISSN 0921 - 7371"
_PRINTED_ID = re.compile(
    r"\b(kst-\d{5}(?:-[A-Z]{1,3}|-[IVXLC]{1,6})?-\d{1,4}|ah-(?:tk|ek)-\d{8}-\d{1,5})\s+ISSN\b"
)
# "Regels omtrent ... (Instellingswet Adviescollege toetsing regeldruk)": the bill's
# short title ("citeertitel") stands in brackets at the end of its long title.
_SHORT_TITLE = re.compile(r"\(([^()]{3,200})\)\s*$")
# How a letter says what it is about, in its first paragraph.
_LETTER_SUBJECT = [
    # "Hierbij bied ik u (, mede namens ...,) het Werkprogramma 2025 van ... aan."
    re.compile(
        r"^(?:Hierbij|Bijgaand|Met\s+deze\s+brief)\s+(?:bied|zend|stuur)\s+ik\s+(?:uw\s+Kamer|u)"
        r"(?:,?\s+(?:mede\s+)?namens\s+[^,]{3,120},)?\s+(?P<s>.{5,240}?)\s+(?:aan|toe)\b"
    ),
    # "Hierbij informeer ik u (...) over de stand van zaken ..."
    re.compile(
        r"^(?:Hierbij|Met\s+deze\s+brief|In\s+deze\s+brief)\s+(?:informeer|bericht)\s+ik\s+"
        r"(?:uw\s+Kamer|u)"
        r"(?:,?\s+(?:mede\s+)?namens\s+[^,]{3,120},)?\s+over\s+(?P<s>[^.;:]{5,240})"
    ),
]
# Kinds whose own date is the day the answers (or the letter) were given.
_DATED_ANSWERS = frozenset({"brief", "nota", "vragenlijst", "kamervragen"})


def printed_id(source: str) -> str | None:
    """The official id the PDF prints in its code block, if any."""
    m = _PRINTED_ID.search(source)
    return m.group(1) if m else None


def short_title(dossier_title: str) -> str:
    """The bill's short title from its long title, else the dossier title itself."""
    m = _SHORT_TITLE.search(dossier_title)
    return m.group(1).strip() if m else dossier_title.strip()


def letter_subject(document: Document) -> str:
    """What a letter is about, from its opening sentence ("" if it does not say)."""
    for exchange in document.exchanges[:1]:
        for block in exchange.answer[:2]:
            for pattern in _LETTER_SUBJECT:
                if m := pattern.match(block.text):
                    subject = re.sub(r"\s*\([A-Z][A-Za-z]{1,8}\)", "", m.group("s"))
                    return re.sub(r"\s+", " ", subject).strip(" ,")
    return ""


def complete(document: Document) -> None:
    """Fill official id, title and reference date where the reader left them open."""
    if document.official_id is None:
        document.official_id = printed_id(document.source)
    if document.official_id is None and document.dossier and document.number:
        if document.kind != "kamervragen":
            document.official_id = f"kst-{document.dossier.replace(' ', '-')}-{document.number}"
    if document.kind in ("nota", "vragenlijst") and document.document_type:
        if document.dossier_title:
            document.title = f"{document.document_type}, {short_title(document.dossier_title)}"
        else:
            document.title = document.document_type
    elif document.kind == "brief" and document.answerer:
        sender = f"Brief van de {document.answerer}"
        subject = document.subject or letter_subject(document)
        if subject:
            document.subject = subject
            document.title = f"{sender} over {subject}"
        elif document.dossier_title:
            document.title = f"{sender}, {short_title(document.dossier_title)}"
        else:
            document.title = sender
    if (
        document.reference_date is None
        and document.date is not None
        and document.kind in _DATED_ANSWERS
    ):
        document.reference_date = document.date
