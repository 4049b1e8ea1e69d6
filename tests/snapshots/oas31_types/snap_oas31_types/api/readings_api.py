from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, TYPE_CHECKING
from .. import models as _m
from .._runtime import Operation, Param, Timeout, data_only, data_only_async
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

    def get_reading_with_http_info(
        self,
        reading_id: str,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[Reading]:
        """GET /readings/{readingId}

        `get_reading` returns the response's data; `get_reading_with_http_info` returns the whole `ApiResponse` (status code, headers, raw body and data).
        """
        return self.api_client.call(
            _GET_READING,
            {
                "readingId": reading_id,
            },
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    get_reading = data_only(get_reading_with_http_info)

    def create_reading_with_http_info(
        self,
        reading: Reading | dict[str, Any],
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[Reading]:
        """POST /readings

        `create_reading` returns the response's data; `create_reading_with_http_info` returns the whole `ApiResponse` (status code, headers, raw body and data).
        """
        return self.api_client.call(
            _CREATE_READING,
            {},
            reading,
            timeout=_request_timeout,
            headers=_headers,
        )

    create_reading = data_only(create_reading_with_http_info)


class AsyncReadingsApi:
    """Operations tagged 'readings'."""

    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else AsyncApiClient()

    async def get_reading_with_http_info(
        self,
        reading_id: str,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[Reading]:
        """GET /readings/{readingId}

        Awaitable form of `ReadingsApi.get_reading_with_http_info` and `ReadingsApi.get_reading`, which document it.
        """
        return await self.api_client.call(
            _GET_READING,
            {
                "readingId": reading_id,
            },
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    get_reading = data_only_async(get_reading_with_http_info)

    async def create_reading_with_http_info(
        self,
        reading: Reading | dict[str, Any],
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[Reading]:
        """POST /readings

        Awaitable form of `ReadingsApi.create_reading_with_http_info` and `ReadingsApi.create_reading`, which document it.
        """
        return await self.api_client.call(
            _CREATE_READING,
            {},
            reading,
            timeout=_request_timeout,
            headers=_headers,
        )

    create_reading = data_only_async(create_reading_with_http_info)
