from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, TYPE_CHECKING
from .. import models as _m
from .._runtime import Operation, Param, Timeout
from ..api_client import ApiClient, AsyncApiClient
from ..api_response import ApiResponse

if TYPE_CHECKING:
    from ..models.reading import Reading

__all__ = ["ReadingsApi", "AsyncReadingsApi"]

_GET_READING = Operation(
    "GET",
    "/readings/{readingId}",
    params=(Param("readingId", "path"),),
    responses=lambda: {
        "200": {
            "application/json": _m.Reading,
        },
    },
)

_CREATE_READING = Operation(
    "POST",
    "/readings",
    body=lambda: {
        "application/json": _m.Reading,
    },
    responses=lambda: {
        "201": {
            "application/json": _m.Reading,
        },
    },
)


class ReadingsApi:
    """Operations tagged 'readings'."""

    def __init__(self, api_client: ApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else ApiClient()

    def get_reading(
        self,
        reading_id: str,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> Reading:
        """GET /readings/{readingId}"""
        return self.get_reading_with_http_info(
            reading_id,
            _request_timeout=_request_timeout,
            _headers=_headers,
        ).data

    def get_reading_with_http_info(
        self,
        reading_id: str,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[Reading]:
        """Like `get_reading`, returning the status code, headers and raw body too."""
        return self.api_client.call(
            _GET_READING,
            {
                "readingId": reading_id,
            },
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    def create_reading(
        self,
        reading: Reading | dict[str, Any],
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> Reading:
        """POST /readings"""
        return self.create_reading_with_http_info(
            reading,
            _request_timeout=_request_timeout,
            _headers=_headers,
        ).data

    def create_reading_with_http_info(
        self,
        reading: Reading | dict[str, Any],
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[Reading]:
        """Like `create_reading`, returning the status code, headers and raw body too."""
        return self.api_client.call(
            _CREATE_READING,
            {},
            reading,
            timeout=_request_timeout,
            headers=_headers,
        )


class AsyncReadingsApi:
    """Operations tagged 'readings'."""

    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else AsyncApiClient()

    async def get_reading(
        self,
        reading_id: str,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> Reading:
        """GET /readings/{readingId}

        Awaitable form of `ReadingsApi.get_reading`, which documents it."""
        return (
            await self.get_reading_with_http_info(
                reading_id,
                _request_timeout=_request_timeout,
                _headers=_headers,
            )
        ).data

    async def get_reading_with_http_info(
        self,
        reading_id: str,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[Reading]:
        """Like `get_reading`, returning the status code, headers and raw body too."""
        return await self.api_client.call(
            _GET_READING,
            {
                "readingId": reading_id,
            },
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    async def create_reading(
        self,
        reading: Reading | dict[str, Any],
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> Reading:
        """POST /readings

        Awaitable form of `ReadingsApi.create_reading`, which documents it."""
        return (
            await self.create_reading_with_http_info(
                reading,
                _request_timeout=_request_timeout,
                _headers=_headers,
            )
        ).data

    async def create_reading_with_http_info(
        self,
        reading: Reading | dict[str, Any],
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[Reading]:
        """Like `create_reading`, returning the status code, headers and raw body too."""
        return await self.api_client.call(
            _CREATE_READING,
            {},
            reading,
            timeout=_request_timeout,
            headers=_headers,
        )
