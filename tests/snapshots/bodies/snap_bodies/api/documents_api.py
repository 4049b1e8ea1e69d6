from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, TYPE_CHECKING
from .. import models as _m
from .._runtime import Operation, Param, Timeout, data_only, data_only_async
from ..api_client import ApiClient, AsyncApiClient
from ..api_response import ApiResponse

if TYPE_CHECKING:
    from ..models.document import Document
    from ..models.document_create import DocumentCreate
    from ..models.get_preview_response200 import GetPreviewResponse200
    from ..models.upload_document_request_body import UploadDocumentRequestBody

__all__ = ["DocumentsApi", "AsyncDocumentsApi"]

_CREATE_DOCUMENT = Operation(
    "POST",
    "/documents",
    body=lambda: {
        "application/json": _m.DocumentCreate,
        "application/x-www-form-urlencoded": _m.DocumentCreate,
    },
    responses=lambda: {
        "201": {
            "application/json": _m.Document,
        },
    },
)

_UPLOAD_DOCUMENT = Operation(
    "POST",
    "/documents/upload",
    body=lambda: {
        "multipart/form-data": _m.UploadDocumentRequestBody,
    },
    responses=lambda: {
        "201": {
            "application/json": _m.Document,
        },
    },
)

_DOWNLOAD_CONTENT = Operation(
    "GET",
    "/documents/{documentId}/content",
    params=(Param("documentId", "path"),),
    responses=lambda: {
        "200": {
            "application/octet-stream": bytes,
        },
    },
)

_REPLACE_CONTENT = Operation(
    "PUT",
    "/documents/{documentId}/content",
    params=(Param("documentId", "path"),),
    body=lambda: {
        "application/octet-stream": bytes,
    },
    responses=lambda: {
        "204": {},
    },
)

_ADD_NOTE = Operation(
    "POST",
    "/documents/{documentId}/notes",
    params=(Param("documentId", "path"),),
    body=lambda: {
        "text/plain": str,
    },
    responses=lambda: {
        "200": {
            "text/plain": str,
        },
    },
)

_GET_PREVIEW = Operation(
    "GET",
    "/documents/{documentId}/preview",
    params=(Param("documentId", "path"),),
    responses=lambda: {
        "200": {
            "application/json": _m.GetPreviewResponse200,
            "image/png": bytes,
        },
    },
)


class DocumentsApi:
    """Operations tagged 'documents'."""

    def __init__(self, api_client: ApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else ApiClient()

    def create_document_with_http_info(
        self,
        document_create: DocumentCreate | dict[str, Any],
        *,
        _content_type: str | None = None,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[Document]:
        """Several media types for one operation (JSON first).

        `create_document` returns the response's data; `create_document_with_http_info` returns the whole `ApiResponse` (status code, headers, raw body and data).
        """
        return self.api_client.call(
            _CREATE_DOCUMENT,
            {},
            document_create,
            timeout=_request_timeout,
            headers=_headers,
            content_type=_content_type,
        )

    create_document = data_only(create_document_with_http_info)

    def upload_document_with_http_info(
        self,
        upload_document_request_body: UploadDocumentRequestBody | dict[str, Any],
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[Document]:
        """POST /documents/upload

        `upload_document` returns the response's data; `upload_document_with_http_info` returns the whole `ApiResponse` (status code, headers, raw body and data).
        """
        return self.api_client.call(
            _UPLOAD_DOCUMENT,
            {},
            upload_document_request_body,
            timeout=_request_timeout,
            headers=_headers,
        )

    upload_document = data_only(upload_document_with_http_info)

    def download_content_with_http_info(
        self,
        document_id: str,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[bytes]:
        """GET /documents/{documentId}/content

        `download_content` returns the response's data; `download_content_with_http_info` returns the whole `ApiResponse` (status code, headers, raw body and data).
        """
        return self.api_client.call(
            _DOWNLOAD_CONTENT,
            {
                "documentId": document_id,
            },
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    download_content = data_only(download_content_with_http_info)

    def replace_content_with_http_info(
        self,
        document_id: str,
        body: bytes,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[None]:
        """PUT /documents/{documentId}/content

        `replace_content` returns the response's data; `replace_content_with_http_info` returns the whole `ApiResponse` (status code, headers, raw body and data).
        """
        return self.api_client.call(
            _REPLACE_CONTENT,
            {
                "documentId": document_id,
            },
            body,
            timeout=_request_timeout,
            headers=_headers,
        )

    replace_content = data_only(replace_content_with_http_info)

    def add_note_with_http_info(
        self,
        document_id: str,
        body: str,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[str]:
        """POST /documents/{documentId}/notes

        `add_note` returns the response's data; `add_note_with_http_info` returns the whole `ApiResponse` (status code, headers, raw body and data).
        """
        return self.api_client.call(
            _ADD_NOTE,
            {
                "documentId": document_id,
            },
            body,
            timeout=_request_timeout,
            headers=_headers,
        )

    add_note = data_only(add_note_with_http_info)

    def get_preview_with_http_info(
        self,
        document_id: str,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[GetPreviewResponse200 | bytes]:
        """GET /documents/{documentId}/preview

        `get_preview` returns the response's data; `get_preview_with_http_info` returns the whole `ApiResponse` (status code, headers, raw body and data).
        """
        return self.api_client.call(
            _GET_PREVIEW,
            {
                "documentId": document_id,
            },
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    get_preview = data_only(get_preview_with_http_info)


class AsyncDocumentsApi:
    """Operations tagged 'documents'."""

    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else AsyncApiClient()

    async def create_document_with_http_info(
        self,
        document_create: DocumentCreate | dict[str, Any],
        *,
        _content_type: str | None = None,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[Document]:
        """POST /documents

        Awaitable form of `DocumentsApi.create_document_with_http_info` and `DocumentsApi.create_document`, which document it.
        """
        return await self.api_client.call(
            _CREATE_DOCUMENT,
            {},
            document_create,
            timeout=_request_timeout,
            headers=_headers,
            content_type=_content_type,
        )

    create_document = data_only_async(create_document_with_http_info)

    async def upload_document_with_http_info(
        self,
        upload_document_request_body: UploadDocumentRequestBody | dict[str, Any],
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[Document]:
        """POST /documents/upload

        Awaitable form of `DocumentsApi.upload_document_with_http_info` and `DocumentsApi.upload_document`, which document it.
        """
        return await self.api_client.call(
            _UPLOAD_DOCUMENT,
            {},
            upload_document_request_body,
            timeout=_request_timeout,
            headers=_headers,
        )

    upload_document = data_only_async(upload_document_with_http_info)

    async def download_content_with_http_info(
        self,
        document_id: str,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[bytes]:
        """GET /documents/{documentId}/content

        Awaitable form of `DocumentsApi.download_content_with_http_info` and `DocumentsApi.download_content`, which document it.
        """
        return await self.api_client.call(
            _DOWNLOAD_CONTENT,
            {
                "documentId": document_id,
            },
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    download_content = data_only_async(download_content_with_http_info)

    async def replace_content_with_http_info(
        self,
        document_id: str,
        body: bytes,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[None]:
        """PUT /documents/{documentId}/content

        Awaitable form of `DocumentsApi.replace_content_with_http_info` and `DocumentsApi.replace_content`, which document it.
        """
        return await self.api_client.call(
            _REPLACE_CONTENT,
            {
                "documentId": document_id,
            },
            body,
            timeout=_request_timeout,
            headers=_headers,
        )

    replace_content = data_only_async(replace_content_with_http_info)

    async def add_note_with_http_info(
        self,
        document_id: str,
        body: str,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[str]:
        """POST /documents/{documentId}/notes

        Awaitable form of `DocumentsApi.add_note_with_http_info` and `DocumentsApi.add_note`, which document it.
        """
        return await self.api_client.call(
            _ADD_NOTE,
            {
                "documentId": document_id,
            },
            body,
            timeout=_request_timeout,
            headers=_headers,
        )

    add_note = data_only_async(add_note_with_http_info)

    async def get_preview_with_http_info(
        self,
        document_id: str,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[GetPreviewResponse200 | bytes]:
        """GET /documents/{documentId}/preview

        Awaitable form of `DocumentsApi.get_preview_with_http_info` and `DocumentsApi.get_preview`, which document it.
        """
        return await self.api_client.call(
            _GET_PREVIEW,
            {
                "documentId": document_id,
            },
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    get_preview = data_only_async(get_preview_with_http_info)
