"""Scan classification: the customer's pickup QR, bag labels, order numbers and loyalty cards are recognised; anything else is search text."""

from __future__ import annotations

import pytest

from clerk_app.domain.labels import label_qr_payload
from clerk_app.domain.scan import Scan, ScanKind, bag_label_payload, classify, pickup_qr_payload, product_barcode


def test_a_pickup_qr_code_gives_the_order_number_and_the_pickup_code():
    assert classify("CLERKPICKUP:CL-10000042:K7PQ2M") == Scan(ScanKind.PICKUP_QR, "CL-10000042", "K7PQ2M")


def test_scanner_case_and_surrounding_whitespace_do_not_matter():
    assert classify(" clerkpickup:cl-10000042:k7pq2m\r\n") == Scan(ScanKind.PICKUP_QR, "CL-10000042", "K7PQ2M")
    assert classify("cl-10000042\t") == Scan(ScanKind.ORDER_NUMBER, "CL-10000042")
    assert classify(" l000000123 ") == Scan(ScanKind.LOYALTY_ID, "L000000123")


@pytest.mark.parametrize("text", [
    "CLERKPICKUP:CL-10000042:K7PQ2",  # code one character short
    "CLERKPICKUP:CL-10000042:K7PQ0M",  # 0 is not in the code alphabet (read aloud as O)
    "CLERKPICKUP:CL-10000042",
    "CLERKPICKUP:ABC:K7PQ2M",
])
def test_a_malformed_pickup_qr_is_not_taken_for_a_pickup(text):
    assert classify(text).kind is ScanKind.TEXT
    assert not classify(text).exact


@pytest.mark.parametrize("text, kind", [
    ("CL-10000001", ScanKind.ORDER_NUMBER),
    ("CL-123456789", ScanKind.ORDER_NUMBER),  # the counter may grow past 8 digits
    ("CL-1000000", ScanKind.TEXT),
    ("CL10000001", ScanKind.TEXT),
    ("L000000001", ScanKind.LOYALTY_ID),
    ("L00000001", ScanKind.TEXT),
    ("L0000000001", ScanKind.TEXT),
    ("Lena", ScanKind.TEXT),
    ("4006381333931", ScanKind.TEXT),  # a product's EAN-13: not something the search bar opens
    ("+49 170 1234567", ScanKind.TEXT),
    ("", ScanKind.TEXT),
])
def test_order_numbers_and_loyalty_ids_have_exact_formats(text, kind):
    assert classify(text).kind is kind


def test_search_text_is_kept_as_typed_apart_from_surrounding_spaces():
    scan = classify("  Фёдор Ив ")
    assert scan == Scan(ScanKind.TEXT, "Фёдор Ив")
    assert not scan.exact


def test_the_customers_pickup_qr_payload_round_trips_through_classify():
    payload = pickup_qr_payload("cl-10000042", "k7pq2m")
    assert payload == "CLERKPICKUP:CL-10000042:K7PQ2M"
    assert classify(payload) == Scan(ScanKind.PICKUP_QR, "CL-10000042", "K7PQ2M")


def test_a_payload_is_not_built_from_a_bad_code():
    with pytest.raises(ValueError):
        pickup_qr_payload("CL-10000042", "K7PQ")


# --- the bag label carries the order only ----------------------------------------------------------

def test_a_bag_label_gives_the_order_number_and_no_code():
    scan = classify("CLERKBAG:CL-10000042")
    assert scan == Scan(ScanKind.BAG_LABEL, "CL-10000042") and scan.pickup_code is None and scan.exact
    assert classify(" clerkbag:cl-10000042\r\n") == Scan(ScanKind.BAG_LABEL, "CL-10000042")


@pytest.mark.parametrize("text", ["CLERKBAG:", "CLERKBAG:CL-1000", "CLERKBAG:CL-10000042:K7PQ2M", "CLERKBAG:ABC"])
def test_a_malformed_bag_label_is_not_taken_for_a_pickup(text):
    assert classify(text).kind is ScanKind.TEXT


def test_the_bag_labels_qr_is_the_order_only_and_distinct_from_the_customers():
    pickup = {"order_number": "cl-10000042", "pickup_code": "K7PQ2M"}
    label = label_qr_payload(pickup)
    assert label == bag_label_payload("CL-10000042") == "CLERKBAG:CL-10000042"
    assert "K7PQ2M" not in label.upper()
    assert classify(label) == Scan(ScanKind.BAG_LABEL, "CL-10000042", None)
    notice = pickup_qr_payload(pickup["order_number"], pickup["pickup_code"])
    assert notice != label and classify(notice) == Scan(ScanKind.PICKUP_QR, "CL-10000042", "K7PQ2M")


def test_a_bag_label_is_not_built_from_a_bad_order_number():
    with pytest.raises(ValueError):
        bag_label_payload("W100")


@pytest.mark.parametrize(("text", "expected"), [
    ("4000000000013", "4000000000013"),  # the seeded catalogue's EAN-13 (central_api.seed._ean13(1))
    (" 4006381333931\r", "4006381333931"),
    ("036000291452", "036000291452"),  # UPC-A
    ("96385074", "96385074"),  # EAN-8
    ("10614141000415", "10614141000415"),  # GTIN-14
    ("4006381333932", None),  # a wrong check digit: a mistyped or misread number
    ("400638133393", None),
    ("L000000123", None),
    ("+4917012345678", None),
    ("SKU-00001", None),
])
def test_a_product_barcode_is_a_gs1_number_with_its_check_digit(text, expected):
    assert product_barcode(text) == expected


def test_a_scanners_prefix_and_suffix_are_taken_off_and_typed_text_is_left_alone():
    from clerk_app.domain.scan import strip_affixes

    assert strip_affixes("]C1CL-10000014#", "]C1", "#") == "CL-10000014"
    assert strip_affixes("CL-10000014", "]C1", "#") == "CL-10000014"  # typed by hand: nothing to take off
    assert strip_affixes("CL-10000014", "", "") == "CL-10000014"
