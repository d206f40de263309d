"""The app's entry: the demo prepared in-process (enrolled counter, demo staff, Demo menu), and the launcher
opening a demo or an enrolled store off the GUI thread (and refusing a second Clerk on the same cache)."""

from __future__ import annotations

import argparse
import re

import pytest
from PySide6.QtCore import QTranslator

from clerk_app import config
from clerk_app.cache import CacheLock
from clerk_app.secrets import FileStore
from clerk_app.sync.connectivity import ConnectionState
from clerk_app.sync.device import cache_path, enroll
from clerk_app.ui.app import Launcher, make_application, open_main_window, prepare_demo
from tests.helpers.api import PASSWORD
from tests.helpers.gui import wait_online_and_synced, wait_until

DEMO_CUSTOMERS = 200


@pytest.fixture(autouse=True)
def _translators_removed(qapp):
    """make_application installs Clerk's translators into the session's one QApplication; the other test files
    read the source strings ("2 order(s)"), so none may outlive a test here."""
    yield
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
        translator.deleteLater()


@pytest.fixture
def demo(qapp, tmp_path):
    ctx, demo = prepare_demo(tmp_path / "demo", customers=DEMO_CUSTOMERS)
    yield ctx, demo
    ctx.close()
    demo.close()


def _told(qtbot, ctx, prefix: str, trigger) -> str:
    with qtbot.waitSignal(ctx.messages.posted, timeout=15_000,
                          check_params_cb=lambda level, text: text.startswith(prefix)) as told:
        trigger()
    return told.args[1]


def test_the_demo_enrolls_this_computer_and_knows_the_store_staff(qtbot, demo, tmp_path):
    ctx, demo = demo
    store = demo.server.network["stores"][0]
    assert ctx.settings.device_id and ctx.store_id == store["id"] and ctx.store_name == store["name"]
    roles = {person["username"]: person["role"] for person in ctx.demo_staff}
    assert roles == {store["manager"]: "manager", **{a: "associate" for a in store["associates"]}}
    assert ctx.demo_staff[0]["role"] == "associate" and all(p["display_name"] for p in ctx.demo_staff)
    assert (tmp_path / "demo" / "counter" / "secrets.json").exists()  # demo secrets stay in the demo folder
    wait_online_and_synced(qtbot, ctx)
    first = ctx.demo_staff[0]
    signed_in = ctx.staff_api.login(first["username"], ctx.demo_password, ctx.settings.device_id)
    assert signed_in.staff.display_name == first["display_name"]


def test_the_demo_menu_cuts_the_connection_brings_web_orders_and_cancels_centrally(qtbot, demo):
    ctx, demo = demo
    wait_online_and_synced(qtbot, ctx)
    window = open_main_window(ctx, demo)
    qtbot.addWidget(window)
    menu = window.demo_menu
    assert [a.text() for a in window.menuBar().actions()] == ["&Demo", "&Help"]

    menu.cut_action.trigger()
    wait_until(qtbot, lambda: ctx.connection_state == ConnectionState.OFFLINE, 15_000)
    assert menu.cut_action.isChecked() and menu.cut_action.text() == "Restore the connection"
    # Offline, an order the clerk starts picking is cancelled centrally: restoring shows the conflict.
    associate = ctx.demo_staff[0]
    ctx.set_staff(associate)
    pickup = ctx.reader.pickups("new", limit=1)[0]
    ctx.perform(lambda: ctx.actions.start_picking(pickup["id"], associate["id"]), changes={"pickup"})
    wait_until(qtbot, lambda: ctx.reader.depth() == 1)
    said = _told(qtbot, ctx, "The customer service centre cancelled", menu.cancel_action.trigger)
    assert f"order \u2066{pickup['order_number']}\u2069" in said  # isolated: it reads as one code in any language
    menu.cut_action.trigger()
    wait_until(qtbot, lambda: ctx.connection_state == ConnectionState.ONLINE and ctx.reader.conflicts())
    assert ctx.reader.conflicts()[0]["entity_id"] == pickup["id"]
    assert ctx.reader.pickup(pickup["id"])["status"] == "cancelled"

    said = _told(qtbot, ctx, "A new web order for pickup arrived", menu.new_order_action.trigger)
    number = re.search(r"order \u2066(\S+)\u2069 for", said).group(1)
    wait_until(qtbot, lambda: ctx.reader.pickup_by_order_number(number), 15_000)
    said = _told(qtbot, ctx, "", menu.cart_action.trigger)
    assert re.fullmatch(r".+ changed their online cart; it now comes to .+\.", said)


def test_the_launcher_prepares_the_demo_behind_a_splash_then_opens_sign_in(qtbot, qapp, tmp_path):
    launcher = Launcher(make_application(), argparse.Namespace(demo=True), None, demo_folder=tmp_path / "demo",
                        customers=DEMO_CUSTOMERS)
    try:
        launcher.start()
        assert launcher.splash.isVisible() and launcher.splash.text.text() == "Preparing the demo store…"
        wait_until(qtbot, lambda: launcher.window is not None, 30_000)
        qtbot.addWidget(launcher.window)
        assert launcher.splash is None and launcher.window.isVisible()
        assert launcher.ctx.demo_staff and launcher.window.screens.currentWidget() is launcher.window.sign_in
    finally:
        launcher.shutdown()
        launcher.deleteLater()


def _enrolled_store(live_api, tmp_path) -> argparse.Namespace:
    """This computer enrolled into store 0 the way `clerk-app enroll` leaves it: settings file and secrets file."""
    settings = config.Settings(api_url=live_api.url, data_dir=tmp_path / "data", store_name=live_api.store(0)["name"])
    secrets_file = tmp_path / "secrets.json"
    enroll(settings, FileStore(secrets_file), store_id=live_api.store_id, username=live_api.store(0)["manager"],
           password=PASSWORD)
    config.save(settings, tmp_path / "settings.toml")
    return argparse.Namespace(demo=False, config=tmp_path / "settings.toml", data_dir=None, secrets_file=secrets_file)


def test_the_launcher_opens_an_enrolled_store_and_refuses_a_second_clerk(qtbot, qapp, live_api, tmp_path):
    args = _enrolled_store(live_api, tmp_path)
    settings = config.load(args.config)
    held = CacheLock(cache_path(settings)).acquire()  # another Clerk has this cache open
    exits: list[int] = []
    second = Launcher(make_application(), args, settings)
    second.exit = exits.append
    try:
        second.start()
        wait_until(qtbot, lambda: second.failure is not None)
        assert second.failure.text() == "Clerk is already open on this computer. Switch to the open Clerk window."
        second.failure.button(second.failure.StandardButton.Close).click()
        assert exits == [1] and second.window is None
    finally:
        held.release()
        second.deleteLater()

    launcher = Launcher(make_application(), args, config.load(args.config))
    try:
        launcher.start()
        wait_until(qtbot, lambda: launcher.window is not None)
        qtbot.addWidget(launcher.window)
        assert launcher.ctx.store_id == live_api.store_id and launcher.ctx.demo_staff is None
        assert launcher.window.windowTitle() == f"Clerk — {live_api.store(0)['name']}"
        wait_online_and_synced(qtbot, launcher.ctx)
    finally:
        launcher.shutdown()
        launcher.deleteLater()


def test_a_computer_not_yet_enrolled_is_asked_to_enroll_and_closing_that_ends_clerk(qtbot, qapp, tmp_path):
    args = argparse.Namespace(demo=False, config=tmp_path / "settings.toml", data_dir=tmp_path / "data",
                              secrets_file=tmp_path / "secrets.json")
    exits: list[int] = []
    launcher = Launcher(make_application(), args, config.load(args.config, args={"data_dir": args.data_dir}))
    launcher.exit = exits.append
    launcher.start()
    wait_until(qtbot, lambda: launcher.enroll_dialog is not None and launcher.enroll_dialog.isVisible())
    assert launcher.splash is None
    launcher.enroll_dialog.reject()  # the dialog deletes itself
    assert exits == [0] and launcher.window is None and launcher.ctx is None
    launcher.deleteLater()
