"""Applying a device's queued mutations exactly once, in `seq` order, through the ledger.

Each mutation runs in its own transaction, which writes its effects, its ledger row
(device, mutation id, content hash, result) and the device's `last_seq` together: a reply lost
after that commit is answered from the ledger on retry, and nothing is applied twice.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from typing import Any

from pydantic import ValidationError
from sqlalchemy import Connection, select, update
from sqlalchemy.exc import DataError

from . import db, entities, feed, operations, pickups, schemas, stock_mutations
from .problems import Problem, forbidden, not_found, validation
from .security import Clock


def content_hash(m: schemas.MutationIn) -> str:
    canonical = json.dumps(
        {"seq": m.seq, "name": m.name, "acted_by": m.acted_by, "acted_at": m.acted_at, "args": m.args},
        sort_keys=True, separators=(",", ":"), ensure_ascii=False,
    )
    return hashlib.sha256(canonical.encode()).hexdigest()


def _result(m: schemas.MutationIn, status: str, problem: Problem | None = None, entity: dict | None = None) -> dict[str, Any]:
    return {"mutation_id": m.mutation_id, "status": status, "problem": problem.to_dict() if problem else None, "entity": entity}


def apply_batch(database: db.Database, device: dict[str, Any], batch: schemas.MutationBatchIn, clock: Clock) -> dict[str, Any]:
    seqs = [m.seq for m in batch.mutations]
    if any(seq > feed.MAX_SEQ for seq in seqs):
        # The ledger and devices.last_seq are 64-bit integers; a larger seq cannot be stored.
        raise validation(f"seq must be at most {feed.MAX_SEQ}.")
    if len(set(seqs)) != len(seqs):
        raise validation("Two mutations in the batch have the same seq.")
    ids = [m.mutation_id for m in batch.mutations]
    if len(set(ids)) != len(ids):
        raise validation("Two mutations in the batch have the same mutation_id.")
    results = {m.mutation_id: _apply_one(database, device, m, clock) for m in sorted(batch.mutations, key=lambda m: m.seq)}
    with database.read() as conn:
        last_seq = conn.execute(select(db.devices.c.last_seq).where(db.devices.c.id == device["id"])).scalar_one()
    return {"results": [results[m.mutation_id] for m in batch.mutations], "device_last_seq": last_seq}


def _apply_one(database: db.Database, device: dict[str, Any], m: schemas.MutationIn, clock: Clock) -> dict[str, Any]:
    digest = content_hash(m)
    with database.write() as conn:
        seen = conn.execute(
            select(db.mutation_ledger.c.content_hash, db.mutation_ledger.c.result).where(
                db.mutation_ledger.c.device_id == device["id"], db.mutation_ledger.c.mutation_id == m.mutation_id
            )
        ).first()
        if seen is not None:
            if seen.content_hash != digest:
                # Not stored: the first content keeps its result, this one is refused.
                return _result(m, "rejected", Problem(
                    "idempotency-mismatch", 422, "This mutation id was already used for a different action."))
            return db.loads(seen.result)
        last_seq = conn.execute(select(db.devices.c.last_seq).where(db.devices.c.id == device["id"])).scalar_one()
        now_ts = int(clock.time())
        if m.seq <= last_seq:
            result = _result(m, "rejected", validation(
                f"seq {m.seq} is not after this device's last applied seq {last_seq}.", device_last_seq=last_seq))
        else:
            result = _execute(conn, device, m, now_ts, clock)
            conn.execute(update(db.devices).where(db.devices.c.id == device["id"]).values(last_seq=m.seq))
        conn.execute(db.mutation_ledger.insert(), [{
            "device_id": device["id"], "mutation_id": m.mutation_id, "seq": m.seq,
            "content_hash": digest, "result": db.dumps(result), "created_at": now_ts,
        }])
        return result


def _execute(conn: Connection, device: dict[str, Any], m: schemas.MutationIn, now_ts: int, clock: Clock) -> dict[str, Any]:
    """Run one mutation inside a savepoint, so a rejection leaves no partial effect behind."""
    savepoint = conn.begin_nested()
    try:
        status, entity = _dispatch(conn, device, m, now_ts, clock)
    except Problem as problem:
        savepoint.rollback()
        return _result(m, "rejected", problem, problem.extensions.get("current"))
    except ValidationError as exc:
        savepoint.rollback()
        errors = [{"loc": [str(p) for p in e["loc"]], "msg": e["msg"]} for e in exc.errors()]
        return _result(m, "rejected", validation("The action's details are not valid.", errors=errors))
    except DataError:
        # A value the database cannot hold (PostgreSQL's text has no NUL character): this action only.
        savepoint.rollback()
        return _result(m, "rejected", validation("The action's details hold a value that cannot be stored "
                                                 "(out of range, or a NUL character)."))
    savepoint.commit()
    return _result(m, status, None, entity)


def _actor(conn: Connection, device: dict[str, Any], staff_id: str) -> dict[str, Any]:
    row = conn.execute(select(db.staff).where(db.staff.c.id == staff_id, db.staff.c.active.is_(True))).first()
    member = row and conn.execute(
        select(db.staff_stores).where(db.staff_stores.c.staff_id == staff_id, db.staff_stores.c.store_id == device["store_id"])
    ).first()
    if not member:
        raise forbidden("The person who did this is not on this store's staff.")
    return dict(row._mapping)


def _dispatch(conn: Connection, device: dict[str, Any], m: schemas.MutationIn, now_ts: int, clock: Clock) -> tuple[str, dict | None]:
    actor = _actor(conn, device, m.acted_by)
    now = entities.iso_ts(now_ts)
    if m.name in pickups.ACTIONS:
        model, action, manager_only = pickups.ACTIONS[m.name]
        if manager_only and actor["role"] != "manager":
            raise forbidden("Only a manager can do this.")
        args = model.model_validate(m.args)
        pickup = entities.get(conn, "pickup", args.pickup_id)
        if pickup is None or pickup["store_id"] != device["store_id"]:
            raise not_found("No such pickup at this store.")
        outcome = action(pickup, args, now=now, staff_id=actor["id"],
                         channel=operations.customer_channel(conn, pickup["customer_id"]))
        if outcome is None:
            return "noop", pickup
        return "applied", operations.apply_outcome(conn, outcome, now_ts)
    if m.name == "customer.add_note.v1":
        return _add_note(conn, device, actor, schemas.AddNoteArgs.model_validate(m.args), m.acted_at, now_ts)
    if m.name == "audit.record.v1":
        args = schemas.AuditArgs.model_validate(m.args)
        conn.execute(db.audit_events.insert(), [
            {"action": e.action, "subject": e.subject, "staff_id": actor["id"], "device_id": device["id"], "at": e.at}
            for e in args.events
        ])
        return "applied", None
    if m.name in stock_mutations.ACTIONS:
        model, action = stock_mutations.ACTIONS[m.name]
        return action(conn, device, actor, model.model_validate(m.args), now_ts)
    raise Problem("unsupported-version", 422, f"This server does not know the action {m.name}.")


def _add_note(conn: Connection, device, actor, args: schemas.AddNoteArgs, acted_at: str, now_ts: int):
    existing = entities.get(conn, "note", args.note_id)
    if existing is not None:
        if existing["customer_id"] != args.customer_id:
            raise validation("This note id belongs to another customer.")
        return "noop", existing
    if entities.get(conn, "customer", args.customer_id) is None:
        raise not_found("No such customer.")
    try:
        uuid.UUID(args.note_id)
    except ValueError:
        raise validation("note_id must be a UUID.") from None
    created = acted_at if _is_time(acted_at) else entities.iso_ts(now_ts)
    note = {"id": args.note_id, "customer_id": args.customer_id, "body": args.body.strip() or args.body,
            "author_staff_id": actor["id"], "author_name": actor["display_name"], "store_id": device["store_id"],
            "created_at": created}
    return "applied", entities.save(conn, "note", note, now_ts, is_new=True)


def _is_time(text: str) -> bool:
    from .security import parse_iso

    try:
        return parse_iso(text).tzinfo is not None
    except ValueError:
        return False
