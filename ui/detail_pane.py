"""The right-hand pane: one commitment with its due phrase, history and sources.

All text from documents and from users is escaped with `html.escape` before it
goes into the rich text; only the highlight around the quote and the structure
around it are markup of our own.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import QTextBrowser, QWidget

from tracker.store.audit import ChangeRow
from tracker.store.queries import CommitmentRow, HistoryRow, SourceRow
from ui.cue_labels import explain_cue
from ui.dialogs.conflict_dialog import change_label
from ui.labels import counted, format_date, format_datetime, precision_label, status_label
from ui.models.commitment_table_model import WARNING_SIGN

QUOTE_BACKGROUND = "#fff6cc"
HIGHLIGHT_STYLE = "background-color:#ffe58a; color:#1f1f1f;"
MUTED_STYLE = "color:#6b6b6b;"
OVERDUE_STYLE = "color:#a4262c; font-weight:600;"
SECTION_STYLE = (
    "margin-top:16px; margin-bottom:4px; font-size:small; font-weight:600; color:#4a5a6a;"
)


def _esc(text: str | None) -> str:
    """Escape document or user text, keeping its line breaks."""
    return html.escape(text or "", quote=True).replace("\n", "<br>")


def _fill(template: str, *values: str) -> str:
    """Qt-style %1, %2 placeholders, filled after translation (values already escaped)."""
    for number, value in reversed(list(enumerate(values, start=1))):
        template = template.replace(f"%{number}", value)
    return template


# The only links the pane makes: the official publication, its address built by the store
# from the document's official id ("kst-32637-448"). Anything else gets no link.
_OFFICIAL_URL = re.compile(
    r"https://zoek\.officielebekendmakingen\.nl/[A-Za-z0-9][A-Za-z0-9._-]*\.html"
)


def _safe_url(url: str | None) -> str | None:
    if url and _OFFICIAL_URL.fullmatch(url):
        return url
    return None


def _section(title: str) -> str:
    return f'<p style="{SECTION_STYLE}">{html.escape(title.upper())}</p>'


def highlight_quote(answer: str, span: tuple[int, int] | None, quote: str) -> str:
    """The answer as escaped HTML with the quote's span wrapped in a highlight.

    Without an answer (or with a span that does not fit it) the quote alone is shown,
    highlighted, so the promise is never lost.
    """
    if answer and span and 0 <= span[0] < span[1] <= len(answer):
        start, end = span
        return (
            _esc(answer[:start])
            + f'<span style="{HIGHLIGHT_STYLE}">{_esc(answer[start:end])}</span>'
            + _esc(answer[end:])
        )
    if answer and quote and quote in answer:
        start = answer.index(quote)
        return highlight_quote(answer, (start, start + len(quote)), quote)
    body = f'<span style="{HIGHLIGHT_STYLE}">{_esc(quote)}</span>'
    if answer:
        body += f"<br><br>{_esc(answer)}"
    return body


def _due_html(row: CommitmentRow, as_of: dt.date) -> str:
    parts = []
    if row.due:
        parts.append(f"<b>{format_date(row.due)}</b>")
    if row.due_text:
        parts.append(f"\u2018{_esc(row.due_text)}\u2019")
    if row.due_precision:
        parts.append(
            f'<span style="{MUTED_STYLE}">'
            + _fill(
                QCoreApplication.translate("DetailPane", "(precisie: %1)"),
                html.escape(precision_label(row.due_precision)),
            )
            + "</span>"
        )
    if not parts:
        none = html.escape(QCoreApplication.translate("DetailPane", "geen termijn genoemd"))
        parts.append(f'<span style="{MUTED_STYLE}">{none}</span>')
    text = " ".join(parts)
    if row.due_overridden:
        original = format_date(row.due_extracted) or QCoreApplication.translate(
            "DetailPane", "geen datum"
        )
        text += "<br>" + _fill(
            QCoreApplication.translate(
                "DetailPane", "Handmatig vastgesteld; afgeleid uit de tekst: %1"
            ),
            html.escape(original),
        )
    days = row.days_overdue(as_of)
    if days is not None:
        text += (
            f'<br><span style="{OVERDUE_STYLE}">{WARNING_SIGN} '
            + html.escape(
                counted(
                    days,
                    QCoreApplication.translate("DetailPane", "%1 dag te laat"),
                    QCoreApplication.translate("DetailPane", "%1 dagen te laat"),
                )
            )
            + "</span>"
        )
    return text


def _edit_html(change: ChangeRow) -> str:
    """An entry of the audit trail other than a status change: what, when and who."""
    who = _esc(change.who) or html.escape(QCoreApplication.translate("DetailPane", "onbekend"))
    return (
        f'<p style="margin:2px 0 8px 0;">{_esc(change_label(change))} &nbsp; '
        f"<span style='{MUTED_STYLE}'>{html.escape(format_datetime(change.changed_at))}, "
        f"{who}</span></p>"
    )


def _history_html(history: list[HistoryRow], changes: Sequence[ChangeRow] = ()) -> str:
    """Status changes (with notes and evidence) and the other changes of the audit
    trail (edits, review, merges, undo), newest first, each with when and who."""
    # Status changes are in the history already; the trail adds everything else.
    edits = [c for c in changes if c.what != "status"]
    if not history and not edits:
        none = QCoreApplication.translate("DetailPane", "Nog geen wijzigingen.")
        return f'<p style="{MUTED_STYLE}">{html.escape(none)}</p>'
    entries: list[tuple[object, int, str]] = [
        (change.changed_at, number, _status_html(change)) for number, change in enumerate(history)
    ]
    entries += [
        (change.changed_at, len(history) + number, _edit_html(change))
        for number, change in enumerate(edits)
    ]
    entries.sort(key=lambda entry: (entry[0], entry[1]), reverse=True)  # newest first
    return "".join(text for _, _, text in entries)


def _status_html(change: HistoryRow) -> str:
    """A status change: old → new, when and who, the note and the evidence."""
    before = status_label(change.from_status) or "\u2014"
    move = html.escape(f"{before} \u2192 {status_label(change.to_status)}")
    who = _esc(change.who) or html.escape(QCoreApplication.translate("DetailPane", "onbekend"))
    lines = [
        f"<b>{move}</b> &nbsp; <span style='{MUTED_STYLE}'>"
        f"{html.escape(format_datetime(change.changed_at))}, {who}</span>"
    ]
    if change.note:
        lines.append(
            _fill(QCoreApplication.translate("DetailPane", "Toelichting: %1"), _esc(change.note))
        )
    if change.evidence:
        lines.append(
            _fill(QCoreApplication.translate("DetailPane", "Bewijs: %1"), _esc(change.evidence))
        )
    return '<p style="margin:2px 0 8px 0;">' + "<br>".join(lines) + "</p>"


def _source_html(source: SourceRow, number: int, total: int) -> str:
    url = _safe_url(source.url)
    reference = _esc(source.reference or source.document_title)
    if url:
        reference = f'<a href="{html.escape(url, quote=True)}">{reference}</a>'
    heading = (
        QCoreApplication.translate("DetailPane", "Bron")
        if total == 1
        else _fill(
            QCoreApplication.translate("DetailPane", "Bron %1 van %2"), str(number), str(total)
        )
    )
    dated = source.document_date or source.answer_date
    meta = [reference]
    if source.document_title:
        meta.append(_esc(source.document_title))
    if dated:
        meta.append(html.escape(format_date(dated)))
    out = [_section(heading), "<p>" + " &middot; ".join(meta) + "</p>"]
    if source.question:
        label = (
            _fill(
                QCoreApplication.translate("DetailPane", "Vraag van de %1-fractie"),
                _esc(source.faction),
            )
            if source.faction
            else html.escape(QCoreApplication.translate("DetailPane", "Vraag"))
        )
        out.append(f"<p><i>{label}:</i><br>{_esc(source.question)}</p>")
    elif source.faction:
        out.append(
            "<p><i>"
            + _fill(QCoreApplication.translate("DetailPane", "Fractie: %1"), _esc(source.faction))
            + "</i></p>"
        )
    if source.answer:
        # translate() outside the f-string: lupdate does not look inside one
        answer = html.escape(QCoreApplication.translate("DetailPane", "Antwoord"))
        out.append(
            f"<p><i>{answer}:</i><br>"
            + highlight_quote(source.answer, source.quote_in_answer, source.quote)
            + "</p>"
        )
    elif source.quote and total > 1:  # the first quote already stands at the top
        out.append(
            f"<p><i>{html.escape(QCoreApplication.translate('DetailPane', 'Citaat'))}:</i><br>"
            + highlight_quote("", None, source.quote)
            + "</p>"
        )
    return "".join(out)


def commitment_html(row: CommitmentRow, as_of: dt.date) -> str:
    """The whole detail pane for one commitment (with sources and history)."""
    out = [f'<h2 style="margin-bottom:6px;">{_esc(row.title)}</h2>']
    facts = [
        (QCoreApplication.translate("DetailPane", "Termijn"), _due_html(row, as_of)),
        (
            QCoreApplication.translate("DetailPane", "Status"),
            f"<b>{html.escape(status_label(row.status))}</b>",
        ),
    ]
    if row.kind == "mondeling":
        facts += _oral_facts(row)
    if row.actor or row.ministry:
        who = _esc(row.actor or "")
        if row.ministry and row.ministry not in (row.actor or ""):
            who += f" ({_esc(row.ministry)})"
        facts.append((QCoreApplication.translate("DetailPane", "Bewindspersoon"), who))
    if row.factions:
        facts.append(
            (QCoreApplication.translate("DetailPane", "Fracties"), _esc(", ".join(row.factions)))
        )
    counted_from = _counted_from_html(row)
    if counted_from:
        facts.append((QCoreApplication.translate("DetailPane", "Geteld vanaf"), counted_from))
    out.append('<table cellspacing="0" cellpadding="3">')
    for label, value in facts:
        out.append(
            f'<tr><td style="{MUTED_STYLE} padding-right:12px;" valign="top">'
            f"{html.escape(label)}</td><td>{value}</td></tr>"
        )
    out.append("</table>")
    if row.quote:
        out.append(_section(QCoreApplication.translate("DetailPane", "Citaat")))
        out.append(
            f'<table width="100%" cellpadding="8" cellspacing="0" bgcolor="{QUOTE_BACKGROUND}">'
            f'<tr><td style="color:#1f1f1f;">{_esc(row.quote)}</td></tr></table>'
        )
    out.append(_section(QCoreApplication.translate("DetailPane", "Geschiedenis")))
    out.append(_history_html(row.history, row.changes))
    if row.cue:
        out.append(_section(QCoreApplication.translate("DetailPane", "Waarom gevonden")))
        out.append(f"<p>{_esc(explain_cue(row.cue))}</p>")
    sources = row.sources
    if len(sources) > 1:
        # one promise made in several places: say where, before the sources in full
        out.append(
            _section(
                _fill(
                    QCoreApplication.translate("DetailPane", "Toegezegd op %1 plaatsen"),
                    str(len(sources)),
                )
            )
        )
        out.append("<ul>" + "".join(f"<li>{_place(s)}</li>" for s in sources) + "</ul>")
    for number, source in enumerate(sources, start=1):
        out.append(_source_html(source, number, len(sources)))
    return "".join(out)


def _oral_facts(row: CommitmentRow) -> list[tuple[str, str]]:
    """An oral commitment: "Toezegging TZ202603-130 · Status bij de Kamer: Openstaand"
    (and the letter the House names as its fulfilment), and the debate it was made in."""
    parts = [
        _fill(
            QCoreApplication.translate("DetailPane", "%1 (mondeling)"),
            _esc(row.house_number or row.reference),
        )
    ]
    if row.house_status:
        parts.append(
            _fill(
                QCoreApplication.translate("DetailPane", "Status bij de Kamer: %1"),
                f"<b>{_esc(row.house_status)}</b>",
            )
        )
    if row.house_evidence:  # the letter the House's register names (its KamerbriefNakoming)
        parts.append(
            _fill(
                QCoreApplication.translate("DetailPane", "De Kamer noemt als nakoming: %1"),
                _esc(row.house_evidence),
            )
        )
    facts = [(QCoreApplication.translate("DetailPane", "Toezegging"), " &middot; ".join(parts))]
    if row.debate:
        facts.append((QCoreApplication.translate("DetailPane", "Debat"), _esc(row.debate)))
    return facts


def _counted_from_html(row: CommitmentRow) -> str:
    """The day the due date was read from, where the document did not state it: the
    date the user gave, or (the document states no date) the day of the import."""
    if row.manual or not row.due_text:
        return ""
    if row.reference_date is not None and row.reference_date_given:
        return html.escape(
            _fill(
                QCoreApplication.translate(
                    "DetailPane", "%1 (opgegeven: het document noemt geen datum)"
                ),
                format_date(row.reference_date),
            )
        )
    if row.reference_date is None and row.document_date is None and row.document_ids:
        return html.escape(
            QCoreApplication.translate(
                "DetailPane",
                "de dag van de import: het document noemt geen datum "
                "(Bestand › Datum van document opgeven…)",
            )
        )
    return ""


def _place(source: SourceRow) -> str:
    """Where a source stands, in a few words: "Vraag 3 · VVD-fractie · Kamerstuk 36 450, nr. 6"."""
    parts = [_esc(source.section)] if source.section else []
    if source.faction:
        parts.append(
            _fill(QCoreApplication.translate("DetailPane", "%1-fractie"), _esc(source.faction))
        )
    parts.append(_esc(source.reference or source.document_title))
    return " &middot; ".join(p for p in parts if p)


MIN_WIDTH_CHARS = 44


class DetailPane(QTextBrowser):
    """Read-only rich text of the selected commitment; links open in the browser."""

    # The commitment shown (a CommitmentRow), or None for the placeholder: what sits
    # beside the pane (the House's status bar) follows it.
    commitment_shown = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailPane")
        self.setOpenExternalLinks(True)
        self.setReadOnly(True)
        self.document().setDocumentMargin(14)
        # Wrap between words only (a narrow pane scrolls rather than break "Minister"),
        # and never so narrow that a label and its value stop fitting beside each other.
        self.setWordWrapMode(QTextOption.WrapMode.WordWrap)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * MIN_WIDTH_CHARS)
        self.commitment_id: int | None = None
        self.show_placeholder()

    def show_commitment(self, row: CommitmentRow, as_of: dt.date) -> None:
        self.commitment_id = row.id
        self.setHtml(commitment_html(row, as_of))
        self.commitment_shown.emit(row)

    def show_placeholder(self, text: str | None = None) -> None:
        self.commitment_id = None
        text = text or self.tr("Kies een toezegging in de lijst om de details te zien.")
        self.setHtml(f'<p style="{MUTED_STYLE}">{html.escape(text)}</p>')
        self.commitment_shown.emit(None)
