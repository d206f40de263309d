"""Accessibility against the real server: Qt's accessibility tree of every main screen and dialog names every
interactive widget (what a screen reader says for it), lists expose their rows, changes that matter are
announced, and the hand-over flow works from the keyboard alone."""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QAbstractListModel, QObject, QPoint, Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface, QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QLineEdit,
    QMenu,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from central_api import simulate
from clerk_app import config
from clerk_app.api.client import ApiClient
from clerk_app.domain import deadlines
from clerk_app.secrets import MemoryStore
from clerk_app.ui import theme
from clerk_app.ui.common import a11y, staff_auth
from clerk_app.ui.common.language import isolate, ltr
from clerk_app.ui.common.pickup_cells import PICKUP_ROLE, deadline_text
from clerk_app.ui.common.widgets import button
from clerk_app.ui.crash import CrashDialog
from clerk_app.ui.customers import text as customer_text
from clerk_app.ui.customers.results import CustomerRole
from clerk_app.ui.main_window import Banner, MainWindow
from clerk_app.ui.session.enroll import EnrollDialog
from tests.gui.test_pickups import server_pickup
from tests.helpers.api import PASSWORD
from tests.helpers.gui import sign_in, wait_online_and_synced, wait_until

R = QAccessible.Role
# The roles a person acts on: each must say what it is for.
INTERACTIVE = {R.Button, R.CheckBox, R.RadioButton, R.ComboBox, R.EditableText, R.SpinBox, R.Slider, R.Dial,
               R.PageTab, R.PageTabList, R.List, R.Table, R.Tree, R.ButtonMenu, R.ButtonDropDown, R.MenuItem,
               R.Link, R.ListItem, R.TreeItem}
VIEWS = {R.List, R.Table, R.Tree}


def _describe(obj: QObject | None, iface: QAccessibleInterface) -> str:
    """The widget's objectName (or class) and its named ancestors, for a failure a developer can find."""
    if obj is None:
        return f"{iface.role().name} (no QObject) under {_describe(iface.parent().object(), iface.parent())}"
    chain, node = [], obj
    while node is not None and len(chain) < 6:
        chain.append(node.objectName() or type(node).__name__)
        node = node.parent()
    return f"{chain[0]} <{type(obj).__name__}> in {' / '.join(chain[1:])}"


def _name(widget: QWidget) -> str:
    text = widget.text() if hasattr(widget, "text") else ""
    return widget.objectName() or text or type(widget).__name__


def walk(iface: QAccessibleInterface | None) -> Iterator[QAccessibleInterface]:
    """Every shown interface under `iface` (itself included); an item view's cells are not gone into (its rows
    are checked on their own: `rows_read`)."""
    if iface is None or not iface.isValid() or iface.state().invisible:
        return
    yield iface
    if iface.role() in VIEWS:
        return
    for index in range(iface.childCount()):
        yield from walk(iface.child(index))


def says_nothing(name: str) -> bool:
    """No name, or one of symbols only ("✕", "−", "…"): a screen reader reads it as "button" or a glyph's name."""
    return not any(unicodedata.category(ch)[0] in "LN" for ch in name)


def unnamed(root: QWidget) -> list[str]:
    """The interactive widgets shown under `root` that a screen reader would read with no name, or a symbol's."""
    found = []
    for iface in walk(QAccessible.queryAccessibleInterface(root)):
        name = iface.text(QAccessible.Text.Name)
        if iface.role() in INTERACTIVE and says_nothing(name):
            found.append(_describe(iface.object(), iface) + (f" (named only {name!r})" if name.strip() else ""))
    return found


def alike(root: QWidget) -> list[str]:
    """Controls shown under `root` that a screen reader cannot tell apart: the same role, name and description
    (a "Retry" on each conflict must say which one it retries)."""
    seen: dict[tuple[Any, str, str], list[str]] = {}
    for iface in walk(QAccessible.queryAccessibleInterface(root)):
        if iface.role() in INTERACTIVE and iface.role() not in VIEWS:
            key = (iface.role(), iface.text(QAccessible.Text.Name), iface.text(QAccessible.Text.Description))
            seen.setdefault(key, []).append(_describe(iface.object(), iface))
    return [f"{len(where)} × {key[0].name} {key[1]!r}: {where[0]}" for key, where in seen.items() if len(where) > 1]


def rows_read(view: QAbstractItemView, rows: int = 3) -> list[list[str]]:
    """What a screen reader reads in the view's first `rows` rows, cell by cell: the view's accessible children
    that are cells (tables, trees) or items (lists), by row."""
    iface = QAccessible.queryAccessibleInterface(view)
    model = view.model()
    columns = 1 if isinstance(model, QAbstractListModel) else sum(
        1 for c in range(model.columnCount()) if not view.isColumnHidden(c))
    cells = []
    for index in range(iface.childCount()):
        child = iface.child(index)
        if child.role() in (R.Cell, R.ListItem, R.TreeItem):
            cells.append(child.text(QAccessible.Text.Name))
            if len(cells) == rows * columns:
                break
    return [cells[i:i + columns] for i in range(0, len(cells), columns)]


# --- every main screen and dialog names what can be acted on ---------------------------------------------------

class Audit:
    """The screens walked so far and what each left unnamed (reported together, so one run lists them all)."""

    def __init__(self, qtbot: Any) -> None:
        self.qtbot = qtbot
        self.problems: list[str] = []
        self.walked: list[str] = []

    def check(self, root: QWidget, where: str) -> None:
        QApplication.processEvents()
        self.walked.append(where)
        missing = unnamed(root) + alike(root)
        if missing:
            self.problems.append(f"{where}:\n    " + "\n    ".join(missing))

    def dialog(self, dialog: QDialog | None, where: str, close: bool = True) -> None:
        assert dialog is not None and dialog.isVisible(), f"{where} did not open"
        self.check(dialog, where)
        self.tab_order(dialog, where)
        if close:
            dialog.reject()

    def tab_order(self, dialog: QDialog, where: str) -> None:
        """Tab through the dialog from where its keyboard starts, once round: each stop is below or beside the last
        (reading order), until it comes back to the top."""
        start = dialog.focusWidget()
        assert start is not None, f"{where}: nothing has the keyboard when it opens"
        stops, widget = [start], start
        for _ in range(60):
            QTest.keyClick(widget, Qt.Key.Key_Tab)
            widget = dialog.focusWidget()
            if widget is start:
                break
            stops.append(widget)
        else:
            self.problems.append(f"{where}: Tab never comes back to {start.objectName() or type(start).__name__}")
            return
        top = {w: w.mapTo(dialog, QPoint(0, 0)).y() for w in stops}
        wrapped = False
        for before, after in zip(stops, stops[1:]):
            centre = top[after] + after.height() // 2
            if centre < top[before]:
                if wrapped:  # up once is Tab wrapping round to the form's first fields; a second time is out of order
                    self.problems.append(f"{where}: Tab goes up from {_name(before)} to {_name(after)}: "
                                         f"{[_name(w) for w in stops]}")
                    return
                wrapped = True

    def verdict(self) -> None:
        assert not self.problems, ("interactive widgets without an accessible name, or alike:\n"
                                   + "\n".join(self.problems))


def open_window(qtbot: Any, ctx: Any) -> MainWindow:
    wait_online_and_synced(qtbot, ctx)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def manager_signed_in_here_once(live_api: Any, ctx: Any) -> None:
    """The manager signs in on this computer (as the sign-in screen does), leaving their offline verifier."""
    api = ApiClient(ctx.settings.api_url, transport=ctx.transport)
    try:
        outcome = staff_auth.sign_in(api, ctx.device.cache, live_api.store(0)["manager"], PASSWORD,
                                     ctx.settings.device_id, ctx.now(), default_hours=72)
    finally:
        api.close()
    assert outcome.ok


def check_menu(audit: Audit, menu: QMenu, where: str) -> None:
    """A menu's entries as its accessible interface lists them (without popping it up: a popup grabs the keyboard,
    which the offscreen platform refuses with a warning), then each submenu's."""
    audit.walked.append(where)
    iface = QAccessible.queryAccessibleInterface(menu)
    assert iface.childCount() > 0, f"{where}: no entries"
    missing = []
    for index in range(iface.childCount()):
        item = iface.child(index)
        action = item.object()
        if item.role() == R.Separator or (action is not None and not action.isVisible()):
            continue
        if says_nothing(item.text(QAccessible.Text.Name)):
            missing.append(_describe(action, item))
    if missing:
        audit.problems.append(f"{where}:\n    " + "\n    ".join(missing))
    for action in menu.actions():
        if action.menu() is not None and action.isVisible():
            check_menu(audit, action.menu(), f"{where} → {action.text()}")


def test_every_associate_screen_and_dialog_names_its_controls(qtbot, live_api, make_gui_counter, tmp_path):
    counter = make_gui_counter()
    ctx = counter.ctx
    audit = Audit(qtbot)
    window = open_window(qtbot, ctx)
    audit.check(window, "sign-in")
    staff = sign_in(ctx, live_api.store(0)["associates"][0])
    wait_until(qtbot, lambda: window.is_unlocked)
    audit.check(window, "customers (empty)")
    check_menu(audit, window.staff_label.menu(), "staff menu")
    ctx.messages.warning("A warning in the banner")
    audit.check(window, "banner")
    qtbot.keyClicks(window.search_bar, "a")
    wait_until(qtbot, lambda: window.customers.results.model().rowCount() > 0)
    audit.check(window, "search results")

    ready = ctx.reader.pickups("ready", 1)[0]
    window.open_record("customer", ready["customer_id"])
    audit.check(window, "customer 360")
    window.open_record("pickup", ready["id"], {})
    audit.check(window, "pickups (ready)")
    detail = window.pickups.detail
    audit.dialog(detail.open_hand_over(), "hand-over")
    audit.dialog(detail.open_arrival(), "customer arrived")
    audit.dialog(detail.manager.open_cancel(), "manager approval (no manager signed in here)")
    manager_signed_in_here_once(live_api, ctx)
    cancel = detail.manager.open_cancel()
    audit.check(cancel, "cancel order")
    cancel.choose(1)
    cancel.ok.click()
    audit.dialog(detail.dialog, "manager approval")
    window.open_record("pickup", ctx.reader.pickups("picking", 1)[0]["id"], {})
    audit.dialog(detail.open_mark_ready(), "mark ready")
    window.pickups.reminders_button.click()
    audit.check(window, "reminders")

    sku = ready["lines"][0]["sku"]
    window.open_record("product", sku)
    wait_until(qtbot, lambda: window.stock.open_sku == sku)
    audit.check(window, "stock")
    audit.dialog(window.order_for_pickup(sku), "order for pickup")
    audit.dialog(window.add_to_cart(sku), "add to the online cart")

    counter.go_offline()  # an action refused by the server on its return: a conflict in Activity
    pickup = ctx.reader.pickups("new", limit=1)[0]
    ctx.perform(lambda: ctx.actions.start_picking(pickup["id"], staff["id"]), changes={"pickup"})
    wait_until(qtbot, lambda: ctx.reader.depth() == 1)
    with live_api.database.write() as conn:
        simulate.central_cancel(conn, random.Random(1), live_api.clock, pickup_id=pickup["id"])
    window.show_page("activity")
    audit.check(window, "activity (waiting)")
    counter.go_online()
    wait_until(qtbot, lambda: len(window.activity.conflict_items) == 1)
    audit.check(window, "activity (conflict)")

    window.lock()
    audit.check(window, "lock screen")
    crash = CrashDialog("Traceback: details for IT")
    qtbot.addWidget(crash)
    crash.show()
    audit.dialog(crash, "crash dialog")
    first_run = EnrollDialog(config.Settings(data_dir=tmp_path), MemoryStore(), config_path=tmp_path / "s.toml")
    qtbot.addWidget(first_run)
    first_run.show()
    audit.dialog(first_run, "first-run enrollment")
    assert len(audit.walked) >= 20
    audit.verdict()


def test_every_manager_screen_and_dialog_names_its_controls(qtbot, live_api, clerk, tmp_path):
    audit = Audit(qtbot)
    window = open_window(qtbot, clerk)
    sign_in(clerk, live_api.store(0)["manager"])
    wait_until(qtbot, lambda: window.is_unlocked)
    check_menu(audit, window.staff_label.menu(), "manager's staff menu")
    window.show_page("dashboard")
    page = window.dashboard
    audit.check(window, "dashboard")
    # Its charts say what they show and, as a screen reader cannot read bars, their figures.
    chart = page.per_day_chart
    assert chart.accessibleName() == "Pickups per day"
    figures = chart.accessibleDescription().split("; ")
    assert len(figures) == len(chart.categories())
    assert figures[-1] == f"{chart.categories()[-1]}: Created {chart.values(0)[-1]}, Picked up {chart.values(1)[-1]}"
    page.choose_path = lambda _suggested: str(tmp_path / "pickups.csv")
    page.export_button.click()
    wait_until(qtbot, lambda: page.export_dialog is not None and not page.export_dialog.running)
    audit.dialog(page.export_dialog, "export finished")
    window.enroll_counters_action.trigger()
    audit.dialog(window.enroll_counters_dialog, "enroll counters")
    past = next(p for p in clerk.reader.past_collect_by(clerk.now()) if p["status"] == "ready")
    window.open_record("pickup", past["id"], {})
    audit.check(window, "pickups (manager)")
    audit.dialog(window.pickups.detail.manager.open_no_show(), "confirm no-show")
    audit.dialog(window.pickups.detail.manager.open_cancel(), "cancel order (manager)")
    audit.verdict()


@pytest.fixture
def announcements() -> Iterator[list[str]]:
    """What is announced to assistive technology during the test, in order (a11y.announce's every call)."""
    said: list[str] = []

    def heard(text: str, _assertive: bool) -> None:
        said.append(text)

    a11y.announcer.announced.connect(heard)
    yield said
    a11y.announcer.announced.disconnect(heard)


# --- the keyboard alone ----------------------------------------------------------------------------------------

def focused() -> QWidget | None:
    """Where the keys go: in an open modal dialog, its focus widget (the offscreen platform never activates a new
    window, as a desktop does, so the application's focus stays behind in the main window)."""
    modal = QApplication.activeModalWidget()
    return modal.focusWidget() if modal is not None else QApplication.focusWidget()


def tab_to(qtbot: Any, target: QWidget, limit: int = 60) -> list[str]:
    """Press Tab until `target` has the keyboard focus; the widgets passed on the way (fails if it never comes)."""
    passed = []
    for _ in range(limit):
        if focused() is target:
            return passed
        current = focused()
        assert current is not None, f"nothing has the focus on the way to {_name(target)}"
        passed.append(current.objectName() or type(current).__name__)
        QTest.keyClick(current, Qt.Key.Key_Tab)
        qtbot.wait(1)
    raise AssertionError(f"Tab never reached {_name(target)}: {passed}")


def test_a_ready_pickup_is_handed_over_with_the_keyboard_alone(qtbot, live_api, signed_in_window, announcements):
    window, ctx = signed_in_window, signed_in_window.ctx
    window.activateWindow()
    pickup = next(p for p in ctx.reader.pickups("ready", 50) if not p.get("alternate_pickup_name"))
    code = server_pickup(live_api, pickup["id"])["pickup_code"]
    said = announcements

    # Ctrl+K: the search bar; the order number and Enter open the pickup.
    QTest.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert focused() is window.search_bar
    QTest.keyClicks(window.search_bar, pickup["order_number"])
    QTest.keyClick(window.search_bar, Qt.Key.Key_Return)
    detail = window.pickups.detail
    wait_until(qtbot, lambda: window.current_page() == "pickups" and (detail.pickup or {}).get("id") == pickup["id"])
    assert detail.handover_button.isVisible()

    # Tab to "Hand over…" and press Space: the form opens with the keyboard in the code field.
    on_the_way = tab_to(qtbot, detail.handover_button)
    assert on_the_way[0] == "SearchBar" and "PickupQueue" in on_the_way
    assert not {"QueueButton", "StaffMenu"} & set(on_the_way)  # the status bar comes after the page
    assert on_the_way.count("PickupQueue") == 1  # Tab leaves the queue at once (arrows move in it)
    QTest.keyClick(detail.handover_button, Qt.Key.Key_Space)
    wait_until(qtbot, lambda: detail.dialog is not None and detail.dialog.isVisible())
    dialog = detail.dialog
    assert focused() is dialog.code
    # A wrong code and Enter: refused in the form, and the refusal is said; the code is selected to type again.
    QTest.keyClicks(dialog.code, "zz9zz9" if code != "ZZ9ZZ9" else "yy9yy9")
    QTest.keyClick(dialog.code, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.error.isVisible()
    assert said[-1] == dialog.error.text() and "doesn't match" in said[-1]
    assert focused() is dialog.code and dialog.code.hasSelectedText()
    QTest.keyClicks(dialog.code, code.lower())
    assert dialog.code.text() == code

    # Tab goes down the form in reading order: who collects, the ID checked, its last four, what is taken.
    QTest.keyClick(dialog.code, Qt.Key.Key_Tab)
    assert focused() is dialog.by_customer and dialog.by_customer.isChecked()
    QTest.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is dialog.id_check
    for _ in range(dialog.id_check.count()):  # the arrow keys choose in the closed list
        if dialog.id_check.currentData() == "passport":
            break
        QTest.keyClick(dialog.id_check, Qt.Key.Key_Down)
    assert dialog.id_check.currentData() == "passport"
    QTest.keyClick(dialog.id_check, Qt.Key.Key_Tab)
    assert focused() is dialog.last4
    QTest.keyClicks(dialog.last4, "4321")
    QTest.keyClick(dialog.last4, Qt.Key.Key_Tab)
    passed = tab_to(qtbot, dialog.ok)
    spins = list(dialog.lines.spins.values())
    assert passed[:len(spins)] == ["StepCount"] * len(spins)  # each line's count, then the buttons

    # Enter on "Hand over": accepted, queued, confirmed and said.
    QTest.keyClick(dialog.ok, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    wait_until(qtbot, lambda: (p := ctx.reader.pickup(pickup["id"])) and p["status"] == "picked_up"
               and not p["pending"])
    server = server_pickup(live_api, pickup["id"])
    assert server["status"] == "picked_up"
    assert server["handover"]["id_check"] == "passport" and server["handover"]["id_last4"] == "4321"
    assert server["handover"]["collected_by"] == "customer"
    assert "Handed over." in said


# --- lists read their rows; what matters is announced -------------------------------------------------------------

def test_lists_read_each_row_in_full_to_a_screen_reader(qtbot, live_api, signed_in_window):
    window, ctx = signed_in_window, signed_in_window.ctx
    # Search results are painted by a delegate (name, tier pill, contact, store): the row reads all of it.
    qtbot.keyClicks(window.search_bar, "a")
    results = window.customers.results
    wait_until(qtbot, lambda: results.model().rowCount() > 0)
    customer = results.model().index(0, 0).data(CustomerRole)
    (first,) = rows_read(results, 1)[0]
    assert first.startswith(customer["display_name"])
    assert all(part in first for part in customer_text.contact_parts(customer))
    if customer.get("loyalty_tier") not in (None, "none"):
        assert customer_text.tier(customer["loyalty_tier"])[0] in first
    # The pickup queue: order, customer, items, the status pill's word and the deadline, as shown.
    window.show_page("pickups")
    page = window.pickups
    page.tabs.setCurrentIndex(deadlines.TABS.index("ready"))
    pickup = page.model.index(0, 0).data(PICKUP_ROLE)
    row = rows_read(page.table, 1)[0]
    assert row[:5] == [ltr(pickup["order_number"]), isolate(pickup["customer_name"]),
                       str(sum(line["quantity"] for line in pickup["lines"])), "Ready",
                       deadline_text(pickup, ctx.now())]


def test_going_offline_a_new_conflict_and_coming_back_are_announced(qtbot, live_api, make_gui_counter, announcements):
    counter = make_gui_counter()
    ctx = counter.ctx
    window = open_window(qtbot, ctx)
    staff = sign_in(ctx, live_api.store(0)["associates"][0])
    counter.go_offline()
    wait_until(qtbot, lambda: any(text.startswith("Offline.") for text in announcements), 20_000)
    assert "The store server cannot be reached." in next(t for t in announcements if t.startswith("Offline."))
    pickup = ctx.reader.pickups("new", limit=1)[0]
    ctx.perform(lambda: ctx.actions.start_picking(pickup["id"], staff["id"]), changes={"pickup"})
    wait_until(qtbot, lambda: ctx.reader.depth() == 1)
    with live_api.database.write() as conn:
        simulate.central_cancel(conn, random.Random(1), live_api.clock, pickup_id=pickup["id"])
    assert not [t for t in announcements if t.startswith("New conflict")]
    counter.go_online()
    wait_until(qtbot, lambda: any(t.startswith("Online.") for t in announcements), 20_000)
    wait_until(qtbot, lambda: any(t.startswith("New conflict: an action was not applied.") for t in announcements))
    assert window.connection.queue.text().endswith("1 conflict")


# --- a visible focus ----------------------------------------------------------------------------------------------

def _luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(a: str, b: str) -> float:
    la, lb = sorted((_luminance(QColor(a)), _luminance(QColor(b))), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def _focus_rules(name: str) -> dict[str, str]:
    """Each `…:focus` selector of theme `name`'s sheet and the colour of the border it draws."""
    sheet = re.sub(r"/\*.*?\*/", "", theme.style_sheet(name), flags=re.S)
    rules: dict[str, tuple[int, str]] = {}
    for selectors, body in re.findall(r"([^{}]+)\{([^}]*)\}", sheet):
        found = re.search(r"border:\s*(\d+)px\s+solid\s+(#[0-9a-fA-F]{6})", body)
        for selector in (s.strip() for s in selectors.split(",")):
            if selector.endswith(":focus") and found:
                rules[selector] = (int(found.group(1)), found.group(2))  # a later rule wins, as in the cascade
    for selector, (width, _colour) in rules.items():
        assert width >= 2, f"{selector}: a focus ring of {width} px is hard to see"
    return {selector: colour for selector, (_width, colour) in rules.items()}


@pytest.mark.parametrize("name", theme.THEMES)
def test_the_focus_ring_is_thick_enough_and_contrasts_with_what_surrounds_it(name):
    rules = _focus_rules(name)
    colours = theme.PALETTES[name]
    for kind in ("QPushButton", "QToolButton", "QLineEdit", "QComboBox", "QSpinBox", "QPlainTextEdit"):
        assert any(s.split(":")[0].split()[-1].startswith(kind) for s in rules), f"no focus style for {kind}"
    for selector, colour in rules.items():
        # WCAG 2.2 (1.4.11, 2.4.13): 3:1 against the cards and the page the controls sit on.
        if "primary" in selector:
            continue
        for role in ("surface", "window"):
            assert contrast(colour, colours[role]) >= 3, f"{name} {selector}: {colour} on {role}"
        # and against the fields' and buttons' own border it replaces (in high contrast both are bright: there the
        # ring is yellow, and twice as thick, where the border is white)
        if name == "high-contrast":
            assert colour.lower() != colours["control_border"].lower(), f"{name} {selector}"
        else:
            assert contrast(colour, colours["control_border"]) >= 3, f"{name} {selector}: {colour} on its border"
    # On an accent-coloured button the ring must differ from the button itself.
    assert contrast(rules['QPushButton[primary="true"]:focus'], colours["primary"]) >= 3


def test_each_kind_of_control_shows_when_it_has_the_keyboard(qtbot, qapp):
    theme.apply(qapp)
    box = QWidget()
    qtbot.addWidget(box)
    layout = QVBoxLayout(box)
    banner = Banner()
    banner.show_message("warning", "A message")
    staff = QToolButton(objectName="StaffMenu", text="Amira Haddad · Associate")
    staff.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    staff.setMenu(QMenu(staff))
    segment = button("Queue")
    segment.setObjectName("Segment")
    controls = [button("Plain"), button("Primary", primary=True), button("Flat", flat=True), segment,
                QLineEdit("text"), QComboBox(), QSpinBox(), staff, banner.findChild(QToolButton)]
    controls[5].addItems(["One", "Two"])
    for control in controls[:-1]:
        layout.addWidget(control)
    layout.addWidget(banner)
    outside = QPushButton("elsewhere")
    layout.addWidget(outside)
    box.show()
    box.activateWindow()
    qtbot.waitActive(box)
    for control in controls:
        outside.setFocus()
        qtbot.waitUntil(outside.hasFocus)
        before = control.grab().toImage()
        control.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(control.hasFocus)
        after = control.grab().toImage()
        assert before.size() == after.size(), f"{type(control).__name__} changes size with the focus"
        changed = sum(before.pixel(x, y) != after.pixel(x, y)
                      for x in range(0, before.width()) for y in (1, before.height() // 2, before.height() - 2))
        assert changed > before.width() // 2, f"{_name(control)} <{type(control).__name__}> looks the same focused"
        # Inside the ring nothing moves: the text and the arrows stay where they were.
        # Inside the ring and its rounded corners nothing moves: the text, the arrows. (A field shows its caret.)
        if not isinstance(control, (QLineEdit, QSpinBox)):
            moved = [(x, y) for x in range(7, before.width() - 7) for y in range(4, before.height() - 4)
                     if before.pixel(x, y) != after.pixel(x, y)]
            assert not moved, f"{_name(control)} <{type(control).__name__}> moves focused: {moved[:5]}"


@pytest.mark.parametrize("page", ["customers", "pickups", "stock", "activity", "dashboard"])
def test_tab_reaches_every_control_of_each_main_page_and_comes_back_round(qtbot, live_api, signed_in_window, page):
    """From the search bar, Tab alone goes through every control the page shows (a customer, a pickup or a
    product open where the page has one) and round to the search bar again: nothing is for the mouse only."""
    window, ctx = signed_in_window, signed_in_window.ctx
    if page == "dashboard":
        sign_in(ctx, live_api.store(0)["manager"])
    window.activateWindow()
    if page == "customers":
        window.open_record("customer", ctx.reader.pickups("ready", 1)[0]["customer_id"], {})
        wait_until(qtbot, lambda: window.customers.stack.currentWidget() is window.customers.view)
    elif page == "pickups":
        window.open_record("pickup", ctx.reader.pickups("ready", 1)[0]["id"], {})
        wait_until(qtbot, lambda: window.pickups.detail.pickup is not None)
    elif page == "stock":
        window.open_record("product", "SKU-00001", {})
        wait_until(qtbot, lambda: window.stock.view.store_rows())
    else:
        window.show_page(page)
    qtbot.wait(300)
    root = window.pages.currentWidget()

    def takes_tab(widget: QWidget) -> bool:
        inner = isinstance(widget.parentWidget(), (QAbstractSpinBox, QComboBox))  # the box itself takes it
        return (widget.isVisible() and widget.isEnabled() and not inner and widget.focusProxy() is None
                and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus))

    wanted = {widget for widget in root.findChildren(QWidget) if takes_tab(widget)}
    assert wanted, f"{page}: no control found"
    window.search_bar.setFocus(Qt.FocusReason.TabFocusReason)
    reached: list[QWidget] = []
    for _ in range(400):
        QTest.keyClick(focused(), Qt.Key.Key_Tab)
        widget = focused()
        if widget is window.search_bar:
            break
        reached.append(widget)
    else:
        raise AssertionError(f"{page}: Tab never comes back to the search bar: {[_name(w) for w in reached[-10:]]}")
    # Of a group of buttons one of which is chosen (Queue | Reminders, the periods), Tab stops at the chosen one and
    # the arrow keys choose another, as with radio buttons.
    grouped = {w for w in wanted if isinstance(w, QAbstractButton) and w.group() is not None and w.group().exclusive()
               and any(other in reached for other in w.group().buttons())}
    missing = sorted(_name(w) for w in wanted - set(reached) - grouped)
    assert missing == [], f"{page}: Tab never reaches {missing}"
