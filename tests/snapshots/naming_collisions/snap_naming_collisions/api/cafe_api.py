from __future__ import annotations

from collections.abc import Mapping
from .._runtime import Operation, Param, Timeout
from ..api_client import ApiClient, AsyncApiClient
from ..api_response import ApiResponse

__all__ = ["CafeApi", "AsyncCafeApi"]

_COMMANDER_CAFE = Operation(
    "GET",
    "/cafe",
    responses=lambda: {
        "200": {},
    },
)


class CafeApi:
    """Operations tagged 'Café'."""

    def __init__(self, api_client: ApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else ApiClient()

    def commander_cafe(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> None:
        """GET /cafe"""
        return self.commander_cafe_with_http_info(
            _request_timeout=_request_timeout,
            _headers=_headers,
        ).data

    def commander_cafe_with_http_info(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[None]:
        """Like `commander_cafe`, returning the status code, headers and raw body too."""
        return self.api_client.call(
            _COMMANDER_CAFE,
            {},
            None,
            timeout=_request_timeout,
            headers=_headers,
        )


class AsyncCafeApi:
    """Operations tagged 'Café'."""

    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else AsyncApiClient()

    async def commander_cafe(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> None:
        """GET /cafe

        Awaitable form of `CafeApi.commander_cafe`, which documents it."""
        return (
            await self.commander_cafe_with_http_info(
                _request_timeout=_request_timeout,
                _headers=_headers,
            )
        ).data

    async def commander_cafe_with_http_info(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[None]:
        """Like `commander_cafe`, returning the status code, headers and raw body too."""
        return await self.api_client.call(
            _COMMANDER_CAFE,
            {},
            None,
            timeout=_request_timeout,
            headers=_headers,
        )
