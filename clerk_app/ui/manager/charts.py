"""The dashboard's two bar charts (QtCharts): pickups per day, and how long what is waiting has waited."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QHorizontalBarSeries,
)
from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QGuiApplication,
    QPainter,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QWidget

from ...domain.metrics import DayCount
from .. import theme
from ..common.a11y import named
from ..common.format import day_of_month, number


# The theme's colours, read when a chart is built (a theme switch builds the dashboard anew).
def _accent() -> QColor:
    return theme.colour("accent")


def _grey() -> QColor:
    return theme.colour("scroll_handle_hover")


def _text() -> QColor:
    return theme.colour("text_secondary")


def _grid() -> QColor:
    return theme.colour("faint")


AXIS_ROOM = 60  # px the value axis and margins take from a vertical chart's width
LABEL_ROOM = 30  # px a two-digit day label needs under its bars before QtCharts elides it
LONG_LABELS_UP_TO = 10  # days; a longer period labels each bar with its day of the month only


def bucket_names() -> dict[str, str]:
    tr = QCoreApplication.translate
    return {"under_1h": tr("Dashboard", "Under 1 h"), "1h_4h": tr("Dashboard", "1–4 h"),
            "4h_24h": tr("Dashboard", "4–24 h"), "1d_3d": tr("Dashboard", "1–3 days"),
            "over_3d": tr("Dashboard", "Over 3 days")}


class BarChart(QChartView):
    """A calm bar chart: no animation (it would repaint for a second on every refresh), small legend, the theme's colours.

    Vertical bars, or horizontal ones (`horizontal=True`: long category names read in full). Right to
    left, the category order runs from the right, as the rest of the screen does; a time axis (days,
    `time_axis`) does not: it reads left to right, oldest first, in every language.
    """

    # A time axis (days) reads left to right, oldest first, in every language: it is not mirrored.
    time_axis = False

    def __init__(self, title: str, horizontal: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.horizontal = horizontal
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(230)
        self.setFrameShape(QChartView.Shape.NoFrame)
        self.setStyleSheet("background: transparent;")
        # Mirrored by hand in set_bars: QtCharts laid out right to left elides short axis labels ("22" → "…").
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setBackgroundVisible(False)  # the card around it is the background
        chart.setMargins(QMargins(2, 2, 2, 2))
        chart.layout().setContentsMargins(0, 0, 0, 0)
        chart.setTitle(title)
        named(self, title)  # what it shows; its figures are in its description (set_bars)
        font = QFont(self.font())
        font.setBold(True)
        chart.setTitleFont(font)
        chart.setTitleBrush(QBrush(theme.colour("text_strong")))
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() - 1))
        legend = chart.legend()
        legend.setFont(small)
        legend.setLabelColor(_text())
        legend.setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.setChart(chart)
        self.series = QHorizontalBarSeries() if horizontal else QBarSeries()
        self.series.setBarWidth(0.6)
        chart.addSeries(self.series)
        self.category_axis = QBarCategoryAxis()
        # The counts' axis labels its ticks itself, through format.number: a QValueAxis's label format ("%d")
        # writes Latin digits in every language, and Arabic and Persian show their own.
        self.value_axis = QCategoryAxis()
        self.value_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        for axis in (self.category_axis, self.value_axis):
            axis.setLabelsFont(small)
            axis.setLabelsColor(_text())
            axis.setGridLineColor(_grid())
            axis.setLinePen(QPen(_grid()))
        self.category_axis.setGridLineVisible(False)
        # Stood on end (a narrow chart: 30 days on a tablet held upright), QtCharts would still cut "22" to "…".
        self.category_axis.setTruncateLabels(False)
        self.value_axis.setMinorTickCount(0)
        if horizontal:
            chart.addAxis(self.category_axis, Qt.AlignmentFlag.AlignLeft)
            chart.addAxis(self.value_axis, Qt.AlignmentFlag.AlignBottom)
        else:
            chart.addAxis(self.category_axis, Qt.AlignmentFlag.AlignBottom)
            chart.addAxis(self.value_axis, Qt.AlignmentFlag.AlignLeft)
        self.series.attachAxis(self.category_axis)
        self.series.attachAxis(self.value_axis)
        self._reversed = horizontal

    def set_bars(self, categories: Sequence[str], sets: Sequence[tuple[str, QColor, Sequence[int]]]) -> None:
        """Replace the bars: category labels, and for each set (name, colour, one value per category)."""
        self.series.clear()
        # Given in display order: horizontal bars stack upwards from the first category (so the first given
        # last reads on top), and right to left the first day sits on the right. (QBarCategoryAxis.setReverse
        # would do the latter but then elides two-digit labels.)
        self._reversed = self.horizontal or self.mirrored()
        order = list(range(len(categories)))[::-1] if self._reversed else list(range(len(categories)))
        highest = 0
        for name, colour, values in sets:
            bar_set = QBarSet(name)
            bar_set.setColor(colour)
            bar_set.setBorderColor(colour)
            bar_set.append([float(values[i]) for i in order])
            self.series.append(bar_set)
            highest = max([highest, *values])
        self.category_axis.setCategories([categories[i] for i in order])
        # Whole numbers of pickups: a top of 4, 8, 12… with a tick per step, never "2.5 pickups".
        step = max(1, -(-highest // 4))
        self.value_axis.setRange(0, step * 4)
        for label in self.value_axis.categoriesLabels():
            self.value_axis.remove(label)
        self.value_axis.setStartValue(0)
        for tick in range(5):
            self.value_axis.append(number(step * tick), step * tick)
        self._mirror()
        self._fit_labels()
        self.chart().legend().setVisible(len(sets) > 1)
        # A screen reader cannot read bars: the figures, category by category, in reading order.
        self.setAccessibleDescription("; ".join(
            f"{category}: " + ", ".join(f"{name} {number(values[i])}" if len(sets) > 1 else number(values[i])
                                        for name, _colour, values in sets)
            for i, category in enumerate(categories)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_labels()

    def _fit_labels(self) -> None:
        """Stand day labels on end when they no longer fit side by side (QtCharts would elide "22" to "…")."""
        if self.horizontal:
            return
        count = max(1, self.category_axis.count())
        room = (self.width() - AXIS_ROOM) / count
        self.category_axis.setLabelsAngle(-90 if room < LABEL_ROOM else 0)

    def rtl(self) -> bool:
        """Whether the screen around the chart reads right to left (the chart itself is kept left to right)."""
        around = self.parentWidget()
        direction = around.layoutDirection() if around is not None else QGuiApplication.layoutDirection()
        return direction == Qt.LayoutDirection.RightToLeft

    def mirrored(self) -> bool:
        """Whether the chart runs from the right: right to left around it, unless its axis is time."""
        return self.rtl() and not self.time_axis

    def _mirror(self) -> None:
        rtl = self.mirrored()
        chart = self.chart()
        if self.horizontal:
            self.value_axis.setReverse(rtl)  # bars grow from the right
            side, axis = (Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft), self.category_axis
        else:
            side, axis = (Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft), self.value_axis
        if axis.alignment() != side:
            self.series.detachAxis(axis)
            chart.removeAxis(axis)
            chart.addAxis(axis, side)
            self.series.attachAxis(axis)

    def bar_sets(self) -> list[QBarSet]:
        return list(self.series.barSets())

    def value_labels(self) -> list[str]:
        """The counts' axis labels, from 0 up."""
        return list(self.value_axis.categoriesLabels())

    def categories(self) -> list[str]:
        """The categories in reading order (top to bottom, or first to last day)."""
        found = list(self.category_axis.categories())
        return found[::-1] if self._reversed else found

    def values(self, set_index: int = 0) -> list[int]:
        """One set's values in the order of categories()."""
        bar_set = self.series.barSets()[set_index]
        found = [int(bar_set.at(i)) for i in range(bar_set.count())]
        return found[::-1] if self._reversed else found


class PerDayChart(BarChart):
    time_axis = True  # the days run left to right, oldest first, in every language

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("Dashboard", "Pickups per day"), False, parent)

    def set_days(self, days: Sequence[DayCount]) -> None:
        labels = [day_of_month(day.day, weekday=len(days) <= LONG_LABELS_UP_TO) for day in days]
        tr = QCoreApplication.translate
        self.set_bars(labels, [(tr("Dashboard", "Created"), _accent(), [d.created for d in days]),
                               (tr("Dashboard", "Picked up"), _grey(), [d.picked_up for d in days])])


class WaitingAgeChart(BarChart):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("Dashboard", "How long open pickups have waited"), True, parent)

    def set_buckets(self, buckets: Sequence[tuple[str, int]]) -> None:
        names = bucket_names()
        self.set_bars([names.get(key, key) for key, _ in buckets],
                      [(QCoreApplication.translate("Dashboard", "Waiting"), _accent(),
                        [count for _, count in buckets])])

