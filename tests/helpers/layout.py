"""Checks that a shown window lays out cleanly: no visible widget sticks out of its parent, no two visible
siblings overlap, no label or button is narrower than its text needs (clipped text), and no item view's column
title is narrower than its text (elided only where the column is meant to elide: the header's tooltip then
carries the whole title)."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollArea,
    QStackedWidget,
    QTabBar,
    QTableView,
    QTreeView,
    QWidget,
)

# Widgets whose children are laid out by Qt's own machinery (scroll areas, stacked pages, item views,
# tab bars' scroll buttons) or that deliberately overlap (a stacked widget's pages).
_OPAQUE = (QAbstractScrollArea, QTabBar, QLineEdit)


def _visible_children(widget: QWidget) -> list[QWidget]:
    return [c for c in widget.findChildren(QWidget, options=_direct()) if c.isVisible() and not c.isWindow()]


def _direct():
    from PySide6.QtCore import Qt

    return Qt.FindChildOption.FindDirectChildrenOnly


def _name(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, (QLabel, QAbstractButton)):
        text = f" {widget.text()[:30]!r}"
    return f"{type(widget).__name__}({widget.objectName() or '-'}){text}"


def layout_problems(root: QWidget) -> list[str]:
    problems: list[str] = []

    def visit(widget: QWidget) -> None:
        if isinstance(widget, QAbstractItemView):
            problems.extend(header_problems(widget))
        if isinstance(widget, _OPAQUE) and not isinstance(widget, QScrollArea):
            return
        if isinstance(widget, QScrollArea) and widget.widget() is not None and widget.widget().isVisible():
            # Content wider than a viewport that cannot scroll sideways is cut off (at the left, right to left).
            content, viewport = widget.widget(), widget.viewport()
            if (widget.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
                    and content.width() > viewport.width() + 1):
                problems.append(f"{_name(content)} is cut off: {content.width()} px wide in the "
                                f"{viewport.width()} px of {_name(widget)}, which does not scroll sideways")
        children = _visible_children(widget)
        inner = widget.rect()
        # A scroll area's content is meant to be larger than its viewport: that is what scrolls.
        scrolled = isinstance(widget.parentWidget(), QAbstractScrollArea) and widget is widget.parentWidget().viewport()
        for child in children:
            geometry = child.geometry()
            if child.width() > 0 and child.height() > 0 and not inner.contains(geometry) and not scrolled:
                clipped = geometry.intersected(inner)
                if clipped.width() < geometry.width() - 1 or clipped.height() < geometry.height() - 1:
                    problems.append(f"{_name(child)} sticks out of {_name(widget)}: {_rect(geometry)} in {_rect(inner)}")
            # A label that elides (widgets.ElidedLabel) shows a cut text on purpose, the whole of it in its tooltip.
            elides = bool(child.property("elides")) and (not child.property("elided") or bool(child.toolTip()))
            if (isinstance(child, QLabel) and not child.wordWrap() and child.text() and child.pixmap().isNull()
                    and not elides):
                if child.sizeHint().width() > child.width() + 2:
                    problems.append(f"{_name(child)} is clipped: needs {child.sizeHint().width()} px, has {child.width()}")
            if isinstance(child, QAbstractButton) and child.text():
                if child.minimumSizeHint().width() > child.width() + 2:
                    problems.append(f"{_name(child)} is clipped: needs {child.minimumSizeHint().width()} px, has {child.width()}")
        if not isinstance(widget, QStackedWidget):
            for i, a in enumerate(children):
                for b in children[i + 1:]:
                    overlap = a.geometry().intersected(b.geometry())
                    if overlap.width() > 2 and overlap.height() > 2:
                        problems.append(f"{_name(a)} overlaps {_name(b)} by {_rect(overlap)}")
        for child in children:
            visit(child)

    visit(root)
    return problems


def header_problems(view: QAbstractItemView) -> list[str]:
    """The column titles of `view` cut short: a visible section narrower than its title, its margins and its
    sort arrow need (QHeaderView.sectionSizeHint), unless the model's header tooltip holds the whole title."""
    header: QHeaderView | None = (view.horizontalHeader() if isinstance(view, QTableView)
                                  else view.header() if isinstance(view, QTreeView) else None)
    model = view.model()
    if header is None or model is None or not header.isVisible():
        return []
    found = []
    for logical in range(header.count()):
        if header.isSectionHidden(logical) or header.sectionSize(logical) <= 0:
            continue
        title = model.headerData(logical, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if not title:
            continue
        needs, has = header.sectionSizeHint(logical), header.sectionSize(logical)
        if needs <= has + 1:
            continue
        tip = model.headerData(logical, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        if tip and str(title).replace("\n", " ") in str(tip).replace("\n", " "):
            continue  # meant to elide, and the tooltip says it all
        found.append(f"{type(view).__name__}({view.objectName() or '-'}) column {str(title)[:30]!r} is clipped: "
                     f"needs {needs} px, has {has}")
    return found


def _rect(r: QRect) -> str:
    return f"{r.x()},{r.y()} {r.width()}x{r.height()}"
