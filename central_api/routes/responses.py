"""The error replies each route declares in the OpenAPI document, all `application/problem+json`.

Every route lists here what it can answer besides success, so that resources/openapi.json says what
the server really answers (a retailer implements the contract from that document). The body of each
is the shared `Problem` component (schemas.Problem): `install_openapi` puts it into the document's
components, since FastAPI adds only the models a route names itself.

Which statuses a route gets:
- every `/v1/` route: 426 `unsupported-version` (a `--min-client-version` server, versions.py);
- a route with parameters or a body: 422 `validation`;
- a route that reads the database: 503 `unavailable` (busy or gone; `Retry-After`);
- a route behind a token: 401 `unauthenticated`; 403 `forbidden` where a role or store decides;
  404 `not-found` where a path names a record.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

from .. import schemas
from ..problems import PROBLEM_JSON

PROBLEM_REF = {"$ref": "#/components/schemas/Problem"}

_DESCRIPTIONS = {
    401: "`unauthenticated`: no token, or one that is unknown, expired or revoked.",
    403: "`forbidden`: the caller may not do this (another store, or not a manager).",
    404: "`not-found`: no such record.",
    410: "`resync-required`: the cursor is older than the tombstones kept (30 days); start again without one.",
    422: "`validation`: a parameter or the body is not valid (the body not UTF-8 JSON, a field missing, "
         "a value out of range); `errors` says where.",
    426: "`unsupported-version`: this server needs a newer Clerk (`min_version`).",
    429: "`rate-limited`: too many wrong passwords for this username; `Retry-After` says when to try again.",
    503: "`unavailable`: the server is busy; nothing was applied; try again after `Retry-After`.",
}


def problems(*statuses: int, **descriptions: str) -> dict[int | str, dict[str, Any]]:
    """`responses=` for a route: each status answered with a problem+json body (`descriptions`, as
    `s410="..."`, overrides the standard description of a status)."""
    declared: dict[int | str, dict[str, Any]] = {}
    for status in sorted(set(statuses)):
        declared[status] = {
            "description": descriptions.get(f"s{status}", _DESCRIPTIONS[status]),
            "content": {PROBLEM_JSON: {"schema": PROBLEM_REF}},
        }
    return declared


# The sets the routes use (each route's own: a status it cannot answer is not declared).
PUBLIC = problems(426)  # health: no parameters, no token, no database
STAFF = problems(401, 426, 503)  # a staff token, nothing else to validate (/me, logout)
STAFF_INPUT = problems(401, 422, 426, 503)  # a staff token and parameters
STAFF_RECORD = problems(401, 404, 422, 426, 503)  # a staff token, a record by id
STAFF_STORE = problems(401, 403, 422, 426, 503)  # a staff token, a store of theirs
STAFF_STORE_RECORD = problems(401, 403, 404, 422, 426, 503)  # ... and the store must exist
DEVICE = problems(401, 403, 422, 426, 503)  # a device token


def install_openapi(app: FastAPI) -> None:
    """The app's document, with the Problem component the `problems()` replies refer to."""

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            document = get_openapi(title=app.title, version=app.version, openapi_version=app.openapi_version,
                                   description=app.description, routes=app.routes)
            components = document.setdefault("components", {}).setdefault("schemas", {})
            problem = schemas.Problem.model_json_schema(ref_template="#/components/schemas/{model}")
            components.update(problem.pop("$defs", {}))
            components["Problem"] = problem
            app.openapi_schema = document
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
