from __future__ import annotations

from datetime import date
from typing import Any
from .._base import Model


class Customer(Model):
    """The customer of an order, given by its Voucherify ID or its source ID; a customer that does not exist yet is created with the data given here."""

    id: str | None = None
    """Unique identifier of the customer, assigned by Voucherify."""

    source_id: str | None = None
    """The customer ID in your system."""

    name: str | None = None
    """Customer's first and last name."""

    description: str | None = None
    """An arbitrary string that you can attach to a customer object."""

    email: str | None = None
    """Customer's email address."""

    phone: str | None = None
    """Customer's phone number, ideally in E.164 format."""

    birthdate: date | None = None
    """Customer's birthdate."""

    address: CustomerAddress | None = None
    """Customer's address."""

    metadata: dict[str, Any] | None = None


from .customer_address import CustomerAddress
