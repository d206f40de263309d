"""The central API client: sign-in and token refresh, every reply validated, every failure a clerk_app.errors exception."""

from __future__ import annotations

import email.utils
import json
import logging
import math
import os
import platform
import ssl
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable
from concurrent.futures import Future
from datetime import UTC, datetime
from typing import Any, TypeVar
from urllib.parse import quote

import httpx
from pydantic import BaseModel, ValidationError

from .. import __version__
from ..domain import enrollment_codes
from ..domain.addresses import is_loopback
from ..errors import (
    OfflineError,
    ProtocolError,
    RateLimited,
    ServerUnavailable,
    SignedOut,
    ValidationFailed,
    problem_error,
)
from .models import (
    ChangesPage,
    DeviceEnrollment,
    EnrollmentCode,
    Health,
    ItemList,
    ItemPage,
    LoginResult,
    Metrics,
    Page,
    PushResult,
    Staff,
    TokenPair,
    describe,
    validate_entity,
)

log = logging.getLogger(__name__)

M = TypeVar("M", bound=BaseModel)

MiB = 1024 * 1024
DEFAULT_TIMEOUT = httpx.Timeout(15.0, connect=5.0)
REFRESH_MARGIN = 60.0  # renew the access token this many seconds before it expires
LONG_POLL_SLACK = 15.0  # the read timeout of a long-poll is `wait` plus this
API_MAX_LIMIT = 500  # API.md's largest page of any list
MAX_CHANGES_LIMIT = 2000  # the reference server's largest page of changes (docs/api-notes.md)
MAX_RETRY_AFTER = 24 * 3600.0  # a hostile Retry-After must not park the sync engine for a year
WRONG_CREDENTIALS = "That username and password don't match. Check them and try again."
WRONG_ENROLLMENT_CODE = "That enrollment code is wrong, used up or expired. Ask a manager for a new one."

# Everything that means "the server could not be reached or the connection broke": retry later.
_OFFLINE = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError, httpx.ProxyError)


class _NoQueryInUrls(logging.Filter):
    """httpx logs every request URL at INFO; a search's query string is customer data (a name, a phone)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple) and any(isinstance(a, httpx.URL) and a.query for a in record.args):
            record.args = tuple(
                f"{a.copy_with(query=None)}?(query hidden)" if isinstance(a, httpx.URL) and a.query else a
                for a in record.args
            )
        return True


def _install_log_filter() -> None:
    httpx_log = logging.getLogger("httpx")
    if not any(isinstance(f, _NoQueryInUrls) for f in httpx_log.filters):
        httpx_log.addFilter(_NoQueryInUrls())


_install_log_filter()


def user_agent() -> str:
    """`Clerk/<version> (<os>)`, which every request carries (API.md v1.1 "Client versions")."""
    system = platform.system() or "unknown"
    system = {"Darwin": "macOS"}.get(system, system)
    return f"Clerk/{__version__} ({system})"


def _segment(value: str) -> str:
    # Ids go into paths; an id holding "/" or "?" must not be able to change which route is called.
    return quote(str(value), safe="")


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")  # NaN / Infinity: Python accepts them, the contract does not


def _parse_json(raw: bytes, what: str) -> Any:
    try:
        return json.loads(raw, parse_constant=_reject_constant)
    except (ValueError, RecursionError):  # RecursionError: a hostile, deeply nested body
        raise ProtocolError(f"{what}: the reply is not valid JSON.") from None


def _validate(model: type[M], data: Any, what: str) -> M:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        # `from None`: the ValidationError quotes the reply (customer data, tokens) in its text.
        raise ProtocolError(f"{what}: {describe(exc)}") from None


def _validate_page(raw: bytes, what: str) -> ChangesPage:
    """A page of changes from its reply body: decoded and checked in one pass where the text allows."""
    try:
        page = ChangesPage.model_validate_json(raw)
    except ValidationError as exc:
        if any(error["type"] == "json_invalid" for error in exc.errors(include_url=False)):
            raise ProtocolError(f"{what}: the reply is not valid JSON.") from None
        raise ProtocolError(f"{what}: {describe(exc)}") from None
    return page if page is not None else _validate(ChangesPage, _parse_json(raw, what), what)


def _iso(moment: str | datetime) -> str:
    if isinstance(moment, datetime):
        return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return moment


class ApiClient:
    """One server, one staff session (refreshed as needed) and one device token; safe to share between threads."""

    def __init__(self, base_url: str, *, verify: bool | str | os.PathLike[str] = True,
                 transport: httpx.BaseTransport | None = None, timeout: httpx.Timeout | None = None,
                 now: Callable[[], float] = time.time, max_reply_bytes: int = 32 * MiB) -> None:
        try:
            url = httpx.URL(base_url)
        except httpx.InvalidURL:
            raise ValueError("The server address is not a valid address.") from None
        if url.scheme not in ("http", "https") or not url.host:
            raise ValueError("The server address must start with https://")
        # Plain http would send tokens and customer data in the clear; it is only for this computer
        # (the demo, tests). A caller-supplied transport decides its own security.
        if url.scheme == "http" and transport is None and not is_loopback(url.host):
            raise ValueError("The server address must use https:// (plain http only on this computer).")
        if verify is False:
            raise ValueError("TLS certificate verification cannot be turned off; give a CA bundle instead.")
        self._now = now
        self._max_reply_bytes = max_reply_bytes
        self._timeout = timeout or DEFAULT_TIMEOUT
        self._http = httpx.Client(
            base_url=url, verify=self._ssl(verify), transport=transport, timeout=self._timeout,
            follow_redirects=False,  # a redirect is not in the contract, and must not carry our token elsewhere
            headers={"User-Agent": user_agent(), "Accept": "application/json"},
        )
        # One lock around every change of the session: two threads refreshing with the same refresh
        # token would look like token theft to the server, which then ends the whole session.
        self._lock = threading.RLock()
        self._access: str | None = None
        self._refresh: str | None = None
        self._expires_at = 0.0
        self._staff: Staff | None = None
        self._device_token: str | None = None
        self._changes_limit = MAX_CHANGES_LIMIT  # lowered to API_MAX_LIMIT by a server that refuses more
        self.on_refresh_token: Callable[[str | None], None] | None = None

    @staticmethod
    def _ssl(verify: bool | str | os.PathLike[str]) -> bool | ssl.SSLContext:
        if verify is True:
            return True
        # httpx 0.28 deprecates verify=<path>; an SSLContext with the bundle is the supported way.
        try:
            return ssl.create_default_context(cafile=os.fspath(verify))
        except (OSError, ssl.SSLError) as exc:
            raise ValueError(f"The CA bundle {verify} cannot be used: {exc}") from exc

    # --- session state -------------------------------------------------------------------

    @property
    def staff(self) -> Staff | None:
        return self._staff

    @property
    def signed_in(self) -> bool:
        return self._access is not None

    def set_device_token(self, token: str | None) -> None:
        self._device_token = token

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> ApiClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _notify(self, refresh_token: str | None) -> None:
        if self.on_refresh_token is None:
            return
        try:
            self.on_refresh_token(refresh_token)
        except Exception as exc:  # noqa: BLE001 - a keyring failure must not fail the call that refreshed
            log.warning("could not keep the refresh token (%s); sign-in will be needed after a restart",
                        type(exc).__name__)

    def _adopt(self, pair: TokenPair) -> None:
        self._access, self._refresh = pair.access_token, pair.refresh_token
        self._expires_at = self._now() + pair.expires_in
        self._staff = pair.staff
        self._notify(pair.refresh_token)

    def _drop_session(self) -> None:
        had_refresh = self._refresh is not None
        self._access = self._refresh = None
        self._expires_at = 0.0
        if had_refresh:
            self._notify(None)  # while `staff` still says whose token the app should forget
        self._staff = None

    # --- HTTP ----------------------------------------------------------------------------

    def _call(self, method: str, path: str, *, token: str | None = None, params: Any = None, body: Any = None,
              timeout: httpx.Timeout | None = None, empty: bool = False, unparsed: bool = False) -> Any:
        """Send one request; the parsed JSON of a 2xx reply (None for an expected empty one, the bytes
        with `unparsed`), else raise."""
        what = f"{method} {path}"
        if self._http.is_closed:
            raise OfflineError(f"{what}: the API client was closed.")
        headers = {"Authorization": f"Bearer {token}"} if token else None
        try:
            request = self._http.build_request(method, path, params=params, json=body, headers=headers,
                                               timeout=timeout if timeout is not None else httpx.USE_CLIENT_DEFAULT)
            started = time.monotonic()
            response = self._http.send(request, stream=True)
            try:
                raw = self._read(response, what)
            finally:
                response.close()
        except _OFFLINE as exc:
            raise OfflineError(f"{what}: {type(exc).__name__}: {exc}") from exc
        except httpx.DecodingError:
            raise ProtocolError(f"{what}: the reply's content encoding is broken.") from None
        except (httpx.HTTPError, httpx.InvalidURL) as exc:
            raise ProtocolError(f"{what}: {type(exc).__name__}") from None
        status = response.status_code
        log.debug("%s -> %d (%d bytes, %.0f ms)", what, status, len(raw), (time.monotonic() - started) * 1000)
        if 200 <= status < 300:
            if empty:
                return None
            if unparsed:
                return raw
            return _parse_json(raw, what)
        retry_after = self._retry_after(response.headers.get("retry-after"))
        if status >= 500:
            raise ServerUnavailable(f"{what}: the server answered {status}.", retry_after=retry_after, status=status)
        if 400 <= status < 500:
            ctype = response.headers.get("content-type", "").split(";")[0].strip().lower()
            problem: Any = None
            if ctype in ("application/problem+json", "application/json"):
                try:
                    problem = _parse_json(raw, what)
                except ProtocolError:
                    problem = None
            if isinstance(problem, dict):
                raise problem_error(status, problem, retry_after)
            if status == 429:  # a proxy's rate limit says the same thing without problem details
                raise RateLimited(f"{what}: too many requests.", None, 429, retry_after=retry_after)
            raise ProtocolError(f"{what}: the server refused ({status}) without problem details.")
        raise ProtocolError(f"{what}: unexpected status {status}.")

    def _read(self, response: httpx.Response, what: str) -> bytes:
        """The body, refused as soon as it grows past max_reply_bytes (so a hostile reply cannot fill memory)."""
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self._max_reply_bytes:
            raise ProtocolError(f"{what}: the reply is too large ({declared} bytes).")
        chunks, total = [], 0
        for chunk in response.iter_bytes():
            total += len(chunk)
            if total > self._max_reply_bytes:
                raise ProtocolError(f"{what}: the reply is larger than {self._max_reply_bytes} bytes.")
            chunks.append(chunk)
        return b"".join(chunks)

    def _retry_after(self, value: str | None) -> float | None:
        if not value:
            return None
        value = value.strip()
        if value.isdigit():
            seconds = float(value)
        else:
            try:
                when = email.utils.parsedate_to_datetime(value)
            except (TypeError, ValueError, IndexError):
                return None
            if when.tzinfo is None:
                return None
            seconds = when.timestamp() - self._now()
        if not math.isfinite(seconds):
            return None
        return min(max(seconds, 0.0), MAX_RETRY_AFTER)

    # --- staff session -------------------------------------------------------------------

    def _staff_call(self, method: str, path: str, **kwargs: Any) -> Any:
        token = self._fresh_access()
        try:
            return self._call(method, path, token=token, **kwargs)
        except SignedOut:
            pass
        # The access token was refused (revoked, or the clocks disagree): renew once, retry once.
        self._renew(stale=token)
        return self._call(method, path, token=self._access_or_signed_out(), **kwargs)

    def _access_or_signed_out(self) -> str:
        token = self._access
        if token is None:
            raise SignedOut("Not signed in.")
        return token

    def _fresh_access(self) -> str:
        token = self._access
        # No access token but a refresh token: a resume() that failed offline; try it again now.
        if token is None or self._expires_at - self._now() <= REFRESH_MARGIN:
            self._renew(stale=token)
        return self._access_or_signed_out()

    def _renew(self, stale: str | None) -> None:
        with self._lock:
            if self._access is not None and self._access != stale:
                return  # another thread renewed it while this one waited for the lock
            self._refresh_locked()

    def _refresh_locked(self) -> LoginResult:
        token = self._refresh
        if token is None:
            self._drop_session()
            raise SignedOut("There is no session to renew.")
        try:
            raw = self._call("POST", "/v1/auth/refresh", body={"refresh_token": token})
        except SignedOut:
            self._drop_session()
            raise
        pair = _validate(TokenPair, raw, "POST /v1/auth/refresh")
        self._adopt(pair)
        return pair

    def login(self, username: str, password: str, device_id: str | None = None) -> LoginResult:
        try:
            raw = self._call("POST", "/v1/auth/login",
                             body={"username": username, "password": password, "device_id": device_id})
        except SignedOut as exc:
            exc.user_message = WRONG_CREDENTIALS  # at sign-in, a 401 means the credentials, not a lost session
            raise
        pair = _validate(TokenPair, raw, "POST /v1/auth/login")
        with self._lock:
            self._adopt(pair)
        return pair

    def refresh(self) -> LoginResult:
        """Renew the staff session now with the refresh token held (rotating it)."""
        with self._lock:
            return self._refresh_locked()

    def resume(self, refresh_token: str) -> LoginResult:
        """Restore a session from a stored refresh token (after a restart)."""
        with self._lock:
            self._refresh = refresh_token
            return self._refresh_locked()

    def logout(self) -> None:
        """End the session on the server and here. The local sign-out happens even if the server
        cannot be reached (OfflineError / ServerUnavailable are still raised so the caller knows)."""
        try:
            if self._access is not None or self._refresh is not None:
                self._staff_call("POST", "/v1/auth/logout", empty=True)
        except SignedOut:
            pass  # already over on the server's side
        finally:
            with self._lock:
                self._drop_session()

    def me(self) -> Staff:
        staff = _validate(Staff, self._staff_call("GET", "/v1/me"), "GET /v1/me")
        self._staff = staff
        return staff

    def health(self, timeout: httpx.Timeout | None = None) -> Health:
        return _validate(Health, self._call("GET", "/v1/health", timeout=timeout), "GET /v1/health")

    def enroll_device(self, store_id: str | None, name: str, *, code: str | None = None) -> DeviceEnrollment:
        """Enroll a device: into `store_id` with the signed-in manager's token, or (API.md v1.1) with an
        enrollment `code` and no token at all (then `store_id`, if given, must be the code's store)."""
        if code is None:
            raw = self._staff_call("POST", "/v1/devices", body={"store_id": store_id, "name": name})
            return _validate(DeviceEnrollment, raw, "POST /v1/devices")
        body = {"enrollment_code": enrollment_codes.normalize(code), "name": name}
        if store_id:
            body["store_id"] = store_id
        try:
            raw = self._call("POST", "/v1/devices", body=body)
        except SignedOut as exc:
            exc.user_message = WRONG_ENROLLMENT_CODE  # no session here: a 401 is about the code
            raise
        return _validate(DeviceEnrollment, raw, "POST /v1/devices")

    def create_enrollment_code(self, store_id: str, expires_in_hours: int, uses: int) -> EnrollmentCode:
        """A new enrollment code for the store (a manager's staff token): shown once, never kept here."""
        raw = self._staff_call("POST", f"/v1/stores/{_segment(store_id)}/enrollment-codes",
                               body={"expires_in_hours": expires_in_hours, "uses": uses})
        return _validate(EnrollmentCode, raw, "POST /v1/stores/{store_id}/enrollment-codes")

    # --- live look-ups (staff token) -----------------------------------------------------

    def _items(self, kind: str, raw: Any, what: str, *, paged: bool) -> tuple[list[dict[str, Any]], str | None]:
        reply = _validate(ItemPage if paged else ItemList, raw, what)
        for i, item in enumerate(reply.items):
            try:
                validate_entity(kind, item)
            except ValueError as exc:
                raise ProtocolError(f"{what}: item {i}: {exc}") from None
        # The server's own dicts, unknown fields included, not the models' copies.
        return raw["items"], getattr(reply, "next_cursor", None)

    def _list(self, kind: str, path: str, params: Any = None) -> list[dict[str, Any]]:
        return self._items(kind, self._staff_call("GET", path, params=params), f"GET {path}", paged=False)[0]

    def _page(self, kind: str, path: str, params: dict[str, Any]) -> Page:
        params = {k: v for k, v in params.items() if v is not None}
        items, cursor = self._items(kind, self._staff_call("GET", path, params=params), f"GET {path}", paged=True)
        return Page(items, cursor)

    def search_customers(self, q: str, limit: int = 50, cursor: str | None = None) -> Page:
        return self._page("customer", "/v1/customers", {"q": q, "limit": limit, "cursor": cursor})

    def customer(self, customer_id: str) -> dict[str, Any]:
        path = f"/v1/customers/{_segment(customer_id)}"
        raw = self._staff_call("GET", path)
        try:
            validate_entity("customer", raw)
        except ValueError as exc:
            raise ProtocolError(f"GET {path}: {exc}") from None
        return raw

    def carts(self, customer_id: str) -> list[dict[str, Any]]:
        return self._list("cart", f"/v1/customers/{_segment(customer_id)}/carts")

    def orders(self, customer_id: str, limit: int = 50, cursor: str | None = None) -> Page:
        return self._page("order", f"/v1/customers/{_segment(customer_id)}/orders", {"limit": limit, "cursor": cursor})

    def notes(self, customer_id: str) -> list[dict[str, Any]]:
        return self._list("note", f"/v1/customers/{_segment(customer_id)}/notes")

    def products(self, skus: Iterable[str]) -> list[dict[str, Any]]:
        skus = list(skus)
        if not skus:
            return []  # the server asks for at least one sku
        return self._list("product", "/v1/products", {"sku": skus})

    def inventory(self, store_id: str, skus: Iterable[str]) -> list[dict[str, Any]]:
        skus = list(skus)
        if not skus:
            return []
        return self._list("inventory", f"/v1/stores/{_segment(store_id)}/inventory", {"sku": skus})

    # --- the chain (API.md v1.1) ---------------------------------------------------------

    def stores(self) -> list[dict[str, Any]]:
        """Every store of the chain, with its city, address, time zone and opening hours."""
        return self._list("store", "/v1/stores")

    def search_products(self, q: str, limit: int = 50, cursor: str | None = None) -> Page:
        """Products by a name word prefix (folded), a SKU prefix or an exact barcode."""
        return self._page("product", "/v1/products", {"q": q, "limit": limit, "cursor": cursor})

    def inventory_across(self, skus: Iterable[str]) -> list[dict[str, Any]]:
        """These SKUs' stock at every store of the chain that carries them."""
        skus = list(skus)
        if not skus:
            return []
        return self._list("inventory", "/v1/inventory", {"sku": skus})

    def pickups(self, store_id: str, status: str | Iterable[str] | None = None, limit: int = 50,
                cursor: str | None = None) -> Page:
        statuses = [status] if isinstance(status, str) else (list(status) if status is not None else None)
        return self._page("pickup", f"/v1/stores/{_segment(store_id)}/pickups",
                          {"status": statuses or None, "limit": limit, "cursor": cursor})

    def metrics(self, store_id: str, start: str | datetime, end: str | datetime) -> dict[str, Any]:
        path = f"/v1/stores/{_segment(store_id)}/metrics"
        raw = self._staff_call("GET", path, params={"from": _iso(start), "to": _iso(end)})
        _validate(Metrics, raw, f"GET {path}")
        return raw

    # --- sync (device token) -------------------------------------------------------------

    def _device_call(self, method: str, path: str, **kwargs: Any) -> Any:
        token = self._device_token
        if token is None:
            raise SignedOut("This device has no device token.")
        return self._call(method, path, token=token, **kwargs)

    def changes(self, store_id: str, cursor: str | None = None, limit: int = 500, wait: int = 0, *,
                fetched: Future[bytes] | None = None) -> ChangesPage:
        """A page of the store's change feed after `cursor`, decoded and validated.

        `fetched` is that page's reply already being fetched by `fetch_changes` on another thread
        (the sync engine's prefetch): only the waiting happens there, the decoding here.
        A `limit` above API.md's 500 (the reference server takes up to 2000 changes a page, see
        docs/api-notes.md) is asked for once; a server that refuses it as invalid is asked again
        with 500, and from then on only with 500.
        """
        what = f"GET /v1/stores/{_segment(store_id)}/changes"
        try:
            raw = fetched.result() if fetched is not None else self.fetch_changes(store_id, cursor, limit, wait)
        except ValidationFailed:
            if min(limit, self._changes_limit) <= API_MAX_LIMIT:
                raise
            raw = self.fetch_changes(store_id, cursor, API_MAX_LIMIT, wait)
            self._changes_limit = API_MAX_LIMIT
        return _validate_page(raw, what)

    def fetch_changes(self, store_id: str, cursor: str | None = None, limit: int = 500, wait: int = 0) -> bytes:
        """The reply body of a page of changes, not yet decoded (give it to `changes` as `fetched`)."""
        path = f"/v1/stores/{_segment(store_id)}/changes"
        params: dict[str, Any] = {"limit": min(limit, self._changes_limit), "wait": wait}
        if cursor:
            params["cursor"] = cursor
        t = self._timeout
        # The server holds a long-poll up to `wait` seconds: the read timeout must outlast it.
        read = None if t.read is None else max(t.read, wait + LONG_POLL_SLACK)
        timeout = httpx.Timeout(connect=t.connect, read=read, write=t.write, pool=t.pool)
        return self._device_call("GET", path, params=params, timeout=timeout, unparsed=True)

    def push(self, device_id: str, mutations: list[dict[str, Any]]) -> PushResult:
        what = "POST /v1/mutations"
        raw = self._device_call("POST", "/v1/mutations", body={"device_id": device_id, "mutations": mutations})
        result = _validate(PushResult, raw, what)
        # Every mutation sent must be answered exactly once, or the outbox could settle the wrong rows.
        if Counter(r.mutation_id for r in result.results) != Counter(m.get("mutation_id") for m in mutations):
            raise ProtocolError(f"{what}: the results do not answer the mutations sent.")
        names = {m.get("mutation_id"): str(m.get("name", "")) for m in mutations}
        for r in result.results:
            kind = _result_kind(names[r.mutation_id])
            if kind and r.entity is not None:
                try:
                    validate_entity(kind, r.entity)
                except ValueError as exc:
                    raise ProtocolError(f"{what}: result for {r.mutation_id}: {exc}") from None
        return result


def _result_kind(mutation_name: str) -> str | None:
    """The entity kind a mutation's result carries (the cache writes it), by the mutation's name."""
    if mutation_name.startswith("pickup."):
        return "pickup"
    if mutation_name.startswith("customer.add_note."):
        return "note"
    if mutation_name.startswith("cart.add_line."):
        return "cart"
    if mutation_name.startswith("order.place_pickup."):
        return "order"
    return None
