from __future__ import annotations

from typing import ClassVar
from .._base import Model
from .subscription_status import SubscriptionStatus


class Subscription(Model):

    id: str | None = None
    plan: str
    status: SubscriptionStatus | None = None

    _read_only: ClassVar[frozenset[str]] = frozenset({"id"})
