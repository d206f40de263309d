"""Health, staff sign-in, tokens, `/me` and device enrollment."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Request, Response
from sqlalchemy import select

from .. import __version__, auth, db, enrollment, schemas
from ..db import SCHEMA_VERSION
from ..problems import Problem
from ..security import new_token, token_hash
from .common import state
from .responses import PUBLIC, STAFF, problems

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


_DEVICE_403 = "`forbidden`: with `store_id`: the caller is not a manager of that store."
_DEVICE_401 = ("`unauthenticated`: with `store_id`: no staff token, or one that is unknown, expired or revoked; "
               "with `enrollment_code`: the code is wrong, used up, expired, or not for the `store_id` sent.")
_DEVICE_429 = ("`rate-limited`: this address sent 10 wrong enrollment codes within 15 minutes; `Retry-After` "
               "says when to try again.")


@router.post("/devices", status_code=201, response_model=schemas.DeviceOut, tags=["devices"],
             responses=problems(401, 403, 404, 422, 426, 429, 503, s401=_DEVICE_401, s403=_DEVICE_403,
                                s429=_DEVICE_429),
             # A staff token, or none at all with an enrollment code (v1.1).
             openapi_extra={"security": [{}]})
def enroll_device(body: schemas.DeviceIn, request: Request, _declared: auth.StaffCredentials = None) -> dict:
    s = state(request)
    if body.enrollment_code is not None:
        # The code is the credential: a token sent along is not looked at.
        return enrollment.enroll(s.database, s.clock, body.enrollment_code, body.name, body.store_id,
                                 request.client.host if request.client else "")
    caller = auth.current_staff(request)
    caller.require_manager()
    caller.require_store(body.store_id)
    device_id, token = f"dev_{uuid.uuid4().hex[:16]}", new_token()
    with s.database.write() as conn:
        if conn.execute(db.stores.select().where(db.stores.c.id == body.store_id)).first() is None:
            raise Problem("not-found", 404, "No such store.")
        conn.execute(db.devices.insert(), [{
            "id": device_id, "store_id": body.store_id, "name": body.name.strip(), "token_hash": token_hash(token),
            "last_seq": 0, "enrolled_by": caller.id, "created_at": s.clock.iso(), "revoked": False,
        }])
    return {"device_id": device_id, "device_token": token, "store_id": body.store_id}


@router.post("/stores/{store_id}/enrollment-codes", status_code=201, response_model=schemas.EnrollmentCodeOut,
             tags=["devices"], responses=problems(401, 403, 404, 422, 426, 503, s403=(
                 "`forbidden`: the caller is not a manager of this store.")))
def create_enrollment_code(store_id: str, body: schemas.EnrollmentCodeIn, caller: auth.StaffDep,
                           request: Request) -> dict:
    caller.require_manager()
    caller.require_store(store_id)
    s = state(request)
    with s.database.read() as conn:
        if conn.execute(select(db.stores.c.id).where(db.stores.c.id == store_id)).first() is None:
            raise Problem("not-found", 404, "No such store.")
    return enrollment.create(s.database, s.clock, store_id, caller.id, body.expires_in_hours, body.uses)
