"""Whether a live look-up (the server's search, stock in other stores) can be made now."""

from __future__ import annotations

from typing import Any

from ...sync.connectivity import ConnectionState


def can_ask_server(ctx: Any) -> bool:
    """A live look-up needs the connection and a staff token (an offline unlock has none)."""
    return (ctx.connection_state == ConnectionState.ONLINE and ctx.staff_api.signed_in
            and not ctx.signed_in_offline)
