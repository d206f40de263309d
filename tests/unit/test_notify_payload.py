"""The commit notification's payload names its stores, or every store when they would not fit."""

from __future__ import annotations

from central_api import notify


def test_a_few_stores_are_named_and_read_back():
    stores = ["st_003", "st_001", "st_002"]
    assert notify.parse(notify.payload(stores)) == sorted(stores)


def test_a_payload_too_long_for_postgresql_names_every_store():
    many = [f"st_{i:06d}" for i in range(2000)]  # past PostgreSQL's 8000-byte limit
    assert len(notify.payload(many[:500]).encode()) <= notify.MAX_PAYLOAD
    assert notify.payload(many) == notify.ALL_STORES
    assert notify.parse(notify.ALL_STORES) is None


def test_a_payload_this_server_cannot_read_means_every_store():
    assert notify.parse("not json") is None
    assert notify.parse('{"st_001": 1}') is None
