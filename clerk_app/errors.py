"""Every error Clerk tells a person about, decided in one place.

    ClerkError
    ├── OfflineError            the server cannot be reached (no network, refused, timed out)
    ├── ServerUnavailable       the server answered 5xx or 503 "busy" (retry later)
    ├── ProtocolError           the reply is not what the contract promises (malformed, hostile)
    ├── ProblemError            the server refused with a problem+json (4xx)
    │   ├── SignedOut           401: the session or device token is no longer valid
    │   │   └── NotEnrolled     this computer has no (usable) store enrollment
    │   ├── Forbidden           403
    │   ├── NotFound            404
    │   ├── ValidationFailed    422 validation
    │   ├── RateLimited         429, with retry_after
    │   ├── ResyncRequired      410: the cache must be rebuilt from the server
    │   ├── StatusConflict      409: someone else changed it first
    │   ├── WrongPickupCode     422 wrong-pickup-code
    │   ├── IdempotencyMismatch 422 idempotency-mismatch
    │   └── UnsupportedVersion  426: the server needs a newer Clerk (its `min_version`)
    ├── CacheError              the local cache cannot be used
    │   ├── CacheInUse          another Clerk window has it open
    │   ├── CacheUnreadable     corrupt, or the key does not open it
    │   └── DiskFull            no space left to save
    └── SecretsError            the OS keyring refused or failed

`user_message` is what a clerk reads: plain words, no codes, no traceback.
"""

from __future__ import annotations

from typing import Any


class ClerkError(Exception):
    user_message = "Something went wrong."

    def __init__(self, detail: str = "", **context: Any) -> None:
        super().__init__(detail or self.user_message)
        self.detail = detail
        self.context = context


class OfflineError(ClerkError):
    user_message = "Can't reach the store server. Working offline; your changes will sync when it's back."


class ServerUnavailable(ClerkError):
    user_message = "The store server is busy or having trouble. Clerk will try again shortly."

    def __init__(self, detail: str = "", retry_after: float | None = None, **context: Any) -> None:
        super().__init__(detail, **context)
        self.retry_after = retry_after


class ProtocolError(ClerkError):
    user_message = "The store server sent something Clerk doesn't understand. Nothing was changed."


class ProblemError(ClerkError):
    """A refusal from the server; `problem` is its problem+json body."""

    user_message = "The store server refused this."
    slug = ""

    def __init__(self, detail: str = "", problem: dict[str, Any] | None = None, status: int = 0, **context: Any) -> None:
        super().__init__(detail, **context)
        self.problem = problem or {}
        self.status = status


class SignedOut(ProblemError):
    user_message = "You've been signed out. Please sign in again."
    slug = "unauthenticated"


class NotEnrolled(SignedOut):
    user_message = "This computer isn't set up for a store yet. Ask a manager to enroll it."


class Forbidden(ProblemError):
    user_message = "You're not allowed to do this. Ask a manager."
    slug = "forbidden"


class NotFound(ProblemError):
    user_message = "That record no longer exists."
    slug = "not-found"


class ValidationFailed(ProblemError):
    user_message = "Some details aren't right. Please check and try again."
    slug = "validation"


class RateLimited(ProblemError):
    user_message = "Too many attempts. Please wait a few minutes and try again."
    slug = "rate-limited"

    def __init__(self, detail: str = "", problem: dict[str, Any] | None = None, status: int = 429,
                 retry_after: float | None = None, **context: Any) -> None:
        super().__init__(detail, problem, status, **context)
        self.retry_after = retry_after


class ResyncRequired(ProblemError):
    user_message = "This device was offline for a long time; it's downloading the store again."
    slug = "resync-required"


class StatusConflict(ProblemError):
    user_message = "Someone else changed this order first."
    slug = "status-conflict"


class WrongPickupCode(ProblemError):
    user_message = "That pickup code doesn't match this order."
    slug = "wrong-pickup-code"


class IdempotencyMismatch(ProblemError):
    user_message = "This action clashed with an earlier one and was not applied."
    slug = "idempotency-mismatch"


class UnsupportedVersion(ProblemError):
    """426: the server serves only Clerk `min_version` or newer. The counter keeps its cache and its
    queued actions and works from them until Clerk is updated (API.md v1.1 "Client versions")."""

    user_message = ("This computer's Clerk must be updated to sync with the store server. Work carries on "
                    "from the saved data, and waiting actions sync after the update.")
    slug = "unsupported-version"

    @property
    def min_version(self) -> str | None:
        value = self.problem.get("min_version")
        return value if isinstance(value, str) and len(value) <= 40 else None


class CacheError(ClerkError):
    user_message = "Clerk can't use its saved data on this computer."


class CacheInUse(CacheError):
    user_message = "Clerk is already open on this computer. Use the window that's open."


class CacheUnreadable(CacheError):
    user_message = "The saved data on this computer couldn't be read. Clerk is downloading it again."


class DiskFull(CacheError):
    user_message = "This computer's disk is full. Free some space so Clerk can save your work."


class SecretsError(ClerkError):
    user_message = "Clerk couldn't use this computer's secure password storage."


PROBLEM_CLASSES: dict[str, type[ProblemError]] = {
    cls.slug: cls
    for cls in (SignedOut, Forbidden, NotFound, ValidationFailed, RateLimited, ResyncRequired, StatusConflict,
                WrongPickupCode, IdempotencyMismatch, UnsupportedVersion)
}


def problem_error(status: int, problem: dict[str, Any], retry_after: float | None = None) -> ProblemError:
    """The exception for a problem+json reply (by its type slug, else by HTTP status)."""
    slug = str(problem.get("type", "")).rsplit("/", 1)[-1]
    by_status = {401: SignedOut, 403: Forbidden, 404: NotFound, 409: StatusConflict, 410: ResyncRequired,
                 422: ValidationFailed, 426: UnsupportedVersion, 429: RateLimited}
    cls = PROBLEM_CLASSES.get(slug) or by_status.get(status, ProblemError)
    if cls is UnsupportedVersion and status != 426:
        # Only a 426 says this Clerk is too old. A request refused as a whole for a mutation the server
        # does not know (422) is a validation failure: the sync engine then finds that action and
        # records it as a conflict to retry after the server's update, and the rest of the queue goes on.
        cls = by_status.get(status, ProblemError)
    detail = str(problem.get("detail") or problem.get("title") or "")
    if cls is RateLimited:
        return RateLimited(detail, problem, status, retry_after=retry_after)
    return cls(detail, problem, status)
