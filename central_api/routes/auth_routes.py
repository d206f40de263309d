"""Health, staff sign-in, tokens, `/me` and device enrollment."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Request, Response

from .. import __version__, auth, db, schemas
from ..db import SCHEMA_VERSION
from ..problems import Problem
from ..security import new_token, token_hash
from .common import state
from .responses import PUBLIC, STAFF, STAFF_STORE_RECORD, problems

router = APIRouter(prefix="/v1")


@router.get("/health", response_model=schemas.Health, tags=["health"], responses=PUBLIC)
async def health() -> dict:  # on the event loop: no thread, no database, however busy the pool is
    return {"status": "ok", "version": __version__, "schema_version": SCHEMA_VERSION}


@router.post("/auth/login", response_model=schemas.TokenPair, tags=["auth"],
             responses=problems(401, 403, 422, 426, 429, 503,
                                s403="`forbidden`: the staff member is not on the staff of this device's store."))
def login(body: schemas.LoginIn, request: Request) -> dict:
    s = state(request)
    return auth.login(s.database, s.clock, body.username, body.password, body.device_id, s.max_offline_hours)


@router.post("/auth/refresh", response_model=schemas.TokenPair, tags=["auth"], responses=problems(401, 422, 426, 503))
def refresh(body: schemas.RefreshIn, request: Request) -> dict:
    s = state(request)
    return auth.refresh(s.database, s.clock, body.refresh_token, s.max_offline_hours)


@router.post("/auth/logout", status_code=204, tags=["auth"], response_class=Response, responses=STAFF)
def logout(caller: auth.StaffDep, request: Request) -> Response:
    auth.logout(state(request).database, caller)
    return Response(status_code=204)


@router.get("/me", response_model=schemas.Staff, tags=["auth"], responses=STAFF)
def me(caller: auth.StaffDep) -> dict:
    return caller.staff


@router.post("/devices", status_code=201, response_model=schemas.DeviceOut, tags=["devices"],
             responses=STAFF_STORE_RECORD)
def enroll_device(body: schemas.DeviceIn, caller: auth.StaffDep, request: Request) -> dict:
    caller.require_manager()
    caller.require_store(body.store_id)
    s = state(request)
    device_id, token = f"dev_{uuid.uuid4().hex[:16]}", new_token()
    with s.database.write() as conn:
        if conn.execute(db.stores.select().where(db.stores.c.id == body.store_id)).first() is None:
            raise Problem("not-found", 404, "No such store.")
        conn.execute(db.devices.insert(), [{
            "id": device_id, "store_id": body.store_id, "name": body.name.strip(), "token_hash": token_hash(token),
            "last_seq": 0, "enrolled_by": caller.id, "created_at": s.clock.iso(), "revoked": False,
        }])
    return {"device_id": device_id, "device_token": token, "store_id": body.store_id}
