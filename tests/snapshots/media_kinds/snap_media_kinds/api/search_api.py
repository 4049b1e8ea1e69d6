from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, TYPE_CHECKING
from .. import models as _m
from .._runtime import Operation, Param, Timeout, data_only, data_only_async
from ..api_client import ApiClient, AsyncApiClient
from ..api_response import ApiResponse

if TYPE_CHECKING:
    from ..models.create_note_request_body import CreateNoteRequestBody
    from ..models.pet import Pet
    from ..models.search_pets_request_body import SearchPetsRequestBody
    from ..models.upload_photo_request_body import UploadPhotoRequestBody

__all__ = ["SearchApi", "AsyncSearchApi"]

_SEARCH_PETS = Operation(
    "POST",
    "/search",
    body=lambda: {
        "application/x-www-form-urlencoded": _m.SearchPetsRequestBody,
    },
    form=(
        Param("ids", "query", explode=False),
        Param("colors", "query", style="pipeDelimited"),
        Param("range", "query", style="deepObject", explode=True),
    ),
    responses=lambda: {
        "200": {
            "application/json": list[_m.Pet],
        },
    },
)

_CREATE_NOTE = Operation(
    "POST",
    "/notes",
    body=lambda: {
        "multipart/form-data": _m.CreateNoteRequestBody,
    },
    responses=lambda: {
        "204": {},
    },
)

_UPLOAD_PHOTO = Operation(
    "POST",
    "/uploads",
    body=lambda: {
        "multipart/form-data": _m.UploadPhotoRequestBody,
    },
    parts={
        "photo": "image/png",
        "caption": "text/markdown",
        "meta": "application/vnd.media+json",
        "legacy": "application/xml",
    },
    responses=lambda: {
        "204": {},
    },
)


class SearchApi:
    """Operations tagged 'search'."""

    def __init__(self, api_client: ApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else ApiClient()

    def search_pets_with_http_info(
        self,
        search_pets_request_body: SearchPetsRequestBody | dict[str, Any],
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[list[Pet]]:
        """POST /search

        `search_pets` returns the response's data; `search_pets_with_http_info` returns the whole `ApiResponse` (status code, headers, raw body and data).
        """
        return self.api_client.call(
            _SEARCH_PETS,
            {},
            search_pets_request_body,
            timeout=_request_timeout,
            headers=_headers,
        )

    search_pets = data_only(search_pets_with_http_info)

    def create_note_with_http_info(
        self,
        create_note_request_body: CreateNoteRequestBody | dict[str, Any],
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[None]:
        """POST /notes

        `create_note` returns the response's data; `create_note_with_http_info` returns the whole `ApiResponse` (status code, headers, raw body and data).
        """
        return self.api_client.call(
            _CREATE_NOTE,
            {},
            create_note_request_body,
            timeout=_request_timeout,
            headers=_headers,
        )

    create_note = data_only(create_note_with_http_info)

    def upload_photo_with_http_info(
        self,
        upload_photo_request_body: UploadPhotoRequestBody | dict[str, Any],
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[None]:
        """Parts with a content type of their own (the Encoding Object's contentType).

        `upload_photo` returns the response's data; `upload_photo_with_http_info` returns the whole `ApiResponse` (status code, headers, raw body and data).
        """
        return self.api_client.call(
            _UPLOAD_PHOTO,
            {},
            upload_photo_request_body,
            timeout=_request_timeout,
            headers=_headers,
        )

    upload_photo = data_only(upload_photo_with_http_info)


class AsyncSearchApi:
    """Operations tagged 'search'."""

    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else AsyncApiClient()

    async def search_pets_with_http_info(
        self,
        search_pets_request_body: SearchPetsRequestBody | dict[str, Any],
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[list[Pet]]:
        """POST /search

        Awaitable form of `SearchApi.search_pets_with_http_info` and `SearchApi.search_pets`, which document it.
        """
        return await self.api_client.call(
            _SEARCH_PETS,
            {},
            search_pets_request_body,
            timeout=_request_timeout,
            headers=_headers,
        )

    search_pets = data_only_async(search_pets_with_http_info)

    async def create_note_with_http_info(
        self,
        create_note_request_body: CreateNoteRequestBody | dict[str, Any],
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[None]:
        """POST /notes

        Awaitable form of `SearchApi.create_note_with_http_info` and `SearchApi.create_note`, which document it.
        """
        return await self.api_client.call(
            _CREATE_NOTE,
            {},
            create_note_request_body,
            timeout=_request_timeout,
            headers=_headers,
        )

    create_note = data_only_async(create_note_with_http_info)

    async def upload_photo_with_http_info(
        self,
        upload_photo_request_body: UploadPhotoRequestBody | dict[str, Any],
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[None]:
        """POST /uploads

        Awaitable form of `SearchApi.upload_photo_with_http_info` and `SearchApi.upload_photo`, which document it.
        """
        return await self.api_client.call(
            _UPLOAD_PHOTO,
            {},
            upload_photo_request_body,
            timeout=_request_timeout,
            headers=_headers,
        )

    upload_photo = data_only_async(upload_photo_with_http_info)
