from __future__ import annotations

from .._base import Model


class OnSubscriptionCancelledRequestBody(Model):

    subscription_id: str | None = None
    reason: str | None = None
