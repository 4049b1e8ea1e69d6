from __future__ import annotations

from datetime import datetime
from pydantic import Field
from .._base import Model


class OrderRedemption(Model):
    """A redemption applied to an order."""

    date_: datetime | None = Field(
        default=None, validation_alias="date", serialization_alias="date"
    )
    """When the redemption was made."""

    related_object_type: str | None = None
    """The type of the redeemed object (voucher, promotion_tier, ...)."""

    related_object_id: str | None = None
    """The ID of the redeemed object."""

    stacked: list[str] | None = None
    """IDs of the redemptions stacked with this one."""
