#!/usr/bin/env python3
"""Save PNGs of Clerk's main screens, built from the real app over the demo store, into docs/screenshots/.

    python3 scripts/dev.py screenshots      (or `make screenshots`; runs Qt offscreen)
    .venv/bin/python scripts/screenshots.py [OUT_DIR] [--themes]   (--themes: only the dark and high-contrast ones)

The demo network is generated from a fixed seed, so the same customers and pickups are chosen on every
run; only the dates move with today's date.
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Dates and money as a clerk of this euro store reads them, whatever this machine's locale is (a build box's
# C locale would print dates as "20 10 2026"): Qt takes the computer's locale from these.
os.environ["LC_ALL"] = os.environ["LANG"] = "en_IE.UTF-8"

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "docs" / "screenshots"
WINDOW_SIZE = (1366, 800)
LANGUAGES = ("en", "ar", "fa", "he", "ru")
RTL_SCRIPT = re.compile("[\u0590-\u05ff\u0600-\u06ff]")  # Hebrew, Arabic (and Persian) letters


# --- waiting on the event loop -------------------------------------------------------------------

def settle(ms: int = 500) -> None:
    """Process events for a while: look-ups on the thread pool finish, layouts and repaints happen."""
    from PySide6.QtTest import QTest

    QTest.qWait(ms)


def wait_for(condition: Callable[[], Any], what: str, timeout: float = 30.0) -> None:
    from PySide6.QtTest import QTest

    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out waiting for {what}")
        QTest.qWait(50)


# --- choosing the data (deterministic: the demo's seed is fixed) ---------------------------------

def _server_rows(demo: Any, store_id: str) -> dict[str, Any]:
    """Customers, carts, orders and pickups of the store, read straight from the demo server's database."""
    from sqlalchemy import select

    from central_api import db

    with demo.server.database.read() as conn:
        in_scope = set(conn.execute(select(db.customer_scope.c.customer_id)
                                    .where(db.customer_scope.c.store_id == store_id)).scalars())
        customers = {row.id: db.loads(row.data) for row in conn.execute(select(db.customers.c.id, db.customers.c.data))
                     if row.id in in_scope}
        carts: dict[str, list[dict[str, Any]]] = {}
        for data in conn.execute(select(db.carts.c.data)).scalars():
            cart = db.loads(data)
            if cart["status"] == "active" and cart["customer_id"] in customers:
                carts.setdefault(cart["customer_id"], []).append(cart)
        channels: dict[str, set[str]] = {}
        counts: dict[str, int] = {}
        for customer_id, data in conn.execute(select(db.orders.c.customer_id, db.orders.c.data)):
            if customer_id in customers:
                channels.setdefault(customer_id, set()).add(db.loads(data)["channel"])
                counts[customer_id] = counts.get(customer_id, 0) + 1
        pickups = [db.loads(data) for data in conn.execute(
            select(db.pickups.c.data).where(db.pickups.c.store_id == store_id).order_by(db.pickups.c.id)).scalars()]
    return {"customers": customers, "carts": carts, "channels": channels, "counts": counts, "pickups": pickups}


def choose_customer(rows: dict[str, Any], rtl: bool) -> str:
    """A customer worth showing: an active cart, orders in several channels, an open pickup if possible."""
    open_pickups = {p["customer_id"] for p in rows["pickups"] if p["status"] in ("new", "picking", "ready")}

    def score(customer_id: str) -> tuple:
        cart_lines = max((len(c["lines"]) for c in rows["carts"].get(customer_id, [])), default=0)
        return (customer_id in open_pickups, min(cart_lines, 3), len(rows["channels"].get(customer_id, ())),
                min(rows["counts"].get(customer_id, 0), 8))

    candidates = [cid for cid, c in sorted(rows["customers"].items())
                  if bool(RTL_SCRIPT.search(c["display_name"])) == rtl and cid in rows["carts"]
                  and rows["counts"].get(cid, 0) >= 3]
    if not candidates:
        raise RuntimeError("the demo data has no customer to show")
    return max(candidates, key=score)  # max keeps the first (lowest id) of equal scores


def choose_ready_pickup(rows: dict[str, Any], exclude: set[str] = frozenset()) -> dict[str, Any]:
    """A ready pickup with several lines, preferring one with an alternate collector."""
    ready = [p for p in rows["pickups"] if p["status"] == "ready" and p["id"] not in exclude]
    if not ready:
        raise RuntimeError("the demo data has no ready pickup")
    return max(ready, key=lambda p: (bool(p.get("alternate_pickup_name")), min(len(p["lines"]), 3)))


# --- the session -----------------------------------------------------------------------------

def choose_order_sku(ctx: Any, customer_id: str) -> str:
    """A product of the customer's cart (else the first product this store has), to order for pickup elsewhere."""
    for cart in ctx.reader.carts_with_stock(customer_id):
        for line in cart.get("lines") or []:
            return line["sku"]
    return ctx.reader.connection.execute("SELECT id FROM products ORDER BY id LIMIT 1").fetchone()[0]


def sign_in(ctx: Any, person: dict[str, Any]) -> None:
    """As the sign-in screen does after a successful password check (tests/helpers/gui.py does the same)."""
    from clerk_app.demo import DEMO_PASSWORD

    result = ctx.staff_api.login(person["username"], DEMO_PASSWORD, ctx.settings.device_id)
    ctx.offline_policy = result.offline_policy.model_dump()
    ctx.set_staff(result.staff.model_dump())


def perform(ctx: Any, action: Callable[[], Any], changes: set[str]) -> None:
    done: list[Any] = []
    ctx.perform(action, changes=changes, on_done=done.append, on_error=lambda error: done.append(error))
    wait_for(lambda: done, "a queued action")
    if isinstance(done[0], BaseException):
        raise done[0]


def hand_over_args(pickup: dict[str, Any]) -> dict[str, Any]:
    return {"pickup_code": pickup["pickup_code"], "collected_by": "customer", "id_check": "drivers_license",
            "id_last4": "4821", "collected": [{"sku": line["sku"], "quantity": line["picked_quantity"]}
                                              for line in pickup["lines"]]}


# --- the shots ---------------------------------------------------------------------------------

class Shooter:
    def __init__(self, out_dir: Path) -> None:
        self.out_dir = out_dir
        self.saved: list[Path] = []

    def save(self, widget: Any, name: str, wait_ms: int = 600) -> None:
        settle(wait_ms)
        path = self.out_dir / name
        if not widget.grab().save(str(path), "PNG"):
            raise OSError(f"could not write {path}")
        self.saved.append(path)
        print(f"  {name}", flush=True)


def _quiet_offscreen_notices() -> None:
    """The offscreen platform says it cannot resize native windows on every dialog: not news here."""
    from PySide6.QtCore import qInstallMessageHandler

    previous: list[Any] = []

    def handler(kind: Any, context: Any, message: str) -> None:
        if "propagateSizeHints" in message:
            return
        if previous and previous[0] is not None:
            previous[0](kind, context, message)
        else:
            sys.stderr.write(message + "\n")

    previous.append(qInstallMessageHandler(handler))


def tidy(window: Any) -> None:
    """Between scenes: no leftover search text, banner or passing news from the scene before."""
    window.search_bar.clear()  # programmatic: no search is run
    window.banner.hide()
    window.news.clear()


def run(out_dir: Path, folder: Path, themes_only: bool = False) -> list[Path]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from clerk_app.sync.connectivity import ConnectionState
    from clerk_app.ui.app import make_application, open_main_window, prepare_demo
    from clerk_app.ui.printing.printer import render_png

    _quiet_offscreen_notices()
    app = make_application()
    shots = Shooter(out_dir)
    ctx, demo = prepare_demo(folder, customers=2000)
    window = None
    try:
        window = open_main_window(ctx, demo)
        window.resize(*WINDOW_SIZE)
        wait_for(lambda: ctx.reader.cursor() and ctx.connection_state == ConnectionState.ONLINE,
                 "the first sync", timeout=60)
        rows = _server_rows(demo, ctx.store_id)
        associate = next(p for p in ctx.demo_staff if p["role"] == "associate")
        manager = next(p for p in ctx.demo_staff if p["role"] == "manager")
        customer_id = choose_customer(rows, rtl=False)
        customer = rows["customers"][customer_id]
        shown_pickup = choose_ready_pickup(rows)
        if themes_only:
            return shots.saved + shoot_themes(window, ctx, rows, out_dir, manager)

        # 01: sign-in, listing the demo staff.
        shots.save(window, "01-sign-in.png")
        sign_in(ctx, associate)
        settle(300)

        # 02: results while typing a name prefix.
        window.search_bar.setFocus()
        QTest.keyClicks(window.search_bar, customer["given_name"][:3], delay=80)
        wait_for(lambda: window.customers.model.rowCount() > 0, "search results")
        wait_for(lambda: window.customers._remote_state in ("done", "failed"), "the server's search results")
        shots.save(window, "02-search.png")

        # 03-05: the customer's 360, the cart card, the history with an order expanded.
        ctx.navigate.emit("customer", customer_id, {})
        view = window.customers.view
        wait_for(lambda: not view._refreshing, "the customer's refresh from the server")
        shots.save(window, "03-customer-360.png")
        view.ensureWidgetVisible(view.cart, 0, 0)
        shots.save(view.cart, "04-cart.png")
        history = view.history_view
        first = view.history.index(0, 0)
        if first.isValid():
            view._toggle_order(first)
        view.ensureWidgetVisible(view.history_card, 0, 16)
        shots.save(window, "05-history.png")
        view.verticalScrollBar().setValue(0)
        history.collapseAll()
        tidy(window)

        # 06-07: the pickups queue with a ready order selected, and its hand-over with the code filled in.
        ctx.navigate.emit("pickup", shown_pickup["id"], {})
        wait_for(lambda: window.pickups.detail.pickup is not None, "the pickup's detail")
        shots.save(window, "06-pickups.png")
        dialog = window.pickups.detail.open_hand_over(shown_pickup["pickup_code"])
        shots.save(dialog, "07-hand-over.png")
        dialog.reject()
        settle(200)

        # 08: Activity with a conflict and an action waiting: what the Demo menu lets a newcomer do.
        menu = window.demo_menu
        conflicted = shown_pickup
        menu.cut_action.trigger()  # Demo → Cut the connection
        wait_for(lambda: ctx.connection_state == ConnectionState.OFFLINE, "the cut connection")
        perform(ctx, lambda: ctx.actions.hand_over(conflicted["id"], staff_id=associate["id"],
                                                   **hand_over_args(conflicted)), {"pickup"})
        menu.central_cancel()  # Demo → Cancel an order centrally: it picks the pickup queued here
        wait_for(lambda: _status(demo, conflicted["id"]) == "cancelled", "the central cancellation")
        menu.cut_action.trigger()  # Demo → Restore the connection
        wait_for(lambda: ctx.reader.conflicts() and ctx.reader.depth() == 0, "the conflict", timeout=60)
        menu.cut_action.trigger()
        wait_for(lambda: ctx.connection_state == ConnectionState.OFFLINE, "the cut connection")
        waiting = choose_ready_pickup(rows, exclude={conflicted["id"]})
        perform(ctx, lambda: ctx.actions.notify(waiting["id"], "reminder", associate["id"]), {"pickup"})
        new = next((p for p in rows["pickups"] if p["status"] == "new"), None)
        if new is not None:
            perform(ctx, lambda: ctx.actions.start_picking(new["id"], associate["id"]), {"pickup"})
        window.show_page("activity")
        shots.save(window, "08-activity.png", wait_ms=900)
        menu.cut_action.trigger()
        wait_for(lambda: ctx.reader.depth() == 0 and ctx.connection_state == ConnectionState.ONLINE,
                 "the waiting actions to sync", timeout=60)
        tidy(window)

        # 09-10: the manager's dashboard over 30 days, and the reminders list.
        sign_in(ctx, manager)
        tidy(window)  # signing in selects the search bar's text
        window.show_page("dashboard")
        window.dashboard.set_period("30d")
        shots.save(window, "09-dashboard.png", wait_ms=900)
        window.show_page("pickups")
        window.pickups.show_view("reminders")
        shots.save(window, "10-reminders.png", wait_ms=900)
        window.pickups.show_view("queue")

        # 11-12: the printed slip and bag label of a ready pickup (rendered as the printer gets them).
        printed = ctx.reader.pickup(waiting["id"])
        render_png("slip", printed, ctx, out_dir / "11-slip.png")
        render_png("label", printed, ctx, out_dir / "12-label.png")
        shots.saved += [out_dir / "11-slip.png", out_dir / "12-label.png"]
        print("  11-slip.png\n  12-label.png", flush=True)

        # 13-14: right to left, with a customer whose name is written right to left.
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        rtl_customer = choose_customer(rows, rtl=True)
        prefix = rows["customers"][rtl_customer]["display_name"].split()[0][:3]
        window.search_bar.setText(prefix)
        window.customers.show_results(prefix)
        wait_for(lambda: window.customers._remote_state in ("done", "failed"), "the server's search results")
        ctx.navigate.emit("customer", rtl_customer, {})
        wait_for(lambda: not view._refreshing, "the customer's refresh from the server")
        shots.save(window, "13-customer-360-rtl.png")
        rtl_pickup = next((p for p in ctx.reader.pickups("ready", limit=200)
                           if RTL_SCRIPT.search(p.get("customer_name") or "")), printed)
        ctx.navigate.emit("pickup", rtl_pickup["id"], {})
        wait_for(lambda: window.pickups.detail.pickup is not None, "the pickup's detail")
        shots.save(window, "14-pickups-rtl.png")
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        tidy(window)

        # <lang>/: the main screens in each of Clerk's languages, a customer of that script in each.
        for code in LANGUAGES:
            shots.saved += shoot_language(window, ctx, rows, code, out_dir / code, associate, manager)
        window.switch_language("en")
        shots.saved += shoot_themes(window, ctx, rows, out_dir, manager)
        shots.saved += shoot_tablet(window, ctx, rows, out_dir, manager)
    finally:
        if window is not None:
            window.close()  # closes the context: stops syncing, lets queued writes finish
        else:
            ctx.close()
        settle(200)
        demo.close()
    return shots.saved


def shoot_themes(window: Any, ctx: Any, rows: dict[str, Any], out_dir: Path, manager: dict[str, Any]) -> list[Path]:
    """The main screens in the dark and the high-contrast theme (dark-*.png, contrast-*.png), the customer's 360
    in dark also right to left (in Arabic)."""
    shots = Shooter(out_dir)
    customer_id = choose_customer(rows, rtl=False)
    pickup = choose_ready_pickup({"pickups": ctx.reader.pickups("ready", limit=200)})
    from clerk_app.ui.common import preferences

    for name, prefix in (("dark", "dark"), ("high-contrast", "contrast")):
        ctx.set_staff(None)
        preferences.save(ctx.settings, "theme", name)  # this counter's theme, as Preferences saves it
        window.apply_look(name, 100)
        settle(300)
        shots.save(window, f"{prefix}-sign-in.png")
        sign_in(ctx, manager)
        settle(300)
        tidy(window)
        ctx.navigate.emit("customer", customer_id, {})
        wait_for(lambda: not window.customers.view._refreshing, "the customer's refresh from the server")
        shots.save(window, f"{prefix}-customers.png")
        ctx.navigate.emit("pickup", pickup["id"], {})
        wait_for(lambda: window.pickups.detail.pickup is not None, "the pickup's detail")
        shots.save(window, f"{prefix}-pickups.png")
        window.show_page("dashboard")
        shots.save(window, f"{prefix}-dashboard.png", wait_ms=900)
        window.show_page("activity")
        shots.save(window, f"{prefix}-activity.png", wait_ms=700)
        tidy(window)
    preferences.save(ctx.settings, "theme", "dark")
    window.apply_look("dark", 100)
    window.switch_language("ar")
    rtl_customer = choose_customer(rows, rtl=True)
    ctx.navigate.emit("customer", rtl_customer, {})
    wait_for(lambda: not window.customers.view._refreshing, "the customer's refresh from the server")
    shots.save(window, "dark-customers-rtl.png")
    window.switch_language("en")
    preferences.save(ctx.settings, "theme", "")
    window.apply_look("", 100)
    tidy(window)
    return shots.saved


def shoot_language(window: Any, ctx: Any, rows: dict[str, Any], code: str, out_dir: Path, associate: dict[str, Any],
                   manager: dict[str, Any]) -> list[Path]:
    """Sign-in, search, customer 360, pickups, hand-over, activity, dashboard, slip, label and stock in `code`."""
    from clerk_app.ui.printing.printer import render_png

    out_dir.mkdir(parents=True, exist_ok=True)
    print(f" {code}/", flush=True)
    shots = Shooter(out_dir)
    ctx.set_staff(None)
    window.switch_language(code)
    shots.save(window, "01-sign-in.png")
    sign_in(ctx, manager)
    settle(300)
    tidy(window)
    customer_id = choose_customer(rows, rtl=code in ("ar", "fa", "he"))
    prefix = rows["customers"][customer_id]["display_name"].split()[0][:3]
    # The results alone, as at the start of a shift: the language before left its customer open (in Persian and
    # Hebrew the same one, and the search shot was the 360's).
    window.customers.stack.setCurrentWidget(window.customers.empty)
    window.search_bar.setFocus()
    window.search_bar.setText(prefix)  # QTest types ASCII only: a name in Arabic script is set, then searched
    window.search_bar.run_query()
    wait_for(lambda: window.customers.model.rowCount() > 0, "search results")
    wait_for(lambda: window.customers._remote_state in ("done", "failed"), "the server's search results")
    shots.save(window, "02-search.png")
    ctx.navigate.emit("customer", customer_id, {})
    view = window.customers.view
    wait_for(lambda: not view._refreshing, "the customer's refresh from the server")
    shots.save(window, "03-customer-360.png")
    tidy(window)
    pickup = choose_ready_pickup({"pickups": ctx.reader.pickups("ready", limit=200)})
    ctx.navigate.emit("pickup", pickup["id"], {})
    wait_for(lambda: window.pickups.detail.pickup is not None, "the pickup's detail")
    shots.save(window, "04-pickups.png")
    dialog = window.pickups.detail.open_hand_over(pickup["pickup_code"])
    shots.save(dialog, "05-hand-over.png")
    dialog.reject()
    settle(200)
    # "Order for pickup at…" for the customer open on the Customers page, every store's stock fetched live.
    window.show_page("customers")
    order = window.order_for_pickup(choose_order_sku(ctx, customer_id))
    wait_for(lambda: order.stores.live, "every store's stock")
    order.quantity.setValue(2)
    shots.save(order, "order-dialog.png")
    order.reject()
    settle(200)
    window.show_page("activity")
    shots.save(window, "06-activity.png", wait_ms=700)
    window.show_page("dashboard")
    window.dashboard.set_period("30d")
    shots.save(window, "07-dashboard.png", wait_ms=900)
    printed = ctx.reader.pickup(pickup["id"])
    for kind, name in (("slip", "08-slip.png"), ("label", "09-label.png")):
        render_png(kind, printed, ctx, out_dir / name)
        shots.saved.append(out_dir / name)
        print(f"  {name}", flush=True)
    shoot_stock(window, ctx, shots)
    window.show_page("customers")
    return shots.saved


TABLET_SIZE = (800, 1280)  # a 10-inch tablet held upright


def shoot_tablet(window: Any, ctx: Any, rows: dict[str, Any], out_dir: Path, manager: dict[str, Any]) -> list[Path]:
    """The main screens in the touch layout on a tablet held upright, and the pickups right to left (Arabic)."""
    print(" tablet", flush=True)
    shots = Shooter(out_dir)
    window.resize(*TABLET_SIZE)
    window.set_layout("touch")
    try:
        ctx.set_staff(None)
        shots.save(window, "tablet-sign-in.png")
        sign_in(ctx, manager)
        settle(300)
        tidy(window)
        customer_id = choose_customer(rows, rtl=False)
        prefix = rows["customers"][customer_id]["given_name"][:3]
        window.search_bar.setText(prefix)
        window.search_bar.run_query()
        wait_for(lambda: window.customers._remote_state in ("done", "failed"), "the server's search results")
        ctx.navigate.emit("customer", customer_id, {})
        view = window.customers.view
        wait_for(lambda: not view._refreshing, "the customer's refresh from the server")
        tidy(window)
        shots.save(window, "tablet-customer-360.png")
        pickup = choose_ready_pickup({"pickups": ctx.reader.pickups("ready", limit=200)})
        ctx.navigate.emit("pickup", pickup["id"], {})
        wait_for(lambda: window.pickups.detail.pickup is not None, "the pickup's detail")
        shots.save(window, "tablet-pickups.png")
        shoot_stock(window, ctx, shots, "tablet-stock.png")
        window.show_page("activity")
        shots.save(window, "tablet-activity.png", wait_ms=700)
        window.show_page("dashboard")
        window.dashboard.set_period("30d")
        shots.save(window, "tablet-dashboard.png", wait_ms=900)
        window.switch_language("ar")
        rtl_pickup = next((p for p in ctx.reader.pickups("ready", limit=200)
                           if RTL_SCRIPT.search(p.get("customer_name") or "")), pickup)
        ctx.navigate.emit("pickup", rtl_pickup["id"], {})
        wait_for(lambda: window.pickups.detail.pickup is not None, "the pickup's detail")
        tidy(window)
        shots.save(window, "tablet-pickups-ar.png")
        window.switch_language("en")
    finally:
        window.set_layout("desktop")
        window.resize(*WINDOW_SIZE)
    return shots.saved


def choose_product(ctx: Any) -> tuple[str, str]:
    """(SKU, a name prefix that finds it) of a product this store has, that some stores have and some have not:
    the Stock screen then shows every kind of row."""
    rows = ctx.reader.connection.execute(
        "SELECT id FROM inventory WHERE json_extract(json(data), '$.available') > 0 ORDER BY id LIMIT 200").fetchall()
    chosen = rows[0][0]
    for (sku,) in rows:
        stock = [i["available"] for i in ctx.staff_api.inventory_across([sku])]
        if len(stock) >= 3 and 0 in stock and len(set(stock)) == len(stock):
            chosen = sku
            break
    name = ctx.reader.product(chosen)["name"].split()
    return chosen, " ".join(word[:3] for word in name[:2])


def shoot_stock(window: Any, ctx: Any, shots: Any, name: str = "stock.png") -> None:
    """The Stock screen with a product open and every store listed, live."""
    sku, query = choose_product(ctx)
    window.show_page("stock")
    window.stock.set_query(query)
    wait_for(lambda: window.stock._remote_state in ("done", "failed"), "the server's product results")
    window.stock.open_product(sku)
    view = window.stock.view
    wait_for(lambda: view._live_at is not None or view._failed, "every store's stock")
    shots.save(window, name)


def _status(demo: Any, pickup_id: str) -> str | None:
    from sqlalchemy import select

    from central_api import db

    with demo.server.database.read() as conn:
        return conn.execute(select(db.pickups.c.status).where(db.pickups.c.id == pickup_id)).scalar()


def main(out_dir: Path | str = DEFAULT_OUT, themes_only: bool = False) -> int:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    print(f"Saving screenshots into {out_dir} ...", flush=True)
    with tempfile.TemporaryDirectory(prefix="clerk-screenshots-") as folder:
        saved = run(out_dir, Path(folder), themes_only)
    print(f"{len(saved)} screenshots in {time.monotonic() - started:.0f} s", flush=True)
    return 0


if __name__ == "__main__":
    # --themes: only the dark and high-contrast shots (a minute less than the whole set).
    given = [a for a in sys.argv[1:] if a != "--themes"]
    sys.exit(main(given[0] if given else DEFAULT_OUT, "--themes" in sys.argv[1:]))
