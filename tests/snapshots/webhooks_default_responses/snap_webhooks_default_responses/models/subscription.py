from __future__ import annotations

from .._base import Model
from .subscription_status import SubscriptionStatus


class Subscription(Model):

    id: str | None = None
    plan: str
    status: SubscriptionStatus | None = None
