from __future__ import annotations

from .._base import OpenStrEnum


class OrderCalculatedObject(OpenStrEnum):
    """The type of the object represented by JSON."""

    ORDER = "order"
