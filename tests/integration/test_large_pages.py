"""Pages of up to 2000 changes (docs/api-notes.md): the server serves them in order, and the engine downloads with them."""

from __future__ import annotations

from tests.helpers.compare import cache_entities, server_scope


def _pull(client, store_id: str, **params):
    reply = client.get(f"/v1/stores/{store_id}/changes", params=params)
    assert reply.status_code == 200, reply.text
    return reply.json()


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


def test_the_engine_downloads_the_store_in_pages_of_2000(live_api, make_counter):
    counter = make_counter(changes_per_commit=500)
    asked: list[int] = []
    fetch = counter.api.fetch_changes

    def recording(store_id, cursor=None, limit=500, wait=0):
        asked.append(limit)
        return fetch(store_id, cursor, limit, wait)

    counter.api.fetch_changes = recording
    report = counter.engine.sync_once()
    assert asked and set(asked) == {2000}
    assert report.pulled > 500
    assert cache_entities(counter.cache) == server_scope(live_api.database, counter.store_id)
