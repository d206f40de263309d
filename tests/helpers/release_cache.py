"""A counter's cache as Clerk 0.1.0 leaves it on disk: schema 4 (or 3, the one before), with queued
actions and their optimistic effects, conflicts and offline sign-ins.

Written with plain SQL as that release writes its rows, through sqlcipher3 with that release's key
pragma, not through today's cache code: a later release that changes how it writes must still open
this. The schema comes from the migrations (which are never edited once released, cache/migrations.py).
Nothing here may change when Clerk changes: it is the previous release's file.
"""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any

import sqlcipher3

from clerk_app.cache.migrations import migrate

RELEASE = "0.1.0"
RELEASE_SCHEMA = 4
SIGNED_IN_AT = "2026-11-20T11:30:00Z"
# Made by clerk_app.domain.offline_unlock.make_verifier("correct horse battery") in 0.1.0, kept as text:
# an offline sign-in made then must still unlock after the upgrade.
VERIFIER = "scrypt$16384$8$1$8N9mCHL4yPERYdKe3pVjFA==$8VVsYDHodbAo71JQfwcl/geMlQzmnIpZEEUd05164fs="


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def make_release_cache(path: Path, key: bytes, *, pickup: dict[str, Any], conflict_pickup: dict[str, Any],
                       customer_id: str, store_id: str, associate: dict[str, Any], manager: dict[str, Any],
                       schema: int = RELEASE_SCHEMA) -> dict[str, Any]:
    """Write the file; returns what it holds, for the test to compare with what the new code reads.

    `pickup` (a "new" pickup of the store, as the server sends it) has a queued start_picking on it
    (shown as picking, waiting to sync); a note added offline waits for `customer_id`; an audit record
    waits; `conflict_pickup` carries an open conflict (a refused hand-over) and a dismissed one.
    `associate` and `manager` ({"id", "username", "display_name", "role", "store_ids"}) signed in here.
    """
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    try:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("PRAGMA journal_mode = WAL")
        migrate(conn, "2026-11-01T08:00:00Z", upto=schema)
        assert conn.execute("SELECT max(version) FROM schema_migrations").fetchone()[0] == schema

        acted_at = "2026-11-20T11:40:00Z"
        picking = {**pickup, "status": "picking"}
        note = {"id": str(uuid.uuid4()), "version": 0, "customer_id": customer_id, "body": "Wants it gift-wrapped.",
                "author_staff_id": associate["id"], "author_name": associate["display_name"], "store_id": store_id,
                "created_at": acted_at, "updated_at": acted_at}
        actions = [
            (3, str(uuid.uuid4()), "pickup.start_picking.v1", associate["id"], {"pickup_id": pickup["id"]},
             "pickup", pickup["id"]),
            (4, str(uuid.uuid4()), "customer.add_note.v1", associate["id"],
             {"customer_id": customer_id, "note_id": note["id"], "body": note["body"]}, "note", note["id"]),
            (5, str(uuid.uuid4()), "audit.record.v1", associate["id"],
             {"events": [{"action": "customer.view", "subject": customer_id, "at": acted_at}]}, None, None),
        ]
        conn.execute("BEGIN")
        conn.execute(
            "INSERT INTO pickups (id, status, promised_by, pickup_by, created_at, customer_id, order_number, "
            "pickup_code, version, data, local_data, synced_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (pickup["id"], "picking", pickup["promised_by"], pickup["pickup_by"], pickup["created_at"],
             pickup["customer_id"], pickup["order_number"], pickup["pickup_code"], pickup["version"],
             _dumps(pickup), _dumps(picking), SIGNED_IN_AT))
        conn.execute("INSERT INTO notes (id, customer_id, created_at, version, data, local_data) VALUES (?, ?, ?, 0, ?, ?)",
                     (note["id"], customer_id, acted_at, _dumps(note), _dumps(note)))
        for seq, mutation_id, name, acted_by, args, entity, entity_id in actions:
            conn.execute("INSERT INTO outbox (seq, mutation_id, name, acted_by, acted_at, args, entity, entity_id, "
                         "created_at, attempts, last_error) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                         (seq, mutation_id, name, acted_by, acted_at, _dumps(args), entity, entity_id, acted_at,
                          2, "OfflineError"))
        problem = {"type": "/problems/wrong-pickup-code", "title": "Wrong pickup code", "status": 422,
                   "detail": "The pickup code does not match."}
        handover = {"pickup_id": conflict_pickup["id"], "pickup_code": "AAAAAA", "collected_by": "customer",
                    "id_check": "order_code_only", "id_last4": None, "collected": []}
        # Seqs 1 and 2 were refused earlier (the server answered up to 2); 3 to 5 wait to be sent.
        for seq, dismissed in ((1, "2026-11-20T11:00:00Z"), (2, None)):
            conn.execute("INSERT INTO conflicts (seq, mutation_id, name, acted_by, acted_at, args, entity, entity_id, "
                         "problem, server_entity, created_at, dismissed_at, retried_as) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)",
                         (seq, str(uuid.uuid4()), "pickup.hand_over.v1", associate["id"], acted_at, _dumps(handover),
                          "pickup", conflict_pickup["id"], _dumps(problem), _dumps(conflict_pickup), acted_at, dismissed))
        for person in (associate, manager):
            conn.execute("INSERT INTO staff_logins (staff_id, username, staff, verifier, signed_in_at, max_offline_hours) "
                         "VALUES (?, ?, ?, ?, ?, ?)",
                         (person["id"], person["username"].casefold(), _dumps(person), VERIFIER, SIGNED_IN_AT, 72))
        conn.execute("INSERT INTO meta (key, value) VALUES ('last_seq_issued', '5'), ('device_last_seq', '2')")
        conn.execute("COMMIT")
    finally:
        conn.close()
    return {"actions": actions, "note": note, "picking": picking, "problem": problem, "handover": handover}
