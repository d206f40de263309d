"""The manager's dashboard: the store's pickup figures for a period, two charts and the lists that need action.

Everything comes from the cache (clerk_app.domain.metrics over Cache.dashboard_pickups), so it works
offline and matches the server's /metrics on the same data. The page recomputes when it is shown,
when pickups change (coalesced) and every minute (what is overdue changes with the clock alone).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCalendar, QDate, QLocale, QStandardPaths, Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain import metrics
from ...sync.connectivity import ConnectionState
from ..common import format as fmt
from ..common import language
from ..common.a11y import named
from ..common.reflow import ReflowLayout
from ..common.turns import Turns
from ..common.widgets import RefreshWhenShown, button, card, title
from .charts import PerDayChart, WaitingAgeChart
from .export import ExportDialog
from .tiles import PickupListModel, PickupListView, Tile, TileGrid

REFRESH_MS = 60_000  # overdue and "waiting for" move with the clock alone
COALESCE_MS = 400  # a sync pulling many pages refreshes the figures once, not once per page
WATCHED = {"pickup"}
NOW_TILES = ("open", "overdue", "ready_waiting", "picked_up_today")
PERIOD_TILES = ("created", "to_ready", "on_time", "ready_to_collected", "no_show_rate")


class DashboardPage(RefreshWhenShown, QWidget):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.period: metrics.Period | None = None
        self.figures: metrics.StoreFigures | None = None
        self.pickups: list[dict[str, Any]] = []
        self.export_dialog: ExportDialog | None = None
        # Replaced in tests: returns the chosen path, or "" when the manager cancels the file dialog.
        self.choose_path = self._ask_path
        self._dirty = True

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget()
        outer.addWidget(self.stack)
        self.refusal = QLabel(self.tr("Only a store manager can see the store's figures."), objectName="Muted")
        self.refusal.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.refusal.setWordWrap(True)
        self.stack.addWidget(self.refusal)
        self.content = self._build_content()
        self.stack.addWidget(self.content)

        self.refresh_turns = Turns(self, self._refresh_steps)
        # In turns: while a download writes the cache, the window answers between the steps.
        self._coalesce = QTimer(self, singleShot=True, interval=COALESCE_MS, timeout=self.refresh_turns.start)
        self._clock = QTimer(self, interval=REFRESH_MS, timeout=self.refresh)
        self._clock.start()
        ctx.cache_changed.connect(self._on_cache_changed)
        ctx.staff_changed.connect(self._on_staff)
        ctx.state_changed.connect(self._on_state)
        self.refresh()

    # --- building --------------------------------------------------------------------------

    def _build_content(self) -> QWidget:
        scroll = QScrollArea(objectName="DashboardScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget(objectName="DashboardBody")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 4, 8)
        layout.setSpacing(10)
        scroll.setWidget(body)

        head = QHBoxLayout()
        head.addWidget(title(self.tr("Dashboard")))
        head.addSpacing(16)
        self.period_buttons = QButtonGroup(self)
        names = {"today": self.tr("Today"), "7d": self.tr("7 days"), "30d": self.tr("30 days"), "custom": self.tr("Custom")}
        for index, kind in enumerate(metrics.PERIODS):
            choice = QPushButton(names[kind], objectName="PeriodButton", checkable=True)
            choice.setProperty("kind", kind)
            self.period_buttons.addButton(choice, index)
            head.addWidget(choice)
        head.setSpacing(4)
        self.period_buttons.button(metrics.PERIODS.index("7d")).setChecked(True)
        self.period_buttons.idToggled.connect(self._on_period_toggled)
        self.custom_box = QWidget()
        custom = QHBoxLayout(self.custom_box)
        custom.setContentsMargins(8, 0, 0, 0)
        today = self.ctx.now().astimezone().date()
        today = QDate(today.year, today.month, today.day)
        self.from_date = QDateEdit(today.addDays(-13), calendarPopup=True)
        self.to_date = QDateEdit(today, calendarPopup=True)
        for edit in (self.from_date, self.to_date):
            edit.setMaximumDate(today)  # the figures of days to come would all be empty
            # In the language's calendar, as every date on screen (Solar Hijri in Persian), its pop-up too.
            edit.setCalendar(QCalendar(language.current().calendar_system))
            edit.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
            edit.setLocale(fmt.date_field_locale())  # Latin digits where the store asks for them
            edit.calendarWidget().setLocale(QLocale())  # the pop-up's month and day names in the language
            edit.dateChanged.connect(self._on_custom_dates)
        custom.addWidget(self.from_date)
        custom.addWidget(QLabel(self.tr("to")))
        custom.addWidget(self.to_date)
        self.custom_box.hide()
        head.addWidget(self.custom_box)
        head.addStretch(1)
        self.export_button = button(self.tr("Export to CSV…"))
        self.export_button.setToolTip(self.tr("Save the pickups created in this period as a spreadsheet file"))
        self.export_button.clicked.connect(self.export_csv)
        head.addWidget(self.export_button)
        layout.addLayout(head)

        self.freshness = title("", "Muted")
        layout.addWidget(self.freshness)
        self.incomplete = QLabel(self.tr("Closed pickups older than 30 days are not kept on this computer; "
                                         "these figures may be incomplete."), objectName="DashboardNote")
        self.incomplete.setWordWrap(True)
        self.incomplete.hide()
        layout.addWidget(self.incomplete)

        captions = {
            "open": self.tr("Open pickups"), "overdue": self.tr("Overdue now"),
            "ready_waiting": self.tr("Ready and waiting"), "picked_up_today": self.tr("Picked up today"),
            "created": self.tr("Orders in the period"), "to_ready": self.tr("Order to ready (median)"),
            "on_time": self.tr("Ready on time"), "ready_to_collected": self.tr("Wait on shelf (median)"),
            "no_show_rate": self.tr("No-show rate"),
        }
        self.tiles = {key: Tile(text) for key, text in captions.items()}
        layout.addWidget(title(self.tr("Right now"), "SectionTitle"))
        layout.addWidget(TileGrid([self.tiles[k] for k in NOW_TILES]))
        self.period_title = title("", "SectionTitle")
        layout.addWidget(self.period_title)
        layout.addWidget(TileGrid([self.tiles[k] for k in PERIOD_TILES]))

        # The daily chart gets the full width (30 days of bars); the waiting ages sit beside the lists.
        self.per_day_chart = PerDayChart()
        self.per_day_chart.setFixedHeight(280)
        self.age_chart = WaitingAgeChart()
        self.age_chart.setFixedHeight(280)
        frame, inner = card()
        inner.setContentsMargins(6, 6, 6, 6)
        inner.addWidget(self.per_day_chart)
        layout.addWidget(frame)

        self.lists = QTabWidget(objectName="DashboardLists")
        self.list_models: dict[str, PickupListModel] = {}
        self.list_views: dict[str, PickupListView] = {}
        for key in ("overdue", "past_collect_by", "restock"):
            model = PickupListModel(self.ctx, self)
            view = PickupListView(model)
            view.opened.connect(self._open_pickup)
            self.list_models[key], self.list_views[key] = model, view
            self.lists.addTab(view, "")
        below = ReflowLayout()  # one above the other where the screen is narrow (a tablet held upright)
        below.setSpacing(10)
        frame, inner = card()
        inner.setContentsMargins(6, 6, 6, 6)
        inner.addWidget(self.age_chart)
        frame.setMinimumWidth(300)  # the least each is readable with: narrower, they stack
        self.lists.setMinimumWidth(420)
        below.addWidget(frame, 2)
        below.addWidget(self.lists, 3)
        layout.addLayout(below)
        layout.addStretch(1)
        return scroll

    # --- the period ------------------------------------------------------------------------

    @property
    def period_kind(self) -> str:
        return metrics.PERIODS[max(0, self.period_buttons.checkedId())]

    def set_period(self, kind: str, custom: tuple[date, date] | None = None) -> None:
        """Choose a period (as the buttons do); custom=(first_day, last_day) for "custom"."""
        if custom is not None:
            for edit, day in ((self.from_date, custom[0]), (self.to_date, custom[1])):
                edit.blockSignals(True)
                edit.setDate(QDate(day.year, day.month, day.day))
                edit.blockSignals(False)
        self.period_buttons.button(metrics.PERIODS.index(kind)).setChecked(True)
        self.refresh()

    @Slot(int, bool)
    def _on_period_toggled(self, _index: int, checked: bool) -> None:
        if checked:
            self.custom_box.setVisible(self.period_kind == "custom")
            self.refresh()

    @Slot(QDate)
    def _on_custom_dates(self, _day: QDate) -> None:
        # Keep the two days in order: moving one past the other drags the other along.
        if self.sender() is self.from_date and self.to_date.date() < self.from_date.date():
            self.to_date.setDate(self.from_date.date())
        elif self.sender() is self.to_date and self.from_date.date() > self.to_date.date():
            self.from_date.setDate(self.to_date.date())
        if self.period_kind == "custom":
            self.refresh()

    def _bounds(self, now: datetime) -> metrics.Period:
        if self.period_kind != "custom":
            return metrics.period_bounds(self.period_kind, now)
        first, last = self.from_date.date().toPython(), self.to_date.date().toPython()
        return metrics.period_bounds("custom", now, custom=(min(first, last), max(first, last)))

    # --- computing -------------------------------------------------------------------------

    @Slot(object)
    def _on_cache_changed(self, kinds: Any) -> None:
        if WATCHED & set(kinds or ()):
            self._coalesce.start()

    @Slot(str)
    def _open_pickup(self, pickup_id: str) -> None:
        self.ctx.navigate.emit("pickup", pickup_id, {})

    @Slot(object)
    def _on_staff(self, _staff: Any) -> None:
        self.refresh()

    @Slot(object)
    def _on_state(self, _state: Any) -> None:
        self._update_freshness()

    @Slot()
    def refresh(self) -> None:
        """Read the period's pickups from the cache and show every figure, chart and list again."""
        self.refresh_turns.run_now()

    def _refresh_steps(self) -> Iterator[None]:
        """`refresh()` in steps (figures and tiles, each chart, the lists), for `Turns`."""
        if self.ctx.closed:
            return
        if not self.ctx.is_manager:
            # Compute nothing: the figures are the manager's (the main window does not even list the page).
            self.stack.setCurrentWidget(self.refusal)
            self.figures, self.pickups = None, []
            for model in self.list_models.values():
                model.set_rows([], self.ctx.now())  # the last manager's customers leave the page with them
            return
        self.stack.setCurrentWidget(self.content)
        if not self.isVisible():
            self._dirty = True  # computed when shown: a sync in the background should not pay for a hidden page
            return
        self._dirty = False
        now = self.ctx.now()
        today = now.astimezone().date()
        for edit in (self.from_date, self.to_date):
            edit.blockSignals(True)  # only ever later than before (past midnight): no date moves
            edit.setMaximumDate(QDate(today.year, today.month, today.day))
            edit.blockSignals(False)
        period = self._bounds(now)
        day_start, _ = metrics.today_bounds(now)
        pickups = self.ctx.reader.dashboard_pickups(period.start, period.end, collected_since=min(period.start, day_start))
        yield
        self.period, self.pickups = period, pickups
        self.figures = metrics.store_figures(pickups, period.start, period.end, now)
        self._show_tiles(self.figures, pickups, now)
        self.incomplete.setVisible(not metrics.in_cache(period.start, now))
        self.period_title.setText(self.tr("Orders created %1").replace("%1", self.period_words(period)))
        self._update_freshness()
        yield
        self.per_day_chart.set_days(metrics.pickups_per_day(pickups, period.start, period.end))
        yield
        self.age_chart.set_buckets(metrics.waiting_age_buckets(pickups, now))
        yield
        self._show_lists(pickups, now)

    def period_words(self, period: metrics.Period) -> str:
        """"20 Nov" or "14 Nov – 20 Nov" (the last day included)."""
        first = period.start.astimezone().date()
        last = (period.end - timedelta(seconds=1)).astimezone().date()
        # In the language's calendar and digits (Solar Hijri in Persian), as every other date on the screen.
        if first == last:
            return self.tr("on %1").replace("%1", fmt.date_text(first))
        return self.tr("from %1 to %2").replace("%1", fmt.date_text(first)).replace("%2", fmt.date_text(last))

    def _show_tiles(self, figures: metrics.StoreFigures, pickups: list[dict[str, Any]], now: datetime) -> None:
        number = fmt.number
        tiles, queue = self.tiles, figures.open_by_status
        open_total = queue["new"] + queue["picking"] + queue["ready"]
        tiles["open"].set_value(number(open_total), self.tr("%1 new · %2 picking · %3 ready")
                                .replace("%1", number(queue["new"])).replace("%2", number(queue["picking"]))
                                .replace("%3", number(queue["ready"])))
        tiles["overdue"].set_value(number(figures.overdue_now), self.tr("not ready by the promised time"),
                                   tone="bad" if figures.overdue_now else "")
        past = len(metrics.past_collect_by(pickups, now))
        tiles["ready_waiting"].set_value(number(figures.ready_waiting),
                                         self.tr("%n past collect-by", "", past) if past else self.tr("on the shelf"))
        tiles["picked_up_today"].set_value(number(figures.picked_up_today), self.tr("handed over since midnight"))
        tiles["created"].set_value(number(figures.pickups_created), self.tr("%1 picked up · %2 no-show · %3 cancelled")
                                   .replace("%1", number(figures.picked_up)).replace("%2", number(figures.no_shows))
                                   .replace("%3", number(figures.cancelled)))
        none_ready = self.tr("No order created in this period has been ready yet.")
        self._minutes_tile("to_ready", figures.median_minutes_to_ready, self.tr("from order to on the shelf"), none_ready)
        if figures.ready_on_time_ratio is None:
            tiles["on_time"].set_value("—", self.tr("by the promised time"), hint=none_ready)
        else:
            tiles["on_time"].set_value(percent(figures.ready_on_time_ratio), self.tr("by the promised time"))
        self._minutes_tile("ready_to_collected", figures.median_minutes_ready_to_collected,
                           self.tr("from ready to collected"),
                           self.tr("No order created in this period has been collected yet."))
        if figures.no_show_rate is None:
            tiles["no_show_rate"].set_value("—", self.tr("of collected or missed orders"),
                                            hint=self.tr("No order created in this period was collected or missed yet."))
        else:
            tiles["no_show_rate"].set_value(percent(figures.no_show_rate), self.tr("of collected or missed orders"))

    def _minutes_tile(self, key: str, minutes: float | None, detail: str, empty_hint: str) -> None:
        if minutes is None:
            self.tiles[key].set_value("—", detail, hint=empty_hint)
        else:
            self.tiles[key].set_value(fmt.duration(minutes * 60), detail)

    def _show_lists(self, pickups: list[dict[str, Any]], now: datetime) -> None:
        found = {"overdue": metrics.overdue(pickups, now), "past_collect_by": metrics.past_collect_by(pickups, now),
                 "restock": metrics.restock_queue(pickups)}
        names = {"overdue": self.tr("Overdue"), "past_collect_by": self.tr("Past collect-by"),
                 "restock": self.tr("To restock (no-shows)")}
        for index, key in enumerate(found):
            self.list_models[key].set_rows(found[key], now)
            self.lists.setTabText(index, f"{names[key]}  {fmt.number(len(found[key]))}")
            named(self.list_views[key], names[key])

    def _update_freshness(self) -> None:
        if self.ctx.closed or not self.ctx.is_manager:
            return
        last = self.ctx.reader.last_pull_at()
        moment = fmt.parse_time(last)
        same_day = moment is not None and moment.astimezone().date() == self.ctx.now().astimezone().date()
        when = fmt.clock_time(last) if same_day else fmt.local_time(last)
        online = self.ctx.connection_state == ConnectionState.ONLINE
        if not last:
            text = self.tr("Figures from this computer's data; it has not synced with the store server yet.")
        elif online:
            text = self.tr("Figures from this computer's data, as of %1.").replace("%1", when)
        else:
            text = self.tr("Offline: figures from this computer's data as of %1. "
                           "Changes made elsewhere since then are not counted.").replace("%1", when)
        self.freshness.setText(text)

    # --- export ----------------------------------------------------------------------------

    def default_export_path(self) -> str:
        period = self.period or self._bounds(self.ctx.now())
        first = period.start.astimezone().date()
        last = (period.end - timedelta(seconds=1)).astimezone().date()
        store = re.sub(r"[^\w-]+", "-", self.ctx.store_name or self.ctx.store_id).strip("-").lower() or "store"
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        return str(Path(folder) / f"pickups-{store}-{first.isoformat()}-{last.isoformat()}.csv")

    def _ask_path(self, suggested: str) -> str:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export pickups to CSV"), suggested,
                                              self.tr("CSV files (*.csv)"))
        return path

    def export_rows(self) -> list[dict[str, Any]]:
        """The pickups the export writes: those created in the period (whatever their state now), oldest first."""
        if self.period is None:
            return []
        return metrics.cohort(self.pickups, self.period.start, self.period.end)

    @Slot()
    def export_csv(self) -> None:
        if self.ctx.closed or not self.ctx.is_manager or (self.export_dialog and self.export_dialog.running):
            return
        self.refresh()
        path = self.choose_path(self.default_export_path())
        if not path:
            return
        if not path.lower().endswith(".csv"):
            path += ".csv"
        rows = self.export_rows()
        what = self.tr("%Ln pickup(s) created %1, with their state now.", "", len(rows)).replace(
            "%1", self.period_words(self.period)) if self.period else ""
        if self.period and not metrics.in_cache(self.period.start, self.ctx.now()):
            what += " " + self.incomplete.text()  # the file is as incomplete as the figures
        if self.export_dialog is not None:
            self.export_dialog.deleteLater()  # the last export's window, finished
        self.export_dialog = ExportDialog(rows, path, what, self)
        self.export_dialog.open()
        self.export_dialog.start()


def percent(ratio: float) -> str:
    return fmt.percent(ratio)
