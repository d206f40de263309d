"""What a scanned (or typed) code is: a pickup QR code, a bag label, an order number, a loyalty card, or search text.

Formats (as the central system issues them, see central_api/seed.py):
- order number: ``CL-`` and 8 or more digits, e.g. ``CL-10000042``;
- loyalty card id: ``L`` and 9 digits, e.g. ``L000000123``;
- pickup QR code, in the customer's "ready" message on their phone: the customer's proof at hand-over::

      CLERKPICKUP:<order_number>:<pickup_code>      e.g.  CLERKPICKUP:CL-10000042:K7PQ2M

  ``pickup_code`` is the 6 characters the customer shows at hand-over (alphabet without 0/O and
  1/I). `pickup_qr_payload` builds it; `classify` reads it back.
- bag label QR code, printed by Clerk on the bag that waits on the shelf: the order only, never the
  code, so that scanning the bag proves nothing about who is collecting::

      CLERKBAG:<order_number>                       e.g.  CLERKBAG:CL-10000042

  `bag_label_payload` builds it. Scanning it opens the pickup's hand-over with the code left empty:
  the code still has to come from the customer (typed, or their phone's QR scanned).

A product's barcode is not one of these kinds: products are looked up by their barcode as the catalogue
holds it (EAN-13 in the seeded catalogue, see central_api/seed.py `_ean13`; a Code 128 label may carry any
text). `product_barcode` tells whether scanned digits are a GS1 number (EAN-8, UPC-A, EAN-13, GTIN-14)
with a valid check digit: worth asking the server about when this computer does not know it.

Scanners in another keyboard layout or with Caps Lock may change letter case, so every format is
matched case-insensitively and returned upper-case.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

PICKUP_QR_PREFIX = "CLERKPICKUP"
BAG_LABEL_PREFIX = "CLERKBAG"
PICKUP_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"

_ORDER = r"CL-\d{8,}"
_CODE = rf"[{PICKUP_CODE_ALPHABET}]{{6}}"
_ORDER_RE = re.compile(rf"^{_ORDER}$")
_LOYALTY_RE = re.compile(r"^L\d{9}$")
_PICKUP_QR_RE = re.compile(rf"^{PICKUP_QR_PREFIX}:({_ORDER}):({_CODE})$")
_BAG_LABEL_RE = re.compile(rf"^{BAG_LABEL_PREFIX}:({_ORDER})$")


class ScanKind(str, Enum):
    PICKUP_QR = "pickup_qr"  # the customer's ready notice: order and code
    BAG_LABEL = "bag_label"  # the bag's label: the order only
    ORDER_NUMBER = "order_number"
    LOYALTY_ID = "loyalty_id"
    TEXT = "text"  # anything else: a name, an email, a phone number, or a code Clerk does not know


@dataclass(frozen=True)
class Scan:
    kind: ScanKind
    value: str  # the order number, the loyalty id, or the text as given (stripped)
    pickup_code: str | None = None  # for PICKUP_QR only: a bag label never carries it

    @property
    def exact(self) -> bool:
        """True when the text names one record (it opens directly, scanned or typed)."""
        return self.kind is not ScanKind.TEXT


def classify(text: str) -> Scan:
    """Classify scanned or typed text. Whitespace around it (a scanner's trailing CR or tab) is ignored."""
    stripped = text.strip()
    upper = stripped.upper()
    match = _PICKUP_QR_RE.match(upper)
    if match:
        return Scan(ScanKind.PICKUP_QR, match.group(1), match.group(2))
    match = _BAG_LABEL_RE.match(upper)
    if match:
        return Scan(ScanKind.BAG_LABEL, match.group(1))
    if _ORDER_RE.match(upper):
        return Scan(ScanKind.ORDER_NUMBER, upper)
    if _LOYALTY_RE.match(upper):
        return Scan(ScanKind.LOYALTY_ID, upper)
    return Scan(ScanKind.TEXT, stripped)


_GTIN_RE = re.compile(r"^(?:\d{8}|\d{12,14})$")


def product_barcode(text: str) -> str | None:
    """The digits of a GS1 product number (EAN-8, UPC-A, EAN-13, GTIN-14) with a valid check digit, else None."""
    digits = text.strip()
    if not _GTIN_RE.match(digits):
        return None
    body, check = digits[:-1], int(digits[-1])
    # From the right of the body, weights 3, 1, 3, 1, ...
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return digits if (10 - total % 10) % 10 == check else None


def pickup_qr_payload(order_number: str, pickup_code: str) -> str:
    """The text of the customer's pickup QR code (their "ready" notice); `classify` reads it back.

    Never printed by Clerk: the pickup code is the customer's to show.
    """
    payload = f"{PICKUP_QR_PREFIX}:{order_number.strip().upper()}:{pickup_code.strip().upper()}"
    if not _PICKUP_QR_RE.match(payload):
        raise ValueError(f"not a pickup QR payload: {payload!r}")
    return payload


def bag_label_payload(order_number: str) -> str:
    """The text of a bag label's QR code: the order number only; `classify` reads it back."""
    payload = f"{BAG_LABEL_PREFIX}:{order_number.strip().upper()}"
    if not _BAG_LABEL_RE.match(payload):
        raise ValueError(f"not a bag label payload: {payload!r}")
    return payload


def strip_affixes(text: str, prefix: str = "", suffix: str = "") -> str:
    """A scanned code without what the scanner is set to send before and after it (settings scanner_prefix and
    scanner_suffix); text without them is left as it is (typed by hand)."""
    if prefix and text.startswith(prefix):
        text = text[len(prefix):]
    if suffix and text.endswith(suffix):
        text = text[: -len(suffix)]
    return text
