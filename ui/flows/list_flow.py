"""Reading the list from the store: the first load (in the background for a large
register), the filters and their counts, a change shown row by row, colleagues' changes
and a new day — each time keeping the selection and what the user was looking at."""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from typing import TYPE_CHECKING

import peewee as pw
from PySide6.QtCore import QLocale, QModelIndex, QObject, QPoint, QTimer, Slot
from PySide6.QtWidgets import QAbstractItemView

from tracker import clock
from tracker.store import queries as store
from tracker.store.filters import (
    Filter,
    Matching,
    commitment_count,
    facet_counts,
    matching,
    query_commitments,
    search_ids,
)
from tracker.store.queries import CommitmentRow, StoreError
from ui.change_watcher import ChangeWatcher
from ui.column_sizing import fit_in_slices, fit_to_content
from ui.labels import REVIEW_STATES
from ui.models import Role
from ui.workers import FacetJob, FilterJob, PagedLoadJob

if TYPE_CHECKING:
    from ui.main_window import MainWindow

log = logging.getLogger(__name__)

# How often the list checks whether the day changed, so "Dagen te laat" stays true
# for a window left open overnight.
DAY_CHECK_INTERVAL_MS = 60_000
# Above this many loaded rows the filter counts are computed in the thread pool, so a
# filter change shows its rows at once and the counts follow.
FACETS_IN_BACKGROUND_ABOVE = 20_000
# Above this many commitments in the database the list is read in the thread pool
# (with the counts of all commitments beside it), so the window paints at once.
LOAD_IN_BACKGROUND_ABOVE = 20_000
# Above this many rows (loaded, or being loaded) a filter or search is computed in the
# thread pool and swapped in when it is ready, so typing never holds the window. Below
# it, applying a filter at once is quicker (at 100,000 rows well under 100 ms) than
# waiting for a worker that shares the interpreter with the counts.
FILTER_IN_BACKGROUND_ABOVE = 150_000
# Above this many commitments the register is read in pages of LOAD_PAGE_SIZE rows,
# each shown as it arrives; below, in one piece (reading the sources by id, page by
# page, costs more than one scan of them: 100,000 rows in one piece are quicker).
LOAD_IN_PAGES_ABOVE = 150_000
# A filter computed for rows that changed meanwhile (a page came in) is applied at once
# up to this many rows (a few tens of ms); above, its visible rows are computed again.
SWAP_AT_ONCE_BELOW = 100_000
LOAD_PAGE_SIZE = 20_000
# Above this many changed rows, reloading the list is quicker than row by row.
RELOAD_ABOVE = 200
ALL_REVIEW_STATES = frozenset(REVIEW_STATES)


@dataclasses.dataclass
class ViewState:
    """What a reload keeps in view: the row at the top of the list, the scroll positions
    of the list and of the details."""

    top_id: int | None
    vertical: int
    horizontal: int
    detail_id: int | None
    detail_scroll: int


class ListFlow(QObject):
    """Fills the window's model from the store and keeps the list, its counts and the
    filter panel's counts current."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.universe = None  # the counts of all commitments, beside each filter's counts
        self._facet_sequence = 0
        self._facet_job: FacetJob | None = None
        self._load_sequence = 0
        self._loading: dict[str, object] = {}  # a background load's parts as they arrive
        self._register_size = 0  # rows of the register being loaded in the background
        self._filter_sequence = 0
        self._filter_job: FilterJob | None = None
        self._filter_pending: set[str] = set()  # sets changed since the last swap
        self._filter_keep: tuple[list[int], int | None] = ([], None)
        self.columns_fitted = False
        self._day_timer = QTimer(self)
        self._day_timer.setInterval(DAY_CHECK_INTERVAL_MS)
        self._day_timer.timeout.connect(self.refresh_if_new_day)

    def start(self) -> None:
        """Watch colleagues' changes, load the list and check for a new day each minute."""
        self.watch_changes()
        self.refresh()
        self._day_timer.start()

    def watch_changes(self) -> None:
        """Colleagues' changes to the register appear within seconds (see change_watcher);
        after a restore from a backup the watcher starts again on the new file."""
        window = self.window
        old = getattr(window, "change_watcher", None)
        if old is not None:
            old.stop()
        window.change_watcher = ChangeWatcher(window, busy=window.jobs_running)
        window.change_watcher.changed.connect(self.reload_changes_of_others)

    # -- loading -------------------------------------------------------------------

    @Slot()
    def refresh(self, keep: list[int] | None = None, current: int | None = None) -> None:
        """Load every commitment (rejected ones too) once; filters then work in memory.

        A large register is read in the thread pool: the list says "Laden…" meanwhile
        and fills when the rows and the counts of all commitments have both arrived.
        Without `keep`, the selection, the current row and the scroll positions of the
        list and the details stay as they are; with it, those rows are selected and
        scrolled to.
        """
        window = self.window
        as_of = clock.today()
        # What others changed up to now is read below; only later changes count again.
        watcher = getattr(window, "change_watcher", None)
        if watcher is not None:
            watcher.acknowledge()
        window.hints.update_count()
        view = None
        if keep is None:
            keep, current = window.selection.selected_ids(), window.selection.selected_id()
            view = self.view_state()
        self._load_sequence += 1
        self._loading = {}
        everything = Filter(review_states=ALL_REVIEW_STATES, as_of=as_of)
        try:
            size = commitment_count()
            background = size > LOAD_IN_BACKGROUND_ABOVE
            if not background:
                rows = query_commitments(everything)
                universe = facet_counts(everything)
        except (StoreError, pw.PeeweeException) as exc:
            window.show_error(self.tr("De toezeggingen konden niet worden gelezen."), str(exc))
            return
        if not background:
            self.show_loaded(rows, universe, as_of, keep, current, view)
            return
        window.count_label.setText(self.tr("Laden…"))
        self._register_size = size  # a filter meanwhile is computed in the background
        sequence = self._load_sequence
        self._loading = {"as_of": as_of, "keep": keep, "current": current, "view": view}
        self._loading["pages"] = 0
        # Bound slots, so the results are handled in the UI thread.
        paged = size > LOAD_IN_PAGES_ABOVE
        load = PagedLoadJob(everything, sequence, LOAD_PAGE_SIZE if paged else max(size, 1))
        load.page.connect(self._on_page)
        load.finished.connect(self._on_rows_loaded)
        count = FacetJob(everything, sequence)
        count.finished.connect(self._on_universe_loaded)
        for job in (load, count):
            job.failed.connect(self._on_load_failed)
            window.jobs.start(job)

    @Slot(object)
    def _on_page(self, result: tuple[int, list[CommitmentRow], int, int]) -> None:
        """A page of a large register: the first replaces the list, the next are added
        below (the proxy filters and sorts them in); the list is usable meanwhile."""
        sequence, rows, done, total = result
        if sequence != self._load_sequence or not self._loading:
            return
        window = self.window
        self._register_size = total
        self._loading["progress"] = (
            self.tr("Laden… %1 van %2")
            .replace("%1", QLocale().toString(done))
            .replace("%2", QLocale().toString(total))
            if done < total
            else ""
        )
        if self._loading["pages"] == 0:
            window.model.set_rows(rows, self._loading["as_of"])
            # The filter of the panel, computed while the next pages are read; the
            # pages after it are filtered as they come in.
            if total > FILTER_IN_BACKGROUND_ABOVE and done < total:
                structure, text = self._panel_query()
                keep, current = self._loading["keep"], self._loading["current"]
                self._filter_in_background(text, structure, {"search", "filter"}, keep, current)
        else:
            window.model.append_rows(rows)
        self._loading["pages"] += 1
        self.update_count()

    @Slot(object)
    def _on_rows_loaded(self, result: tuple[int, int]) -> None:
        self._on_load_part(*result, part="rows")

    @Slot(object)
    def _on_universe_loaded(self, result: tuple[int, object]) -> None:
        self._on_load_part(*result, part="universe")

    def _on_load_part(self, sequence: int, value: object, part: str) -> None:
        if sequence != self._load_sequence or not self._loading:
            return  # a later refresh replaced this one, or the other part failed
        self._loading[part] = value
        loading = self._loading
        if "rows" in loading and "universe" in loading:
            self._loading = {}
            self.show_loaded(
                loading["rows"],
                loading["universe"],
                loading["as_of"],
                loading["keep"],
                loading["current"],
                loading["view"],
            )

    @Slot(str, str)
    def _on_load_failed(self, message: str, details: str) -> None:
        if not self._loading:  # the other part failed too, or a later refresh runs
            return
        self._loading = {}
        self._register_size = 0
        self.update_count()
        self.window.show_error(
            self.tr("De toezeggingen konden niet worden gelezen."), details or message
        )

    def show_loaded(
        self,
        rows: list[CommitmentRow] | int,
        universe,
        as_of: dt.date,
        keep: list[int],
        current: int | None,
        view: ViewState | None = None,
    ) -> None:
        window = self.window
        self.universe = universe
        if not isinstance(rows, int):  # else: the pages are in the model already
            window.model.set_rows(rows, as_of)
        self._register_size = 0
        if window.filter_panel.has_restored_lists():
            # Fill the lists first, so the values of the last session can be checked.
            window.filter_panel.set_facets(self.universe, self.universe)
            window.filter_panel.apply_restored_lists()
        window.tabs_flow.overview_dirty = True
        self.apply_filter(keep, current)
        if view is not None:
            self.restore_view(view)
        fit = window.proxy.rowCount() > 0 and not window.window_state.header_restored
        if fit and not self.columns_fitted:
            # Once a session, on the first list with rows: columns as wide as their
            # content (unless the user's own widths came back from the last session).
            self.columns_fitted = True
            if isinstance(rows, int):  # a large register: a slice per turn of the loop
                fit_in_slices(window.table)
            else:
                fit_to_content(window.table)
        window.tabs_flow.refresh_overview_if_shown()

    # -- what the user was looking at ----------------------------------------------

    def view_state(self) -> ViewState:
        """Where the user is looking: the row at the top of the list, the scroll
        positions of the list and of the details."""
        table, detail = self.window.table, self.window.detail
        top = table.indexAt(QPoint(0, 0))
        return ViewState(
            top_id=top.siblingAtColumn(0).data(Role.ID) if top.isValid() else None,
            vertical=table.verticalScrollBar().value(),
            horizontal=table.horizontalScrollBar().value(),
            detail_id=detail.commitment_id,
            detail_scroll=detail.verticalScrollBar().value(),
        )

    def restore_view(self, view: ViewState) -> None:
        """Scroll back to `view`: the same row at the top (if it is still shown)."""
        table, detail = self.window.table, self.window.detail
        table.doItemsLayout()  # the scroll range of the reloaded list
        top = (
            self.window.selection.proxy_index(view.top_id)
            if view.top_id is not None
            else QModelIndex()
        )
        if top.isValid():
            table.scrollTo(top, QAbstractItemView.ScrollHint.PositionAtTop)
        else:
            table.verticalScrollBar().setValue(view.vertical)
        table.horizontalScrollBar().setValue(view.horizontal)
        if view.detail_id is not None and detail.commitment_id == view.detail_id:
            detail.verticalScrollBar().setValue(view.detail_scroll)

    # -- live refresh ----------------------------------------------------------------

    @Slot()
    def reload_changes_of_others(self) -> None:
        """Show what colleagues changed in the register: the list, the counts, the
        details and the suggestions, keeping selection, scroll positions and focus."""
        window = self.window
        self.refresh()
        if window.document_view is not None and window.document_view.document_id is not None:
            window.tabs_flow.reload_document_view()
        window.statusBar().showMessage(self.tr("Bijgewerkt met wijzigingen van anderen"), 5000)

    @Slot()
    def refresh_if_new_day(self) -> None:
        if clock.today() != self.window.model.as_of and not self.window.jobs_running():
            self.refresh()

    def after_change(self, ids: set[int], select: list[int] | None = None) -> None:
        """Show the current state of the commitments in `ids` (changed, new or deleted)."""
        window = self.window
        keep = select if select is not None else window.selection.selected_ids()
        current = keep[0] if select else window.selection.selected_id()
        if len(ids) > RELOAD_ABOVE:
            self.refresh(keep, current)
            return
        try:
            rows = store.get_commitments(sorted(ids))
        except (StoreError, pw.PeeweeException) as exc:
            window.show_error(self.tr("De toezeggingen konden niet worden gelezen."), str(exc))
            return
        removed = set(ids) - {r.id for r in rows}
        window.model.upsert_and_remove(rows, removed)
        try:
            self.universe = facet_counts(
                Filter(review_states=ALL_REVIEW_STATES, as_of=window.model.as_of)
            )
        except (StoreError, pw.PeeweeException):
            log.exception("facets of all commitments")
        window.tabs_flow.overview_dirty = True
        self.apply_filter(keep, current)
        window.tabs_flow.refresh_overview_if_shown()
        if window.document_view is not None and window.document_view.document_id is not None:
            window.tabs_flow.reload_document_view()
        if len(rows) == 1 and not window.selection.selected_ids():
            # The filter now hides it (e.g. marked in the Vandaag view): keep it in view.
            window.detail.show_commitment(rows[0], window.model.as_of)

    @Slot(set)
    def on_undo_applied(self, ids: set[int]) -> None:
        model, selection = self.window.model, self.window.selection
        self.window.statusBar().clearMessage()  # it spoke of the change now undone
        self.after_change(ids, select=[i for i in ids if model.row_for_id(i) is not None])
        # New rows only exist in the model after after_change; select what is shown.
        shown = [i for i in ids if selection.proxy_index(i).isValid()]
        if shown:
            selection.reselect(shown, shown[0])

    # -- filtering -------------------------------------------------------------------

    @Slot()
    def on_filter_changed(self) -> None:
        selection = self.window.selection
        self.apply_filter(selection.selected_ids(), selection.selected_id())

    @Slot(str)
    def on_search_changed(self, _text: str) -> None:
        selection = self.window.selection
        self.apply_filter(selection.selected_ids(), selection.selected_id(), structural=False)

    def apply_filter(
        self, keep: list[int] | None = None, current: int | None = None, structural: bool = True
    ) -> None:
        """Ask the store which ids match, let the proxy show those, and update the counts."""
        window = self.window
        panel = window.filter_panel
        structure, text = self._panel_query()
        query = dataclasses.replace(structure, text=text)
        background = window.model.rowCount() > FACETS_IN_BACKGROUND_ABOVE
        size = max(window.model.rowCount(), self._register_size)
        if size > FILTER_IN_BACKGROUND_ABOVE:
            names = {"search"}
            if structural or window.proxy.allowed("filter") is None:
                names.add("filter")
            self._filter_in_background(text, structure, names, keep, current)
            self._count_facets(query)
            return
        facets = None
        try:
            sets: dict[str, set[int] | Matching | None] = {
                "search": search_ids(text) if text else None
            }
            if structural or window.proxy.allowed("filter") is None:
                sets["filter"] = matching(structure)
            if not background:
                facets = facet_counts(query)
        except (StoreError, pw.PeeweeException) as exc:
            window.show_error(self.tr("Het filter kon niet worden toegepast."), str(exc))
            return
        # A filter job still under way would now swap in an older filter.
        self._filter_sequence += 1
        self._filter_pending = set()
        window.proxy.set_allowed_sets(sets)
        if facets is not None:
            self._facet_sequence += 1
            panel.set_facets(facets, self.universe)
        else:
            self._count_facets(query)
        self.update_count()
        window.selection.reselect(keep or [], current)

    def _count_facets(self, query: Filter) -> None:
        """The filter panel's counts for `query`, in the thread pool."""
        window = self.window
        self._facet_sequence += 1
        # Counts for an earlier filter that have not started yet are not needed.
        if self._facet_job is not None:
            window.jobs.withdraw(self._facet_job)
        job = self._facet_job = FacetJob(query, self._facet_sequence)
        job.finished.connect(self._on_facets)
        job.failed.connect(lambda message, details: log.error("facets: %s", details))
        window.jobs.start(job)

    def _filter_in_background(
        self,
        text: str,
        structure: Filter,
        names: set[str],
        keep: list[int] | None,
        current: int | None,
        known: dict | None = None,
    ) -> None:
        """Compute the filter in the thread pool; the newest one only is swapped in
        (`_on_filtered`). Sets an older job was to compute and never swapped in are
        computed again by this one, from the panel as it is now."""
        window = self.window
        self._filter_sequence += 1
        self._filter_pending |= names
        self._filter_keep = (list(keep or []), current)
        if self._filter_job is not None:
            window.jobs.withdraw(self._filter_job)
        job = self._filter_job = FilterJob(
            text,
            structure,
            self._filter_pending,
            known or {},
            window.proxy.snapshot(),
            self._filter_sequence,
        )
        job.finished.connect(self._on_filtered)
        job.failed.connect(self._on_filter_failed)
        window.jobs.start(job)

    @Slot(object)
    def _on_filtered(self, result: tuple[int, object, dict]) -> None:
        sequence, refiltered, sets = result
        if sequence != self._filter_sequence:
            return  # a newer keystroke or toggle replaced this filter
        window = self.window
        keep, current = self._filter_keep
        if window.selection.selected_ids():
            keep, current = window.selection.selected_ids(), window.selection.selected_id()
        if not window.proxy.swap_in(refiltered):
            # Rows came in (a page) or the order changed meanwhile: the sets stand,
            # the visible rows are computed again for the rows as they are now.
            if window.model.rowCount() <= SWAP_AT_ONCE_BELOW:
                window.proxy.set_allowed_sets(sets)
            else:
                structure, text = self._panel_query()
                self._filter_in_background(text, structure, set(sets), keep, current, known=sets)
                return
        self._filter_pending = set()
        self._filter_job = None
        self.update_count()
        window.selection.reselect(keep, current)

    def filtering(self) -> bool:
        """Whether a filter computed in the background is still to be swapped in."""
        return self._filter_job is not None

    @Slot(str, str)
    def _on_filter_failed(self, message: str, details: str) -> None:
        log.error("filter: %s", details)
        self._filter_job = None
        self.window.show_error(self.tr("Het filter kon niet worden toegepast."), message)

    @Slot(object)
    def _on_facets(self, result: tuple[int, object]) -> None:
        sequence, facets = result
        if sequence == self._facet_sequence:  # an older filter's counts are dropped
            self.window.filter_panel.set_facets(facets, self.universe)

    def _panel_query(self) -> tuple[Filter, str]:
        """The panel's structural filter (as of the list's day) and its search text."""
        panel = self.window.filter_panel
        base = panel.structural_filter() or Filter()
        return dataclasses.replace(base, as_of=self.window.model.as_of), panel.search_text()

    def update_count(self) -> None:
        window = self.window
        progress = self._loading.get("progress") if self._loading else None
        if progress:  # a large register still coming in, page by page
            window.count_label.setText(progress)
            self.update_empty_hint()
            return
        window.count_label.setText(
            self.tr("%1 van %2 toezeggingen")
            .replace("%1", str(window.proxy.rowCount()))
            .replace("%2", str(window.model.rowCount()))
        )
        self.update_empty_hint()

    def update_empty_hint(self) -> None:
        """An empty list says why in its middle: nothing imported yet, or the filters."""
        window = self.window
        if window.model.rowCount() == 0:
            window.list_hint.setText(
                self.tr(
                    "Nog geen toezeggingen. Importeer schriftelijke antwoorden met "
                    "Bestand › Importeren… (Ctrl+I), of sleep bestanden op dit venster."
                )
            )
        elif window.proxy.rowCount() == 0:
            window.list_hint.setText(
                self.tr("Geen toezeggingen bij deze filters. ‘Alles tonen’ wist ze.")
            )
        else:
            window.list_hint.hide()
            return
        window.list_hint.show()
