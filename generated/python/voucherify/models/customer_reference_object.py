from __future__ import annotations

from .._base import OpenStrEnum


class CustomerReferenceObject(OpenStrEnum):
    """The type of the object represented by JSON."""

    CUSTOMER = "customer"
