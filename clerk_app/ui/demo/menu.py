"""Demo mode's menu: cut and restore the connection, and play the rest of the retailer (web orders, cart edits,
a central cancellation) against the in-process demo server, so offline work, live updates and a conflict
can be seen in a minute. Plus Help → "Demo tour"."""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMessageBox

from ..common import format as fmt
from ..common.language import isolate, ltr
from ..common.tasks import run_task

OPEN_FOR_CANCEL = ("ready", "picking")  # orders a clerk may be about to hand over


class DemoMenu(QObject):
    def __init__(self, window: QMainWindow, ctx: Any, demo_server: Any, network_switch: Any) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = ctx
        self.server = demo_server
        self.switch = network_switch
        self.rng = random.Random()
        self.menu = window.menuBar().addMenu("")
        self.menu.setObjectName("DemoMenu")
        self.cut_action = self._add(self.toggle_connection, checkable=True)
        self.menu.addSeparator()
        self.new_order_action = self._add(self.new_web_order)
        self.cart_action = self._add(self.cart_edit)
        self.cancel_action = self._add(self.central_cancel)
        self.help_menu = next((a.menu() for a in window.menuBar().actions()
                               if a.objectName() == "HelpMenu" and a.menu()), None) or window.menuBar().addMenu("")
        self.help_menu.menuAction().setObjectName("HelpMenu")
        self.tour_action = QAction(self)
        self.tour_action.triggered.connect(self.show_tour)
        self.help_menu.addAction(self.tour_action)
        self.retranslate()
        if hasattr(window, "retranslated"):
            window.retranslated.connect(self.retranslate)

    @Slot()
    def retranslate(self) -> None:
        """The menus' words in the language now in effect (the connection's state stays as it is)."""
        self.menu.setTitle(self.tr("&Demo"))
        self.help_menu.setTitle(self.tr("&Help"))
        cut = self.cut_action.isChecked()
        self.cut_action.setText(self.tr("Restore the connection") if cut else self.tr("Cut the connection"))
        self.cut_action.setToolTip(self.tr("Act as if the store's network cable were pulled"))
        self.new_order_action.setText(self.tr("New web order for pickup"))
        self.cart_action.setText(self.tr("Customer edits their online cart"))
        self.cancel_action.setText(self.tr("Cancel an order centrally"))
        self.tour_action.setText(self.tr("Demo tour"))

    def _add(self, slot: Callable[..., None], checkable: bool = False) -> QAction:
        action = QAction(self)
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        self.menu.addAction(action)
        return action

    # --- the connection --------------------------------------------------------------------

    @Slot(bool)
    def toggle_connection(self, cut: bool) -> None:
        self.switch.set_connected(not cut)
        self.cut_action.setText(self.tr("Restore the connection") if cut else self.tr("Cut the connection"))
        self.ctx.sync.wake()  # notice at once: after a cut, the next request fails; after a restore, sync now
        self.ctx.messages.info(
            self.tr("The connection is cut. Keep working: what you do waits to sync.") if cut
            else self.tr("The connection is back. Waiting actions are being sent."))

    # --- the rest of the retailer ----------------------------------------------------------

    def _simulate(self, event: Callable[[Any], Any], told: Callable[[Any], str]) -> None:
        """Run one server-side event in a write transaction off the GUI thread; say what happened."""
        def work() -> Any:
            with self.server.database.write() as conn:
                return event(conn)

        def done(result: Any = None, error: BaseException | None = None) -> None:
            if error is not None:
                raise error  # a bug in the demo itself: the crash hook logs it and shows the calm dialog
            if not self.ctx.closed:
                self.ctx.messages.info(told(result))

        run_task(work, done)

    @Slot()
    def new_web_order(self) -> None:
        from central_api import simulate
        from central_api.security import Clock

        self._simulate(lambda conn: simulate.new_pickup(conn, self.rng, Clock(), store_id=self.ctx.store_id),
                       lambda p: self.tr("A new web order for pickup arrived: order %1 for %2.")
                       .replace("%1", ltr(p["order_number"])).replace("%2", isolate(p["customer_name"])) if p
                       else self.tr("No customer could place a web order."))

    @Slot()
    def cart_edit(self) -> None:
        from central_api import simulate
        from central_api.security import Clock

        def edit(conn: Any) -> tuple[dict[str, Any], str] | None:
            cart = simulate.cart_edit(conn, self.rng, Clock(), store_id=self.ctx.store_id)
            return (cart, _customer_name(conn, cart["customer_id"])) if cart else None

        self._simulate(edit, lambda found: self.tr("%1 changed their online cart; it now comes to %2.")
                       .replace("%1", found[1]).replace("%2", fmt.money(found[0]["subtotal_cents"], found[0]["currency"]))
                       if found else self.tr("No customer has a cart to edit."))

    @Slot()
    def central_cancel(self) -> None:
        from central_api import simulate
        from central_api.security import Clock

        # The ones this counter has queued actions on first: that is the case that becomes a conflict.
        queued = [item["entity_id"] for item in self.ctx.reader.pending() if item.get("entity") == "pickup"]

        def cancel(conn: Any) -> dict[str, Any] | None:
            chosen = _cancellable(conn, self.ctx.store_id, queued)
            return simulate.central_cancel(conn, self.rng, Clock(), pickup_id=chosen) if chosen else None

        self._simulate(cancel, lambda p: self.tr("The customer service centre cancelled order %1 (%2). "
                                                 "If it was being handed over here, Activity shows a conflict.")
                       .replace("%1", ltr(p["order_number"])).replace("%2", isolate(p["customer_name"])) if p
                       else self.tr("No open order of this store could be cancelled."))

    # --- help ------------------------------------------------------------------------------

    @Slot()
    def show_tour(self) -> None:
        staff = self.ctx.demo_staff or []
        associate = next((p for p in staff if p["role"] == "associate"), None)
        who = (self.tr("%1 (username %2)").replace("%1", isolate(associate["display_name"]))
               .replace("%2", ltr(associate["username"]))
               if associate else self.tr("an associate"))
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Demo tour"), self.tr("Try this"), parent=self.window)
        box.setObjectName("DemoTour")
        box.setInformativeText(self.tr(
            "<ol>"
            "<li>Sign in as %1 with the password <b>%2</b>.</li>"
            "<li>Demo → <b>Cut the connection</b>: the status bar turns to Offline.</li>"
            "<li>Open Pickups and hand over a ready order: it shows at once, marked as waiting to sync.</li>"
            "<li>Demo → <b>Restore the connection</b> and watch it sync in Activity.</li>"
            "<li>Cut the connection again, start handing over another order, then Demo → "
            "<b>Cancel an order centrally</b>. Restore the connection: Activity shows the conflict and your choices.</li>"
            "<li>While online, Demo → <b>New web order for pickup</b>: it appears in Pickups without a refresh.</li>"
            "</ol>").replace("%1", who).replace("%2", self.ctx.demo_password or ""))
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.open()
        self.tour = box


def _customer_name(conn: Any, customer_id: str) -> str:
    from sqlalchemy import select

    from central_api import db

    data = conn.execute(select(db.customers.c.data).where(db.customers.c.id == customer_id)).scalar()
    return db.loads(data)["display_name"] if data else ""


def _cancellable(conn: Any, store_id: str, preferred: list[str]) -> str | None:
    """An open pickup of this store: one the counter has queued work on, else a ready one, else one being picked."""
    from sqlalchemy import select

    from central_api import db

    p = db.pickups.c
    rows = dict(conn.execute(select(p.id, p.status).where(p.store_id == store_id, p.status.in_(OPEN_FOR_CANCEL + ("new",)))
                             .order_by(p.id)).all())
    for pickup_id in preferred:
        if pickup_id in rows:
            return pickup_id
    for status in OPEN_FOR_CANCEL:
        for pickup_id, found in rows.items():
            if found == status:
                return pickup_id
    return None


def install_demo_menu(window: QMainWindow, ctx: Any, demo_server: Any, network_switch: Any) -> DemoMenu:
    """Add the Demo menu (and Help → Demo tour) to the main window's menu bar."""
    return DemoMenu(window, ctx, demo_server, network_switch)
