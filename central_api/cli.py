"""`clerk-api`: seed a database, serve the API, simulate the retailer, copy a database, write the OpenAPI document."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from pathlib import Path

DEFAULT_DB = "sqlite:///clerk-central.db"


def _version(text: str) -> str:
    from .versions import parse_version

    try:
        parse_version(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    return text.strip()


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="clerk-api", description="Clerk's reference central API.")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("seed", help="fill an empty database with a generated store network")
    p.add_argument("--db", default=DEFAULT_DB, help="database URL (default: %(default)s)")
    p.add_argument("--stores", type=int, default=3)
    p.add_argument("--customers", type=int, default=2000)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--password", required=True, help="the password every seeded staff member gets")
    p.add_argument("--now", help="pretend it is this RFC 3339 time (default: now)")
    p.add_argument("--json", action="store_true", help="print the summary as JSON")

    p = sub.add_parser("serve", help="run the API")
    # From the environment too, so that a database password need not be on the command line (ps shows it).
    p.add_argument("--db", help=f"database URL (default: $CLERK_API_DB, else {DEFAULT_DB})")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8750)
    p.add_argument("--max-offline-hours", type=int, default=72)
    p.add_argument("--min-client-version", type=_version, metavar="X.Y.Z",
                   help="answer Clerk counters older than this 426 unsupported-version (default: serve every version)")
    p.add_argument("--workers", type=int, default=1,
                   help="worker processes on the one port, each with its own database pool and feed watcher "
                        "(default: %(default)s)")

    p = sub.add_parser("simulate", help="play web orders, cart edits, profile changes and central cancellations")
    p.add_argument("--db", default=DEFAULT_DB)
    p.add_argument("--events", type=int, default=100)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--store", help="only this store's customers and pickups")

    p = sub.add_parser("maintain", help="expire closed pickups, old orders and old tombstones from the feeds")
    p.add_argument("--db", default=DEFAULT_DB)

    p = sub.add_parser("copy", help="copy a database to another (SQLite to PostgreSQL, or any engine to any): "
                                    "feed, ledger, devices and sessions included, so counters carry on")
    p.add_argument("--from", dest="source", required=True, help="database URL to copy from (stop its server first)")
    p.add_argument("--to", dest="target", required=True,
                   help="database URL to copy into: an empty database, e.g. postgresql+psycopg://user@host/clerk")
    p.add_argument("--json", action="store_true", help="print the summary as JSON")

    p = sub.add_parser("openapi", help="write the OpenAPI document")
    p.add_argument("--output", type=Path, default=Path("resources/openapi.json"))
    return parser


def openapi_document() -> dict:
    from .app import create_app
    from .db import Database

    app = create_app(Database("sqlite://"), create_schema=False)
    return app.openapi()


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "serve" and not args.db:
        args.db = os.environ.get("CLERK_API_DB") or DEFAULT_DB
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    from .db import Database

    if args.command == "openapi":
        args.output.write_text(json.dumps(openapi_document(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {args.output}")
        return 0
    if args.command == "copy":
        from .copy import CopyError, copy_database

        source, target = Database(args.source), Database(args.target)
        try:
            summary = copy_database(source, target)
        except CopyError as exc:
            print(f"clerk-api copy: {exc}", file=sys.stderr)
            return 2
        finally:
            source.dispose()
            target.dispose()
        if args.json:
            print(json.dumps(summary))
        else:
            rows = ", ".join(f"{n} {table}" for table, n in summary["tables"].items() if n)
            print(f"copied {rows} in {summary['seconds']} s; the feed continues after seq {summary['last_seq']}")
        return 0
    database = Database(args.db)
    if args.command == "seed":
        from .security import parse_iso
        from .seed import seed

        try:
            summary = seed(database, stores=args.stores, customers=args.customers, seed=args.seed, password=args.password,
                           now=parse_iso(args.now) if args.now else None)
        except ValueError as exc:
            print(f"clerk-api seed: {exc}", file=sys.stderr)
            return 2
        if args.json:
            print(json.dumps(summary, ensure_ascii=False))
        else:
            print(f"seeded {summary['customers']} customers, {summary['orders']} orders and {summary['pickups']} pickups "
                  f"in {len(summary['stores'])} stores in {summary['seconds']} s")
            for store in summary["stores"]:
                print(f"  {store['id']} {store['name']}: manager {store['manager']}, associates {', '.join(store['associates'])}")
        return 0
    if args.command == "serve":
        from .app import create_app, reconcile_chain
        from .limits import raise_open_file_limit
        from .security import Clock
        from .server import serve_forever, serve_workers, start_maintenance

        if args.workers < 1:
            print("clerk-api serve: --workers must be at least 1", file=sys.stderr)
            return 2
        limit = raise_open_file_limit()  # before the workers start: they inherit it
        if args.workers == 1:
            app = create_app(database, max_offline_hours=args.max_offline_hours,
                             min_client_version=args.min_client_version)
            start_maintenance(database, app.state.clock)
            serve_forever(app, args.host, args.port, limit)
        else:
            # What create_app does at start for one process, done once here: the workers make their apps
            # without it. Reconciling gives the feeds the stores and staff that a database made by an
            # older server, or a store added straight into the tables, lacks.
            database.create_schema()
            reconcile_chain(database, Clock())
            # The hourly expiry runs once, in the parent, not in every worker.
            start_maintenance(database, Clock())
            serve_workers(args.db, args.host, args.port, args.workers, args.max_offline_hours, limit,
                          min_client_version=args.min_client_version)
        return 0
    if args.command == "simulate":
        from .simulate import run

        print(json.dumps(run(database, args.events, args.seed, store_id=args.store)))
        return 0
    if args.command == "maintain":
        import time

        from .feed import sweep

        with database.write() as conn:
            print(json.dumps(sweep(conn, int(time.time()))))
        return 0
    return 2


if __name__ == "__main__":
    sys.exit(main())
