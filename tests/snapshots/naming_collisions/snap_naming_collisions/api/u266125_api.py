from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING
from .. import models as _m
from .._runtime import Operation, Param, Timeout, data_only, data_only_async
from ..api_client import ApiClient, AsyncApiClient
from ..api_response import ApiResponse

if TYPE_CHECKING:
    from ..models.u266125 import U266125

__all__ = ["U266125Api", "AsyncU266125Api"]

_U2A667F = Operation(
    "GET",
    "/chuumon",
    responses=lambda: {
        "200": {
            "application/json": _m.U266125,
        },
    },
)


class U266125Api:
    """Operations tagged '注文'."""

    def __init__(self, api_client: ApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else ApiClient()

    def u2a667f_with_http_info(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[U266125]:
        """GET /chuumon

        `u2a667f` returns the response's data; `u2a667f_with_http_info` returns the whole `ApiResponse` (status code, headers, raw body and data).
        """
        return self.api_client.call(
            _U2A667F,
            {},
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    u2a667f = data_only(u2a667f_with_http_info)


class AsyncU266125Api:
    """Operations tagged '注文'."""

    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else AsyncApiClient()

    async def u2a667f_with_http_info(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[U266125]:
        """GET /chuumon

        Awaitable form of `U266125Api.u2a667f_with_http_info` and `U266125Api.u2a667f`, which document it.
        """
        return await self.api_client.call(
            _U2A667F,
            {},
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    u2a667f = data_only_async(u2a667f_with_http_info)
