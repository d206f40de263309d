"""Local customer search latency (p50/p95/max per query kind) over a cache of N customers (prints JSON).

Builds a real encrypted `clerk_app.cache.Cache` through its sync write path (`apply_page`, pages of
changes as the server sends them), which also measures insert speed, then times `search_customers`
for several hundred queries of each kind. `--cache PATH --key HEX` keeps the built file, so a later
run with the same arguments skips the build (a million customers take many minutes to insert).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import secrets
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from central_api.seed import LOCALES, _name_pools
from clerk_app.cache import Cache
from clerk_app.domain.folding import phone_digits

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
STORES = [f"st_{i:03d}" for i in range(1, 6)]
SCRIPTS = {"en_US": "latin", "de_DE": "latin", "fr_FR": "latin", "es_ES": "latin", "ru_RU": "cyrillic",
           "ar_AA": "arabic", "fa_IR": "arabic", "he_IL": "hebrew"}
LATIN_LOCALES = {loc for loc, script in SCRIPTS.items() if script == "latin"}
WEIGHTS = [w for _, w, _, _ in LOCALES]


def _iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


class Generator:
    """Customers like central_api.seed's, but with first and last names drawn independently from bigger
    pools (so a full name is not shared by hundreds of customers), and orders for order-number search."""

    def __init__(self, pool_size: int, orders_per_customer: float) -> None:
        self.rng = random.Random(7)
        self.pools = _name_pools(random.Random(1), pool_size)
        self.orders_per_customer = orders_per_customer
        self.order_counter = 0
        self.seq = 0

    def customer(self, index: int) -> dict[str, Any]:
        rng = self.rng
        locale, _, country, digits = rng.choices(LOCALES, weights=WEIGHTS)[0]
        pool = self.pools[locale]
        # Same parity = same gender in the pools (odd entries are female), so "Ivanova" goes with "Olga".
        i = rng.randrange(len(pool))
        j = rng.randrange(i % 2, len(pool), 2)
        first, last = pool[i][0], pool[j][1]
        latin = locale in LATIN_LOCALES
        local = (f"{first}.{last}".encode("ascii", "ignore").decode().lower().replace(" ", "") if latin else "") or "customer"
        created = NOW - timedelta(days=rng.randint(30, 5 * 365), minutes=rng.randint(0, 1439))
        tier = rng.choices(["none", "silver", "gold", "platinum"], weights=[55, 25, 15, 5])[0]
        cid = f"cu_{index + 1:07d}"
        return {
            "id": cid, "version": 1, "given_name": first, "family_name": last, "display_name": f"{first} {last}",
            "email": f"{local}{index + 1}@{rng.choice(['example.com', 'mail.example', 'example.org'])}" if rng.random() < 0.93 else None,
            "phone": f"+{country}{rng.randint(10 ** (digits - 1), 10 ** digits - 1)}" if rng.random() < 0.9 else None,
            "loyalty_id": f"L{index + 1:09d}" if tier != "none" or rng.random() < 0.4 else None, "loyalty_tier": tier,
            "loyalty_points": rng.randint(0, 7500), "home_store_id": STORES[0],
            "preferred_channel": rng.choice(["email", "sms", "phone", "app"]), "marketing_consent": rng.random() < 0.55,
            "locale": locale.replace("_", "-").replace("ar-AA", "ar"), "created_at": _iso(created), "updated_at": _iso(created),
            "stats": {"lifetime_value_cents": rng.randint(0, 400000), "currency": "EUR", "orders_count": rng.randint(0, 12),
                      "last_order_at": _iso(created + timedelta(days=rng.randint(0, 29))), "channels_used": ["store", "web"]},
        }

    def order(self, customer_id: str) -> dict[str, Any]:
        rng = self.rng
        self.order_counter += 1
        placed = NOW - timedelta(minutes=rng.randint(60, 180 * 1440))
        lines = [{"sku": f"SKU-{rng.randint(1, 120):05d}", "name": "Linen Shirt", "quantity": rng.choice([1, 1, 2]),
                  "unit_price_cents": rng.choice([999, 1999, 4999])} for _ in range(rng.randint(1, 3))]
        return {
            "id": f"or_{self.order_counter:08d}", "version": 1, "number": f"CL-{10_000_000 + self.order_counter}",
            "customer_id": customer_id, "channel": rng.choice(["web", "app", "store"]), "placed_at": _iso(placed),
            "status": "fulfilled", "fulfillment": "ship", "store_id": None, "currency": "EUR",
            "total_cents": sum(ln["quantity"] * ln["unit_price_cents"] for ln in lines), "lines": lines,
            "updated_at": _iso(placed),
        }

    def page(self, start: int, end: int) -> list[dict[str, Any]]:
        changes = []
        for index in range(start, end):
            c = self.customer(index)
            changes.append(self._change("customer", c))
            n = int(self.orders_per_customer) + (self.rng.random() < self.orders_per_customer % 1)
            changes.extend(self._change("order", self.order(c["id"])) for _ in range(n))
        return changes

    def _change(self, entity: str, data: dict[str, Any]) -> dict[str, Any]:
        self.seq += 1
        return {"seq": self.seq, "entity": entity, "id": data["id"], "op": "upsert", "version": 1, "data": data}


def build(cache: Cache, customers: int, page: int, gen: Generator) -> dict[str, Any]:
    insert_s = 0.0
    records = 0
    wall = time.perf_counter()
    for start in range(0, customers, page):
        changes = gen.page(start, min(customers, start + page))
        t = time.perf_counter()
        cache.apply_page(changes, f"bench-{gen.seq}", 0)
        insert_s += time.perf_counter() - t
        records += len(changes)
    return {"records": records, "customers": customers, "orders": gen.order_counter,
            "insert_seconds": round(insert_s, 1), "wall_seconds": round(time.perf_counter() - wall, 1),
            "records_per_second": round(records / insert_s), "customers_per_second_incl_orders": round(customers / insert_s)}


def _script(c: dict[str, Any]) -> str:
    locale = c.get("locale", "en-US").replace("-", "_")
    return SCRIPTS.get("ar_AA" if locale == "ar" else locale, "latin")


def _grouped(digits: str) -> str:
    return " ".join(digits[i:i + 3] for i in range(0, len(digits), 3))


def make_queries(cache: Cache, per_kind: int, rng: random.Random) -> dict[str, list[tuple[str, str | None]]]:
    """{kind: [(query, the customer id it should find or None)]}, from customers sampled out of the cache."""
    conn = cache.connection
    max_rid = conn.execute("SELECT max(rid) FROM customers").fetchone()[0]
    rids = rng.sample(range(1, max_rid + 1), min(max_rid, per_kind * 40))
    sample: list[dict[str, Any]] = []
    for s in range(0, len(rids), 500):
        chunk = rids[s:s + 500]
        sample += [json.loads(r[0]) for r in conn.execute(
            f"SELECT json(data) FROM customers WHERE rid IN ({','.join('?' * len(chunk))})", chunk)]
    rng.shuffle(sample)
    by_script: dict[str, list[dict[str, Any]]] = {}
    for c in sample:
        by_script.setdefault(_script(c), []).append(c)
    kinds: dict[str, list[tuple[str, str | None]]] = {}

    def take(pool: list[dict[str, Any]], fn, kind: str) -> None:
        out = kinds.setdefault(kind, [])
        for c in pool:
            if len(out) >= per_kind:
                break
            q = fn(c)
            if q:
                out.append(q)

    for script in ("latin", "cyrillic", "arabic", "hebrew"):
        pool = by_script.get(script, [])
        for n, label in ((1, "1"), (2, "2"), (3, "3+")):
            def prefix(c: dict[str, Any], n: int = n) -> tuple[str, str | None] | None:
                word = rng.choice([c["given_name"], c["family_name"]]).split()[0]
                size = n if n < 3 else rng.randint(3, max(3, len(word)))
                return (word[:size], None) if len(word) >= size else None
            take(pool, prefix, f"name_prefix_{label}_{script}")
    take(sample, lambda c: (c["display_name"], c["id"]), "full_name")
    take(sample, lambda c: (f"{c['given_name'][:rng.randint(1, len(c['given_name']))]} {c['family_name'][:3]}", None),
         "full_name_prefixes")
    take([c for c in sample if c.get("email")],
         lambda c: (c["email"][:rng.randint(4, c["email"].index("@"))], None), "email_prefix")
    take([c for c in sample if c.get("email")], lambda c: (c["email"], c["id"]), "email_full")
    phones = [c for c in sample if c.get("phone")]
    take(phones, lambda c: (c["phone"], c["id"]), "phone_full")
    take(phones, lambda c: (phone_digits(c["phone"])[-7:], c["id"]), "phone_last7")

    def formatted(c: dict[str, Any]) -> tuple[str, str | None]:
        digits = phone_digits(c["phone"])
        cc = next(cc for _, _, cc, _ in LOCALES if digits.startswith(cc) and len(digits) - len(cc) in (9, 10, 11))
        national = digits[len(cc):]
        # International with spaces and a dash, or national with its trunk 0 as people say it.
        if rng.random() < 0.5:
            return f"+{cc} ({national[:3]}) {national[3:6]}-{national[6:]}", c["id"]
        return "0" + _grouped(national), c["id"]
    take(phones, formatted, "phone_formatted")
    loyal = [c for c in sample if c.get("loyalty_id")]
    take(loyal, lambda c: (c["loyalty_id"] if rng.random() < 0.7 else c["loyalty_id"].lower(), c["id"]), "loyalty_id")
    max_order = conn.execute("SELECT max(rowid) FROM orders").fetchone()[0] or 0
    numbers = []
    for rowid in rng.sample(range(1, max_order + 1), min(max_order, per_kind)) if max_order else []:
        row = conn.execute("SELECT number, customer_id FROM orders WHERE rowid = ?", (rowid,)).fetchone()
        if row:
            numbers.append((row[0], row[1]))
    kinds["order_number"] = numbers
    letters = "bcdfghjklmnpqrstvwxz"
    kinds["no_match"] = [("".join(rng.choice(letters) for _ in range(rng.randint(5, 8)))
                          + (" " + "".join(rng.choice(letters) for _ in range(4)) if i % 2 else ""), None)
                         for i in range(per_kind)]
    kinds["no_match_phone"] = [("+999 " + _grouped(str(rng.randint(10**8, 10**9 - 1))), None) for _ in range(per_kind)]
    return kinds


def time_queries(cache: Cache, kinds: dict[str, list[tuple[str, str | None]]], limit: int) -> dict[str, Any]:
    # Warm up: the first queries read the index pages from disk (and decrypt them) once.
    for queries in kinds.values():
        for q, _ in queries[:5]:
            cache.search_customers(q, limit=limit)
    results = {}
    for kind, queries in kinds.items():
        times, hits, found = [], [], 0
        targets = 0
        for q, target in queries:
            t = time.perf_counter()
            rows = cache.search_customers(q, limit=limit)
            times.append((time.perf_counter() - t) * 1000)
            hits.append(len(rows))
            if target is not None:
                targets += 1
                found += any(r["id"] == target for r in rows)
        times.sort()
        results[kind] = {
            "n": len(times), "p50_ms": round(statistics.median(times), 2),
            "p95_ms": round(times[min(len(times) - 1, int(len(times) * 0.95))], 2), "max_ms": round(times[-1], 2),
            "median_hits": statistics.median(hits),
            **({"target_found": f"{found}/{targets}"} if targets else {}),
        }
    return results


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=1_000_000)
    parser.add_argument("--orders-per-customer", type=float, default=0.3)
    parser.add_argument("--page", type=int, default=5000, help="changes per apply_page")
    parser.add_argument("--pool", type=int, default=1000, help="name pairs per locale (first and last drawn apart)")
    parser.add_argument("--queries", type=int, default=300, help="timed queries per kind")
    parser.add_argument("--limit", type=int, default=50)
    parser.add_argument("--cache", type=Path, help="keep the cache here; reused (no build) when it already has customers")
    parser.add_argument("--key", help="the cache's key, 64 hex digits (required to reuse --cache)")
    args = parser.parse_args()
    folder = None
    if args.cache is None:
        folder = tempfile.TemporaryDirectory()
        args.cache = Path(folder.name) / "cache.db"
    key = bytes.fromhex(args.key) if args.key else secrets.token_bytes(32)
    load_before = os.getloadavg()
    try:
        cache = Cache.open(args.cache, key)
        try:
            existing = cache.counts().get("customers", 0)
            built = None
            if existing == 0:
                built = build(cache, args.customers, args.page, Generator(args.pool, args.orders_per_customer))
                # Searches run after the initial download has been checkpointed, as the app would see them.
                cache.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            counts = cache.counts()
            segments = cache.connection.execute(
                "SELECT count(*) FROM customer_search_data WHERE id > 10").fetchone()[0]
            kinds = make_queries(cache, args.queries, random.Random(5))
            results = time_queries(cache, kinds, args.limit)
            size = cache.file_size()
        finally:
            cache.close()
    finally:
        if folder is not None:
            folder.cleanup()
    worst = max(results.items(), key=lambda kv: kv[1]["p95_ms"])
    print(json.dumps({
        "benchmark": "search_latency", "customers": counts.get("customers"), "orders": counts.get("orders"),
        "cache_mb": round(size / 2**20, 1), "cache_path": str(args.cache) if folder is None else None,
        "key": key.hex() if folder is None and not args.key else None,
        "build": built or "reused", "fts_data_rows": segments, "limit": args.limit, "goal_p95_ms": 15,
        "worst_kind": worst[0], "worst_p95_ms": worst[1]["p95_ms"],
        "kinds_over_goal": sorted(k for k, v in results.items() if v["p95_ms"] >= 15),
        "kinds": results, "loadavg_before": [round(x, 2) for x in load_before],
        "loadavg_after": [round(x, 2) for x in os.getloadavg()],
    }, ensure_ascii=False))


if __name__ == "__main__":
    main()
