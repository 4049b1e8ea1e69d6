from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING
from .. import models as _m
from .._runtime import Operation, Param, Timeout, data_only, data_only_async
from ..api_client import ApiClient, AsyncApiClient
from ..api_response import ApiResponse

if TYPE_CHECKING:
    from ..models.flag import Flag

__all__ = ["FlagsApi", "AsyncFlagsApi"]

_GET_FLAG = Operation(
    "GET",
    "/flags/{key}",
    params=(Param("key", "path"),),
    responses=lambda: {
        "200": {
            "application/json": _m.Flag,
        },
    },
)


class FlagsApi:
    """Operations tagged 'flags'."""

    def __init__(self, api_client: ApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else ApiClient()

    def get_flag_with_http_info(
        self,
        key: str,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[Flag]:
        """GET /flags/{key}

        `get_flag` returns the response's data; `get_flag_with_http_info` returns the whole `ApiResponse` (status code, headers, raw body and data).
        """
        return self.api_client.call(
            _GET_FLAG,
            {
                "key": key,
            },
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    get_flag = data_only(get_flag_with_http_info)


class AsyncFlagsApi:
    """Operations tagged 'flags'."""

    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else AsyncApiClient()

    async def get_flag_with_http_info(
        self,
        key: str,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[Flag]:
        """GET /flags/{key}

        Awaitable form of `FlagsApi.get_flag_with_http_info` and `FlagsApi.get_flag`, which document it.
        """
        return await self.api_client.call(
            _GET_FLAG,
            {
                "key": key,
            },
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    get_flag = data_only_async(get_flag_with_http_info)
