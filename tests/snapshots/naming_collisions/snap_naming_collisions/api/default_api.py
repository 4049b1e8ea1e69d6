from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING
from .. import models as _m
from .._runtime import Operation, Param, Timeout
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

    def untagged_thing(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> None:
        """GET /untagged"""
        return self.untagged_thing_with_http_info(
            _request_timeout=_request_timeout,
            _headers=_headers,
        ).data

    def untagged_thing_with_http_info(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[None]:
        """Like `untagged_thing`, returning the status code, headers and raw body too."""
        return self.api_client.call(
            _UNTAGGED_THING,
            {},
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    def delete_untagged_thing(
        self,
        thing: str,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> None:
        """DELETE /untagged/{thing}"""
        return self.delete_untagged_thing_with_http_info(
            thing,
            _request_timeout=_request_timeout,
            _headers=_headers,
        ).data

    def delete_untagged_thing_with_http_info(
        self,
        thing: str,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[None]:
        """Like `delete_untagged_thing`, returning the status code, headers and raw body too."""
        return self.api_client.call(
            _DELETE_UNTAGGED_THING,
            {
                "thing": thing,
            },
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    def class_(
        self,
        *,
        from_: str | None = None,
        self_: str | None = None,
        async_: str | None = None,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> Class:
        """GET /class"""
        return self.class__with_http_info(
            from_=from_,
            self_=self_,
            async_=async_,
            _request_timeout=_request_timeout,
            _headers=_headers,
        ).data

    def class__with_http_info(
        self,
        *,
        from_: str | None = None,
        self_: str | None = None,
        async_: str | None = None,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[Class]:
        """Like `class_`, returning the status code, headers and raw body too."""
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


class AsyncDefaultApi:
    """Operations tagged 'default'."""

    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else AsyncApiClient()

    async def untagged_thing(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> None:
        """GET /untagged

        Awaitable form of `DefaultApi.untagged_thing`, which documents it."""
        return (
            await self.untagged_thing_with_http_info(
                _request_timeout=_request_timeout,
                _headers=_headers,
            )
        ).data

    async def untagged_thing_with_http_info(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[None]:
        """Like `untagged_thing`, returning the status code, headers and raw body too."""
        return await self.api_client.call(
            _UNTAGGED_THING,
            {},
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    async def delete_untagged_thing(
        self,
        thing: str,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> None:
        """DELETE /untagged/{thing}

        Awaitable form of `DefaultApi.delete_untagged_thing`, which documents it."""
        return (
            await self.delete_untagged_thing_with_http_info(
                thing,
                _request_timeout=_request_timeout,
                _headers=_headers,
            )
        ).data

    async def delete_untagged_thing_with_http_info(
        self,
        thing: str,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[None]:
        """Like `delete_untagged_thing`, returning the status code, headers and raw body too."""
        return await self.api_client.call(
            _DELETE_UNTAGGED_THING,
            {
                "thing": thing,
            },
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    async def class_(
        self,
        *,
        from_: str | None = None,
        self_: str | None = None,
        async_: str | None = None,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> Class:
        """GET /class

        Awaitable form of `DefaultApi.class_`, which documents it."""
        return (
            await self.class__with_http_info(
                from_=from_,
                self_=self_,
                async_=async_,
                _request_timeout=_request_timeout,
                _headers=_headers,
            )
        ).data

    async def class__with_http_info(
        self,
        *,
        from_: str | None = None,
        self_: str | None = None,
        async_: str | None = None,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[Class]:
        """Like `class_`, returning the status code, headers and raw body too."""
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
