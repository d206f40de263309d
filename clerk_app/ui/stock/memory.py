"""What the Stock screen keeps in memory for the session on this counter: each SKU's stock in the other
stores as last seen live (with when), and products found only on the server. Kept per context, so a
rebuilt screen (another language) still has it; never written to disk."""

from __future__ import annotations

import weakref
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Seen:
    items: list[dict[str, Any]]  # the inventory rows of every store that carries the SKU
    at: str  # when they were fetched (ISO, UTC)


@dataclass
class StockMemory:
    other_stores: dict[str, Seen] = field(default_factory=dict)  # by SKU
    products: dict[str, dict[str, Any]] = field(default_factory=dict)  # by SKU: products not in the cache

    MAX_SKUS = 500  # a long shift looks up many products: the oldest are forgotten first

    def remember_stores(self, sku: str, items: list[dict[str, Any]], at: str) -> None:
        self.other_stores.pop(sku, None)
        self.other_stores[sku] = Seen(items, at)
        while len(self.other_stores) > self.MAX_SKUS:
            self.other_stores.pop(next(iter(self.other_stores)))

    def remember_product(self, product: dict[str, Any]) -> None:
        self.products[product["sku"]] = product
        while len(self.products) > self.MAX_SKUS:
            self.products.pop(next(iter(self.products)))


_BY_CONTEXT: weakref.WeakKeyDictionary[Any, StockMemory] = weakref.WeakKeyDictionary()


def for_context(ctx: Any) -> StockMemory:
    memory = _BY_CONTEXT.get(ctx)
    if memory is None:
        memory = _BY_CONTEXT[ctx] = StockMemory()
    return memory
