"""A counter's enrolled device: enrolling it, and opening its secrets, cache and API client together.

Used by the headless commands (`clerk-app sync --once`, `clerk-app status`) and by the desktop app.
"""

from __future__ import annotations

import re
import secrets as token_source
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from .. import __version__, config
from ..api.client import ApiClient
from ..cache import Cache, CacheLock, RecoveryReport
from ..errors import CacheUnreadable, ClerkError, NotEnrolled, OfflineError, SignedOut, UnsupportedVersion
from ..secrets import SecretStore, cache_key_name, device_token_name
from .connectivity import ConnectionState
from .engine import Engine, SyncCallbacks
from .process import EngineSpec


def cache_path(settings: config.Settings) -> Path:
    server = re.sub(r"[^A-Za-z0-9]+", "-", settings.api_url.split("://", 1)[-1]).strip("-")[:60]
    return Path(settings.data_dir) / f"cache-{server}-{settings.store_id}.db"


def _client(settings: config.Settings, transport: httpx.BaseTransport | None = None) -> ApiClient:
    return ApiClient(settings.api_url, verify=settings.ca_bundle or True, transport=transport)


def enroll(settings: config.Settings, secrets: SecretStore, *, store_id: str | None, username: str = "",
           password: str = "", code: str | None = None,
           transport: httpx.BaseTransport | None = None) -> config.Settings:
    """Enroll this computer into a store, with a manager's sign-in or (API.md v1.1) an enrollment code; keeps
    the device token in `secrets`. A code decides the store (a `store_id` given must be the code's); it is
    sent once and kept nowhere."""
    with _client(settings, transport) as api:
        if code is not None:
            enrollment = api.enroll_device(store_id, settings.device_name, code=code)
        else:
            api.login(username, password, None)
            try:
                enrollment = api.enroll_device(store_id, settings.device_name)
            finally:
                api.logout()
    secrets.set(device_token_name(settings.api_url, enrollment.store_id), enrollment.device_token)
    # A new random cache key per enrollment: nothing of an earlier enrollment can be read with it.
    secrets.set(cache_key_name(settings.api_url, enrollment.store_id), token_source.token_hex(32))
    settings.store_id, settings.device_id = enrollment.store_id, enrollment.device_id
    return settings


@dataclass
class Device:
    settings: config.Settings
    secrets: SecretStore
    api: ApiClient
    cache: Cache
    lock: CacheLock | None
    recovery: RecoveryReport | None = None  # set when a damaged cache was rebuilt on opening
    # Secrets: kept out of repr, so a traceback or a test report never prints them.
    key: bytes = field(default=b"", repr=False)  # the cache key: the app opens its read-only connection with it
    token: str = field(default="", repr=False)  # the device token, for the sync process (`engine_spec`)

    @classmethod
    def open(cls, settings: config.Settings, secrets: SecretStore, *, transport: httpx.BaseTransport | None = None,
             quick_check: bool = False) -> Device:
        """Open the device's cache (rebuilding it if damaged) under its lock, with an API client that
        carries the device token. Raises NotEnrolled when this computer is not enrolled.

        `quick_check` reads every page on opening, so damage anywhere in the file is found (and the
        cache rebuilt) now rather than when a sync happens to touch the damaged page."""
        if not (settings.api_url and settings.store_id and settings.device_id):
            raise NotEnrolled("no store enrollment in the settings")
        token = secrets.get(device_token_name(settings.api_url, settings.store_id))
        if not token:
            raise NotEnrolled("the device token is missing from the secure storage")
        key_hex = secrets.get(cache_key_name(settings.api_url, settings.store_id))
        if not key_hex:
            key_hex = token_source.token_hex(32)
            secrets.set(cache_key_name(settings.api_url, settings.store_id), key_hex)
        path = cache_path(settings)
        path.parent.mkdir(parents=True, exist_ok=True)
        # CacheLock is given the cache file itself (it locks `<cache>.lock`), as every Clerk window does.
        lock = CacheLock(path).acquire()
        try:
            key = bytes.fromhex(key_hex)
            report = None
            try:
                cache = Cache.open(path, key, quick_check=quick_check)
            except CacheUnreadable:
                report = Cache.recover(path, key)
                cache = Cache.open(path, key)
        except BaseException:
            lock.release()
            raise
        api = _client(settings, transport)
        api.set_device_token(token)
        return cls(settings, secrets, api, cache, lock, report, key, token)

    def engine(self, callbacks: SyncCallbacks | None = None, **options: Any) -> Engine:
        return Engine(self.api, self.cache, self.settings.store_id, self.settings.device_id, callbacks=callbacks, **options)

    def engine_spec(self, **options: Any) -> EngineSpec:
        """What the engine needs to run in a child process (`sync.process`), over this device's cache file."""
        return EngineSpec(api_url=self.settings.api_url, ca_bundle=self.settings.ca_bundle,
                          cache_path=str(self.cache.path), cache_key=self.key, store_id=self.settings.store_id,
                          device_id=self.settings.device_id, device_token=self.token, options=options)

    def status(self, check_connection: bool = True) -> dict[str, Any]:
        """What `clerk-app status` prints: counts, size, queue, conflicts, last sync, connectivity."""
        connectivity = "not checked"
        min_version = None
        if check_connection:
            try:
                self.api.health()
                connectivity = ConnectionState.ONLINE.value
            except OfflineError:
                connectivity = ConnectionState.OFFLINE.value
            except SignedOut:
                connectivity = ConnectionState.SIGNED_OUT.value
            except UnsupportedVersion as exc:
                connectivity, min_version = ConnectionState.UPDATE_REQUIRED.value, exc.min_version
            except ClerkError:
                connectivity = ConnectionState.REJECTING.value
        return {
            "store_id": self.settings.store_id, "device_id": self.settings.device_id,
            "entities": self.cache.counts(), "cache_bytes": self.cache.file_size(),
            "outbox_depth": self.cache.depth(), "conflicts": len(self.cache.conflicts()),
            "last_successful_sync": self.cache.last_pull_at(), "connectivity": connectivity,
            # API.md v1.1: the server refuses this Clerk (426); IT must update it, nothing is lost meanwhile.
            "update_required": connectivity == ConnectionState.UPDATE_REQUIRED.value,
            "clerk_version": __version__, "min_version": min_version,
        }

    def close(self) -> None:
        self.api.close()
        self.cache.close()
        if self.lock:
            self.lock.release()

    def __enter__(self) -> Device:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def sign_out_device(settings: config.Settings, secrets: SecretStore) -> None:
    """"Sign this device out of the store": wipe the cache and forget its key and device token."""
    if settings.api_url and settings.store_id:
        Cache.wipe(cache_path(settings))
        secrets.delete(cache_key_name(settings.api_url, settings.store_id))
        secrets.delete(device_token_name(settings.api_url, settings.store_id))
    settings.store_id = settings.device_id = None
