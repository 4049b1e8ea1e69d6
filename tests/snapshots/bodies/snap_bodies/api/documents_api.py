from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, TYPE_CHECKING
from .. import models as _m
from .._runtime import Operation, Param, Timeout
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
            "image/png": bytes,
            "application/json": _m.GetPreviewResponse200,
        },
    },
)


class DocumentsApi:
    """Operations tagged 'documents'."""

    def __init__(self, api_client: ApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else ApiClient()

    def create_document(
        self,
        document_create: DocumentCreate | dict[str, Any],
        *,
        _content_type: str | None = None,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> Document:
        """Several media types for one operation (JSON first)."""
        return self.create_document_with_http_info(
            document_create,
            _content_type=_content_type,
            _request_timeout=_request_timeout,
            _headers=_headers,
        ).data

    def create_document_with_http_info(
        self,
        document_create: DocumentCreate | dict[str, Any],
        *,
        _content_type: str | None = None,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[Document]:
        """Like `create_document`, returning the status code, headers and raw body too."""
        return self.api_client.call(
            _CREATE_DOCUMENT,
            {},
            document_create,
            timeout=_request_timeout,
            headers=_headers,
            content_type=_content_type,
        )

    def upload_document(
        self,
        upload_document_request_body: UploadDocumentRequestBody | dict[str, Any],
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> Document:
        """POST /documents/upload"""
        return self.upload_document_with_http_info(
            upload_document_request_body,
            _request_timeout=_request_timeout,
            _headers=_headers,
        ).data

    def upload_document_with_http_info(
        self,
        upload_document_request_body: UploadDocumentRequestBody | dict[str, Any],
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[Document]:
        """Like `upload_document`, returning the status code, headers and raw body too."""
        return self.api_client.call(
            _UPLOAD_DOCUMENT,
            {},
            upload_document_request_body,
            timeout=_request_timeout,
            headers=_headers,
        )

    def download_content(
        self,
        document_id: str,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> bytes:
        """GET /documents/{documentId}/content"""
        return self.download_content_with_http_info(
            document_id,
            _request_timeout=_request_timeout,
            _headers=_headers,
        ).data

    def download_content_with_http_info(
        self,
        document_id: str,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[bytes]:
        """Like `download_content`, returning the status code, headers and raw body too."""
        return self.api_client.call(
            _DOWNLOAD_CONTENT,
            {
                "documentId": document_id,
            },
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    def replace_content(
        self,
        document_id: str,
        body: bytes,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> None:
        """PUT /documents/{documentId}/content"""
        return self.replace_content_with_http_info(
            document_id,
            body,
            _request_timeout=_request_timeout,
            _headers=_headers,
        ).data

    def replace_content_with_http_info(
        self,
        document_id: str,
        body: bytes,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[None]:
        """Like `replace_content`, returning the status code, headers and raw body too."""
        return self.api_client.call(
            _REPLACE_CONTENT,
            {
                "documentId": document_id,
            },
            body,
            timeout=_request_timeout,
            headers=_headers,
        )

    def add_note(
        self,
        document_id: str,
        body: str,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> str:
        """POST /documents/{documentId}/notes"""
        return self.add_note_with_http_info(
            document_id,
            body,
            _request_timeout=_request_timeout,
            _headers=_headers,
        ).data

    def add_note_with_http_info(
        self,
        document_id: str,
        body: str,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[str]:
        """Like `add_note`, returning the status code, headers and raw body too."""
        return self.api_client.call(
            _ADD_NOTE,
            {
                "documentId": document_id,
            },
            body,
            timeout=_request_timeout,
            headers=_headers,
        )

    def get_preview(
        self,
        document_id: str,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> bytes | GetPreviewResponse200:
        """GET /documents/{documentId}/preview"""
        return self.get_preview_with_http_info(
            document_id,
            _request_timeout=_request_timeout,
            _headers=_headers,
        ).data

    def get_preview_with_http_info(
        self,
        document_id: str,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[bytes | GetPreviewResponse200]:
        """Like `get_preview`, returning the status code, headers and raw body too."""
        return self.api_client.call(
            _GET_PREVIEW,
            {
                "documentId": document_id,
            },
            None,
            timeout=_request_timeout,
            headers=_headers,
        )


class AsyncDocumentsApi:
    """Operations tagged 'documents'."""

    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else AsyncApiClient()

    async def create_document(
        self,
        document_create: DocumentCreate | dict[str, Any],
        *,
        _content_type: str | None = None,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> Document:
        """POST /documents

        Awaitable form of `DocumentsApi.create_document`, which documents it."""
        return (
            await self.create_document_with_http_info(
                document_create,
                _content_type=_content_type,
                _request_timeout=_request_timeout,
                _headers=_headers,
            )
        ).data

    async def create_document_with_http_info(
        self,
        document_create: DocumentCreate | dict[str, Any],
        *,
        _content_type: str | None = None,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[Document]:
        """Like `create_document`, returning the status code, headers and raw body too."""
        return await self.api_client.call(
            _CREATE_DOCUMENT,
            {},
            document_create,
            timeout=_request_timeout,
            headers=_headers,
            content_type=_content_type,
        )

    async def upload_document(
        self,
        upload_document_request_body: UploadDocumentRequestBody | dict[str, Any],
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> Document:
        """POST /documents/upload

        Awaitable form of `DocumentsApi.upload_document`, which documents it."""
        return (
            await self.upload_document_with_http_info(
                upload_document_request_body,
                _request_timeout=_request_timeout,
                _headers=_headers,
            )
        ).data

    async def upload_document_with_http_info(
        self,
        upload_document_request_body: UploadDocumentRequestBody | dict[str, Any],
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[Document]:
        """Like `upload_document`, returning the status code, headers and raw body too."""
        return await self.api_client.call(
            _UPLOAD_DOCUMENT,
            {},
            upload_document_request_body,
            timeout=_request_timeout,
            headers=_headers,
        )

    async def download_content(
        self,
        document_id: str,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> bytes:
        """GET /documents/{documentId}/content

        Awaitable form of `DocumentsApi.download_content`, which documents it."""
        return (
            await self.download_content_with_http_info(
                document_id,
                _request_timeout=_request_timeout,
                _headers=_headers,
            )
        ).data

    async def download_content_with_http_info(
        self,
        document_id: str,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[bytes]:
        """Like `download_content`, returning the status code, headers and raw body too."""
        return await self.api_client.call(
            _DOWNLOAD_CONTENT,
            {
                "documentId": document_id,
            },
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    async def replace_content(
        self,
        document_id: str,
        body: bytes,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> None:
        """PUT /documents/{documentId}/content

        Awaitable form of `DocumentsApi.replace_content`, which documents it."""
        return (
            await self.replace_content_with_http_info(
                document_id,
                body,
                _request_timeout=_request_timeout,
                _headers=_headers,
            )
        ).data

    async def replace_content_with_http_info(
        self,
        document_id: str,
        body: bytes,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[None]:
        """Like `replace_content`, returning the status code, headers and raw body too."""
        return await self.api_client.call(
            _REPLACE_CONTENT,
            {
                "documentId": document_id,
            },
            body,
            timeout=_request_timeout,
            headers=_headers,
        )

    async def add_note(
        self,
        document_id: str,
        body: str,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> str:
        """POST /documents/{documentId}/notes

        Awaitable form of `DocumentsApi.add_note`, which documents it."""
        return (
            await self.add_note_with_http_info(
                document_id,
                body,
                _request_timeout=_request_timeout,
                _headers=_headers,
            )
        ).data

    async def add_note_with_http_info(
        self,
        document_id: str,
        body: str,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[str]:
        """Like `add_note`, returning the status code, headers and raw body too."""
        return await self.api_client.call(
            _ADD_NOTE,
            {
                "documentId": document_id,
            },
            body,
            timeout=_request_timeout,
            headers=_headers,
        )

    async def get_preview(
        self,
        document_id: str,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> bytes | GetPreviewResponse200:
        """GET /documents/{documentId}/preview

        Awaitable form of `DocumentsApi.get_preview`, which documents it."""
        return (
            await self.get_preview_with_http_info(
                document_id,
                _request_timeout=_request_timeout,
                _headers=_headers,
            )
        ).data

    async def get_preview_with_http_info(
        self,
        document_id: str,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[bytes | GetPreviewResponse200]:
        """Like `get_preview`, returning the status code, headers and raw body too."""
        return await self.api_client.call(
            _GET_PREVIEW,
            {
                "documentId": document_id,
            },
            None,
            timeout=_request_timeout,
            headers=_headers,
        )
