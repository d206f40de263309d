"""Fixtures for a counter: an enrolled device with a real encrypted cache and a sync engine,
talking to the `live_api` server over loopback."""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

from clerk_app.api.client import ApiClient
from clerk_app.cache import Cache
from clerk_app.sync.actions import Actions
from clerk_app.sync.engine import Engine, SyncCallbacks


@dataclass
class Counter:
    store_id: str
    device_id: str
    device_token: str
    path: Path
    key: bytes
    api: ApiClient
    cache: Cache
    engine: Engine
    actions: Actions
    events: dict[str, list[Any]] = field(default_factory=dict)

    def close(self) -> None:
        self.api.close()
        self.cache.close()


def _recording_callbacks(events: dict[str, list[Any]]) -> SyncCallbacks:
    for name in ("state", "progress", "changes", "conflict", "log"):
        events[name] = []
    return SyncCallbacks(
        on_state=events["state"].append,
        on_progress=lambda phase, n: events["progress"].append((phase, n)),
        on_changes=events["changes"].append,
        on_conflict=events["conflict"].append,
        on_log=events["log"].append,
    )


@pytest.fixture
def make_counter(live_api, tmp_path) -> Iterator[Callable[..., Counter]]:
    """make_counter(store_index=0, transport=None, **engine_options) -> a new enrolled counter."""
    made: list[Counter] = []

    def make(store_index: int = 0, transport: httpx.BaseTransport | None = None, device: dict | None = None,
             **options: Any) -> Counter:
        device = device or live_api.enroll(store_index)
        path = tmp_path / f"cache-{device['device_id']}-{len(made)}.db"  # one file per counter made
        key = secrets.token_bytes(32)
        api = ApiClient(live_api.url, transport=transport)
        api.set_device_token(device["device_token"])
        cache = Cache.open(path, key)
        events: dict[str, list[Any]] = {}
        engine = Engine(api, cache, device["store_id"], device["device_id"], callbacks=_recording_callbacks(events), **options)
        counter = Counter(device["store_id"], device["device_id"], device["device_token"], path, key, api, cache, engine,
                          Actions(cache, wake=engine.wake), events)
        made.append(counter)
        return counter

    yield make
    for counter in made:
        counter.engine.stop()
        counter.close()
