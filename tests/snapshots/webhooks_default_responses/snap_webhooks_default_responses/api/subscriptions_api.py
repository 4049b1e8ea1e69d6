from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, TYPE_CHECKING
from .. import models as _m
from .._runtime import Operation, Param, Timeout, data_only, data_only_async
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

    def create_subscription_with_http_info(
        self,
        subscription: Subscription | dict[str, Any],
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[Subscription]:
        """POST /subscriptions

        `create_subscription` returns the response's data; `create_subscription_with_http_info` returns the whole `ApiResponse` (status code, headers, raw body and data).
        """
        return self.api_client.call(
            _CREATE_SUBSCRIPTION,
            {},
            subscription,
            timeout=_request_timeout,
            headers=_headers,
        )

    create_subscription = data_only(create_subscription_with_http_info)

    def get_subscription_with_http_info(
        self,
        subscription_id: str,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[Subscription]:
        """GET /subscriptions/{subscriptionId}

        `get_subscription` returns the response's data; `get_subscription_with_http_info` returns the whole `ApiResponse` (status code, headers, raw body and data).
        """
        return self.api_client.call(
            _GET_SUBSCRIPTION,
            {
                "subscriptionId": subscription_id,
            },
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    get_subscription = data_only(get_subscription_with_http_info)


class AsyncSubscriptionsApi:
    """Operations tagged 'subscriptions'."""

    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else AsyncApiClient()

    async def create_subscription_with_http_info(
        self,
        subscription: Subscription | dict[str, Any],
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[Subscription]:
        """POST /subscriptions

        Awaitable form of `SubscriptionsApi.create_subscription_with_http_info` and `SubscriptionsApi.create_subscription`, which document it.
        """
        return await self.api_client.call(
            _CREATE_SUBSCRIPTION,
            {},
            subscription,
            timeout=_request_timeout,
            headers=_headers,
        )

    create_subscription = data_only_async(create_subscription_with_http_info)

    async def get_subscription_with_http_info(
        self,
        subscription_id: str,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[Subscription]:
        """GET /subscriptions/{subscriptionId}

        Awaitable form of `SubscriptionsApi.get_subscription_with_http_info` and `SubscriptionsApi.get_subscription`, which document it.
        """
        return await self.api_client.call(
            _GET_SUBSCRIPTION,
            {
                "subscriptionId": subscription_id,
            },
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    get_subscription = data_only_async(get_subscription_with_http_info)
