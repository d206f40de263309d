"""`clerk-app`: the desktop app, its demo mode, and headless commands for a configured device.

    clerk-app                                the desktop app (first run: enroll this computer into a store)
    clerk-app --demo                         the desktop app over a demo server with generated data
    clerk-app enroll --api URL --store ID --username MANAGER   enroll this computer into a store
    clerk-app enroll --api URL --code CODE   the same with a manager's enrollment code (no password)
    clerk-app sync --once                    pre-warm or refresh this device's cache, then exit
    clerk-app status                         JSON: entity counts, cache size, queue, conflicts, last sync
    clerk-app sign-out-device                wipe this device's cache and forget its store
    clerk-app --version                      print Clerk's version
    clerk-app --self-test                    check, without a server, that this install of Clerk works here
"""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import os
import sys
import time
from pathlib import Path

from . import __version__, config, launch
from .errors import ClerkError


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="clerk-app", description="Clerk, the in-store clerk app.")
    parser.add_argument("--version", action="version", version=f"clerk-app {__version__}")
    parser.add_argument("--self-test", action="store_true",
                        help="check, without a server, that the keyring, the encrypted cache, the translations and "
                             "the window's Qt platform work on this computer; exit 1 naming what does not")
    parser.add_argument("--demo", action="store_true", help="run against a demo server started on this computer")
    parser.add_argument("--language", metavar="CODE", choices=("en", "ar", "fa", "he", "ru"),
                        help="start in this language: en, ar, fa, he or ru (default: the store's setting, else "
                             "the computer's)")
    parser.add_argument("--data-dir", type=Path, help="where Clerk keeps its data (default: the user's data folder)")
    parser.add_argument("--config", type=Path, help="settings file (default: the user's config folder)")
    parser.add_argument("--secrets-file", type=Path,
                        help="keep secrets in this file when the computer has no secure keyring (opt-in; "
                             "anyone who can read the file can use this device's store access)")
    sub = parser.add_subparsers(dest="command")
    p = sub.add_parser("enroll", help="enroll this computer into a store (a manager's sign-in or enrollment code)")
    p.add_argument("--api", dest="api_url", help="the store server's address, https://... (default: the one IT set)")
    p.add_argument("--store", dest="store_id", help="the store's id (default: the one IT set; with --code, the "
                                                    "code's store)")
    how = p.add_mutually_exclusive_group()
    how.add_argument("--username", help="a manager of that store (the password is asked for, or read from "
                                        "CLERK_PASSWORD)")
    how.add_argument("--code", help="an enrollment code a manager made in Clerk (any case, dashes optional); "
                                    "default: the one IT set, if any")
    p.add_argument("--name", dest="device_name", help="a name for this computer, shown to the store's managers")
    p = sub.add_parser("sync", help="bring this device's cache up to date with the store server")
    p.add_argument("--once", action="store_true", required=True, help="sync once and exit")
    sub.add_parser("status", help="print this device's cache and sync status as JSON")
    p = sub.add_parser("sign-out-device", help="wipe this device's cache and forget its store")
    p.add_argument("--force", action="store_true", help="even if actions are still waiting to sync (they are lost)")
    return parser


def _settings(args: argparse.Namespace) -> config.Settings:
    overrides = {k: getattr(args, k, None) for k in ("api_url", "store_id", "device_name", "data_dir")}
    return config.load(args.config, args=overrides)


def _secrets(args: argparse.Namespace):
    from .secrets import open_secret_store

    store, warning = open_secret_store(allow_file=args.secrets_file)
    if warning:
        print(warning, file=sys.stderr)
    return store


def _enroll(args: argparse.Namespace) -> int:
    from .sync.device import enroll

    settings = _settings(args)
    code = args.code or (None if args.username else settings.enrollment_code)
    if not settings.api_url or not (settings.store_id or code):
        print("clerk-app enroll: give the store server's address (--api) and the store (--store) or an enrollment "
              "code (--code); this computer's settings do not set them.", file=sys.stderr)
        return 2
    if code is None and not args.username:
        print("clerk-app enroll: give a manager's username (--username) or an enrollment code (--code).",
              file=sys.stderr)
        return 2
    if code is not None:
        enroll(settings, _secrets(args), store_id=settings.store_id, code=code)
    else:
        password = os.environ.get("CLERK_PASSWORD") or getpass.getpass(f"Password for {args.username}: ")
        enroll(settings, _secrets(args), store_id=settings.store_id, username=args.username, password=password)
    config.save(settings, args.config)  # the code is not saved (config.save skips secrets)
    print(f"This computer is enrolled into store {settings.store_id} as device {settings.device_id}.")
    return 0


def _sync_once(args: argparse.Namespace) -> int:
    from .sync.device import Device
    from .sync.engine import SyncCallbacks

    callbacks = SyncCallbacks(on_log=lambda line: print(line, file=sys.stderr))
    # A headless pre-warm can afford reading every page: damage is found and repaired here, not mid-shift.
    with Device.open(_settings(args), _secrets(args), quick_check=True) as device:
        if device.recovery:
            _tell_recovery(device.recovery)
        started = time.perf_counter()
        report = device.engine(callbacks, pause_collector=True).sync_once()  # a process of its own, no Qt
        print(json.dumps({"pulled": report.pulled, "pushed": report.pushed, "conflicts": report.conflicts,
                          "rebuilt": report.resynced, "seconds": round(time.perf_counter() - started, 2),
                          "outbox_depth": device.cache.depth()}))
    return 0


def _tell_recovery(report) -> None:
    lost = "" if report.all_kept else " Some actions waiting to sync could not be read and are lost; check them in the store system."
    print(f"The saved data on this computer was damaged and is being downloaded again; "
          f"{report.kept} action(s) waiting to sync were kept.{lost}", file=sys.stderr)


def _status(args: argparse.Namespace) -> int:
    from .sync.device import Device

    with Device.open(_settings(args), _secrets(args)) as device:
        print(json.dumps(device.status(), indent=2))
    return 0


def _sign_out_device(args: argparse.Namespace) -> int:
    from .sync.device import Device, sign_out_device

    settings = _settings(args)
    secrets = _secrets(args)
    if not args.force:
        with Device.open(settings, secrets) as device:
            waiting = device.cache.depth()
        if waiting:
            print(f"{waiting} action(s) have not synced yet. Connect and run `clerk-app sync --once` first, "
                  "or add --force to discard them.", file=sys.stderr)
            return 1
    sign_out_device(settings, secrets)
    config.save(settings, args.config)
    print("This device is signed out of the store and its saved data is wiped.")
    return 0


def _window(args: argparse.Namespace) -> int:
    """The desktop app: this computer's store, or with --demo a local demo server and generated data."""
    from .system_libs import window_libraries_message

    missing = window_libraries_message()
    if missing:  # before Qt, which would stop with words that name no package
        print(missing, file=sys.stderr)
        return 1
    from .ui.app import run

    return run(args)


COMMANDS = {"enroll": _enroll, "sync": _sync_once, "status": _status, "sign-out-device": _sign_out_device}


def _child(role: str) -> int:
    """The app's own child processes (see launch.py), started as `clerk-app --sync-child` / `--qt-check`."""
    if role == launch.SYNC_CHILD:
        from .sync.process import child_entry

        return child_entry()
    from .ui.selfcheck import qt_check_main

    return qt_check_main()


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] in ([launch.SYNC_CHILD], [launch.QT_CHECK]):
        return _child(argv[0])
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    if args.self_test:
        from .selftest import run

        return run()
    if args.demo or args.command is None:
        return _window(args)
    try:
        return COMMANDS[args.command](args)
    except ClerkError as exc:
        # A clerk or an IT script reads this: plain words, no traceback.
        print(f"clerk-app {args.command}: {exc.user_message}" + (f" ({exc.detail})" if exc.detail else ""), file=sys.stderr)
        return 1
    except config.SettingsError as exc:  # a bad value, an unreadable file, or one IT locked
        print(f"clerk-app {args.command}: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
