"""A sync process for the crash-safety test to kill: it opens a counter's cache, syncs in a loop
forever (small pages and batches, so it is mid-write most of the time) and, optionally, queues
reminders as it goes.

    python -m tests.helpers.sync_child --url=URL --cache=PATH --key=HEX --store=ID --device=ID --token=TOKEN
        [--remind=PICKUP_ID --staff=STAFF_ID --max-enqueue=N --log=PATH]

(`--name=value`: a device token may begin with "-".)

It prints "ready" once the cache is open. Each reminder's mutation id is appended to --log after
its outbox row is committed (a kill in between leaves the row in the outbox, where the test sees it).
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import UTC, datetime

from clerk_app.api.client import ApiClient
from clerk_app.cache import Cache
from clerk_app.domain import pickups
from clerk_app.errors import ClerkError
from clerk_app.sync.engine import Engine


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="sync_child")
    for name in ("url", "cache", "key", "store", "device", "token"):
        parser.add_argument(f"--{name}", required=True)
    parser.add_argument("--page-size", type=int, default=50)
    parser.add_argument("--batch-size", type=int, default=10)
    parser.add_argument("--remind")
    parser.add_argument("--staff")
    parser.add_argument("--max-enqueue", type=int, default=0)
    parser.add_argument("--log")
    return parser.parse_args(argv)


def _queue_reminder(cache: Cache, pickup_id: str, staff_id: str) -> str | None:
    """Queue a reminder the way the counter's Actions do (outbox row + optimistic effect); its mutation id."""
    pickup = cache.pickup(pickup_id)
    if pickup is None:  # not downloaded yet
        return None
    now = datetime.now(UTC).replace(microsecond=0)
    args = {"pickup_id": pickup_id, "kind": "reminder"}
    after = pickups.apply("pickup.notify.v1", args, pickup, now, staff_id)
    row = cache.enqueue("pickup.notify.v1", args, staff_id, entity="pickup", entity_id=pickup_id, optimistic=after,
                        acted_at=pickups.iso(now))
    return row["mutation_id"]


def main(argv: list[str] | None = None) -> int:
    options = _arguments(argv)
    cache = Cache.open(options.cache, bytes.fromhex(options.key))
    api = ApiClient(options.url)
    api.set_device_token(options.token)
    engine = Engine(api, cache, options.store, options.device, batch_size=options.batch_size,
                    page_size=options.page_size)
    log = open(options.log, "a", encoding="utf-8") if options.log else None  # noqa: SIM115 - open until killed
    print("ready", flush=True)
    queued = 0
    while True:
        if options.remind and queued < options.max_enqueue:
            mutation_id = _queue_reminder(cache, options.remind, options.staff)
            if mutation_id is not None:
                queued += 1
                if log is not None:
                    log.write(mutation_id + "\n")
                    log.flush()
                    os.fsync(log.fileno())
        try:
            engine.sync_once()
        except ClerkError as exc:
            # Refusals and network trouble are the test's business to judge, through the cache and the server.
            print(f"sync failed: {type(exc).__name__}: {exc}", file=sys.stderr, flush=True)


if __name__ == "__main__":
    sys.exit(main())
