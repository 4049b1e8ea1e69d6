from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING
from .. import models as _m
from .._runtime import Operation, Param, Timeout, data_only, data_only_async
from ..api_client import ApiClient, AsyncApiClient
from ..api_response import ApiResponse

if TYPE_CHECKING:
    from ..models.class_ import Class

__all__ = ["DefaultApi", "AsyncDefaultApi"]

_UNTAGGED_THING = Operation(
    "GET",
    "/untagged",
    responses=lambda: {
        "200": {},
    },
)

_DELETE_UNTAGGED_THING = Operation(
    "DELETE",
    "/untagged/{thing}",
    params=(Param("thing", "path"),),
    responses=lambda: {
        "204": {},
    },
)

_CLASS_ = Operation(
    "GET",
    "/class",
    params=(
        Param("from", "query"),
        Param("self", "query"),
        Param("async", "header"),
    ),
    responses=lambda: {
        "200": {
            "application/json": _m.Class,
        },
    },
)


class DefaultApi:
    """Operations tagged 'default'."""

    def __init__(self, api_client: ApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else ApiClient()

    def untagged_thing_with_http_info(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[None]:
        """GET /untagged

        `untagged_thing` returns the response's data; `untagged_thing_with_http_info` returns the whole `ApiResponse` (status code, headers, raw body and data).
        """
        return self.api_client.call(
            _UNTAGGED_THING,
            {},
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    untagged_thing = data_only(untagged_thing_with_http_info)

    def delete_untagged_thing_with_http_info(
        self,
        thing: str,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[None]:
        """DELETE /untagged/{thing}

        `delete_untagged_thing` returns the response's data; `delete_untagged_thing_with_http_info` returns the whole `ApiResponse` (status code, headers, raw body and data).
        """
        return self.api_client.call(
            _DELETE_UNTAGGED_THING,
            {
                "thing": thing,
            },
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    delete_untagged_thing = data_only(delete_untagged_thing_with_http_info)

    def class__with_http_info(
        self,
        *,
        from_: str | None = None,
        self_: str | None = None,
        async_: str | None = None,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[Class]:
        """GET /class

        `class_` returns the response's data; `class__with_http_info` returns the whole `ApiResponse` (status code, headers, raw body and data).
        """
        return self.api_client.call(
            _CLASS_,
            {
                "from": from_,
                "self": self_,
                "async": async_,
            },
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    class_ = data_only(class__with_http_info)


class AsyncDefaultApi:
    """Operations tagged 'default'."""

    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else AsyncApiClient()

    async def untagged_thing_with_http_info(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[None]:
        """GET /untagged

        Awaitable form of `DefaultApi.untagged_thing_with_http_info` and `DefaultApi.untagged_thing`, which document it.
        """
        return await self.api_client.call(
            _UNTAGGED_THING,
            {},
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    untagged_thing = data_only_async(untagged_thing_with_http_info)

    async def delete_untagged_thing_with_http_info(
        self,
        thing: str,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[None]:
        """DELETE /untagged/{thing}

        Awaitable form of `DefaultApi.delete_untagged_thing_with_http_info` and `DefaultApi.delete_untagged_thing`, which document it.
        """
        return await self.api_client.call(
            _DELETE_UNTAGGED_THING,
            {
                "thing": thing,
            },
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    delete_untagged_thing = data_only_async(delete_untagged_thing_with_http_info)

    async def class__with_http_info(
        self,
        *,
        from_: str | None = None,
        self_: str | None = None,
        async_: str | None = None,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[Class]:
        """GET /class

        Awaitable form of `DefaultApi.class__with_http_info` and `DefaultApi.class_`, which document it.
        """
        return await self.api_client.call(
            _CLASS_,
            {
                "from": from_,
                "self": self_,
                "async": async_,
            },
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    class_ = data_only_async(class__with_http_info)
