"""Product search latency from the cache (the Stock page's as-you-type search), p50/p95/max, as JSON.

Builds a real encrypted `clerk_app.cache.Cache` of N products (100,000 by default) through the sync's write
path (`apply_page`, pages of changes as the server sends them; this also measures the write cost of the
product search words), then times `Cache.search_products(q, 50)` over a mix of what a clerk types: name
word prefixes of 1 to 5 letters in Latin, Cyrillic, Arabic, Persian and Hebrew script, two-word prefixes,
SKU prefixes (in either case), exact barcodes, and misses. The whole mix runs `--repeat` times in a row
(a different order each time); the report gives each run's overall figures and their spread. The goal is
p95 < 15 ms overall. `/proc/loadavg` is read before and after, where there is one.

    python3 scripts/dev.py bench product_search [--products 100000] [--per-kind 200] [--repeat 3]
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
from pathlib import Path
from typing import Any

from faker import Faker

from clerk_app.cache import Cache

SCRIPTS = {"latin": "en_US", "cyrillic": "ru_RU", "arabic": "ar_AA", "persian": "fa_IR", "hebrew": "he_IL"}
# A chain's catalogue is mostly in one language; these shares give every script thousands of products.
SHARES = {"latin": 0.5, "cyrillic": 0.2, "arabic": 0.12, "persian": 0.1, "hebrew": 0.08}
CATEGORIES = ["apparel", "footwear", "home", "beauty", "toys", "grocery", "electronics"]
SIZES = ["", "", "", " S", " M", " L", " XL", " 500 ml", " 1 kg"]


def _load() -> str | None:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return None


def ean13(n: int) -> str:
    body = f"{460000000000 + n:012d}"
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    return body + str((10 - total % 10) % 10)


def word_pools(rng: random.Random) -> dict[str, list[str]]:
    """Some hundreds of distinct words per script (Faker's word lists), so names share prefixes as real ones do."""
    pools = {}
    for script, locale in SCRIPTS.items():
        fake = Faker(locale)
        fake.seed_instance(rng.randrange(2**31))
        words = {w for w in fake.words(nb=3000) if len(w) >= 3}
        pools[script] = sorted(words)
    return pools


def products(count: int, pools: dict[str, list[str]], rng: random.Random) -> list[dict[str, Any]]:
    scripts = rng.choices(list(SHARES), weights=list(SHARES.values()), k=count)
    made = []
    for n, script in enumerate(scripts, start=1):
        words = rng.sample(pools[script], rng.choice([2, 2, 3, 3, 4]))
        name = " ".join(words).capitalize() + rng.choice(SIZES)
        made.append({"sku": f"SKU-{n:06d}", "name": name, "category": rng.choice(CATEGORIES), "barcode": ean13(n),
                     "price_cents": rng.choice([499, 999, 1499, 2999, 4999, 12999]), "currency": "EUR",
                     "version": 1, "updated_at": "2026-11-01T00:00:00Z", "_script": script})
    return made


def build(cache: Cache, catalogue: list[dict[str, Any]], page: int) -> dict[str, Any]:
    seq, spent = 0, 0.0
    for start in range(0, len(catalogue), page):
        changes = []
        for p in catalogue[start:start + page]:
            seq += 1
            data = {k: v for k, v in p.items() if not k.startswith("_")}
            changes.append({"seq": seq, "entity": "product", "id": p["sku"], "op": "upsert", "version": 1,
                            "data": data})
        t = time.perf_counter()
        cache.apply_page(changes, f"bench-{seq}", 0)
        spent += time.perf_counter() - t
    words = cache.connection.execute("SELECT count(*) FROM product_words").fetchone()[0]
    return {"products": len(catalogue), "product_words": words, "insert_seconds": round(spent, 1),
            "products_per_second": round(len(catalogue) / spent)}


def make_queries(catalogue: list[dict[str, Any]], per_kind: int, rng: random.Random) -> dict[str, list[str]]:
    by_script: dict[str, list[dict[str, Any]]] = {}
    for p in catalogue:
        by_script.setdefault(p["_script"], []).append(p)
    kinds: dict[str, list[str]] = {}
    for script, pool in by_script.items():
        for label, sizes in (("1-2", (1, 2)), ("3-5", (3, 4, 5))):
            queries = []
            while len(queries) < per_kind:
                word = rng.choice(rng.choice(pool)["name"].split())
                size = rng.choice(sizes)
                if len(word) >= size:
                    queries.append(word[:size].lower())
            kinds[f"name_prefix_{label}_{script}"] = queries
        two = []
        while len(two) < per_kind:
            words = rng.choice(pool)["name"].split()
            if len(words) >= 2:
                first, second = rng.sample(words[:3], 2) if len(words) >= 3 else words[:2]
                two.append(f"{first[:rng.randint(2, 4)]} {second[:rng.randint(1, 3)]}".lower())
        kinds[f"two_word_prefixes_{script}"] = two
    skus = [p["sku"] for p in rng.sample(catalogue, per_kind)]
    kinds["sku_prefix"] = [s[:rng.randint(5, len(s))] if rng.random() < 0.7 else s[:rng.randint(5, len(s))].lower()
                           for s in skus]
    kinds["barcode"] = [p["barcode"] for p in rng.sample(catalogue, per_kind)]
    kinds["no_match"] = [ean13(len(catalogue) + 10 + i) if i % 2 else "zqxj" + str(i) for i in range(per_kind)]
    return kinds


def _figures(times: list[float]) -> dict[str, float]:
    times = sorted(times)
    return {"n": len(times), "p50_ms": round(statistics.median(times), 2),
            "p95_ms": round(times[min(len(times) - 1, int(len(times) * 0.95))], 2), "max_ms": round(times[-1], 2)}


def run_mix(cache: Cache, kinds: dict[str, list[str]], limit: int,
            rng: random.Random) -> tuple[dict[str, list[float]], list[float], dict[str, list[int]]]:
    mix = [(kind, q) for kind, queries in kinds.items() for q in queries]
    rng.shuffle(mix)
    per_kind: dict[str, list[float]] = {}
    hits: dict[str, list[int]] = {}
    every = []
    for kind, q in mix:
        t = time.perf_counter()
        rows = cache.search_products(q, limit=limit)
        ms = (time.perf_counter() - t) * 1000
        per_kind.setdefault(kind, []).append(ms)
        hits.setdefault(kind, []).append(len(rows))
        every.append(ms)
    return per_kind, every, hits


def complete_share(cache: Cache, queries: list[str], limit: int) -> float:
    """The share of name queries whose results hold every product they should (up to `limit`): the search reads a
    bounded window of candidates for the query's longest word, so a very common one could leave matches out."""
    from clerk_app.domain.folding import name_tokens

    complete = 0
    for q in queries:
        tokens = list(dict.fromkeys(name_tokens(q)))
        sql = " INTERSECT ".join("SELECT sku FROM product_words WHERE word >= ? AND word < ?" for _ in tokens)
        params = [x for t in tokens for x in (t, t + "\U0010ffff")]
        every = {r[0] for r in cache.connection.execute(sql, params)}
        # A SKU prefix matches too ("s" is the start of every "SKU-..."), and comes first.
        for text in (q, q.upper()):
            every |= {r[0] for r in cache.connection.execute(
                "SELECT id FROM products WHERE id >= ? AND id < ? LIMIT ?", (text, text + "\U0010ffff", limit))}
        got = {p["sku"] for p in cache.search_products(q, limit=limit)}
        complete += got <= every and (got == every if len(every) <= limit else len(got) == limit)
    return round(complete / len(queries), 3) if queries else 1.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--products", type=int, default=100_000)
    parser.add_argument("--per-kind", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--limit", type=int, default=50)
    parser.add_argument("--page", type=int, default=2000, help="changes per page written, as the sync writes them")
    args = parser.parse_args()
    rng = random.Random(19)
    load_before = _load()
    with tempfile.TemporaryDirectory(prefix="clerk-bench-products-") as folder:
        path = Path(folder) / "cache.db"
        key = secrets.token_bytes(32)
        cache = Cache.open(path, key)
        try:
            pools = word_pools(rng)
            catalogue = products(args.products, pools, rng)
            built = build(cache, catalogue, args.page)
            built["file_mb"] = round(cache.file_size() / 1e6, 1)
            kinds = make_queries(catalogue, args.per_kind, rng)
            del catalogue
        finally:
            cache.close()
        # Searched as the window searches: its own read-only connection on the encrypted file, opened afresh.
        reader = Cache.open(path, key, read_only=True)
        try:
            for queries in kinds.values():  # warm-up: the index pages are read (and decrypted) once
                for q in queries[:5]:
                    reader.search_products(q, limit=args.limit)
            runs, last_kinds, last_hits = [], {}, {}
            for _ in range(args.repeat):
                last_kinds, every, last_hits = run_mix(reader, kinds, args.limit, rng)
                runs.append(_figures(every))
            complete = {kind: complete_share(reader, queries, args.limit) for kind, queries in kinds.items()
                        if kind.startswith(("name_prefix", "two_word"))}
        finally:
            reader.close()
    p95s = [r["p95_ms"] for r in runs]
    report = {
        "benchmark": "product_search", "build": built, "limit": args.limit,
        "queries_per_run": runs[0]["n"], "runs": runs,
        "p95_spread_ms": {"min": min(p95s), "max": max(p95s)},
        "goal": "p95 < 15 ms", "met": max(p95s) < 15,
        "by_kind_last_run": {kind: {**_figures(times), "median_hits": statistics.median(last_hits[kind])}
                             for kind, times in sorted(last_kinds.items())},
        "complete_results_share": complete,
        "loadavg_before": load_before, "loadavg_after": _load(), "cpus": os.cpu_count(),
    }
    print(json.dumps(report, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
