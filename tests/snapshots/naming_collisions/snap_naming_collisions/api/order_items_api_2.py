from __future__ import annotations

from collections.abc import Mapping
from .._runtime import Operation, Param, Timeout
from ..api_client import ApiClient, AsyncApiClient
from ..api_response import ApiResponse

__all__ = ["OrderItemsApi_2", "AsyncOrderItemsApi_2"]

_FOO_BAR = Operation(
    "POST",
    "/foo",
    responses=lambda: {
        "200": {},
    },
)


class OrderItemsApi_2:
    """Operations tagged 'order_items'."""

    def __init__(self, api_client: ApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else ApiClient()

    def foo_bar(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> None:
        """POST /foo"""
        return self.foo_bar_with_http_info(
            _request_timeout=_request_timeout,
            _headers=_headers,
        ).data

    def foo_bar_with_http_info(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[None]:
        """Like `foo_bar`, returning the status code, headers and raw body too."""
        return self.api_client.call(
            _FOO_BAR,
            {},
            None,
            timeout=_request_timeout,
            headers=_headers,
        )


class AsyncOrderItemsApi_2:
    """Operations tagged 'order_items'."""

    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else AsyncApiClient()

    async def foo_bar(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> None:
        """POST /foo

        Awaitable form of `OrderItemsApi_2.foo_bar`, which documents it."""
        return (
            await self.foo_bar_with_http_info(
                _request_timeout=_request_timeout,
                _headers=_headers,
            )
        ).data

    async def foo_bar_with_http_info(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[None]:
        """Like `foo_bar`, returning the status code, headers and raw body too."""
        return await self.api_client.call(
            _FOO_BAR,
            {},
            None,
            timeout=_request_timeout,
            headers=_headers,
        )
