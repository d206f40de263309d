"""The desktop app as shipped: with a real network (no in-process transport) its sync engine runs in a child
process. The window still fills from the download, shows a new web order by itself, and an action taken on
screen reaches the server once and shows confirmed; closing the app stops the child."""

from __future__ import annotations

import os
import random

from sqlalchemy import func, select

from central_api import db, simulate
from clerk_app import config
from clerk_app.domain import deadlines
from clerk_app.secrets import MemoryStore
from clerk_app.sync.device import Device, enroll
from clerk_app.ui.common.context import ClerkContext
from clerk_app.ui.common.sync_worker import ProcessSyncWorker
from clerk_app.ui.main_window import MainWindow
from clerk_app.ui.pickups.queue_model import PENDING_ROLE
from tests.helpers.api import PASSWORD
from tests.helpers.gui import sign_in, wait_online_and_synced, wait_until


def test_the_window_works_over_a_sync_process(qtbot, live_api, tmp_path, qapp):
    store = live_api.store(0)
    settings = config.Settings(api_url=live_api.url, data_dir=tmp_path / "counter", device_name="Counter",
                               store_name=store["name"])
    secrets = MemoryStore()
    enroll(settings, secrets, store_id=store["id"], username=store["manager"], password=PASSWORD)
    ctx = ClerkContext(settings, secrets, Device.open(settings, secrets), now=live_api.clock.now,
                       engine_options={"long_poll_seconds": 2})
    try:
        assert isinstance(ctx.sync, ProcessSyncWorker)
        ctx.start()
        wait_online_and_synced(qtbot, ctx)
        process = ctx.sync.process
        assert process.exit_code is None and process.pid not in (None, os.getpid())  # running, apart

        window = MainWindow(ctx)
        qtbot.addWidget(window)
        staff = sign_in(ctx, store["associates"][0])
        window.show()
        window.show_page("pickups")
        page = window.pickups
        with live_api.database.write() as conn:
            created = simulate.new_pickup(conn, random.Random(11), live_api.clock, store_id=live_api.store_id)
        wait_until(qtbot, lambda: page.model.row_of(created["id"]) >= 0, 15_000)

        ctx.perform(lambda: ctx.actions.start_picking(created["id"], staff["id"]), changes={"pickup"})
        wait_until(qtbot, lambda: ctx.reader.pickup(created["id"])["status"] == "picking", 5_000)  # queued, shown
        wait_until(qtbot, lambda: ctx.reader.depth() == 0, 15_000)  # pushed by the child
        with live_api.database.read() as conn:
            status = db.loads(conn.execute(select(db.pickups.c.data).where(db.pickups.c.id == created["id"]))
                              .scalar_one())["status"]
            applied = conn.execute(select(func.count()).select_from(db.mutation_ledger)
                                   .where(db.mutation_ledger.c.device_id == settings.device_id)).scalar_one()
        assert status == "picking" and applied == 1

        page.tabs.setCurrentIndex(deadlines.TABS.index("picking"))

        def shown_confirmed() -> bool:
            row = page.model.row_of(created["id"])
            return row >= 0 and page.model.index(row, 0).data(PENDING_ROLE) is False

        wait_until(qtbot, shown_confirmed, 10_000)
    finally:
        ctx.close()
    assert process.exit_code == 0  # stopped cleanly with the app
