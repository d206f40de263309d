"""The published resources/openapi.json is the server's current document and covers every path of API.md."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from central_api.cli import openapi_document

PUBLISHED = Path(__file__).resolve().parents[2] / "resources" / "openapi.json"

# Every path API.md documents, with the methods it gives each.
API_MD_PATHS = {
    "/v1/health": {"get"},
    "/v1/devices": {"post"},
    "/v1/auth/login": {"post"},
    "/v1/auth/refresh": {"post"},
    "/v1/auth/logout": {"post"},
    "/v1/me": {"get"},
    "/v1/customers": {"get"},
    "/v1/customers/{customer_id}": {"get"},
    "/v1/customers/{customer_id}/carts": {"get"},
    "/v1/customers/{customer_id}/orders": {"get"},
    "/v1/customers/{customer_id}/notes": {"get"},
    "/v1/stores/{store_id}/inventory": {"get"},
    "/v1/products": {"get"},
    "/v1/stores/{store_id}/pickups": {"get"},
    "/v1/stores/{store_id}/changes": {"get"},
    "/v1/mutations": {"post"},
    "/v1/stores/{store_id}/metrics": {"get"},
    # v1.1 "Stores and staff", "Products and stock across stores"
    "/v1/stores": {"get"},
    "/v1/inventory": {"get"},
    # v1.1 "Enrollment codes"
    "/v1/stores/{store_id}/enrollment-codes": {"post"},
}


def test_published_document_is_the_servers_current_one():
    published = json.loads(PUBLISHED.read_text(encoding="utf-8"))
    # Round-trip through JSON so tuples and the like compare as the file stores them.
    current = json.loads(json.dumps(openapi_document()))
    assert published == current, "resources/openapi.json is out of date with the server: run `make openapi`"


@pytest.mark.parametrize("path", sorted(API_MD_PATHS))
def test_every_api_md_path_is_in_the_document(path):
    paths = json.loads(PUBLISHED.read_text(encoding="utf-8"))["paths"]
    assert path in paths, f"{path} from API.md is missing from resources/openapi.json"
    assert API_MD_PATHS[path] <= set(paths[path]), f"{path}: API.md's methods {API_MD_PATHS[path]} not all documented"


def test_document_has_no_paths_api_md_does_not_know():
    # A route the server grew without a line in the contract is a contract change nobody reviewed.
    paths = json.loads(PUBLISHED.read_text(encoding="utf-8"))["paths"]
    assert set(paths) <= set(API_MD_PATHS)


def test_v1_1_feed_kinds_and_product_search_are_published():
    document = json.loads(PUBLISHED.read_text(encoding="utf-8"))
    kinds = document["components"]["schemas"]["Change"]["properties"]["entity"]["enum"]
    assert {"store", "staff"} <= set(kinds)
    params = {p["name"] for p in document["paths"]["/v1/products"]["get"]["parameters"]}
    assert {"sku", "q", "limit", "cursor"} <= params
    store = document["components"]["schemas"]["Store"]["required"]
    assert set(store) == {"id", "version", "name", "city", "address", "phone", "timezone", "opening_hours", "updated_at"}
