from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING
from .. import models as _m
from .._runtime import Operation, Param, Timeout
from ..api_client import ApiClient, AsyncApiClient
from ..api_response import ApiResponse

if TYPE_CHECKING:
    from ..models.order import Order
    from ..models.order_2 import Order_2

__all__ = ["OrdersApi", "AsyncOrdersApi"]

_GET_ORDERS = Operation(
    "GET",
    "/orders",
    responses=lambda: {
        "200": {
            "application/json": _m.Order,
        },
    },
)

_ORDER = Operation(
    "GET",
    "/orders/{id}",
    params=(Param("id", "path"),),
    responses=lambda: {
        "200": {
            "application/json": _m.Order_2,
        },
    },
)

_ORDER_2 = Operation(
    "PUT",
    "/orders/{id}",
    params=(Param("id", "path"),),
    responses=lambda: {
        "200": {},
    },
)


class OrdersApi:
    """Operations tagged 'Orders'."""

    def __init__(self, api_client: ApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else ApiClient()

    def get_orders(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> Order:
        """GET /orders"""
        return self.get_orders_with_http_info(
            _request_timeout=_request_timeout,
            _headers=_headers,
        ).data

    def get_orders_with_http_info(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[Order]:
        """Like `get_orders`, returning the status code, headers and raw body too."""
        return self.api_client.call(
            _GET_ORDERS,
            {},
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    def order(
        self,
        id: str,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> Order_2:
        """GET /orders/{id}"""
        return self.order_with_http_info(
            id,
            _request_timeout=_request_timeout,
            _headers=_headers,
        ).data

    def order_with_http_info(
        self,
        id: str,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[Order_2]:
        """Like `order`, returning the status code, headers and raw body too."""
        return self.api_client.call(
            _ORDER,
            {
                "id": id,
            },
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    def order_2(
        self,
        id: str,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> None:
        """PUT /orders/{id}"""
        return self.order_2_with_http_info(
            id,
            _request_timeout=_request_timeout,
            _headers=_headers,
        ).data

    def order_2_with_http_info(
        self,
        id: str,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[None]:
        """Like `order_2`, returning the status code, headers and raw body too."""
        return self.api_client.call(
            _ORDER_2,
            {
                "id": id,
            },
            None,
            timeout=_request_timeout,
            headers=_headers,
        )


class AsyncOrdersApi:
    """Operations tagged 'Orders'."""

    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else AsyncApiClient()

    async def get_orders(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> Order:
        """GET /orders

        Awaitable form of `OrdersApi.get_orders`, which documents it."""
        return (
            await self.get_orders_with_http_info(
                _request_timeout=_request_timeout,
                _headers=_headers,
            )
        ).data

    async def get_orders_with_http_info(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[Order]:
        """Like `get_orders`, returning the status code, headers and raw body too."""
        return await self.api_client.call(
            _GET_ORDERS,
            {},
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    async def order(
        self,
        id: str,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> Order_2:
        """GET /orders/{id}

        Awaitable form of `OrdersApi.order`, which documents it."""
        return (
            await self.order_with_http_info(
                id,
                _request_timeout=_request_timeout,
                _headers=_headers,
            )
        ).data

    async def order_with_http_info(
        self,
        id: str,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[Order_2]:
        """Like `order`, returning the status code, headers and raw body too."""
        return await self.api_client.call(
            _ORDER,
            {
                "id": id,
            },
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    async def order_2(
        self,
        id: str,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> None:
        """PUT /orders/{id}

        Awaitable form of `OrdersApi.order_2`, which documents it."""
        return (
            await self.order_2_with_http_info(
                id,
                _request_timeout=_request_timeout,
                _headers=_headers,
            )
        ).data

    async def order_2_with_http_info(
        self,
        id: str,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[None]:
        """Like `order_2`, returning the status code, headers and raw body too."""
        return await self.api_client.call(
            _ORDER_2,
            {
                "id": id,
            },
            None,
            timeout=_request_timeout,
            headers=_headers,
        )
