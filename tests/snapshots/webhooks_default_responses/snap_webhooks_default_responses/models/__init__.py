"""The API's models, one module each; imported on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .on_subscription_cancelled_request_body import (
        OnSubscriptionCancelledRequestBody as OnSubscriptionCancelledRequestBody,
    )
    from .problem import Problem as Problem
    from .renewal_event import RenewalEvent as RenewalEvent
    from .subscription import Subscription as Subscription
    from .subscription_status import SubscriptionStatus as SubscriptionStatus

__all__ = [
    "OnSubscriptionCancelledRequestBody",
    "Problem",
    "RenewalEvent",
    "Subscription",
    "SubscriptionStatus",
]

_EXPORTS: dict[str, str] = {
    "OnSubscriptionCancelledRequestBody": ".on_subscription_cancelled_request_body",
    "Problem": ".problem",
    "RenewalEvent": ".renewal_event",
    "Subscription": ".subscription",
    "SubscriptionStatus": ".subscription_status",
}


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
