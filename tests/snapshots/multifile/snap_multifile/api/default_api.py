from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, TYPE_CHECKING
from .. import models as _m
from .._runtime import Operation, Param, Timeout
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

    def list_orders(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> OrderList:
        """List orders"""
        return self.list_orders_with_http_info(
            _request_timeout=_request_timeout,
            _headers=_headers,
        ).data

    def list_orders_with_http_info(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[OrderList]:
        """Like `list_orders`, returning the status code, headers and raw body too."""
        return self.api_client.call(
            _LIST_ORDERS,
            {},
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    def create_order(
        self,
        order: Order | dict[str, Any],
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> Order:
        """POST /orders"""
        return self.create_order_with_http_info(
            order,
            _request_timeout=_request_timeout,
            _headers=_headers,
        ).data

    def create_order_with_http_info(
        self,
        order: Order | dict[str, Any],
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[Order]:
        """Like `create_order`, returning the status code, headers and raw body too."""
        return self.api_client.call(
            _CREATE_ORDER,
            {},
            order,
            timeout=_request_timeout,
            headers=_headers,
        )

    def get_order(
        self,
        order_id: str,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> Order:
        """Get an order"""
        return self.get_order_with_http_info(
            order_id,
            _request_timeout=_request_timeout,
            _headers=_headers,
        ).data

    def get_order_with_http_info(
        self,
        order_id: str,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[Order]:
        """Like `get_order`, returning the status code, headers and raw body too."""
        return self.api_client.call(
            _GET_ORDER,
            {
                "orderId": order_id,
            },
            None,
            timeout=_request_timeout,
            headers=_headers,
        )


class AsyncDefaultApi:
    """Operations tagged 'default'."""

    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else AsyncApiClient()

    async def list_orders(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> OrderList:
        """List orders

        Awaitable form of `DefaultApi.list_orders`, which documents it."""
        return (
            await self.list_orders_with_http_info(
                _request_timeout=_request_timeout,
                _headers=_headers,
            )
        ).data

    async def list_orders_with_http_info(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[OrderList]:
        """Like `list_orders`, returning the status code, headers and raw body too."""
        return await self.api_client.call(
            _LIST_ORDERS,
            {},
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    async def create_order(
        self,
        order: Order | dict[str, Any],
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> Order:
        """POST /orders

        Awaitable form of `DefaultApi.create_order`, which documents it."""
        return (
            await self.create_order_with_http_info(
                order,
                _request_timeout=_request_timeout,
                _headers=_headers,
            )
        ).data

    async def create_order_with_http_info(
        self,
        order: Order | dict[str, Any],
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[Order]:
        """Like `create_order`, returning the status code, headers and raw body too."""
        return await self.api_client.call(
            _CREATE_ORDER,
            {},
            order,
            timeout=_request_timeout,
            headers=_headers,
        )

    async def get_order(
        self,
        order_id: str,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> Order:
        """Get an order

        Awaitable form of `DefaultApi.get_order`, which documents it."""
        return (
            await self.get_order_with_http_info(
                order_id,
                _request_timeout=_request_timeout,
                _headers=_headers,
            )
        ).data

    async def get_order_with_http_info(
        self,
        order_id: str,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[Order]:
        """Like `get_order`, returning the status code, headers and raw body too."""
        return await self.api_client.call(
            _GET_ORDER,
            {
                "orderId": order_id,
            },
            None,
            timeout=_request_timeout,
            headers=_headers,
        )
