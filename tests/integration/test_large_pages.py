"""Pages of up to 2000 changes (docs/api-notes.md): the server serves them in order, and the engine downloads with them."""

from __future__ import annotations

import gc
import json
import threading

import httpx
import pytest

from clerk_app.sync.prefetch import cursor_hint
from tests.helpers.compare import cache_entities, server_scope


def _pull(client, store_id: str, **params):
    reply = client.get(f"/v1/stores/{store_id}/changes", params=params)
    assert reply.status_code == 200, reply.text
    return reply.json()


@pytest.mark.both_engines
def test_a_page_of_2000_holds_what_pages_of_500_hold_in_the_same_order(live_api):
    device = live_api.enroll(0)
    client = live_api.client(device["device_token"])
    store = device["store_id"]
    big = _pull(client, store, limit=2000)
    assert len(big["changes"]) > 500  # the seeded store's feed is larger than API.md's page

    small, cursor = [], None
    while len(small) < len(big["changes"]):
        page = _pull(client, store, limit=500, **({"cursor": cursor} if cursor else {}))
        small += page["changes"]
        cursor = page["next_cursor"]
        if not page["has_more"]:
            break
    assert big["changes"] == small[:len(big["changes"])]
    seqs = [c["seq"] for c in big["changes"]]
    assert seqs == sorted(seqs) and len(set(seqs)) == len(seqs)


def _record_fetches(counter) -> list[tuple[str | None, int]]:
    """(cursor, limit) of every page the counter's engine fetches, in order."""
    asked: list[tuple[str | None, int]] = []
    fetch = counter.api.fetch_changes

    def recording(store_id, cursor=None, limit=500, wait=0):
        asked.append((cursor, limit))
        return fetch(store_id, cursor, limit, wait)

    counter.api.fetch_changes = recording
    return asked


@pytest.mark.both_engines
def test_the_engine_downloads_the_store_in_pages_of_2000(live_api, make_counter):
    counter = make_counter(changes_per_commit=500)
    asked = _record_fetches(counter)
    report = counter.engine.sync_once()
    assert asked and {limit for _, limit in asked} == {2000}
    assert report.pulled > 500
    assert cache_entities(counter.cache) == server_scope(live_api.database, counter.store_id)


def test_a_real_pages_body_names_its_next_cursor_at_its_end(live_api, make_counter):
    counter = make_counter()
    cursor, pages = None, 0
    while True:
        raw = counter.api.fetch_changes(counter.store_id, cursor, 500)
        page = counter.api.changes(counter.store_id, cursor, 500)
        pages += 1
        # What the prefetch guesses from the bytes is what the checked page says.
        assert cursor_hint(raw) == (page.next_cursor if page.has_more else None)
        if not page.has_more:
            break
        cursor = page.next_cursor
    assert pages > 2


def test_pages_fetched_ahead_are_each_fetched_once_and_the_download_is_whole(live_api, make_counter):
    counter = make_counter(page_size=500, changes_per_commit=500)
    asked = _record_fetches(counter)
    report = counter.engine.sync_once()
    assert report.pulled > 1000  # several pages
    cursors = [cursor for cursor, _ in asked]
    assert len(cursors) == len(set(cursors))  # no page asked for twice
    assert cache_entities(counter.cache) == server_scope(live_api.database, counter.store_id)


class TailFirst(httpx.BaseTransport):
    """The real server's replies with each page's cursor and has_more moved to the front: valid JSON
    (API.md fixes no order of keys), but nothing for the prefetch to guess from at the end."""

    def __init__(self) -> None:
        self.inner = httpx.HTTPTransport()
        self.reordered = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        if not request.url.path.endswith("/changes"):
            return response
        response.read()
        response.close()
        body = response.json()
        moved = {k: body[k] for k in ("next_cursor", "has_more", "device_last_seq")} | {"changes": body["changes"]}
        self.reordered += 1
        return httpx.Response(response.status_code, headers={"content-type": "application/json"},
                              content=json.dumps(moved).encode())

    def close(self) -> None:
        self.inner.close()


def test_a_server_that_ends_its_pages_otherwise_is_downloaded_all_the_same(live_api, make_counter):
    transport = TailFirst()
    counter = make_counter(transport=transport, page_size=500, changes_per_commit=500)
    report = counter.engine.sync_once()
    assert transport.reordered > 2 and report.pulled > 1000
    assert cache_entities(counter.cache) == server_scope(live_api.database, counter.store_id)


def test_the_cycle_collector_is_off_during_a_download_and_on_again_after_it(live_api, make_counter):
    counter = make_counter(page_size=500, changes_per_commit=500, pause_collector=True)
    seen: list[bool] = []
    write_page = counter.cache.write_page

    def recording(*args):
        seen.append(gc.isenabled())
        return write_page(*args)

    counter.cache.write_page = recording
    assert gc.isenabled()
    report = counter.engine.sync_once()
    assert report.pulled > 1000 and len(seen) > 2
    assert not any(seen)  # every page was written with the collector off
    assert gc.isenabled()
    assert cache_entities(counter.cache) == server_scope(live_api.database, counter.store_id)


def test_a_download_in_the_windows_process_leaves_the_cycle_collector_on(live_api, make_counter):
    """The engine on a thread beside Qt's widgets (the demo, the tests): Qt wrappers must keep being freed
    as they become garbage, on the thread that dropped them, not all at once after a download."""
    counter = make_counter(page_size=500, changes_per_commit=500)
    seen: list[bool] = []
    write_page = counter.cache.write_page

    def recording(*args):
        seen.append(gc.isenabled())
        return write_page(*args)

    counter.cache.write_page = recording
    report = counter.engine.sync_once()
    assert report.pulled > 1000 and len(seen) > 2
    assert all(seen)


def test_a_download_that_fails_turns_the_cycle_collector_back_on(live_api, make_counter):
    counter = make_counter(page_size=500, changes_per_commit=500, pause_collector=True)

    def broken(*_args):
        raise OSError("No space left on device")

    counter.cache.write_page = broken
    with pytest.raises(OSError):
        counter.engine.pull_all()
    assert gc.isenabled()


def test_a_download_leaves_the_cycle_collector_off_if_it_was_off(live_api, make_counter):
    counter = make_counter(page_size=500, changes_per_commit=500, pause_collector=True)
    gc.disable()
    try:
        counter.engine.pull_all()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_two_overlapping_downloads_keep_the_collector_off_until_the_last_one_ends(live_api, make_counter):
    """A second counter's download begins while the first one's is under way and ends after it (the
    demo's engine beside another, or a test's counters): the collector stays off until both are over."""
    first = make_counter(page_size=500, changes_per_commit=500, pause_collector=True)
    second = make_counter(store_index=1, page_size=500, changes_per_commit=500, pause_collector=True)
    second_began, first_ended = threading.Event(), threading.Event()
    seen_by_second: list[bool] = []
    write_second, write_first = second.cache.write_page, first.cache.write_page

    def second_writes(*args):
        if second_began.is_set():
            assert first_ended.wait(30)
            seen_by_second.append(gc.isenabled())  # the first download is over, this one is not
        second_began.set()
        return write_second(*args)

    def first_writes(*args):
        if not second_began.is_set():
            worker.start()
            assert second_began.wait(30)
        return write_first(*args)

    second.cache.write_page = second_writes
    first.cache.write_page = first_writes
    worker = threading.Thread(target=second.engine.sync_once)
    assert gc.isenabled()
    first.engine.sync_once()
    first_ended.set()
    worker.join(60)
    assert len(seen_by_second) > 1 and not any(seen_by_second)
    assert gc.isenabled()
    assert cache_entities(second.cache) == server_scope(live_api.database, second.store_id)
