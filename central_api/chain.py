"""The chain's stores and staff as feed entities (API.md v1.1 "Stores and staff").

Every store's feed carries every store (`store`), and each store's feed its own staff (`staff`:
id, version, display name and role; never a username or a password). `reconcile` makes the feeds
agree with the `stores`, `staff` and `staff_stores` tables: it gives a store without a profile one,
bumps a staff entity whose name or role changed, records what a feed lacks, and sends a tombstone
where a staff member left a store or was deactivated. It is idempotent: run at start and after seeding.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import Connection, select

from . import catalogue, db, entities, feed


def store_entity(store_id: str, name: str, timezone: str, **details: Any) -> dict[str, Any]:
    """A `store` entity with the contract's fields (what a profile lacks stays empty)."""
    return {"id": store_id, "name": name, "city": details.get("city", ""), "address": details.get("address", ""),
            "phone": details.get("phone"), "timezone": timezone, "opening_hours": list(details.get("opening_hours", []))}


def staff_entity(row: Any) -> dict[str, Any]:
    return {"id": row.id, "display_name": row.display_name, "role": row.role}


def list_stores(conn: Connection) -> list[dict[str, Any]]:
    rows = conn.execute(select(db.store_profiles.c.data).order_by(db.store_profiles.c.id)).scalars()
    return [db.loads(text) for text in rows]


def staff_stores(conn: Connection, staff_id: str) -> list[str]:
    """The stores whose feed carries this staff member: their stores, while they are active."""
    s, link = db.staff.c, db.staff_stores.c
    return list(conn.execute(select(link.store_id).join(db.staff, s.id == link.staff_id)
                             .where(link.staff_id == staff_id, s.active.is_(True))).scalars())


def _feed_rows(conn: Connection, entity: str, store_ids: list[str]) -> dict[str, dict[str, str]]:
    """store -> {entity id: op} of one kind in the feeds."""
    f = db.feed.c
    found: dict[str, dict[str, str]] = defaultdict(dict)
    for store_id in store_ids:  # store by store: (store_id, entity) is the feed key's prefix, so no scan of the feed
        for r in conn.execute(select(f.entity_id, f.op).where(f.store_id == store_id, f.entity == entity)):
            found[store_id][r.entity_id] = r.op
    return found


def reconcile(conn: Connection, now_ts: int) -> dict[str, int]:
    """Bring the `store` and `staff` entities and their feed rows in line with the tables."""
    counts = {"stores": 0, "staff": 0, "store_rows": 0, "staff_rows": 0, "staff_tombstones": 0, "products_indexed": 0}
    store_rows = conn.execute(select(db.stores.c.id, db.stores.c.name, db.stores.c.timezone)).all()
    profiles = dict(conn.execute(select(db.store_profiles.c.id, db.store_profiles.c.version)).all())
    for s in store_rows:
        if s.id not in profiles:
            saved = entities.save(conn, "store", store_entity(s.id, s.name, s.timezone), now_ts, is_new=True)
            profiles[s.id] = saved["version"]
            counts["stores"] += 1
    store_ids = [s.id for s in store_rows]
    in_feeds = _feed_rows(conn, "store", store_ids)
    for store_id in store_ids:
        missing = [("store", sid, version, "upsert") for sid, version in sorted(profiles.items())
                   if in_feeds[store_id].get(sid) != "upsert"]
        feed.record(conn, missing, [store_id], now_ts)
        counts["store_rows"] += len(missing)

    staff_profiles = {r.id: db.loads(r.data) for r in conn.execute(select(db.staff_profiles.c.id, db.staff_profiles.c.data))}
    for row in conn.execute(select(db.staff.c.id, db.staff.c.display_name, db.staff.c.role)).all():
        wanted = staff_entity(row)
        have = staff_profiles.get(row.id)
        if have is None:
            staff_profiles[row.id] = entities.save(conn, "staff", wanted, now_ts, is_new=True)
            counts["staff"] += 1
        elif {k: have.get(k) for k in wanted} != wanted:
            staff_profiles[row.id] = entities.save(conn, "staff", {**have, **wanted}, now_ts)
            counts["staff"] += 1
    s, link = db.staff.c, db.staff_stores.c
    members: dict[str, set[str]] = defaultdict(set)
    for r in conn.execute(select(link.store_id, link.staff_id).join(db.staff, s.id == link.staff_id).where(s.active.is_(True))):
        members[r.store_id].add(r.staff_id)
    in_feeds = _feed_rows(conn, "staff", store_ids)
    for store_id in store_ids:
        present = in_feeds[store_id]
        changes = [("staff", sid, staff_profiles[sid]["version"], "upsert") for sid in sorted(members[store_id])
                   if present.get(sid) != "upsert"]
        counts["staff_rows"] += len(changes)
        gone = [("staff", sid, staff_profiles[sid]["version"], "delete") for sid, op in sorted(present.items())
                if op == "upsert" and sid not in members[store_id] and sid in staff_profiles]
        counts["staff_tombstones"] += len(gone)
        feed.record(conn, changes + gone, [store_id], now_ts)
    counts["products_indexed"] = catalogue.index_missing(conn)
    return counts
