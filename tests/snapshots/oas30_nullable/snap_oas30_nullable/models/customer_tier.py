from __future__ import annotations

from .._base import OpenStrEnum


class CustomerTier(OpenStrEnum):
    GOLD = "gold"
    SILVER = "silver"
