"""What an operator's monitoring reads: `/metrics` in Prometheus' text format (not part of the contract)."""

from __future__ import annotations

import os

from fastapi import APIRouter, Request, Response

from .common import state

router = APIRouter()


@router.get("/metrics", include_in_schema=False)
async def prometheus_metrics(request: Request) -> Response:
    # Counts only: nothing here names a store, a device or a person. Each worker process answers
    # for itself (`pid`); a scraper that reaches the port sees whichever worker accepted it.
    s = state(request)
    watcher, reader = s.feed_watcher, s.page_reader
    labels = f'{{pid="{os.getpid()}"}}'
    rows = [
        ("clerk_longpoll_held", "gauge", "Long-polls this worker holds now.", watcher.held),
        ("clerk_longpoll_waiting", "gauge", "Of those, the ones waiting for a change (not reading their page).",
         watcher.parked),
        ("clerk_feed_watcher_listening", "gauge", "1 while LISTEN is active (PostgreSQL).", int(watcher.listening)),
        ("clerk_feed_watcher_looks_total", "counter", "Looks at every store's feed head.", watcher.looks),
        ("clerk_feed_watcher_notifications_total", "counter", "Commit notifications received (PostgreSQL).",
         watcher.notifications),
        ("clerk_feed_watcher_wakes_total", "counter", "Held long-polls woken by a change of their store.", watcher.wakes),
        ("clerk_page_reads_total", "counter", "Read transactions that answered /changes requests.", reader.reads),
        ("clerk_page_requests_total", "counter", "/changes requests answered from those reads.", reader.requests),
        ("clerk_changes_fast_path_total", "counter", "/changes requests answered by its lean way in "
         "(changes_fast_path.py).", s.changes_fast_path_served),
    ]
    if s.file_limit is not None:
        rows.append(("clerk_open_files_limit", "gauge", "This process's open-file limit.", s.file_limit.now))
    lines = []
    for name, kind, text, value in rows:
        lines += [f"# HELP {name} {text}", f"# TYPE {name} {kind}", f"{name}{labels} {value}"]
    return Response("\n".join(lines) + "\n", media_type="text/plain; version=0.0.4")
