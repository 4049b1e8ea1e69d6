from __future__ import annotations

from .._base import OpenStrEnum


class OrdersListResponseBodyObject(OpenStrEnum):
    """The type of the object represented by JSON. This object stores information about orders in a dictionary."""

    LIST = "list"
