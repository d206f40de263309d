"""The server's PostgreSQL connections dying under it (a restarted or failed-over database) cost one retry at most."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest


@pytest.mark.parametrize("db_engine", ["postgresql"], indirect=True)
def test_when_its_connections_are_cut_a_request_is_503_retry_later_and_the_next_ones_succeed(live_api, postgres_server):
    client = live_api.client(live_api.staff_token(live_api.store()["manager"]))
    url = f"/v1/stores/{live_api.store_id}/pickups"
    for _ in range(3):  # several pooled connections, idle between requests
        assert client.get(url).status_code == 200
    name = urlsplit(live_api.database.url).path.lstrip("/")
    postgres_server.execute(f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                            f"WHERE datname = '{name}' AND pid <> pg_backend_pid()")

    replies = [client.get(url) for _ in range(5)]

    statuses = [r.status_code for r in replies]
    # The server pings no connection before use (a round trip on every request): the first request to
    # meet a dead one is 503 with Retry-After, nothing applied, and the whole pool is replaced for the rest.
    assert statuses == [503, 200, 200, 200, 200]
    assert replies[0].headers["Retry-After"] == "5"
    assert replies[0].json()["type"] == "/problems/unavailable"
