"""Live look-ups with a staff token: customer search in every script, customer 360, catalogue, stock, pickups, metrics."""

from __future__ import annotations

import json
import statistics
import unicodedata
from collections import Counter
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from central_api import db, entities
from central_api.folding import name_tokens, phone_digits
from central_api.security import iso, parse_iso
from tests.helpers.api import SEED_NOW, LiveApi, running_copy

pytestmark = pytest.mark.both_engines

ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")

# Customers written the way real systems store them: with harakat, niqqud, ё, tatweel, hamza,
# and Persian letters. (given_name, family_name, locale)
SPECIAL = {
    "cu_t_muhammad": ("مُحَمَّد", "الكاظمي", "ar"),  # harakat; Arabic kaf and yeh
    "cu_t_fyodor": ("Фёдор", "Ёлкин", "ru-RU"),
    "cu_t_ali_fa": ("علی", "رضایی", "fa-IR"),  # typed on a Persian keyboard
    "cu_t_moshe": ("מֹשֶׁה", "כֹּהֵן", "he-IL"),  # niqqud
    "cu_t_fatima": ("فاطمة", "أحمد", "ar"),  # teh marbuta; alef with hamza
    "cu_t_mahmoud": ("محـــمود", "إسماعيل", "ar"),  # tatweel; alef with hamza below
    "cu_t_zoe": ("Zoë", "Ångström", "fr-FR"),
}


# --- one server for the whole module ----------------------------------------------------------
# Nearly everything here only reads, and Argon2 makes each sign-in cost ~0.2 s, so the module
# shares one server over its own copy of the seeded database and signs in once per person.

@pytest.fixture(scope="module")
def api(engine_template, tmp_path_factory) -> Iterator[LiveApi]:
    def add_special_customers(database, clock) -> None:
        with database.write() as conn:
            for customer_id, (given, family, locale) in SPECIAL.items():
                _add_customer(conn, clock, customer_id, given, family, locale, engine_template.network["stores"][0]["id"])

    with running_copy(engine_template, tmp_path_factory.mktemp("customers"), add_special_customers) as live:
        yield live


def _add_customer(conn, clock, customer_id: str, given: str, family: str, locale: str, store_id: str) -> None:
    now = clock.iso()
    entities.save(conn, "customer", {
        "id": customer_id, "given_name": given, "family_name": family, "display_name": f"{given} {family}",
        "email": None, "phone": None, "loyalty_id": None, "loyalty_tier": "none", "loyalty_points": 0,
        "home_store_id": store_id, "preferred_channel": "sms", "marketing_consent": False, "locale": locale,
        "created_at": now, "updated_at": now,
        "stats": {"lifetime_value_cents": 0, "currency": "EUR", "orders_count": 0, "last_order_at": None, "channels_used": []},
    }, int(clock.time()), is_new=True)


@pytest.fixture(scope="module")
def associate(api) -> Any:
    """An httpx client signed in as an associate of store 0."""
    return api.client(api.staff_token(api.store(0)["associates"][0]))


@pytest.fixture(scope="module")
def manager(api) -> Any:
    return api.client(api.staff_token(api.store(0)["manager"]))


@pytest.fixture(scope="module")
def customers(api) -> list[dict[str, Any]]:
    with api.database.read() as conn:
        return [json.loads(t) for t in conn.execute(select(db.customers.c.data).order_by(db.customers.c.id)).scalars()]


def _rows(api, table, *where) -> list[dict[str, Any]]:
    with api.database.read() as conn:
        return [json.loads(t) for t in conn.execute(select(table.c.data).where(*where)).scalars()]


def assert_problem(reply, status: int, slug: str) -> None:
    assert reply.status_code == status, reply.text
    assert reply.headers["content-type"].startswith("application/problem+json")
    assert reply.json()["type"] == f"/problems/{slug}"


# --- search ------------------------------------------------------------------------------------

def search(client, q: str, limit: int = 500) -> list[str]:
    reply = client.get("/v1/customers", params={"q": q, "limit": limit})
    assert reply.status_code == 200, reply.text
    body = reply.json()
    assert body["next_cursor"] is None
    return [c["id"] for c in body["items"]]


def name_or_email_matches(customers: list[dict[str, Any]], q: str) -> set[str]:
    """What API.md says a name query finds: every folded word of q starts a word of the name
    (or q starts the email)."""
    wanted = name_tokens(q)
    found = set()
    for c in customers:
        words = name_tokens(c["given_name"], c["family_name"], c["display_name"])
        if all(any(word.startswith(w) for word in words) for w in wanted):
            found.add(c["id"])
        elif c["email"] and c["email"].casefold().startswith(q.strip().casefold()):
            found.add(c["id"])
    return found


def assert_finds(client, customers, q: str, target: str) -> None:
    got = search(client, q)
    assert target in got, f"{q!r} did not find {target}"
    assert len(got) == len(set(got))
    assert set(got) == name_or_email_matches(customers, q)


def _first(customers, predicate) -> dict[str, Any]:
    found = [c for c in customers if predicate(c)]
    assert found, "the seeded data has no such customer"
    return found[0]


def _name_words(c: dict[str, Any]) -> list[str]:
    return f"{c['given_name']} {c['family_name']}".split()


def test_arabic_yeh_is_found_when_typed_the_persian_way(associate, customers):
    c = _first(customers, lambda c: c["locale"] == "ar" and any("\u064a" in w for w in _name_words(c)))
    word = next(w for w in _name_words(c) if "\u064a" in w)
    prefix = word[:word.index("\u064a") + 1]
    assert_finds(associate, customers, prefix.replace("\u064a", "\u06cc"), c["id"])


def test_persian_yeh_is_found_when_typed_the_arabic_way(associate, customers):
    c = _first(customers, lambda c: c["locale"] == "fa-IR" and any(w.endswith("\u06cc") for w in _name_words(c)))
    word = next(w for w in _name_words(c) if w.endswith("\u06cc"))
    assert_finds(associate, customers, word.replace("\u06cc", "\u064a"), c["id"])


def test_harakat_typed_in_the_query_are_ignored(associate, customers):
    c = _first(customers, lambda c: c["locale"] == "ar" and len(c["given_name"]) >= 3 and " " not in c["given_name"])
    word = c["given_name"]
    assert_finds(associate, customers, word[0] + "\u064e" + word[1:], c["id"])


def test_russian_yo_and_ye_find_each_other(associate, customers):
    c = _first(customers, lambda c: c["locale"] == "ru-RU" and "е" in c["family_name"] and "ё" not in c["family_name"])
    assert_finds(associate, customers, c["family_name"].replace("е", "ё"), c["id"])
    assert_finds(associate, customers, "Федор", "cu_t_fyodor")
    assert_finds(associate, customers, "ЕЛКИН", "cu_t_fyodor")


def test_latin_names_match_without_case_or_accents(associate, customers):
    accented = _first(customers, lambda c: c["family_name"].isascii() is False and c["locale"] in ("fr-FR", "de-DE", "es-ES")
                      and unicodedata.normalize("NFKD", c["family_name"]).encode("ascii", "ignore").decode().isalpha())
    plain = unicodedata.normalize("NFKD", accented["family_name"]).encode("ascii", "ignore").decode()
    assert_finds(associate, customers, plain.upper(), accented["id"])

    unaccented = _first(customers, lambda c: c["locale"] == "de-DE" and c["family_name"].isascii() and "e" in c["family_name"])
    assert_finds(associate, customers, unaccented["family_name"].lower().replace("e", "é"), unaccented["id"])
    assert_finds(associate, customers, "zoe ÅNG", "cu_t_zoe")


def test_full_width_letters_find_latin_names(associate, customers):
    c = _first(customers, lambda c: c["locale"] == "en-US" and c["given_name"].isascii() and c["given_name"].isalpha())
    full_width = "".join(chr(ord(ch) + 0xFEE0) for ch in c["given_name"])
    assert_finds(associate, customers, full_width, c["id"])


@pytest.mark.parametrize(("q", "target"), [
    ("محمد", "cu_t_muhammad"),  # stored with harakat
    ("مُحَمَّد الکاظمی", "cu_t_muhammad"),  # two words; Persian kaf and yeh in the query
    ("علي", "cu_t_ali_fa"),  # Arabic-typed query, Persian-typed name
    ("علی", "cu_t_ali_fa"),
    ("رضايي", "cu_t_ali_fa"),
    ("משה", "cu_t_moshe"),  # stored with niqqud
    ("כהן", "cu_t_moshe"),
    ("فاطمه", "cu_t_fatima"),  # teh marbuta
    ("احمد", "cu_t_fatima"),  # alef with hamza
    ("محمود", "cu_t_mahmoud"),  # stored with tatweel
    ("مـحـمـود اسماعيل", "cu_t_mahmoud"),
])
def test_names_in_any_script_are_folded_on_both_sides(associate, customers, q, target):
    assert_finds(associate, customers, q, target)


def test_a_persian_query_finds_the_seeded_arabic_typed_ali(associate, customers):
    arabic_typed = [c["id"] for c in customers if c["given_name"] == "علي"]
    assert arabic_typed
    got = search(associate, "علی")
    assert set(arabic_typed) | {"cu_t_ali_fa"} <= set(got)


def test_email_prefix_in_any_case(associate, customers):
    c = _first(customers, lambda c: c["email"] and "." in c["email"].split("@")[0])
    local, _, domain = c["email"].partition("@")
    assert search(associate, f"{local}@{domain[:3]}".upper()) == [c["id"]]

    starting = {x["id"] for x in customers if x["email"] and x["email"].startswith("customer1")}
    assert len(starting) > 10
    assert set(search(associate, "CUSTOMER1")) == starting


def _phone_customer(customers) -> dict[str, Any]:
    return _first(customers, lambda c: c["phone"] and c["phone"].startswith("+49"))


@pytest.mark.parametrize("style", ["spaced", "international_zeros", "arabic_indic", "persian", "last8"])
def test_phone_digits_in_any_formatting(associate, customers, style):
    c = _phone_customer(customers)
    digits = c["phone"][1:]
    q, searched = {
        "spaced": (f"+{digits[:2]} ({digits[2:5]}) {digits[5:8]}-{digits[8:]}", digits),
        "international_zeros": (f"00{digits[:2]} {digits[2:]}", digits),
        "arabic_indic": ("+" + digits.translate(ARABIC_INDIC), digits),
        "persian": (digits[:6].translate(PERSIAN) + " " + digits[6:].translate(PERSIAN), digits),
        "last8": (f"{digits[-8:-4]}-{digits[-4:]}", digits[-8:]),
    }[style]

    got = search(associate, q)

    assert c["id"] in got
    phones = {x["id"]: phone_digits(x["phone"] or "") for x in customers}
    assert all(phones[cid].endswith(searched) for cid in got)
    assert set(got) == {cid for cid, p in phones.items() if p.endswith(searched)}


def test_loyalty_id_matches_exactly(associate, customers):
    c = _first(customers, lambda c: c["loyalty_id"])
    assert search(associate, c["loyalty_id"]) == [c["id"]]
    assert search(associate, c["loyalty_id"].lower()) == [c["id"]]
    assert search(associate, c["loyalty_id"][:-1]) == []


def test_order_number_finds_its_customer(api, associate):
    with api.database.read() as conn:
        o = db.orders.c
        number, customer_id = conn.execute(select(o.number, o.customer_id).order_by(o.id).limit(1)).one()
    assert search(associate, number) == [customer_id]
    assert search(associate, number.lower()) == [customer_id]


def test_no_match_is_an_empty_page(associate):
    reply = associate.get("/v1/customers", params={"q": "zzqxjw"})
    assert reply.status_code == 200
    assert reply.json() == {"items": [], "next_cursor": None}


def test_an_empty_query_is_a_validation_problem(associate):
    assert_problem(associate.get("/v1/customers", params={"q": "   "}), 422, "validation")


def test_search_pages_are_disjoint_and_add_up_to_the_whole(associate, customers):
    whole = search(associate, "customer")
    assert len(whole) > 60
    pages, cursor = [], None
    while True:
        params = {"q": "customer", "limit": 25} | ({"cursor": cursor} if cursor else {})
        reply = associate.get("/v1/customers", params=params)
        assert reply.status_code == 200, reply.text
        body = reply.json()
        pages.append([c["id"] for c in body["items"]])
        cursor = body["next_cursor"]
        if cursor is None:
            break
    flat = [cid for page in pages for cid in page]
    assert all(len(page) == 25 for page in pages[:-1])
    assert len(flat) == len(set(flat))
    assert flat == whole
    assert set(flat) == {c["id"] for c in customers if c["email"] and c["email"].startswith("customer")}


def test_search_needs_a_staff_token(api):
    assert_problem(api.client().get("/v1/customers", params={"q": "anna"}), 401, "unauthenticated")


# --- customer 360 ------------------------------------------------------------------------------

def test_viewing_a_customer_returns_it_and_is_audited(api, associate, customers):
    c = customers[5]
    audit = db.audit_events.c
    with api.database.read() as conn:
        before = conn.execute(select(func.count()).select_from(db.audit_events).where(audit.subject == c["id"])).scalar_one()

    reply = associate.get(f"/v1/customers/{c['id']}")

    assert reply.status_code == 200
    assert reply.json() == c
    with api.database.read() as conn:
        rows = conn.execute(select(db.audit_events).where(audit.subject == c["id"]).order_by(audit.id)).all()
    assert len(rows) == before + 1
    assert rows[-1].action == "customer.view"
    assert rows[-1].staff_id == api.staff_id(api.store(0)["associates"][0])
    assert rows[-1].at == iso(SEED_NOW)


@pytest.mark.parametrize("path", ["", "/carts", "/orders", "/notes"])
def test_an_unknown_customer_is_not_found(associate, path):
    assert_problem(associate.get(f"/v1/customers/cu_nobody{path}"), 404, "not-found")


def test_carts_of_a_customer(api, associate):
    carts = _rows(api, db.carts)
    customer_id = carts[0]["customer_id"]
    reply = associate.get(f"/v1/customers/{customer_id}/carts")
    assert reply.status_code == 200
    by_id = sorted(reply.json()["items"], key=lambda c: c["id"])
    assert by_id == sorted((c for c in carts if c["customer_id"] == customer_id), key=lambda c: c["id"])


def test_orders_are_paged_newest_first_across_channels(api, associate):
    by_customer: dict[str, list[dict[str, Any]]] = {}
    for order in _rows(api, db.orders):
        by_customer.setdefault(order["customer_id"], []).append(order)
    # The customer whose orders span the most channels (web, app, store, phone), then the most orders.
    customer_id = max(sorted(by_customer), key=lambda cid: (len({o["channel"] for o in by_customer[cid]}), len(by_customer[cid])))
    stored = by_customer[customer_id]
    assert len(stored) >= 4

    items, cursor, pages = [], None, 0
    while True:
        reply = associate.get(f"/v1/customers/{customer_id}/orders", params={"limit": 2} | ({"cursor": cursor} if cursor else {}))
        assert reply.status_code == 200, reply.text
        body = reply.json()
        items += body["items"]
        pages += 1
        cursor = body["next_cursor"]
        if cursor is None:
            break

    assert pages >= 2
    assert [o["placed_at"] for o in items] == sorted((o["placed_at"] for o in stored), reverse=True)
    assert sorted(items, key=lambda o: o["id"]) == sorted(stored, key=lambda o: o["id"])
    assert len({o["channel"] for o in items}) >= 3


def test_notes_of_a_customer(api, associate):
    notes = _rows(api, db.notes)
    customer_id = notes[0]["customer_id"]
    reply = associate.get(f"/v1/customers/{customer_id}/notes")
    assert reply.status_code == 200
    by_id = sorted(reply.json()["items"], key=lambda n: n["id"])
    assert by_id == sorted((n for n in notes if n["customer_id"] == customer_id), key=lambda n: n["id"])


# --- catalogue, stock, pickups -----------------------------------------------------------------

def test_products_by_sku(api, associate):
    products = {p["sku"]: p for p in _rows(api, db.products)}
    reply = associate.get("/v1/products", params={"sku": ["SKU-00001", "SKU-00007", "SKU-NONE"]})
    assert reply.status_code == 200
    assert sorted(reply.json()["items"], key=lambda p: p["sku"]) == [products["SKU-00001"], products["SKU-00007"]]
    # Neither `sku` nor `q` pages through the catalogue (tests/integration/test_stock.py), no longer a 422.


def test_inventory_of_the_own_store_only(api, associate):
    own, other = api.store(0)["id"], api.store(1)["id"]
    stock = {i["sku"]: i for i in _rows(api, db.inventory, db.inventory.c.store_id == own)}
    reply = associate.get(f"/v1/stores/{own}/inventory", params={"sku": ["SKU-00002", "SKU-00003"]})
    assert reply.status_code == 200
    items = sorted(reply.json()["items"], key=lambda i: i["sku"])
    assert items == [stock["SKU-00002"], stock["SKU-00003"]]
    assert all(i["available"] == i["on_hand"] - i["reserved"] for i in items)
    assert_problem(associate.get(f"/v1/stores/{other}/inventory", params={"sku": "SKU-00002"}), 403, "forbidden")


def _all_pickup_pages(client, store_id: str, params: dict[str, Any]) -> list[list[dict[str, Any]]]:
    pages, cursor = [], None
    while True:
        reply = client.get(f"/v1/stores/{store_id}/pickups", params=params | ({"cursor": cursor} if cursor else {}))
        assert reply.status_code == 200, reply.text
        body = reply.json()
        pages.append(body["items"])
        cursor = body["next_cursor"]
        if cursor is None:
            return pages


@pytest.mark.parametrize("statuses", [["picked_up"], ["new", "picking"], None])
def test_pickups_of_the_store_by_status_in_pages(api, associate, statuses):
    store_id = api.store(0)["id"]
    stored = [p for p in _rows(api, db.pickups, db.pickups.c.store_id == store_id) if statuses is None or p["status"] in statuses]
    pages = _all_pickup_pages(associate, store_id, {"limit": 4} | ({"status": statuses} if statuses else {}))

    flat = [p for page in pages for p in page]
    assert len(pages) >= 2 and all(len(page) == 4 for page in pages[:-1])
    assert len({p["id"] for p in flat}) == len(flat)
    assert sorted(flat, key=lambda p: p["id"]) == sorted(stored, key=lambda p: p["id"])
    assert [(p["created_at"], p["id"]) for p in flat] == sorted(((p["created_at"], p["id"]) for p in flat), reverse=True)


def test_pickups_of_another_store_are_forbidden(api, associate):
    assert_problem(associate.get(f"/v1/stores/{api.store(1)['id']}/pickups"), 403, "forbidden")


# --- manager metrics ---------------------------------------------------------------------------

def _minutes(start: str, end: str) -> float:
    return (parse_iso(end) - parse_iso(start)).total_seconds() / 60


def hand_metrics(pickups: list[dict[str, Any]], start, end) -> dict[str, Any]:
    """metrics.py's docstring worked by hand: a cohort of pickups created in [start, end), queue now."""
    cohort = [p for p in pickups if start <= parse_iso(p["created_at"]) < end]
    ready = [p for p in cohort if p["ready_at"]]
    collected = [p for p in ready if p["picked_up_at"]]
    statuses = Counter(p["status"] for p in cohort)
    on_time = [parse_iso(p["ready_at"]) <= parse_iso(p["promised_by"]) for p in ready]
    return {
        "pickups_created": len(cohort),
        "picked_up": statuses["picked_up"],
        "no_shows": statuses["no_show"] + statuses["restocked"],
        "cancelled": statuses["cancelled"],
        "median_minutes_to_ready": statistics.median(_minutes(p["created_at"], p["ready_at"]) for p in ready) if ready else None,
        "ready_on_time_ratio": sum(on_time) / len(on_time) if on_time else None,
        "median_minutes_ready_to_collected":
            statistics.median(_minutes(p["ready_at"], p["picked_up_at"]) for p in collected) if collected else None,
        "open_by_status": dict(Counter(p["status"] for p in pickups if p["status"] in ("new", "picking", "ready", "no_show"))),
    }


@pytest.mark.parametrize("days", [7, 30, 90])
def test_metrics_equal_a_hand_computation_from_the_pickups(api, manager, days):
    store_id = api.store(0)["id"]
    end, start = SEED_NOW, SEED_NOW - timedelta(days=days)
    expected = hand_metrics(_rows(api, db.pickups, db.pickups.c.store_id == store_id), start, end)
    assert expected["pickups_created"] > 0 and expected["median_minutes_ready_to_collected"] is not None

    reply = manager.get(f"/v1/stores/{store_id}/metrics", params={"from": iso(start), "to": iso(end)})

    assert reply.status_code == 200, reply.text
    got = reply.json()
    assert (got["store_id"], got["from"], got["to"]) == (store_id, iso(start), iso(end))
    for key in ("pickups_created", "picked_up", "no_shows", "cancelled"):
        assert got[key] == expected[key], key
    for key in ("median_minutes_to_ready", "median_minutes_ready_to_collected"):
        assert got[key] == pytest.approx(expected[key], abs=0.05), key
    assert got["ready_on_time_ratio"] == pytest.approx(expected["ready_on_time_ratio"], abs=1e-4)
    assert {k: v for k, v in got["open_by_status"].items() if v} == expected["open_by_status"]


def test_metrics_default_to_the_last_30_days(api, manager):
    store_id = api.store(0)["id"]
    explicit = manager.get(f"/v1/stores/{store_id}/metrics",
                           params={"from": iso(SEED_NOW - timedelta(days=30)), "to": iso(SEED_NOW)}).json()
    assert manager.get(f"/v1/stores/{store_id}/metrics").json() == explicit


def test_metrics_are_for_managers_only(api, associate):
    assert_problem(associate.get(f"/v1/stores/{api.store(0)['id']}/metrics"), 403, "forbidden")
