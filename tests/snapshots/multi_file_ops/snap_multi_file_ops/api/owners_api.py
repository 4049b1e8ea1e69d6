from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING
from .. import models as _m
from .._runtime import Operation, Param, Timeout, data_only, data_only_async
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

    def get_owner_with_http_info(
        self,
        owner_id: str,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[Owner]:
        """GET /owners/{ownerId}

        `get_owner` returns the response's data; `get_owner_with_http_info` returns the whole `ApiResponse` (status code, headers, raw body and data).
        """
        return self.api_client.call(
            _GET_OWNER,
            {
                "ownerId": owner_id,
            },
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    get_owner = data_only(get_owner_with_http_info)


class AsyncOwnersApi:
    """Operations tagged 'owners'."""

    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else AsyncApiClient()

    async def get_owner_with_http_info(
        self,
        owner_id: str,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[Owner]:
        """GET /owners/{ownerId}

        Awaitable form of `OwnersApi.get_owner_with_http_info` and `OwnersApi.get_owner`, which document it.
        """
        return await self.api_client.call(
            _GET_OWNER,
            {
                "ownerId": owner_id,
            },
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    get_owner = data_only_async(get_owner_with_http_info)
