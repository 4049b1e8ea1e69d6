from __future__ import annotations

from .._base import Model
from .customer_reference_object import CustomerReferenceObject


class CustomerReference(Model):
    """A customer or referrer of an order, as returned by the API."""

    id: str | None = None
    """Unique identifier of the customer, assigned by Voucherify."""

    object: CustomerReferenceObject | None = None
    """The type of the object represented by JSON."""
