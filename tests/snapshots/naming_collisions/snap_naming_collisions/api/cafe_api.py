from __future__ import annotations

from collections.abc import Mapping
from .._runtime import Operation, Param, Timeout, data_only, data_only_async
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

    def commander_cafe_with_http_info(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[None]:
        """GET /cafe

        `commander_cafe` returns the response's data; `commander_cafe_with_http_info` returns the whole `ApiResponse` (status code, headers, raw body and data).
        """
        return self.api_client.call(
            _COMMANDER_CAFE,
            {},
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    commander_cafe = data_only(commander_cafe_with_http_info)


class AsyncCafeApi:
    """Operations tagged 'Café'."""

    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else AsyncApiClient()

    async def commander_cafe_with_http_info(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[None]:
        """GET /cafe

        Awaitable form of `CafeApi.commander_cafe_with_http_info` and `CafeApi.commander_cafe`, which document it.
        """
        return await self.api_client.call(
            _COMMANDER_CAFE,
            {},
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    commander_cafe = data_only_async(commander_cafe_with_http_info)
