from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, TYPE_CHECKING
from .. import models as _m
from .._runtime import Operation, Param, Timeout, data_only, data_only_async
from ..api_client import ApiClient, AsyncApiClient
from ..api_response import ApiResponse

if TYPE_CHECKING:
    from ..models.error import Error
    from ..models.order import Order
    from ..models.order_list import OrderList

__all__ = ["DefaultApi", "AsyncDefaultApi"]

_LIST_ORDERS = Operation(
    "GET",
    "/orders",
    responses=lambda: {
        "200": {
            "application/json": _m.OrderList,
        },
    },
)

_CREATE_ORDER = Operation(
    "POST",
    "/orders",
    body=lambda: {
        "application/json": _m.Order,
    },
    responses=lambda: {
        "200": {
            "application/json": _m.Order,
        },
        "400": {
            "application/json": _m.Error,
        },
    },
)

_GET_ORDER = Operation(
    "GET",
    "/orders/{orderId}",
    params=(Param("orderId", "path"),),
    responses=lambda: {
        "200": {
            "application/json": _m.Order,
        },
    },
)


class DefaultApi:
    """Operations tagged 'default'."""

    def __init__(self, api_client: ApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else ApiClient()

    def list_orders_with_http_info(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[OrderList]:
        """List orders

        `list_orders` returns the response's data; `list_orders_with_http_info` returns the whole `ApiResponse` (status code, headers, raw body and data).
        """
        return self.api_client.call(
            _LIST_ORDERS,
            {},
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    list_orders = data_only(list_orders_with_http_info)

    def create_order_with_http_info(
        self,
        order: Order | dict[str, Any],
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[Order]:
        """POST /orders

        `create_order` returns the response's data; `create_order_with_http_info` returns the whole `ApiResponse` (status code, headers, raw body and data).
        """
        return self.api_client.call(
            _CREATE_ORDER,
            {},
            order,
            timeout=_request_timeout,
            headers=_headers,
        )

    create_order = data_only(create_order_with_http_info)

    def get_order_with_http_info(
        self,
        order_id: str,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[Order]:
        """Get an order

        `get_order` returns the response's data; `get_order_with_http_info` returns the whole `ApiResponse` (status code, headers, raw body and data).
        """
        return self.api_client.call(
            _GET_ORDER,
            {
                "orderId": order_id,
            },
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    get_order = data_only(get_order_with_http_info)


class AsyncDefaultApi:
    """Operations tagged 'default'."""

    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else AsyncApiClient()

    async def list_orders_with_http_info(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[OrderList]:
        """List orders

        Awaitable form of `DefaultApi.list_orders_with_http_info` and `DefaultApi.list_orders`, which document it.
        """
        return await self.api_client.call(
            _LIST_ORDERS,
            {},
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    list_orders = data_only_async(list_orders_with_http_info)

    async def create_order_with_http_info(
        self,
        order: Order | dict[str, Any],
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[Order]:
        """POST /orders

        Awaitable form of `DefaultApi.create_order_with_http_info` and `DefaultApi.create_order`, which document it.
        """
        return await self.api_client.call(
            _CREATE_ORDER,
            {},
            order,
            timeout=_request_timeout,
            headers=_headers,
        )

    create_order = data_only_async(create_order_with_http_info)

    async def get_order_with_http_info(
        self,
        order_id: str,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[Order]:
        """Get an order

        Awaitable form of `DefaultApi.get_order_with_http_info` and `DefaultApi.get_order`, which document it.
        """
        return await self.api_client.call(
            _GET_ORDER,
            {
                "orderId": order_id,
            },
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    get_order = data_only_async(get_order_with_http_info)
