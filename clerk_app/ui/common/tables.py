"""The read-only lists of pickups every screen shows alike: one setup for the view, one base for the model."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

Index = QModelIndex | QPersistentModelIndex


def setup_list_table(table: QTableView, model: QAbstractTableModel, stretch: int, row_height: int = 34) -> None:
    """Whole rows selected one at a time, no editing or grid, columns sized to their contents but `stretch`,
    which takes the room left (the customer's name, so it is not cut short on a narrow screen)."""
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    # Tab leaves the list for the next control (the arrow keys move between rows): with Qt's default, Tab went
    # from cell to cell, and a keyboard could not get past a long queue to the pickup's buttons.
    table.setTabKeyNavigation(False)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(row_height)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
    for column in range(model.columnCount()):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


class ColumnFitter:
    """Columns as wide as their widest text so far, measured from the model's texts directly.

    For a list that refreshes while a download runs: Qt's ResizeToContents asks the model for every
    role of every loaded cell, through one Python call each, on each reset (about 30 ms for 50 pickups
    on the GUI thread). `texts(column)` hands over a column's texts at once, and `font(column)` its font
    when not the table's. Columns only grow, so they never jump while a clerk reads them; `reset()`
    before the list is replaced (another tab) lets them fit again from scratch.

    The `stretch` column takes the room the others leave, but never less than its title and a name's worth
    (NAME_ROOM): where a longer language's columns leave less (Persian, Russian, a narrow window), it keeps that
    width and the list scrolls sideways rather than cut the customer's name and its title to a few letters.
    """

    CELL_PADDING = 24  # the item's margins and focus frame, both sides, at the theme's font size
    NAME_ROOM = 150  # px of the stretch column's texts it keeps at least (a name of some 18 letters)

    def __init__(self, table: QTableView, stretch: int, texts: Callable[[int], Iterable[str]],
                 font: Callable[[int], QFont | None] = lambda _column: None) -> None:
        self.table = table
        self.stretch = stretch
        self.texts = texts
        self.font = font
        header = table.horizontalHeader()
        for column in range(table.model().columnCount()):
            if column != stretch:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        self._widths: dict[int, int] = {}
        self._filter = _ResizeFilter(self.keep_stretch_room, table)
        table.viewport().installEventFilter(self._filter)

    def reset(self) -> None:
        self._widths.clear()

    def fit(self, *_signal_args: Any) -> None:
        header = self.table.horizontalHeader()
        for column in range(self.table.model().columnCount()):
            if column == self.stretch:
                continue
            font = self.font(column)
            metrics = QFontMetrics(font if font is not None else self.table.font())
            widest = max((metrics.horizontalAdvance(text) for text in self.texts(column)), default=0)
            width = max(header.sectionSizeHint(column), widest + self.CELL_PADDING)
            if width > self._widths.get(column, 0):
                self._widths[column] = width
                header.resizeSection(column, width)
        self.keep_stretch_room()

    def keep_stretch_room(self) -> None:
        """The stretch column stretches while it has its least room, and keeps that width (scrolling) when not."""
        header = self.table.horizontalHeader()
        metrics = QFontMetrics(self.table.font())
        widest = max((metrics.horizontalAdvance(text) for text in self.texts(self.stretch)), default=0)
        least = max(header.sectionSizeHint(self.stretch), min(widest + self.CELL_PADDING, self.NAME_ROOM))
        others = sum(header.sectionSize(c) for c in range(header.count())
                     if c != self.stretch and not header.isSectionHidden(c))
        if self.table.viewport().width() - others >= least:
            if header.sectionResizeMode(self.stretch) != QHeaderView.ResizeMode.Stretch:
                header.setSectionResizeMode(self.stretch, QHeaderView.ResizeMode.Stretch)
        else:
            header.setSectionResizeMode(self.stretch, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(self.stretch, least)


def keep_title_room(view: QAbstractItemView, stretch: int) -> None:
    """The `stretch` column of `view` (a table or a tree) stretches while the others leave it room for its title,
    and keeps its title's width when not (the list scrolls sideways): a narrow screen, a long language."""
    header: QHeaderView = view.header() if hasattr(view, "header") else view.horizontalHeader()

    def fit() -> None:
        least = header.sectionSizeHint(stretch)
        others = sum(header.sectionSize(c) for c in range(header.count()) if c != stretch and not header.isSectionHidden(c))
        if view.viewport().width() - others >= least:
            if header.sectionResizeMode(stretch) != QHeaderView.ResizeMode.Stretch:
                header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        elif header.sectionResizeMode(stretch) != QHeaderView.ResizeMode.Interactive or header.sectionSize(stretch) < least:
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(stretch, least)

    view.viewport().installEventFilter(_ResizeFilter(fit, view.viewport()))
    header.sectionResized.connect(lambda column, _old, _new: column != stretch and fit())


class _ResizeFilter(QObject):
    """Calls `resized` when the watched widget changes size (ColumnFitter is no QObject to filter itself)."""

    def __init__(self, resized: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self.resized = resized

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Resize:
            self.resized()
        return False


class RowsTableModel(QAbstractTableModel):
    """A flat table over `self.rows` with the column titles in `self._headers` (set both in __init__)."""

    rows: list[Any]
    _headers: list[str]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None
