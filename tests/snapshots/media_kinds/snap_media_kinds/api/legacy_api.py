from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any
from .._runtime import Operation, Param, Timeout, data_only, data_only_async
from ..api_client import ApiClient, AsyncApiClient
from ..api_response import ApiResponse

__all__ = ["LegacyApi", "AsyncLegacyApi"]

_LIST_LEGACY_PETS = Operation(
    "GET",
    "/legacy/pets",
    responses=lambda: {
        "200": {
            "text/xml": str,
        },
    },
)

_IMPORT_LEGACY_PETS = Operation(
    "POST",
    "/legacy/pets/import",
    body=lambda: {
        "text/xml": str,
    },
    responses=lambda: {
        "204": {},
    },
)

_EXPORT_PETS = Operation(
    "GET",
    "/legacy/export",
    responses=lambda: {
        "200": {
            "application/octet-stream": bytes,
        },
    },
)


class LegacyApi:
    """Operations tagged 'legacy'."""

    def __init__(self, api_client: ApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else ApiClient()

    def list_legacy_pets_with_http_info(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[str]:
        """GET /legacy/pets

        `list_legacy_pets` returns the response's data; `list_legacy_pets_with_http_info` returns the whole `ApiResponse` (status code, headers, raw body and data).
        """
        return self.api_client.call(
            _LIST_LEGACY_PETS,
            {},
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    list_legacy_pets = data_only(list_legacy_pets_with_http_info)

    def import_legacy_pets_with_http_info(
        self,
        pet: str,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[None]:
        """POST /legacy/pets/import

        `import_legacy_pets` returns the response's data; `import_legacy_pets_with_http_info` returns the whole `ApiResponse` (status code, headers, raw body and data).
        """
        return self.api_client.call(
            _IMPORT_LEGACY_PETS,
            {},
            pet,
            timeout=_request_timeout,
            headers=_headers,
        )

    import_legacy_pets = data_only(import_legacy_pets_with_http_info)

    def export_pets_with_http_info(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[bytes]:
        """GET /legacy/export

        `export_pets` returns the response's data; `export_pets_with_http_info` returns the whole `ApiResponse` (status code, headers, raw body and data).
        """
        return self.api_client.call(
            _EXPORT_PETS,
            {},
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    export_pets = data_only(export_pets_with_http_info)


class AsyncLegacyApi:
    """Operations tagged 'legacy'."""

    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else AsyncApiClient()

    async def list_legacy_pets_with_http_info(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[str]:
        """GET /legacy/pets

        Awaitable form of `LegacyApi.list_legacy_pets_with_http_info` and `LegacyApi.list_legacy_pets`, which document it.
        """
        return await self.api_client.call(
            _LIST_LEGACY_PETS,
            {},
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    list_legacy_pets = data_only_async(list_legacy_pets_with_http_info)

    async def import_legacy_pets_with_http_info(
        self,
        pet: str,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[None]:
        """POST /legacy/pets/import

        Awaitable form of `LegacyApi.import_legacy_pets_with_http_info` and `LegacyApi.import_legacy_pets`, which document it.
        """
        return await self.api_client.call(
            _IMPORT_LEGACY_PETS,
            {},
            pet,
            timeout=_request_timeout,
            headers=_headers,
        )

    import_legacy_pets = data_only_async(import_legacy_pets_with_http_info)

    async def export_pets_with_http_info(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[bytes]:
        """GET /legacy/export

        Awaitable form of `LegacyApi.export_pets_with_http_info` and `LegacyApi.export_pets`, which document it.
        """
        return await self.api_client.call(
            _EXPORT_PETS,
            {},
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    export_pets = data_only_async(export_pets_with_http_info)
