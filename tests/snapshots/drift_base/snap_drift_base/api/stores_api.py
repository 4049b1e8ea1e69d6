from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING
from .. import models as _m
from .._runtime import Operation, Param, Timeout, data_only, data_only_async
from ..api_client import ApiClient, AsyncApiClient
from ..api_response import ApiResponse

if TYPE_CHECKING:
    from ..models.store import Store

__all__ = ["StoresApi", "AsyncStoresApi"]

_LIST_STORES = Operation(
    "GET",
    "/stores",
    responses=lambda: {
        "200": {
            "application/json": list[_m.Store],
        },
    },
)


class StoresApi:
    """Operations tagged 'stores'."""

    def __init__(self, api_client: ApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else ApiClient()

    def list_stores_with_http_info(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[list[Store]]:
        """List the stores

        Returns every store that sells pets.

        `list_stores` returns the response's data; `list_stores_with_http_info` returns the whole `ApiResponse` (status code, headers, raw body and data).
        """
        return self.api_client.call(
            _LIST_STORES,
            {},
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    list_stores = data_only(list_stores_with_http_info)


class AsyncStoresApi:
    """Operations tagged 'stores'."""

    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else AsyncApiClient()

    async def list_stores_with_http_info(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[list[Store]]:
        """List the stores

        Awaitable form of `StoresApi.list_stores_with_http_info` and `StoresApi.list_stores`, which document it.
        """
        return await self.api_client.call(
            _LIST_STORES,
            {},
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    list_stores = data_only_async(list_stores_with_http_info)
