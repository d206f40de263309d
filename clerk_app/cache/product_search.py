"""Product search over the cache: an exact barcode, a SKU prefix, or a name prefix of any word (folded).

As the server searches (central_api/catalogue.py, API.md v1.1 "Products and stock across stores"): the
exact barcode first, then SKU prefixes (as typed, and in capitals), then products every word of the
query starts a word of, by SKU. Names are folded by `domain.folding.name_tokens`, as customer names are.

The folded name words live in `product_words`, a B-tree keyed (word, sku): a word prefix is one range
scan, and a further word of the query is checked per candidate through the (sku, word) index. The
words are computed in Python (folding needs it) when the rows are prepared (`entities.server_rows`),
and written by SQL with the product (`index_written_statements`), so a page's write stays one statement.
A name query reads a bounded window of candidates first, and intersects whole ranges only when that
window may have missed matches (see `_name_skus`); benchmarks/product_search.py measures both.
SKUs are the products table's own key (a range scan of it); barcodes have the `products_barcode` index.
"""

from __future__ import annotations

from typing import Any

from ..domain.folding import name_tokens
from .connection import Connection

_TOP = "\U0010ffff"  # above every character: `key < prefix + _TOP` bounds the keys that start with `prefix`
# Candidates read for the first word before the others are checked and the matches sorted by SKU: the
# cost stays bounded however common a prefix is.
WINDOW = 400
# Rows of one word's range read at most when the window was not enough (100,000 products hold ~370,000 words).
MAX_DRIVER = 100_000


def words(product: dict[str, Any]) -> list[str]:
    """The folded words of a product's name, as `product_words` holds them."""
    name = product.get("name")
    return list(dict.fromkeys(name_tokens(name))) if isinstance(name, str) else []


def index_written_statements(rows: str, at: int) -> list[str]:
    """SQL that re-indexes the products of `rows` (the SQL expression of a JSON array of rows [sku,
    version, entity, ...] whose word list is at index `at`) that were just written: not those skipped as
    older than the stored version."""
    written = (f"SELECT j.value ->> 0 AS sku, j.value -> {at} AS words FROM jsonb_each({rows}) AS j "
               "JOIN products AS p ON p.id = j.value ->> 0 AND p.version = j.value ->> 1")
    return [
        f"DELETE FROM product_words WHERE sku IN (SELECT sku FROM ({written}))",
        f"INSERT OR IGNORE INTO product_words (word, sku) SELECT w.value, x.sku FROM ({written}) AS x, "
        "json_each(x.words) AS w",
    ]


def unindex_statement(ids: str) -> str:
    """SQL that forgets the words of the products whose SKUs `ids` (an SQL subquery) names."""
    return f"DELETE FROM product_words WHERE sku IN ({ids})"


def index_all(conn: Connection) -> None:
    """Index every stored product's name (a migrated file), as the write path does."""
    conn.execute("DELETE FROM product_words")
    rows = conn.execute("SELECT id, json_extract(coalesce(local_data, data), '$.name') FROM products ORDER BY id")
    while batch := rows.fetchmany(5000):
        conn.executemany("INSERT OR IGNORE INTO product_words (word, sku) VALUES (?, ?)",
                         [(word, sku) for sku, name in batch for word in words({"name": name})])


def clear(conn: Connection) -> None:
    conn.execute("DELETE FROM product_words")


def _range_size(conn: Connection, token: str, cap: int) -> int:
    return conn.execute("SELECT count(*) FROM (SELECT 1 FROM product_words WHERE word >= ? AND word < ? LIMIT ?)",
                        (token, token + _TOP, cap)).fetchone()[0]


def _matching(conn: Connection, first: str, others: list[str], window: int, limit: int) -> list[str]:
    """SKUs among the first `window` rows of `first`'s range whose words the `others` prefix too, by SKU."""
    checks = "".join(" AND EXISTS (SELECT 1 FROM product_words AS o INDEXED BY product_words_sku "
                     "WHERE o.sku = m.sku AND o.word >= ? AND o.word < ?)" for _ in others)
    params: list[Any] = [first, first + _TOP, window]
    for token in others:
        params += [token, token + _TOP]
    sql = (f"SELECT DISTINCT m.sku FROM (SELECT sku FROM product_words WHERE word >= ? AND word < ? "
           f"ORDER BY word LIMIT ?) AS m WHERE 1{checks} ORDER BY m.sku LIMIT ?")
    return [row[0] for row in conn.execute(sql, (*params, limit))]


def _name_skus(conn: Connection, tokens: list[str], limit: int) -> list[str]:
    # The longest word is likely the rarest: a window of its range gives the candidates, and each other
    # word must prefix one of the candidate's words too (a seek in the (sku, word) index each).
    first, *others = sorted(tokens, key=len, reverse=True)
    found = _matching(conn, first, others, WINDOW, limit)
    if not others or len(found) >= limit or _range_size(conn, first, WINDOW) < WINDOW:
        return found
    # Fewer than asked for, and the window did not hold the whole range: matches may lie beyond it. Then
    # the word with the fewest rows drives, over its whole range (a short prefix of a common word can
    # have thousands: a few milliseconds, for queries of several words only).
    sizes = {token: _range_size(conn, token, MAX_DRIVER) for token in tokens}
    driver = min(tokens, key=lambda t: (sizes[t], -len(t)))
    return _matching(conn, driver, [t for t in tokens if t != driver], MAX_DRIVER, limit)


def search_skus(conn: Connection, q: str, limit: int = 50) -> list[str]:
    """Up to `limit` SKUs matching `q`, best kind first (see the module's docstring)."""
    q = q.strip()
    limit = max(0, int(limit))
    if not q or not limit:
        return []
    found: dict[str, None] = {}

    def add(skus: list[str]) -> None:
        for sku in skus:
            found.setdefault(sku, None)

    add([r[0] for r in conn.execute("SELECT id FROM products WHERE barcode = ? ORDER BY id LIMIT ?", (q, limit))])
    for text in dict.fromkeys([q, q.upper()]):
        if len(found) < limit:
            add([r[0] for r in conn.execute("SELECT id FROM products WHERE id >= ? AND id < ? ORDER BY id LIMIT ?",
                                            (text, text + _TOP, limit))])
    tokens = name_tokens(q)
    if tokens and len(found) < limit:
        add(_name_skus(conn, list(dict.fromkeys(tokens)), limit))
    return list(found)[:limit]
