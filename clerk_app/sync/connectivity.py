"""What the counter knows about its connection to the store server."""

from __future__ import annotations

from enum import Enum


class ConnectionState(str, Enum):
    ONLINE = "online"  # the last exchange with the server worked
    OFFLINE = "offline"  # the server cannot be reached; retrying with backoff
    WORKING_OFFLINE = "working_offline"  # a person chose "Work offline": no network use at all
    SIGNED_OUT = "signed_out"  # the device token was refused: the device must be enrolled again
    REJECTING = "rejecting"  # the server answers but fails (5xx, malformed replies); retrying
    UPDATE_REQUIRED = "update_required"  # the server needs a newer Clerk (426): working from the cache

    @property
    def label(self) -> str:
        return {
            "online": "Online",
            "offline": "Offline — changes will sync when the connection is back",
            "working_offline": "Working offline",
            "signed_out": "This device is signed out of the store",
            "rejecting": "The store server is having trouble — retrying",
            "update_required": "Clerk must be updated on this computer — working from saved data",
        }[self.value]
