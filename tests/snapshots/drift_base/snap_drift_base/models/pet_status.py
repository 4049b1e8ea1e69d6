from __future__ import annotations

from .._base import OpenStrEnum


class PetStatus(OpenStrEnum):
    AVAILABLE = "available"
    SOLD = "sold"
