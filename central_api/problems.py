"""RFC 9457 problem details: the one exception the routes raise, and the app-wide handlers."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import DataError, OperationalError
from starlette.exceptions import HTTPException as StarletteHTTPException

log = logging.getLogger("central_api")

PROBLEM_JSON = "application/problem+json"

_TITLES = {
    "unauthenticated": "Not signed in",
    "forbidden": "Not allowed",
    "not-found": "Not found",
    "validation": "Invalid request",
    "rate-limited": "Too many attempts",
    "resync-required": "Cursor too old; resync required",
    "status-conflict": "Not possible in the current status",
    "wrong-pickup-code": "Wrong pickup code",
    "idempotency-mismatch": "Mutation id reused with different content",
    "unsupported-version": "Unsupported version",
    "method-not-allowed": "Method not allowed",
    "internal": "Internal server error",
    "unavailable": "Service unavailable",
}

# Starlette's own HTTP errors (no route, wrong method...) mapped onto our slugs.
_STATUS_SLUGS = {
    401: "unauthenticated",
    403: "forbidden",
    404: "not-found",
    405: "method-not-allowed",
    413: "validation",
    415: "validation",
    422: "validation",
    429: "rate-limited",
    503: "unavailable",
}


class Problem(Exception):
    """An error the API reports as problem+json."""

    def __init__(
        self,
        slug: str,
        status: int,
        detail: str = "",
        headers: dict[str, str] | None = None,
        **extensions: Any,
    ) -> None:
        super().__init__(f"{status} {slug}: {detail}")
        self.slug = slug
        self.status = status
        self.detail = detail
        self.headers = headers or {}
        self.extensions = extensions

    def to_dict(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "type": f"/problems/{self.slug}",
            "title": _TITLES.get(self.slug, self.slug),
            "status": self.status,
            "detail": self.detail,
        }
        body.update(self.extensions)
        return body


def unauthenticated(detail: str = "Sign in again.") -> Problem:
    return Problem("unauthenticated", 401, detail, headers={"WWW-Authenticate": "Bearer"})


def forbidden(detail: str = "You are not allowed to do this.") -> Problem:
    return Problem("forbidden", 403, detail)


def not_found(detail: str = "No such record.") -> Problem:
    return Problem("not-found", 404, detail)


def validation(detail: str, **extensions: Any) -> Problem:
    return Problem("validation", 422, detail, **extensions)


def problem_response(problem: Problem) -> JSONResponse:
    return JSONResponse(problem.to_dict(), status_code=problem.status, headers=problem.headers, media_type=PROBLEM_JSON)


def _validation_errors(exc: RequestValidationError) -> list[dict[str, Any]]:
    # Only where and what; never echo the submitted value (it may be a password).
    return [
        {"loc": [str(part) for part in err.get("loc", ())], "msg": str(err.get("msg", "")), "type": str(err.get("type", ""))}
        for err in exc.errors()
    ]


def install_handlers(app: FastAPI) -> None:
    @app.exception_handler(Problem)
    async def _problem(_request: Request, exc: Problem) -> JSONResponse:
        return problem_response(exc)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        return problem_response(validation("The request is not valid.", errors=_validation_errors(exc)))

    @app.exception_handler(StarletteHTTPException)
    async def _http(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        if exc.status_code == 400:
            # FastAPI's 400 "error parsing the body": a body that is not UTF-8 (JSON that is not valid
            # comes as RequestValidationError). API.md: a body that is not valid JSON is 422 `validation`.
            return problem_response(validation("The request body is not JSON in UTF-8."))
        slug = _STATUS_SLUGS.get(exc.status_code, "validation" if exc.status_code < 500 else "internal")
        detail = exc.detail if isinstance(exc.detail, str) else ""
        return problem_response(Problem(slug, exc.status_code, detail, headers=dict(exc.headers or {})))

    @app.exception_handler(DataError)
    async def _unstorable(request: Request, exc: DataError) -> JSONResponse:
        # A value the database refuses to hold or compare: PostgreSQL's text has no NUL character
        # (`/v1/customers/%00`), and its numbers have ranges. Nothing was written.
        log.info("refused a value the database cannot hold (%s) on %s %s", type(exc.orig).__name__, request.method,
                 request.url.path)
        return problem_response(validation("A value in the request cannot be stored or looked up "
                                           "(out of range, or a NUL character)."))

    @app.exception_handler(OperationalError)
    async def _busy(request: Request, exc: OperationalError) -> JSONResponse:
        # The database is locked, gone or full: nothing was applied, so the client retries later.
        log.warning("database unavailable (%s) on %s %s", type(exc.orig).__name__, request.method, request.url.path)
        return problem_response(Problem("unavailable", 503, "The server is busy. Try again shortly.",
                                        headers={"Retry-After": "5"}))

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        # The log gets the type and route, never the request body or headers.
        log.error("unexpected %s on %s %s", type(exc).__name__, request.method, request.url.path, exc_info=exc)
        return problem_response(Problem("internal", 500, "Something went wrong on the server."))
