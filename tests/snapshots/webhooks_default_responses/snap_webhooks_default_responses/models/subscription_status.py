from __future__ import annotations

from .._base import OpenStrEnum


class SubscriptionStatus(OpenStrEnum):
    ACTIVE = "active"
    CANCELLED = "cancelled"
