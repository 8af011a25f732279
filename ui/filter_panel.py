"""The filters beside the list: combinable, each with the number of commitments it finds.

The panel only collects choices into a `tracker.store.filters.Filter` and shows the
counts of `facet_counts`; the store decides what matches. Search text is debounced,
so typing does not ask the store on every key.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QSettings,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tracker.store.filters import Facets, Filter
from tracker.store.models import OPEN_STATUSES
from ui.labels import REVIEW_STATES, STATUS_ORDER, review_label, status_label
from ui.plain_text import plain

# Searching a register of 100,000 takes a few milliseconds, so the list follows each
# keystroke; the timer only merges keystrokes that arrive in the same event-loop pass.
SEARCH_DELAY_MS = 0
DEFAULT_WITHIN_DAYS = 14
MAX_WITHIN_DAYS = 730
DEFAULT_REVIEW_STATES = frozenset({"to_review", "confirmed"})
LIST_ROWS = 8  # rows a facet list shows before it scrolls
SETTINGS_PREFIX = "filters/last/"

# The statuses in the order staff think of them (the status checkboxes).
STATUS_CHOICES = ("open", "fulfilled", "partial", "lapsed")


def _keyed(counts: dict) -> dict:
    """The store's None ("no ministry") as "", the key the lists hold.

    Item data never holds None: PySide 6.12 on Python 3.11 drops a reference to None
    each time such an item's data is read, which crashes the interpreter later.
    """
    return {("" if key is None else key): value for key, value in counts.items()}


def _store_values(keys: set) -> frozenset:
    """The list's checked keys as the store's Filter wants them ("" back to None)."""
    return frozenset(None if key == "" else key for key in keys)


def _with_count(label: str, count: int | None) -> str:
    return f"{label} ({count})" if count is not None else label


class FacetModel(QAbstractListModel):
    """The values of one facet with their counts; checkable, the checked ones filter.

    A model rather than QListWidget items: the panel updates thousands of counts
    (one per document) on every filter change, and item setters cost a call each.
    """

    checked_changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._keys: list = []
        self._labels: dict = {}
        self._texts: list[str] = []
        self._checked: set = set()

    def set_values(self, labels: dict, counts: dict) -> None:
        keys = list(labels)
        texts = [_with_count(labels[k], counts.get(k, 0)) for k in keys]
        if keys != self._keys:
            self.beginResetModel()
            self._keys, self._labels, self._texts = keys, dict(labels), texts
            self._checked &= set(keys)
            self.endResetModel()
        elif texts != self._texts:
            self._labels, self._texts = dict(labels), texts
            self.dataChanged.emit(self.index(0), self.index(len(keys) - 1))

    def keys(self) -> list:
        return list(self._keys)

    def label(self, key) -> str:
        return self._labels.get(key, str(key))

    def text(self, key) -> str:
        return self._texts[self._keys.index(key)]

    def checked(self) -> set:
        return set(self._checked)

    def set_checked(self, keys: set, notify: bool = False) -> None:
        self._checked = set(keys)
        if self._keys:
            self.dataChanged.emit(self.index(0), self.index(len(self._keys) - 1))
        if notify:
            self.checked_changed.emit()

    def toggle(self, row: int) -> None:
        key = self._keys[row]
        self._checked ^= {key}
        index = self.index(row)
        self.dataChanged.emit(index, index)
        self.checked_changed.emit()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._keys)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        row = index.row()
        if not 0 <= row < len(self._keys):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[row]
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain(self._labels[self._keys[row]])
        if role == Qt.ItemDataRole.CheckStateRole:
            on = self._keys[row] in self._checked
            return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        on = Qt.CheckState(value) == Qt.CheckState.Checked
        if on != (self._keys[index.row()] in self._checked):
            self.toggle(index.row())
        return True

    def flags(self, index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )


class FacetItem:
    """One value of a facet list, as tests and callers reach it (text, check state)."""

    def __init__(self, facet_list: FacetList, key) -> None:
        self._list = facet_list
        self.key = key

    def text(self) -> str:
        return self._list.facet_model.text(self.key)

    def toolTip(self) -> str:  # noqa: N802 - like QListWidgetItem
        return self._list.facet_model.label(self.key)

    def checkState(self) -> Qt.CheckState:  # noqa: N802
        on = self.key in self._list.facet_model.checked()
        return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked

    def setCheckState(self, state: Qt.CheckState) -> None:  # noqa: N802
        model = self._list.facet_model
        model.setData(model.index(model.keys().index(self.key)), state, Qt.CheckStateRole)


class FacetList(QListView):
    """A checkable list of the values of one facet (ministries, factions, ...), each
    with its count; the checked values are the filter. Space or Enter toggles."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.facet_model = FacetModel(self)
        self.setModel(self.facet_model)
        self.setUniformItemSizes(True)
        # A long value ("Minister van Onderwijs, Cultuur en Wetenschap") is elided, with
        # the whole in its tooltip: a horizontal scrollbar would hide a row.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._fit_height()
        self.checked_changed = self.facet_model.checked_changed
        self._counts: dict = {}
        self.activated.connect(lambda index: self.facet_model.toggle(index.row()))

    def set_values(self, labels: dict, counts: dict) -> None:
        self.facet_model.set_values(labels, counts)
        self._counts = counts
        self._hide_empty()
        self._fit_height()

    def _hide_empty(self) -> None:
        """Hide the values no commitment has under the other filters ("Minister van
        OCW (0)"): they cannot narrow the list. A checked one stays, to be unchecked."""
        counts = self._counts
        checked = self.facet_model.checked()
        for row, key in enumerate(self.facet_model.keys()):
            self.setRowHidden(row, not counts.get(key, 0) and key not in checked)

    def shown_keys(self) -> list:
        """The values the list shows, in order."""
        return [k for row, k in enumerate(self.facet_model.keys()) if not self.isRowHidden(row)]

    def _fit_height(self) -> None:
        """As tall as its shown values (up to LIST_ROWS of them, then it scrolls), so a
        list of a few values is read whole: the panel scrolls rather than squeezing it."""
        count = len(self.shown_keys())
        row = self.sizeHintForRow(0) if self.facet_model.rowCount() else -1
        if row <= 0:
            row = self.fontMetrics().height() + 6
        shown = min(max(count, 1), LIST_ROWS)
        self.setFixedHeight(row * shown + 2 * self.frameWidth() + 4)

    def checked(self) -> set:
        return self.facet_model.checked()

    def set_checked(self, keys: set) -> None:
        self.facet_model.set_checked(keys)
        self._hide_empty()
        self._fit_height()

    def item_for(self, key) -> FacetItem | None:
        return FacetItem(self, key) if key in self.facet_model.keys() else None


class FilterPanel(QWidget):
    """Search, Vandaag / Alles tonen, and the filters with their counts.

    `changed` is emitted for every change of a filter but the search text;
    `text_changed` once the keystrokes waiting in the event queue are handled.
    """

    changed = Signal()
    text_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filterPanel")
        self.setAccessibleName(self.tr("Filters"))
        self._updating = False
        self._text = ""

        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("searchEdit")
        self.search_edit.setPlaceholderText(self.tr("Zoeken (Ctrl+F)"))
        self.search_edit.setToolTip(
            self.tr("Zoeken in titel, citaat en toelichting; begin van een woord is genoeg")
        )
        self.search_edit.setAccessibleName(self.tr("Zoeken"))
        self.search_edit.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._emit_text)
        self.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        self.search_edit.returnPressed.connect(self.flush_search)

        self.today_button = QPushButton(self.tr("&Vandaag"))
        self.today_button.setObjectName("todayButton")
        self.today_button.setCheckable(True)
        self.today_button.setToolTip(
            self.tr("Open toezeggingen die te laat zijn of binnen de gekozen termijn vallen")
        )
        self.today_button.toggled.connect(self._on_today_toggled)
        self.reset_button = QPushButton(self.tr("Alles &tonen"))
        self.reset_button.setObjectName("showAllButton")
        self.reset_button.setToolTip(self.tr("Alle filters en de zoekterm wissen"))
        self.reset_button.clicked.connect(self.show_all)
        views = QHBoxLayout()
        views.setContentsMargins(0, 0, 0, 0)
        views.addWidget(self.today_button)
        views.addWidget(self.reset_button)

        # Status
        self.status_checks: dict[str, QCheckBox] = {}
        status_box = QGroupBox(self.tr("Status"))
        status_layout = QVBoxLayout(status_box)
        for code in STATUS_CHOICES:
            check = QCheckBox(status_label(code))
            check.setObjectName(f"status_{code}")
            check.toggled.connect(self._emit_changed)
            self.status_checks[code] = check
            status_layout.addWidget(check)

        # Termijn
        due_box = QGroupBox(self.tr("Termijn"))
        due_layout = QVBoxLayout(due_box)
        self.overdue_check = QCheckBox(self.tr("Te laat"))
        self.overdue_check.setObjectName("overdueCheck")
        self.overdue_check.setToolTip(
            self.tr("Open toezeggingen waarvan de termijn vandaag verstreken is")
        )
        self.within_check = QCheckBox(self.tr("Binnen"))
        self.within_check.setObjectName("withinCheck")
        self.within_spin = QSpinBox()
        self.within_spin.setObjectName("withinSpin")
        self.within_spin.setRange(1, MAX_WITHIN_DAYS)
        self.within_spin.setValue(DEFAULT_WITHIN_DAYS)
        self.within_spin.setSuffix(self.tr(" dagen"))
        self.within_spin.setAccessibleName(self.tr("Aantal dagen vooruit"))
        self.within_count = QLabel()
        self.within_count.setObjectName("withinCount")
        within_row = QHBoxLayout()
        within_row.setContentsMargins(0, 0, 0, 0)
        within_row.addWidget(self.within_check)
        within_row.addWidget(self.within_spin)
        within_row.addWidget(self.within_count)
        within_row.addStretch(1)
        self.within_check.setToolTip(
            self.tr("Open toezeggingen met een termijn in de komende dagen")
        )
        self.without_due_check = QCheckBox(self.tr("Zonder termijn"))
        self.without_due_check.setObjectName("withoutDueCheck")
        for check in (self.overdue_check, self.within_check, self.without_due_check):
            check.toggled.connect(self._emit_changed)
        self.within_spin.valueChanged.connect(self._within_days_changed)
        due_layout.addWidget(self.overdue_check)
        due_layout.addLayout(within_row)
        due_layout.addWidget(self.without_due_check)

        # Beoordeling
        review_box = QGroupBox(self.tr("Beoordeling"))
        review_layout = QVBoxLayout(review_box)
        self.review_checks: dict[str, QCheckBox] = {}
        for state in REVIEW_STATES:
            check = QCheckBox(review_label(state))
            check.setObjectName(f"review_{state}")
            check.setChecked(state in DEFAULT_REVIEW_STATES)
            check.toggled.connect(self._emit_changed)
            self.review_checks[state] = check
            review_layout.addWidget(check)

        # Lists
        self.ministry_list = FacetList(self.tr("Ministerie"))
        self.ministry_list.setObjectName("ministryList")
        self.actor_list = FacetList(self.tr("Bewindspersoon"))
        self.actor_list.setObjectName("actorList")
        self.faction_list = FacetList(self.tr("Fractie"))
        self.faction_list.setObjectName("factionList")
        self.document_list = FacetList(self.tr("Document"))
        self.document_list.setObjectName("documentList")
        lists = QWidget()
        lists_layout = QVBoxLayout(lists)
        lists_layout.setContentsMargins(0, 0, 0, 0)
        for facet_list in (
            self.ministry_list,
            self.actor_list,
            self.faction_list,
            self.document_list,
        ):
            facet_list.checked_changed.connect(self._emit_changed)
            label = QLabel(facet_list.accessibleName())
            label.setBuddy(facet_list)
            bold = label.font()
            bold.setBold(True)
            label.setFont(bold)
            lists_layout.addWidget(label)
            lists_layout.addWidget(facet_list)

        content = QWidget()
        inner = QVBoxLayout(content)
        inner.setContentsMargins(6, 6, 6, 6)
        inner.addWidget(status_box)
        inner.addWidget(due_box)
        inner.addWidget(review_box)
        inner.addWidget(lists)
        inner.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 0)
        layout.addWidget(self.search_edit)
        layout.addLayout(views)
        layout.addWidget(scroll, 1)
        self.setMinimumWidth(200)

    # -- the filter ------------------------------------------------------------------

    def structural_filter(self) -> Filter:
        """Every choice but the search text."""
        statuses = frozenset(c for c, check in self.status_checks.items() if check.isChecked())
        reviews = frozenset(s for s, check in self.review_checks.items() if check.isChecked())
        return Filter(
            statuses=statuses,
            overdue=self.overdue_check.isChecked(),
            due_within_days=self.within_spin.value() if self.within_check.isChecked() else None,
            today=self.today_button.isChecked(),
            without_due=self.without_due_check.isChecked(),
            review_states=reviews,
            ministries=_store_values(self.ministry_list.checked()),
            actors=_store_values(self.actor_list.checked()),
            factions=_store_values(self.faction_list.checked()),
            document_ids=frozenset(self.document_list.checked()),
        )

    def current_filter(self) -> Filter:
        """The whole filter, with the search text typed so far."""
        return dataclasses.replace(self.structural_filter(), text=self.search_text())

    def search_text(self) -> str:
        return self.search_edit.text().strip()

    def within_days(self) -> int:
        return self.within_spin.value()

    def set_within_days(self, days: int) -> None:
        self.within_spin.setValue(days)

    # -- views ---------------------------------------------------------------------

    @Slot()
    def show_today(self) -> None:
        """The default view: open commitments overdue or due within the chosen days."""
        self._set_quietly(lambda: self._clear(keep_text=True))
        self._set_quietly(lambda: self.today_button.setChecked(True))
        self.changed.emit()

    @Slot()
    def show_all(self) -> None:
        """No filters, no search text (rejected commitments stay hidden)."""
        self._set_quietly(lambda: self._clear(keep_text=False))
        self._search_timer.stop()
        self._text = ""
        self.changed.emit()
        self.text_changed.emit("")

    def _clear(self, keep_text: bool) -> None:
        self.today_button.setChecked(False)
        for check in self.status_checks.values():
            check.setChecked(False)
        for check in (self.overdue_check, self.within_check, self.without_due_check):
            check.setChecked(False)
        for state, check in self.review_checks.items():
            check.setChecked(state in DEFAULT_REVIEW_STATES)
        for facet_list in self._lists():
            facet_list.set_checked(set())
        if not keep_text:
            self.search_edit.clear()

    def set_ministry(self, ministry: str, kind: str) -> None:
        """Show one ministry's open, overdue or fulfilled commitments (from the overview)."""

        def apply() -> None:
            self._clear(keep_text=False)
            self.ministry_list.set_checked({ministry})
            if kind == "overdue":
                self.overdue_check.setChecked(True)
            elif kind == "fulfilled":
                self.status_checks["fulfilled"].setChecked(True)
            else:  # still open: partly fulfilled ones too, as the overview counts them
                for status in OPEN_STATUSES:
                    self.status_checks[status].setChecked(True)

        self._set_quietly(apply)
        self._search_timer.stop()
        self.changed.emit()
        self.text_changed.emit("")

    def _set_quietly(self, change) -> None:
        self._updating = True
        try:
            change()
        finally:
            self._updating = False

    @Slot()
    def _emit_changed(self, *_args) -> None:
        if self._updating:
            return
        self.changed.emit()

    @Slot(bool)
    def _on_today_toggled(self, _on: bool) -> None:
        self._emit_changed()

    @Slot(int)
    def _within_days_changed(self, _days: int) -> None:
        if self.within_check.isChecked() or self.today_button.isChecked():
            self._emit_changed()

    @Slot()
    def _emit_text(self) -> None:
        text = self.search_text()
        if text != self._text:
            self._text = text
            self.text_changed.emit(text)

    @Slot()
    def flush_search(self) -> None:
        """Search now instead of after the pause (Enter in the search box)."""
        self._search_timer.stop()
        self._emit_text()

    def _lists(self) -> tuple[FacetList, ...]:
        return (self.ministry_list, self.actor_list, self.faction_list, self.document_list)

    # -- counts --------------------------------------------------------------------

    def set_facets(self, facets: Facets, universe: Facets | None = None) -> None:
        """Show the counts of `facets`; the lists hold the values of `universe` (all
        commitments), so a value does not vanish when another filter leaves it empty."""
        universe = universe or facets
        for code, check in self.status_checks.items():
            check.setText(_with_count(status_label(code), facets.statuses.get(code, 0)))
        for state, check in self.review_checks.items():
            check.setText(_with_count(review_label(state), facets.review_states.get(state, 0)))
        self.overdue_check.setText(_with_count(self.tr("Te laat"), facets.overdue))
        self.within_count.setText(f"({facets.due_within})")
        self.without_due_check.setText(_with_count(self.tr("Zonder termijn"), facets.without_due))
        self.today_button.setText(_with_count(self.tr("&Vandaag"), facets.today))

        def labels(values: dict, empty: str) -> dict:
            return {key: key or empty for key in sorted(values, key=str.lower)}

        for facet_list, everything, now in (
            (self.ministry_list, universe.ministries, facets.ministries),
            (self.actor_list, universe.actors, facets.actors),
            (self.faction_list, universe.factions, facets.factions),
        ):
            now = _keyed(now)
            facet_list.set_values(labels({**_keyed(everything), **now}, self.tr("(geen)")), now)
        documents = {**universe.documents, **facets.documents}
        ordered = sorted(documents, key=lambda d: (documents[d][0] or "").lower())
        self.document_list.set_values(
            {d: documents[d][0] or str(d) for d in ordered},
            {d: count for d, (_ref, count) in facets.documents.items()},
        )

    # -- description and state ---------------------------------------------------------

    def describe(self) -> str:
        """The active filters in Dutch, for an export's description line."""
        f = self.current_filter()
        parts = []
        if f.today:
            parts.append(
                self.tr("vandaag: te laat of binnen %1 dagen").replace(
                    "%1", str(self.within_spin.value())
                )
            )
        if f.statuses:
            parts.append(
                self.tr("status: %1").replace(
                    "%1", ", ".join(status_label(s) for s in STATUS_ORDER if s in f.statuses)
                )
            )
        if f.overdue:
            parts.append(self.tr("te laat"))
        if f.due_within_days is not None:
            parts.append(self.tr("termijn binnen %1 dagen").replace("%1", str(f.due_within_days)))
        if f.without_due:
            parts.append(self.tr("zonder termijn"))
        if f.review_states != DEFAULT_REVIEW_STATES:
            parts.append(
                self.tr("beoordeling: %1").replace(
                    "%1",
                    ", ".join(review_label(s) for s in REVIEW_STATES if s in f.review_states)
                    or self.tr("geen"),
                )
            )
        for name, values in (
            (self.tr("ministerie"), f.ministries),
            (self.tr("bewindspersoon"), f.actors),
            (self.tr("fractie"), f.factions),
        ):
            if values:
                named = sorted(v or self.tr("(geen)") for v in values)
                parts.append(f"{name}: " + ", ".join(named))
        if f.document_ids:
            refs = []
            for doc_id in sorted(f.document_ids):
                item = self.document_list.item_for(doc_id)
                refs.append(item.toolTip() if item is not None else str(doc_id))
            parts.append(self.tr("document: %1").replace("%1", "; ".join(refs)))
        if f.text:
            parts.append(self.tr("zoekterm \u2018%1\u2019").replace("%1", f.text))
        if not parts:
            return self.tr("alle toezeggingen")
        return "; ".join(parts)

    def save_state(self, settings: QSettings) -> None:
        f = self.structural_filter()
        settings.setValue(SETTINGS_PREFIX + "saved", True)
        settings.setValue(SETTINGS_PREFIX + "today", f.today)
        settings.setValue(SETTINGS_PREFIX + "statuses", sorted(f.statuses))
        settings.setValue(SETTINGS_PREFIX + "overdue", f.overdue)
        settings.setValue(SETTINGS_PREFIX + "within", self.within_check.isChecked())
        settings.setValue(SETTINGS_PREFIX + "within_days", self.within_spin.value())
        settings.setValue(SETTINGS_PREFIX + "without_due", f.without_due)
        settings.setValue(SETTINGS_PREFIX + "review_states", sorted(f.review_states))
        settings.setValue(SETTINGS_PREFIX + "ministries", sorted(f.ministries))
        settings.setValue(SETTINGS_PREFIX + "actors", sorted(f.actors))
        settings.setValue(SETTINGS_PREFIX + "factions", sorted(f.factions))

    def restore_state(self, settings: QSettings) -> bool:
        """Put back the filters of the last session; False if there were none."""
        if not _bool(settings.value(SETTINGS_PREFIX + "saved", False)):
            return False

        def apply() -> None:
            self._clear(keep_text=True)
            self.today_button.setChecked(_bool(settings.value(SETTINGS_PREFIX + "today")))
            statuses = _strings(settings.value(SETTINGS_PREFIX + "statuses"))
            for code, check in self.status_checks.items():
                check.setChecked(code in statuses)
            self.overdue_check.setChecked(_bool(settings.value(SETTINGS_PREFIX + "overdue")))
            self.within_check.setChecked(_bool(settings.value(SETTINGS_PREFIX + "within")))
            try:
                days = int(settings.value(SETTINGS_PREFIX + "within_days", DEFAULT_WITHIN_DAYS))
            except (TypeError, ValueError):
                days = DEFAULT_WITHIN_DAYS
            self.within_spin.setValue(days)
            self.without_due_check.setChecked(
                _bool(settings.value(SETTINGS_PREFIX + "without_due"))
            )
            reviews = _strings(settings.value(SETTINGS_PREFIX + "review_states"))
            for state, check in self.review_checks.items():
                check.setChecked(state in reviews)
            self._restored_lists = {
                "ministries": _strings(settings.value(SETTINGS_PREFIX + "ministries")),
                "actors": _strings(settings.value(SETTINGS_PREFIX + "actors")),
                "factions": _strings(settings.value(SETTINGS_PREFIX + "factions")),
            }

        self._set_quietly(apply)
        return True

    def has_restored_lists(self) -> bool:
        return bool(getattr(self, "_restored_lists", None))

    def apply_restored_lists(self) -> None:
        """Check the list values of the last session, once the lists are filled."""
        restored = getattr(self, "_restored_lists", None)
        if not restored:
            return
        self._restored_lists = None
        self.ministry_list.set_checked(restored["ministries"])
        self.actor_list.set_checked(restored["actors"])
        self.faction_list.set_checked(restored["factions"])


def _bool(value) -> bool:
    if isinstance(value, str):
        return value.lower() in ("true", "1", "yes")
    return bool(value)


def _strings(value) -> set[str]:
    if value is None:
        return set()
    if isinstance(value, str):
        return {value} if value else set()
    return {str(v) for v in value}
