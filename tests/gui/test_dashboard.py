"""The manager's dashboard against the real server: tiles equal the cache's metrics and the server's /metrics per
period, charts, lists that open their pickup, live recompute, offline figures, and an associate refused."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt

from central_api import simulate
from clerk_app.domain import metrics
from clerk_app.sync.connectivity import ConnectionState
from clerk_app.ui.common import format as fmt
from clerk_app.ui.manager.charts import bucket_names
from clerk_app.ui.manager.dashboard import DashboardPage, percent
from tests.helpers.gui import sign_in, wait_online_and_synced, wait_until


def iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def open_page(qtbot, ctx) -> DashboardPage:
    page = DashboardPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 900)
    page.show()
    qtbot.waitExposed(page)
    return page


def cache_figures(ctx, period) -> metrics.StoreFigures:
    """What clerk_app.domain.metrics says for the period, computed here from the cache, apart from the page."""
    now = ctx.now()
    day_start, _ = metrics.today_bounds(now)
    pickups = ctx.reader.dashboard_pickups(period.start, period.end, collected_since=min(period.start, day_start))
    return metrics.store_figures(pickups, period.start, period.end, now)


def server_figures(live_api, period) -> dict:
    store = live_api.store(0)
    client = live_api.client(live_api.staff_token(store["manager"]))
    reply = client.get(f"/v1/stores/{store['id']}/metrics", params={"from": iso(period.start), "to": iso(period.end)})
    assert reply.status_code == 200, reply.text
    body = reply.json()
    return {name: body[name] for name in metrics.StoreFigures.SERVER_FIELDS}


def tile_texts(page) -> dict[str, str]:
    return {key: tile.value for key, tile in page.tiles.items()}


def expected_texts(figures: metrics.StoreFigures) -> dict[str, str]:
    queue = figures.open_by_status

    def minutes(value):
        return "—" if value is None else fmt.duration(value * 60)

    def ratio(value):
        return "—" if value is None else percent(value)

    return {"open": str(queue["new"] + queue["picking"] + queue["ready"]), "overdue": str(figures.overdue_now),
            "ready_waiting": str(figures.ready_waiting), "picked_up_today": str(figures.picked_up_today),
            "created": str(figures.pickups_created), "to_ready": minutes(figures.median_minutes_to_ready),
            "on_time": ratio(figures.ready_on_time_ratio),
            "ready_to_collected": minutes(figures.median_minutes_ready_to_collected),
            "no_show_rate": ratio(figures.no_show_rate)}


def test_tiles_equal_the_cache_metrics_and_the_servers_for_each_period_and_follow_new_orders(qtbot, live_api, clerk):
    wait_online_and_synced(qtbot, clerk)
    sign_in(clerk, live_api.store(0)["manager"])
    page = open_page(qtbot, clerk)
    seen = {}
    for kind in ("today", "7d", "30d"):
        page.set_period(kind)
        period = metrics.period_bounds(kind, clerk.now())
        assert page.period == period
        figures = cache_figures(clerk, period)
        assert page.figures == figures, kind
        assert figures.server_fields() == server_figures(live_api, period), kind
        assert tile_texts(page) == expected_texts(figures), kind
        seen[kind] = figures
        assert page.incomplete.isHidden()
    # The periods are different cohorts: the figures must change with the choice, not stay put.
    assert seen["today"].pickups_created < seen["7d"].pickups_created < seen["30d"].pickups_created
    month = seen["30d"]
    assert month.overdue_now > 0 and month.no_show_rate is not None
    assert page.tiles["overdue"].value_label.property("tone") == "bad"
    assert page.tiles["open"].detail.text() == (f"{month.open_by_status['new']} new · {month.open_by_status['picking']} "
                                                f"picking · {month.open_by_status['ready']} ready")

    # A custom period reaching back past what the cache keeps says its figures may be incomplete: the
    # server still has closed pickups from then that this computer no longer holds.
    today = clerk.now().astimezone().date()
    days = (today - timedelta(days=60), today - timedelta(days=40))
    page.set_period("custom", days)
    period = metrics.period_bounds("custom", clerk.now(), custom=days)
    assert page.period == period and not page.incomplete.isHidden()
    assert page.figures.pickups_created < server_figures(live_api, period)["pickups_created"]
    # Two years back nothing happened anywhere: "—" with a tooltip saying why, never a made-up 0.
    days = (today - timedelta(days=730), today - timedelta(days=700))
    page.set_period("custom", days)
    period = metrics.period_bounds("custom", clerk.now(), custom=days)
    assert page.figures.server_fields() == server_figures(live_api, period)
    assert page.figures.pickups_created == 0 and page.tiles["created"].value == "0"
    for key in ("to_ready", "on_time", "ready_to_collected", "no_show_rate"):
        assert page.tiles[key].value == "—" and page.tiles[key].toolTip(), key

    # A web order arriving while the dashboard is open shows up in the figures without a click.
    page.set_period("7d")
    before = page.figures
    with live_api.database.write() as conn:
        assert simulate.new_pickup(conn, random.Random(5), live_api.clock, store_id=live_api.store(0)["id"])
    wait_until(qtbot, lambda: page.figures.open_by_status["new"] == before.open_by_status["new"] + 1)
    assert page.figures.pickups_created == before.pickups_created + 1
    assert page.figures.server_fields() == server_figures(live_api, page.period)
    assert page.tiles["created"].value == str(before.pickups_created + 1)


def test_charts_lists_open_pickups_and_figures_stay_when_offline(qtbot, live_api, make_gui_counter):
    counter = make_gui_counter()
    ctx = counter.ctx
    wait_online_and_synced(qtbot, ctx)
    sign_in(ctx, live_api.store(0)["manager"])
    page = open_page(qtbot, ctx)
    page.set_period("7d")
    now, period = ctx.now(), page.period
    pickups = ctx.reader.dashboard_pickups(period.start, period.end,
                                           collected_since=min(period.start, metrics.today_bounds(now)[0]))

    days = metrics.pickups_per_day(pickups, period.start, period.end)
    assert len(days) == 7
    per_day = page.per_day_chart
    assert [s.label() for s in per_day.bar_sets()] == ["Created", "Picked up"]
    assert len(per_day.categories()) == 7 and all(s.count() == 7 for s in per_day.bar_sets())
    assert per_day.values(0) == [d.created for d in days] and per_day.values(1) == [d.picked_up for d in days]
    buckets = metrics.waiting_age_buckets(pickups, now)
    assert page.age_chart.categories() == [bucket_names()[key] for key, _ in buckets]
    assert page.age_chart.values(0) == [count for _, count in buckets] and sum(page.age_chart.values(0)) > 0

    # The lists are metrics' lists over the same pickups, with their counts on the tabs.
    for index, (key, expected) in enumerate((("overdue", metrics.overdue(pickups, now)),
                                              ("past_collect_by", metrics.past_collect_by(pickups, now)),
                                              ("restock", metrics.restock_queue(pickups)))):
        assert [p["id"] for p in page.list_models[key].rows] == [p["id"] for p in expected], key
        assert expected and page.lists.tabText(index).endswith(str(len(expected)))

    # A click on an overdue row opens that pickup.
    view = page.list_views["overdue"]
    page.lists.setCurrentWidget(view)
    wanted = page.list_models["overdue"].rows[0]["id"]
    rect = view.visualRect(page.list_models["overdue"].index(0, 1))
    with qtbot.waitSignal(ctx.navigate, timeout=2000) as opened:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == ["pickup", wanted, {}]
    # And Enter on a row of the restock queue opens that one.
    view = page.list_views["restock"]
    page.lists.setCurrentWidget(view)
    view.setFocus()
    view.setCurrentIndex(page.list_models["restock"].index(0, 0))
    with qtbot.waitSignal(ctx.navigate, timeout=2000) as opened:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert opened.args == ["pickup", page.list_models["restock"].rows[0]["id"], {}]

    online_figures = page.figures
    assert page.freshness.text().startswith("Figures from this computer's data, as of")
    counter.go_offline()
    wait_until(qtbot, lambda: ctx.connection_state == ConnectionState.OFFLINE)
    page.set_period("30d")
    page.set_period("7d")
    assert page.figures == online_figures
    assert page.tiles["open"].value == expected_texts(online_figures)["open"]
    assert page.freshness.text().startswith("Offline: figures from this computer's data as of")


def test_an_associate_sees_the_refusal_and_nothing_is_computed(qtbot, live_api, clerk):
    wait_online_and_synced(qtbot, clerk)
    page = open_page(qtbot, clerk)
    assert page.stack.currentWidget() is page.refusal  # nobody signed in yet
    sign_in(clerk, live_api.store(0)["associates"][0])
    page.refresh()
    assert page.stack.currentWidget() is page.refusal
    assert page.refusal.text() == "Only a store manager can see the store's figures."
    assert page.figures is None and page.pickups == []
    asked = []
    page.choose_path = lambda suggested: asked.append(suggested) or ""
    page.export_csv()  # refused too: no file dialog, no export
    assert asked == [] and page.export_dialog is None
    # The manager signing in on the same counter gets the figures at once; the next associate does not
    # inherit the manager's lists of customers.
    sign_in(clerk, live_api.store(0)["manager"])
    assert page.stack.currentWidget() is page.content and page.figures is not None
    assert page.list_models["overdue"].rows
    sign_in(clerk, live_api.store(0)["associates"][0])
    assert page.stack.currentWidget() is page.refusal and page.figures is None
    assert all(not model.rows for model in page.list_models.values())


def test_the_custom_periods_dates_are_in_the_languages_calendar(qtbot, qapp, clerk):
    from PySide6.QtCore import QCalendar, QLocale

    from clerk_app.ui.common import language

    for code, system, digits, year in (("fa", QCalendar.System.Jalali, "", "۱۴۰"),
                                       ("ar", QCalendar.System.Gregorian, "", "٢٠٢"),
                                       ("fa", QCalendar.System.Gregorian, "", "۲۰۲"),
                                       ("fa", QCalendar.System.Jalali, "latin", "140"),
                                       ("ar", QCalendar.System.Gregorian, "latin", "202")):
        calendar = "gregorian" if code == "fa" and system == QCalendar.System.Gregorian else ""
        language.apply(qapp, language.Choice(code, digits=digits, calendar=calendar))
        page = open_page(qtbot, clerk)
        for edit in (page.from_date, page.to_date):
            assert edit.calendar().isGregorian() is (system == QCalendar.System.Gregorian)
            assert year in edit.text(), (code, edit.text())  # 1405 (Solar Hijri) in Persian digits, or 2026
            if digits == "latin":  # every digit of the field Latin, the pop-up still in the language
                assert not any(ch.isdigit() and not ch.isascii() for ch in edit.text()), edit.text()
                assert edit.calendarWidget().locale().language() == QLocale(code).language()
        page.close()
