from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING
from .. import models as _m
from .._runtime import Operation, Param, Timeout
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

    def list_stores(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> list[Store]:
        """List the stores

        Returns every store that sells pets."""
        return self.list_stores_with_http_info(
            _request_timeout=_request_timeout,
            _headers=_headers,
        ).data

    def list_stores_with_http_info(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[list[Store]]:
        """Like `list_stores`, returning the status code, headers and raw body too."""
        return self.api_client.call(
            _LIST_STORES,
            {},
            None,
            timeout=_request_timeout,
            headers=_headers,
        )


class AsyncStoresApi:
    """Operations tagged 'stores'."""

    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else AsyncApiClient()

    async def list_stores(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> list[Store]:
        """List the stores

        Awaitable form of `StoresApi.list_stores`, which documents it."""
        return (
            await self.list_stores_with_http_info(
                _request_timeout=_request_timeout,
                _headers=_headers,
            )
        ).data

    async def list_stores_with_http_info(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[list[Store]]:
        """Like `list_stores`, returning the status code, headers and raw body too."""
        return await self.api_client.call(
            _LIST_STORES,
            {},
            None,
            timeout=_request_timeout,
            headers=_headers,
        )
