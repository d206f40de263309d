"""The connection's state in one or two words, the same in the status bar and on the Activity screen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...sync.connectivity import ConnectionState


def state_word(state: ConnectionState) -> str:
    # Spelled out in full so that lupdate finds the strings.
    return {
        ConnectionState.ONLINE: QCoreApplication.translate("connection", "Online"),
        ConnectionState.OFFLINE: QCoreApplication.translate("connection", "Offline"),
        ConnectionState.WORKING_OFFLINE: QCoreApplication.translate("connection", "Working offline"),
        ConnectionState.SIGNED_OUT: QCoreApplication.translate("connection", "Device signed out"),
        ConnectionState.REJECTING: QCoreApplication.translate("connection", "Server trouble"),
        ConnectionState.UPDATE_REQUIRED: QCoreApplication.translate("connection", "Update Clerk"),
    }[state]
