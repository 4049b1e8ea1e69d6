from __future__ import annotations

from collections.abc import Mapping
from .._runtime import Operation, Param, Timeout
from ..api_client import ApiClient, AsyncApiClient
from ..api_response import ApiResponse

__all__ = ["OrdersApi_2", "AsyncOrdersApi_2"]

_POST_ORDERS = Operation(
    "POST",
    "/orders",
    responses=lambda: {
        "201": {},
    },
)


class OrdersApi_2:
    """Operations tagged 'orders'."""

    def __init__(self, api_client: ApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else ApiClient()

    def post_orders(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> None:
        """POST /orders"""
        return self.post_orders_with_http_info(
            _request_timeout=_request_timeout,
            _headers=_headers,
        ).data

    def post_orders_with_http_info(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[None]:
        """Like `post_orders`, returning the status code, headers and raw body too."""
        return self.api_client.call(
            _POST_ORDERS,
            {},
            None,
            timeout=_request_timeout,
            headers=_headers,
        )


class AsyncOrdersApi_2:
    """Operations tagged 'orders'."""

    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else AsyncApiClient()

    async def post_orders(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> None:
        """POST /orders

        Awaitable form of `OrdersApi_2.post_orders`, which documents it."""
        return (
            await self.post_orders_with_http_info(
                _request_timeout=_request_timeout,
                _headers=_headers,
            )
        ).data

    async def post_orders_with_http_info(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[None]:
        """Like `post_orders`, returning the status code, headers and raw body too."""
        return await self.api_client.call(
            _POST_ORDERS,
            {},
            None,
            timeout=_request_timeout,
            headers=_headers,
        )
