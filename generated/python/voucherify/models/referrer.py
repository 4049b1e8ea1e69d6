from __future__ import annotations

from datetime import date
from typing import Any
from .customer import Customer


class Referrer(Customer):
    """The customer who referred the order's customer, for referral programs."""


from .customer_address import CustomerAddress
