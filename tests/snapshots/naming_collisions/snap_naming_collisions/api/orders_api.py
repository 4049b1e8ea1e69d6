from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING
from .. import models as _m
from .._runtime import Operation, Param, Timeout, data_only, data_only_async
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

    def get_orders_with_http_info(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[Order]:
        """GET /orders

        `get_orders` returns the response's data; `get_orders_with_http_info` returns the whole `ApiResponse` (status code, headers, raw body and data).
        """
        return self.api_client.call(
            _GET_ORDERS,
            {},
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    get_orders = data_only(get_orders_with_http_info)

    def order_with_http_info(
        self,
        id: str,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[Order_2]:
        """GET /orders/{id}

        `order` returns the response's data; `order_with_http_info` returns the whole `ApiResponse` (status code, headers, raw body and data).
        """
        return self.api_client.call(
            _ORDER,
            {
                "id": id,
            },
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    order = data_only(order_with_http_info)

    def order_2_with_http_info(
        self,
        id: str,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[None]:
        """PUT /orders/{id}

        `order_2` returns the response's data; `order_2_with_http_info` returns the whole `ApiResponse` (status code, headers, raw body and data).
        """
        return self.api_client.call(
            _ORDER_2,
            {
                "id": id,
            },
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    order_2 = data_only(order_2_with_http_info)


class AsyncOrdersApi:
    """Operations tagged 'Orders'."""

    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else AsyncApiClient()

    async def get_orders_with_http_info(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[Order]:
        """GET /orders

        Awaitable form of `OrdersApi.get_orders_with_http_info` and `OrdersApi.get_orders`, which document it.
        """
        return await self.api_client.call(
            _GET_ORDERS,
            {},
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    get_orders = data_only_async(get_orders_with_http_info)

    async def order_with_http_info(
        self,
        id: str,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[Order_2]:
        """GET /orders/{id}

        Awaitable form of `OrdersApi.order_with_http_info` and `OrdersApi.order`, which document it.
        """
        return await self.api_client.call(
            _ORDER,
            {
                "id": id,
            },
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    order = data_only_async(order_with_http_info)

    async def order_2_with_http_info(
        self,
        id: str,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[None]:
        """PUT /orders/{id}

        Awaitable form of `OrdersApi.order_2_with_http_info` and `OrdersApi.order_2`, which document it.
        """
        return await self.api_client.call(
            _ORDER_2,
            {
                "id": id,
            },
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    order_2 = data_only_async(order_2_with_http_info)
