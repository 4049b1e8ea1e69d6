from __future__ import annotations

from collections.abc import Mapping
from .._runtime import Operation, Param, Timeout, data_only, data_only_async
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

    def post_orders_with_http_info(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[None]:
        """POST /orders

        `post_orders` returns the response's data; `post_orders_with_http_info` returns the whole `ApiResponse` (status code, headers, raw body and data).
        """
        return self.api_client.call(
            _POST_ORDERS,
            {},
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    post_orders = data_only(post_orders_with_http_info)


class AsyncOrdersApi_2:
    """Operations tagged 'orders'."""

    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else AsyncApiClient()

    async def post_orders_with_http_info(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[None]:
        """POST /orders

        Awaitable form of `OrdersApi_2.post_orders_with_http_info` and `OrdersApi_2.post_orders`, which document it.
        """
        return await self.api_client.call(
            _POST_ORDERS,
            {},
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    post_orders = data_only_async(post_orders_with_http_info)
