"""How Clerk starts another copy of itself: the frozen executable, or this interpreter with `-m clerk_app`.

A frozen app (PyInstaller) has no `python` to run a module with; its executable is the entry. From a
source checkout the same entry is `python -m clerk_app`, so both take the one path through `cli.main`.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

# Hidden first arguments of `clerk-app` for its own children (not in --help: nobody types them).
SYNC_CHILD = "--sync-child"
QT_CHECK = "--qt-check"


def frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def self_command(*args: str) -> list[str]:
    """The command line that runs `clerk-app ARGS` with this same Clerk."""
    if frozen():
        return [sys.executable, *args]
    return [sys.executable, "-m", "clerk_app", *args]


def child_env(env: dict[str, str] | None = None) -> dict[str, str]:
    """The environment for a child started with `self_command`: from source, it finds this same clerk_app."""
    env = dict(os.environ if env is None else env)
    if not frozen():
        root = str(Path(__file__).resolve().parents[1])
        env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH", "")) if p)
    return env
