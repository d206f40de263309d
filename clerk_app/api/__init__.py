"""The central API client and the models of its replies (no Qt, no storage)."""

from .client import ApiClient
from .models import (
    Cart,
    Change,
    ChangesPage,
    Customer,
    DeviceEnrollment,
    EnrollmentCode,
    Health,
    InventoryItem,
    LoginResult,
    Metrics,
    MutationResult,
    Note,
    Order,
    Page,
    Pickup,
    Product,
    PushResult,
    Staff,
    TokenPair,
)

__all__ = [
    "ApiClient", "Cart", "Change", "ChangesPage", "Customer", "DeviceEnrollment", "EnrollmentCode", "Health", "InventoryItem",
    "LoginResult", "Metrics", "MutationResult", "Note", "Order", "Page", "Pickup", "Product", "PushResult", "Staff",
    "TokenPair",
]
