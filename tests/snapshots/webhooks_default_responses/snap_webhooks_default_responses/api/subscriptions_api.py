from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, TYPE_CHECKING
from .. import models as _m
from .._runtime import Operation, Param, Timeout
from ..api_client import ApiClient, AsyncApiClient
from ..api_response import ApiResponse

if TYPE_CHECKING:
    from ..models.problem import Problem
    from ..models.subscription import Subscription

__all__ = ["SubscriptionsApi", "AsyncSubscriptionsApi"]

_CREATE_SUBSCRIPTION = Operation(
    "POST",
    "/subscriptions",
    body=lambda: {
        "application/json": _m.Subscription,
    },
    responses=lambda: {
        "201": {
            "application/json": _m.Subscription,
        },
        "4XX": {
            "application/json": _m.Problem,
        },
        "default": {
            "application/json": _m.Problem,
        },
    },
)

_GET_SUBSCRIPTION = Operation(
    "GET",
    "/subscriptions/{subscriptionId}",
    params=(Param("subscriptionId", "path"),),
    responses=lambda: {
        "default": {
            "application/json": _m.Subscription,
        },
    },
)


class SubscriptionsApi:
    """Operations tagged 'subscriptions'."""

    def __init__(self, api_client: ApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else ApiClient()

    def create_subscription(
        self,
        subscription: Subscription | dict[str, Any],
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> Subscription:
        """POST /subscriptions"""
        return self.create_subscription_with_http_info(
            subscription,
            _request_timeout=_request_timeout,
            _headers=_headers,
        ).data

    def create_subscription_with_http_info(
        self,
        subscription: Subscription | dict[str, Any],
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[Subscription]:
        """Like `create_subscription`, returning the status code, headers and raw body too."""
        return self.api_client.call(
            _CREATE_SUBSCRIPTION,
            {},
            subscription,
            timeout=_request_timeout,
            headers=_headers,
        )

    def get_subscription(
        self,
        subscription_id: str,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> Subscription:
        """GET /subscriptions/{subscriptionId}"""
        return self.get_subscription_with_http_info(
            subscription_id,
            _request_timeout=_request_timeout,
            _headers=_headers,
        ).data

    def get_subscription_with_http_info(
        self,
        subscription_id: str,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[Subscription]:
        """Like `get_subscription`, returning the status code, headers and raw body too."""
        return self.api_client.call(
            _GET_SUBSCRIPTION,
            {
                "subscriptionId": subscription_id,
            },
            None,
            timeout=_request_timeout,
            headers=_headers,
        )


class AsyncSubscriptionsApi:
    """Operations tagged 'subscriptions'."""

    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else AsyncApiClient()

    async def create_subscription(
        self,
        subscription: Subscription | dict[str, Any],
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> Subscription:
        """POST /subscriptions

        Awaitable form of `SubscriptionsApi.create_subscription`, which documents it."""
        return (
            await self.create_subscription_with_http_info(
                subscription,
                _request_timeout=_request_timeout,
                _headers=_headers,
            )
        ).data

    async def create_subscription_with_http_info(
        self,
        subscription: Subscription | dict[str, Any],
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[Subscription]:
        """Like `create_subscription`, returning the status code, headers and raw body too."""
        return await self.api_client.call(
            _CREATE_SUBSCRIPTION,
            {},
            subscription,
            timeout=_request_timeout,
            headers=_headers,
        )

    async def get_subscription(
        self,
        subscription_id: str,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> Subscription:
        """GET /subscriptions/{subscriptionId}

        Awaitable form of `SubscriptionsApi.get_subscription`, which documents it."""
        return (
            await self.get_subscription_with_http_info(
                subscription_id,
                _request_timeout=_request_timeout,
                _headers=_headers,
            )
        ).data

    async def get_subscription_with_http_info(
        self,
        subscription_id: str,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[Subscription]:
        """Like `get_subscription`, returning the status code, headers and raw body too."""
        return await self.api_client.call(
            _GET_SUBSCRIPTION,
            {
                "subscriptionId": subscription_id,
            },
            None,
            timeout=_request_timeout,
            headers=_headers,
        )
