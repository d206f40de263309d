"""The outbox of queued actions and the conflicts list (each function runs inside the caller's transaction).

An action's outbox row and its optimistic effect are written together; when the server answers,
`settle` confirms the effect (applied / noop) or undoes it and records a conflict (rejected).
"""

from __future__ import annotations

import uuid
from typing import Any

from . import entities
from .connection import Connection, dumps, loads

STATUSES = ("applied", "noop", "rejected")
OUTBOX_COLUMNS = ("seq", "mutation_id", "name", "acted_by", "acted_at", "args", "entity", "entity_id", "created_at",
                   "attempts", "last_error")
_CONFLICT_COLUMNS = ("id", "seq", "mutation_id", "name", "acted_by", "acted_at", "args", "entity", "entity_id",
                     "problem", "server_entity", "created_at", "dismissed_at", "retried_as")


def get_meta_int(conn: Connection, key: str) -> int:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return int(row[0]) if row and row[0] is not None else 0


def set_meta(conn: Connection, key: str, value: Any) -> None:
    conn.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                 (key, None if value is None else str(value)))


def next_seq(conn: Connection) -> int:
    """A seq after every one this device has used or the server has applied (a seq is never reused)."""
    top = conn.execute("SELECT max(seq) FROM outbox").fetchone()[0] or 0
    return max(top, get_meta_int(conn, "device_last_seq"), get_meta_int(conn, "last_seq_issued")) + 1


def _outbox_dict(row: tuple) -> dict[str, Any]:
    item = dict(zip(OUTBOX_COLUMNS, row, strict=True))
    item["args"] = loads(item["args"])
    return item


def enqueue(conn: Connection, name: str, args: dict[str, Any], acted_by: str, *, entity: str | None,
            entity_id: str | None, optimistic: dict[str, Any] | None, acted_at: str, created_at: str,
            mutation_id: str | None = None, seq: int | None = None) -> dict[str, Any]:
    if optimistic is not None and (entity is None or entity_id is None):
        raise ValueError("an optimistic effect needs the entity kind and id it applies to")
    if entity is not None:
        entities.table(entity)
    seq = next_seq(conn) if seq is None else seq
    row = (seq, mutation_id or str(uuid.uuid4()), name, acted_by, acted_at, dumps(args), entity, entity_id,
           created_at, 0, None)
    conn.execute(f"INSERT INTO outbox ({', '.join(OUTBOX_COLUMNS)}) VALUES ({', '.join('?' for _ in row)})", row)
    set_meta(conn, "last_seq_issued", max(seq, get_meta_int(conn, "last_seq_issued")))
    if optimistic is not None:
        entities.set_overlay(conn, entity, entity_id, optimistic)
    return _outbox_dict(row)


def pending(conn: Connection, limit: int = 100) -> list[dict[str, Any]]:
    cols = ", ".join(OUTBOX_COLUMNS)
    return [_outbox_dict(r) for r in conn.execute(f"SELECT {cols} FROM outbox ORDER BY seq LIMIT ?", (limit,))]


def depth(conn: Connection) -> int:
    return conn.execute("SELECT count(*) FROM outbox").fetchone()[0]


def record_attempt(conn: Connection, seq: int, error: str | None) -> None:
    conn.execute("UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE seq = ?", (error, seq))


def _others_pending(conn: Connection, kind: str, eid: str) -> bool:
    return conn.execute("SELECT 1 FROM outbox WHERE entity = ? AND entity_id = ? LIMIT 1", (kind, eid)).fetchone() is not None


def _write_server_entity(conn: Connection, kind: str, eid: str, server_entity: dict[str, Any], synced_at: str) -> None:
    stored = entities.get_row(conn, kind, eid)
    version = server_entity.get("version")
    if version is None:
        # Products, inventory and notes may come without a version: the server's answer is the newest we have.
        version = stored[0] if stored else 1
    entities.put_server(conn, kind, [(eid, max(1, int(version)), server_entity)], synced_at)


def _server_id(kind: str, server_entity: dict[str, Any] | None) -> str | None:
    try:
        return None if server_entity is None else entities.entity_id(kind, server_entity)
    except KeyError:
        return None


def settle(conn: Connection, seq: int, status: str, entity_kind: str | None, server_entity: dict[str, Any] | None,
           problem: dict[str, Any] | None, now: str) -> int | None:
    """Apply the server's answer for one outbox row; returns the conflict id of a rejection.

    A row already settled (a repeated answer) is ignored.
    """
    if status not in STATUSES:
        raise ValueError(f"unknown mutation status {status!r}")
    row = conn.execute(f"SELECT {', '.join(OUTBOX_COLUMNS)} FROM outbox WHERE seq = ?", (seq,)).fetchone()
    if row is None:
        return None
    item = _outbox_dict(row)
    conn.execute("DELETE FROM outbox WHERE seq = ?", (seq,))
    kind = entity_kind or item["entity"]
    eid = item["entity_id"]
    if kind is not None and eid is None and server_entity is not None:
        eid = entities.entity_id(kind, server_entity)
    if kind is not None:
        entities.table(kind)
    conflict_id = None
    if status == "rejected":
        conflict_id = conn.execute(
            "INSERT INTO conflicts (seq, mutation_id, name, acted_by, acted_at, args, entity, entity_id, problem, "
            "server_entity, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (seq, item["mutation_id"], item["name"], item["acted_by"], item["acted_at"], dumps(item["args"]), kind,
             eid, None if problem is None else dumps(problem), None if server_entity is None else dumps(server_entity),
             now),
        ).lastrowid
    if kind is None or eid is None:
        return conflict_id
    server_id = _server_id(kind, server_entity)
    if server_id is not None and server_id != eid:
        # The server filed the effect under an id of its own (a cart it started for the customer): the
        # local row was a stand-in. It goes (or, under the server's copy of a record it had, its overlay).
        if not _others_pending(conn, kind, eid):
            stored = entities.get_row(conn, kind, eid)
            if stored is not None and stored[0] == 0:
                entities.delete(conn, kind, [eid])
            else:
                entities.clear_overlay(conn, kind, eid)
        eid = server_id
    if server_entity is not None:
        _write_server_entity(conn, kind, eid, server_entity, now)
    stored = entities.get_row(conn, kind, eid)
    if status == "rejected":
        # The server's state wins at once, even over later queued actions on the same entity.
        if stored is not None and stored[0] == 0:
            entities.delete(conn, kind, [eid])  # it exists only here and the server refused it
        else:
            entities.clear_overlay(conn, kind, eid)
    elif not _others_pending(conn, kind, eid):
        entities.clear_overlay(conn, kind, eid)
    return conflict_id


def _conflict_dict(row: tuple) -> dict[str, Any]:
    item = dict(zip(_CONFLICT_COLUMNS, row, strict=True))
    for key in ("args", "problem", "server_entity"):
        item[key] = loads(item[key])
    return item


def conflicts(conn: Connection, include_dismissed: bool = False) -> list[dict[str, Any]]:
    where = "" if include_dismissed else "WHERE dismissed_at IS NULL AND retried_as IS NULL"
    return [_conflict_dict(r) for r in conn.execute(
        f"SELECT {', '.join(_CONFLICT_COLUMNS)} FROM conflicts {where} ORDER BY id DESC")]


def conflict(conn: Connection, conflict_id: int) -> dict[str, Any] | None:
    row = conn.execute(f"SELECT {', '.join(_CONFLICT_COLUMNS)} FROM conflicts WHERE id = ?", (conflict_id,)).fetchone()
    return None if row is None else _conflict_dict(row)


def dismiss_conflict(conn: Connection, conflict_id: int, now: str) -> bool:
    return conn.execute("UPDATE conflicts SET dismissed_at = ? WHERE id = ? AND dismissed_at IS NULL",
                        (now, conflict_id)).rowcount > 0


def retry_conflict(conn: Connection, conflict_id: int, acted_by: str, acted_at: str, now: str) -> dict[str, Any]:
    """Queue the refused action again, as a new mutation (new id, new seq); the conflict is closed."""
    found = conflict(conn, conflict_id)
    if found is None:
        raise KeyError(f"no conflict {conflict_id}")
    if found["retried_as"] is not None:
        raise ValueError(f"conflict {conflict_id} was already retried")
    item = enqueue(conn, found["name"], found["args"], acted_by, entity=found["entity"], entity_id=found["entity_id"],
                   optimistic=None, acted_at=acted_at, created_at=now)
    conn.execute("UPDATE conflicts SET retried_as = ? WHERE id = ?", (item["seq"], conflict_id))
    return item
