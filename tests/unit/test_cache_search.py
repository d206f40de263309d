"""Customer search in the cache: every query kind, folding in every script, ranking by kind, and LIMIT."""

from __future__ import annotations

import json
import os
import random
from pathlib import Path
from typing import Any

import pytest

from clerk_app.cache import Cache, search
from clerk_app.domain.folding import fold, name_tokens

VECTORS = json.loads((Path(__file__).resolve().parents[2] / "resources" / "folding_vectors.json").read_text("utf-8"))


def person(cid: str, given: str, family: str, *, email: str | None = None, phone: str | None = None,
           loyalty_id: str | None = None) -> dict[str, Any]:
    return {
        "id": cid, "version": 1, "given_name": given, "family_name": family, "display_name": f"{given} {family}",
        "email": email, "phone": phone, "loyalty_id": loyalty_id, "loyalty_tier": "none", "loyalty_points": 0,
        "home_store_id": "st_001", "preferred_channel": "email", "marketing_consent": False, "locale": "en-US",
        "created_at": "2025-01-01T00:00:00Z", "updated_at": "2025-01-01T00:00:00Z",
        "stats": {"lifetime_value_cents": 0, "currency": "EUR", "orders_count": 0, "last_order_at": None,
                  "channels_used": []},
    }


NEEDLES = [
    person("cu_arabic", "علي", "الكاظمي", phone="+971501234567"),  # Arabic yeh and kaf
    person("cu_persian", "کیان", "یزدانی"),  # Persian yeh and keheh
    person("cu_harakat", "مُحَمَّد", "رضا"),
    person("cu_hebrew", "שָׁלוֹם", "כֹּהֵן"),
    person("cu_russian", "Фёдор", "Достоевский"),
    person("cu_latin", "Thérèse", "Núñez-García", email="therese.nunez@example.org"),
    person("cu_anna", "Anna", "Kowalski"),
    person("cu_annabel", "Annabel", "Smith"),
    person("cu_email_anna", "Zed", "Quill", email="anna.q@example.net"),
    person("cu_us_phone", "Glen", "Tarrow", phone="+15555551234"),
    person("cu_de_phone", "Jörg", "Wendt", phone="+4990524605265"),
    person("cu_loyal", "Olive", "Hart", loyalty_id="L000000777"),
    person("cu_loyal_email", "Wren", "Ash", email="l000000777.fan@example.com"),
    person("cu_order", "Ulla", "Lind"),
    person("cu_pickup", "Ines", "Roth"),
]


def _fillers(count: int) -> list[dict[str, Any]]:
    """Customers whose words share no prefix with the needles' (their alphabets leave out the needles' letters)."""
    rng = random.Random(7)
    scripts = [("bdfgkmpstvz", "aeiou"), ("бвгдз", "аоуы"), ("بتثجح", "اوی")]
    people = []
    for n in range(count):
        consonants, vowels = scripts[n % 3]

        def word() -> str:
            return "".join(rng.choice(consonants) + rng.choice(vowels) for _ in range(rng.randint(2, 3)))

        family = ("bo" if n % 3 == 0 else "") + word()
        people.append(person(f"cu_f{n:04d}", word().capitalize(), family.capitalize(), email=f"f{n}@filler.example",
                             phone=f"+4930{rng.randint(10**6, 10**7 - 1)}", loyalty_id=f"L1{n:08d}"))
    return people


FILLERS = _fillers(360)


def upsert(kind: str, data: dict[str, Any]) -> dict[str, Any]:
    return {"seq": 1, "entity": kind, "id": data["id"], "op": "upsert", "version": data["version"], "data": data}


@pytest.fixture(scope="module")
def cache(tmp_path_factory):
    path = tmp_path_factory.mktemp("search") / "cache.db"
    orders = [{"id": "or_1", "version": 1, "number": "CL-10000042", "customer_id": "cu_order", "channel": "store",
               "placed_at": "2026-10-01T10:00:00Z", "status": "fulfilled", "fulfillment": "carry_out",
               "store_id": "st_001", "currency": "EUR", "total_cents": 100, "lines": [],
               "updated_at": "2026-10-01T10:00:00Z"}]
    pickups = [{"id": "pk_1", "version": 1, "order_id": "or_2", "order_number": "CL-10000099", "customer_id": "cu_pickup",
                "customer_name": "Ines Roth", "store_id": "st_001", "status": "new", "created_at": "2026-11-20T10:00:00Z",
                "promised_by": "2026-11-20T14:00:00Z", "ready_at": None, "pickup_by": None, "picked_up_at": None,
                "shelf_location": None, "pickup_code": "QWE234", "alternate_pickup_name": None,
                "customer_arrived_at": None, "arrival_note": None, "lines": [], "notifications": [], "handover": None,
                "cancel_reason": None, "updated_at": "2026-11-20T10:00:00Z"}]
    opened = Cache.open(path, os.urandom(32))
    changes = [upsert("customer", c) for c in FILLERS + NEEDLES]
    changes += [upsert("order", o) for o in orders] + [upsert("pickup", p) for p in pickups]
    opened.apply_page(changes, "c1", 0)
    yield opened
    opened.close()


def ids(cache: Cache, q: str, limit: int = 50) -> list[str]:
    return [c["id"] for c in cache.search_customers(q, limit)]


@pytest.mark.parametrize(("query", "expected"), [
    ("علی", "cu_arabic"),  # Persian yeh finds the Arabic one
    ("علي", "cu_arabic"),
    ("الکاظمی", "cu_arabic"),  # keheh and Persian yeh find the Arabic spelling of the second word
    ("الكاظ", "cu_arabic"),  # a prefix of the second word
    ("كيان", "cu_persian"),  # Arabic kaf and yeh find the Persian spelling
    ("یزد", "cu_persian"),
    ("محمد", "cu_harakat"),  # no harakat typed, stored with them
    ("مُحَمَّد", "cu_harakat"),
    ("שלום", "cu_hebrew"),  # no niqqud typed
    ("כה", "cu_hebrew"),
    ("федор", "cu_russian"),  # е finds ё
    ("ФЁД", "cu_russian"),
    ("дост", "cu_russian"),
    ("therese", "cu_latin"),
    ("THÉR", "cu_latin"),
    ("nunez", "cu_latin"),
    ("garc", "cu_latin"),  # the word after the hyphen
    ("ther nun", "cu_latin"),  # every word a prefix of some word of the name
    ("nun ther", "cu_latin"),
])
def test_a_name_prefix_of_any_word_in_any_script_is_found_folded(cache, query, expected):
    assert ids(cache, query) == [expected]


def test_every_word_of_the_query_must_match_a_word_of_the_name(cache):
    assert ids(cache, "ther xyz") == []
    assert ids(cache, "glen smith") == []


def test_an_email_prefix_is_found_whatever_its_case(cache):
    assert ids(cache, "therese.nu") == ["cu_latin"]
    assert ids(cache, "THERESE.NUNEZ@EXAMPLE") == ["cu_latin"]
    assert ids(cache, "therese.nunez@example.org") == ["cu_latin"]
    # The middle of an address is not a prefix of it (nor a name).
    assert ids(cache, "nunez@example.org") == []


def test_an_email_prefix_and_a_name_prefix_each_match_only_their_own_kind(tmp_path):
    people = [
        person("cu_name", "Custodio", "Reyes", email="r.reyes@example.com"),
        person("cu_mail", "Zed", "Quill", email="cust.service@example.com"),
        person("cu_domain", "Amy", "Blue", email="amy@custard.example"),
        person("cu_digits", "Mark", "Twain", email="mark1234@example.com", phone="+15555554321"),
    ]
    with Cache.open(tmp_path / "kinds.db", os.urandom(32)) as kinds:
        kinds.apply_page([upsert("customer", c) for c in people], "c1", 0)
        # Four letters: the address that starts with them, then the name; an address that only contains them is neither.
        assert ids(kinds, "cust") == ["cu_mail", "cu_name"]
        assert ids(kinds, "custo") == ["cu_name"]  # a name prefix longer than any address prefix it shares
        assert ids(kinds, "cust.s") == ["cu_mail"]
        # Words inside an address are not name words, and a name word is not the start of an address.
        assert ids(kinds, "service") == [] and ids(kinds, "example") == [] and ids(kinds, "custard") == []
        assert ids(kinds, "reyes") == ["cu_name"] and ids(kinds, "r.rey") == ["cu_name"]
        # Digits in an address are not a phone number, nor phone digits an address or a name.
        assert ids(kinds, "1234") == [] and ids(kinds, "mark12") == ["cu_digits"]
        assert ids(kinds, "4321") == ["cu_digits"] and ids(kinds, "5555") == []


def test_the_search_tables_follow_every_write_to_a_customer(tmp_path):
    def rows(cache: Cache) -> list[tuple]:
        return cache.connection.execute(
            "SELECT c.id, e.email, p.digits FROM customers AS c LEFT JOIN customer_emails AS e ON e.rid = c.rid "
            "LEFT JOIN customer_phones AS p ON p.rid = c.rid ORDER BY c.id").fetchall()

    first = person("cu_1", "Ada", "Byron", email="ada@example.com", phone="+441234567890")
    second = person("cu_2", "Alan", "Turing", email="alan@example.com", phone="+441112223334")
    with Cache.open(tmp_path / "writes.db", os.urandom(32)) as cache:
        cache.apply_page([upsert("customer", first), upsert("customer", second)], "c1", 0)
        assert rows(cache) == [("cu_1", "ada@example.com", "098765432144"),
                               ("cu_2", "alan@example.com", "433322211144")]
        # An optimistic edit is searchable at once, and a refusal puts the server's version back.
        edited = {**first, "email": "ADA.L@example.com", "phone": None}
        queued = cache.enqueue("customer.update.v1", {"customer_id": "cu_1"}, "sf_a", entity="customer",
                               entity_id="cu_1", optimistic=edited, acted_at="2026-11-20T12:00:00Z")
        assert rows(cache)[0] == ("cu_1", "ada.l@example.com", None)
        assert ids(cache, "ada.l") == ["cu_1"] and ids(cache, "ada@example") == [] and ids(cache, "7890") == []
        cache.settle(queued["seq"], "rejected", "customer", None, {"type": "/problems/validation", "status": 422})
        assert rows(cache)[0] == ("cu_1", "ada@example.com", "098765432144")
        assert ids(cache, "ada@example") == ["cu_1"] and ids(cache, "ada.l") == []
        # A refusal that sends the server's newer customer stores it, searchable by what it now says.
        queued = cache.enqueue("customer.update.v1", {"customer_id": "cu_1"}, "sf_a", entity="customer",
                               entity_id="cu_1", optimistic=edited, acted_at="2026-11-20T12:00:00Z")
        newer = {**first, "version": 2, "family_name": "Lovelace", "display_name": "Ada Lovelace",
                 "email": "ada@lovelace.example", "phone": "+449876543210"}
        cache.settle(queued["seq"], "rejected", "customer", newer, {"type": "/problems/validation", "status": 422})
        assert rows(cache)[0] == ("cu_1", "ada@lovelace.example", "012345678944")
        assert ids(cache, "lovelace") == ["cu_1"] and ids(cache, "byron") == [] and ids(cache, "ada@example") == []
        # Out of scope and never viewed: purged, and gone from every search table.
        cache.apply_page([{"seq": 2, "entity": "customer", "id": "cu_2", "op": "delete", "version": 1, "data": None}],
                         "c2", 0)
        assert cache.purge("2027-01-01T00:00:00Z") == 1
        assert rows(cache) == [("cu_1", "ada@lovelace.example", "012345678944")]
        assert ids(cache, "alan") == [] and ids(cache, "3334") == []
        cache.reset_entities()
        for table in ("customer_emails", "customer_phones"):
            assert cache.connection.execute(f"SELECT count(*) FROM {table}").fetchone() == (0,)
        assert ids(cache, "ada") == []


@pytest.mark.parametrize("names", [
    ("Thérèse", "Núñez-García", "Thérèse Núñez-García"),
    ("a\u0301 ", "\u0301b", "x\u00a0y"),  # marks beside a space, a no-break space
    ("ΟΔΟΣ", "ﬁ ß", "İstanbul  ΟΔΟΣ"),
    ("\u1100", "\u1161", "\u1100 \u1161"),  # Hangul jamo that would compose without the space
    ("Anna", None, ""),
])
def test_indexed_name_words_are_the_folded_words_of_the_names_joined(names):
    # The index folds each space-separated piece on its own (and caches it); that must change nothing.
    assert search.name_terms(*names) == " ".join(name_tokens(" ".join(p for p in names if p)))
    for vector in VECTORS:
        pieces = (vector["input"], "Vectorperson", f"{vector['input']} Vectorperson")
        assert search.name_terms(*pieces) == " ".join(name_tokens(" ".join(pieces))), vector["rule"]

@pytest.mark.parametrize(("query", "expected"), [
    ("555-1234", "cu_us_phone"),
    ("(555) 555-1234", "cu_us_phone"),
    ("+1 555 555 1234", "cu_us_phone"),
    ("5555551234", "cu_us_phone"),  # the national number without the country code
    ("٥٥٥١٢٣٤", "cu_us_phone"),  # Arabic-Indic digits
    ("۵۵۵-۱۲۳۴", "cu_us_phone"),  # Persian digits
    ("0905 24605265", "cu_de_phone"),  # German national format: trunk 0, no country code
    ("+49 (905) 246-05265", "cu_de_phone"),
    ("050 123 4567", "cu_arabic"),  # UAE national format
    ("٠٥٠١٢٣٤٥٦٧", "cu_arabic"),
])
def test_phone_digits_in_any_formatting_find_the_customer(cache, query, expected):
    assert ids(cache, query) == [expected]


def test_phone_digits_match_from_the_end_and_need_four_of_them(cache):
    assert "cu_us_phone" in ids(cache, "1234")
    assert ids(cache, "234") == []
    assert "cu_us_phone" not in ids(cache, "5555")  # the start of the number is not its end


def test_a_loyalty_id_or_order_number_is_found_exactly(cache):
    assert ids(cache, "L000000777")[0] == "cu_loyal"
    assert ids(cache, "l000000777")[0] == "cu_loyal"
    assert "cu_loyal" not in ids(cache, "L0000007")  # not a prefix match
    assert ids(cache, "CL-10000042") == ["cu_order"]
    assert ids(cache, "cl-10000042") == ["cu_order"]
    assert ids(cache, "CL-10000099") == ["cu_pickup"]  # the number of a pickup's order
    assert ids(cache, "CL-1000004") == []


def test_results_are_ranked_exact_ids_first_then_phone_email_and_names(cache):
    # Exact loyalty id before the customer whose email merely starts with it.
    assert ids(cache, "L000000777") == ["cu_loyal", "cu_loyal_email"]
    # Email prefix, then a whole-word name, then a name that only starts with the word.
    assert ids(cache, "anna") == ["cu_email_anna", "cu_anna", "cu_annabel"]


def test_results_are_limited_and_names_come_in_name_order(cache):
    matching = sorted((c for c in FILLERS if any(t.startswith("bo") for t in name_tokens(c["display_name"]))),
                      key=lambda c: (fold(c["display_name"]), c["id"]))
    assert len(matching) > 60
    assert ids(cache, "bo", limit=10) == [c["id"] for c in matching[:10]]
    assert ids(cache, "bo") == [c["id"] for c in matching[:50]]
    assert len(ids(cache, "BO", limit=500)) == len(matching)
    assert ids(cache, "bo", limit=0) == []


def test_results_are_the_customers_as_shown(cache):
    [found] = cache.search_customers("therese")
    assert found["email"] == "therese.nunez@example.org" and found["pending"] is False


def test_queries_that_look_like_search_syntax_are_taken_as_text(cache):
    for query in ['"', 'an"na', "NOT anna", "anna OR", "*", "name:anna", "(anna", "^anna", "an-na"]:
        cache.search_customers(query)  # must not raise an FTS5 syntax error
    assert ids(cache, "NOT anna") == []
    assert ids(cache, "") == [] and ids(cache, "   ") == []


@pytest.mark.parametrize("vector", VECTORS, ids=[v["rule"] for v in VECTORS])
def test_the_client_folds_as_the_shared_vectors_say(vector):
    assert fold(vector["input"]) == vector["folded"]


def test_each_vector_name_is_found_by_its_folded_form(tmp_path):
    with Cache.open(tmp_path / "vectors.db", os.urandom(32)) as cache:
        cache.apply_page([upsert("customer", person(f"cu_v{i:02d}", v["input"], "Vectorperson"))
                          for i, v in enumerate(VECTORS)], "c1", 0)
        for i, v in enumerate(VECTORS):
            assert f"cu_v{i:02d}" in ids(cache, v["folded"] + " vectorp", limit=100), v["rule"]
