"""How Clerk starts a copy of itself: the frozen executable, or `python -m clerk_app`; the same hidden entry."""

from __future__ import annotations

import os
import sys

from clerk_app import launch


def test_from_source_it_is_this_interpreter_running_the_package(monkeypatch):
    monkeypatch.delattr(sys, "frozen", raising=False)
    assert launch.self_command("--sync-child") == [sys.executable, "-m", "clerk_app", "--sync-child"]
    root = os.path.dirname(os.path.dirname(os.path.abspath(launch.__file__)))
    assert launch.child_env({"PYTHONPATH": "/elsewhere"})["PYTHONPATH"] == root + os.pathsep + "/elsewhere"


def test_frozen_it_is_the_executable_itself_with_no_python_path(monkeypatch):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", "/opt/clerk/clerk-app")
    assert launch.self_command("--sync-child") == ["/opt/clerk/clerk-app", "--sync-child"]
    assert launch.child_env({"HOME": "/home/a"}) == {"HOME": "/home/a"}
