from __future__ import annotations

from collections.abc import Mapping
from .._runtime import Operation, Param, Timeout, data_only, data_only_async
from ..api_client import ApiClient, AsyncApiClient
from ..api_response import ApiResponse

__all__ = ["OrderItemsApi", "AsyncOrderItemsApi"]

_FOO_BAR = Operation(
    "GET",
    "/foo",
    responses=lambda: {
        "200": {},
    },
)


class OrderItemsApi:
    """Operations tagged 'order-items'."""

    def __init__(self, api_client: ApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else ApiClient()

    def foo_bar_with_http_info(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[None]:
        """GET /foo

        `foo_bar` returns the response's data; `foo_bar_with_http_info` returns the whole `ApiResponse` (status code, headers, raw body and data).
        """
        return self.api_client.call(
            _FOO_BAR,
            {},
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    foo_bar = data_only(foo_bar_with_http_info)


class AsyncOrderItemsApi:
    """Operations tagged 'order-items'."""

    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else AsyncApiClient()

    async def foo_bar_with_http_info(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[None]:
        """GET /foo

        Awaitable form of `OrderItemsApi.foo_bar_with_http_info` and `OrderItemsApi.foo_bar`, which document it.
        """
        return await self.api_client.call(
            _FOO_BAR,
            {},
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    foo_bar = data_only_async(foo_bar_with_http_info)
