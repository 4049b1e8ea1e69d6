from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING
from .. import models as _m
from .._runtime import Operation, Param, Timeout
from ..api_client import ApiClient, AsyncApiClient
from ..api_response import ApiResponse

if TYPE_CHECKING:
    from ..models.error import Error
    from ..models.owner import Owner

__all__ = ["OwnersApi", "AsyncOwnersApi"]

_GET_OWNER = Operation(
    "GET",
    "/owners/{ownerId}",
    params=(Param("ownerId", "path"),),
    responses=lambda: {
        "200": {
            "application/json": _m.Owner,
        },
        "404": {
            "application/json": _m.Error,
        },
    },
)


class OwnersApi:
    """Operations tagged 'owners'."""

    def __init__(self, api_client: ApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else ApiClient()

    def get_owner(
        self,
        owner_id: str,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> Owner:
        """GET /owners/{ownerId}"""
        return self.get_owner_with_http_info(
            owner_id,
            _request_timeout=_request_timeout,
            _headers=_headers,
        ).data

    def get_owner_with_http_info(
        self,
        owner_id: str,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[Owner]:
        """Like `get_owner`, returning the status code, headers and raw body too."""
        return self.api_client.call(
            _GET_OWNER,
            {
                "ownerId": owner_id,
            },
            None,
            timeout=_request_timeout,
            headers=_headers,
        )


class AsyncOwnersApi:
    """Operations tagged 'owners'."""

    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else AsyncApiClient()

    async def get_owner(
        self,
        owner_id: str,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> Owner:
        """GET /owners/{ownerId}

        Awaitable form of `OwnersApi.get_owner`, which documents it."""
        return (
            await self.get_owner_with_http_info(
                owner_id,
                _request_timeout=_request_timeout,
                _headers=_headers,
            )
        ).data

    async def get_owner_with_http_info(
        self,
        owner_id: str,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[Owner]:
        """Like `get_owner`, returning the status code, headers and raw body too."""
        return await self.api_client.call(
            _GET_OWNER,
            {
                "ownerId": owner_id,
            },
            None,
            timeout=_request_timeout,
            headers=_headers,
        )
