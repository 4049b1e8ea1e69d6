"""The API's models, one module each; imported on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .document import Document as Document
    from .document_create import DocumentCreate as DocumentCreate
    from .get_preview_response200 import GetPreviewResponse200 as GetPreviewResponse200
    from .upload_document_request_body import (
        UploadDocumentRequestBody as UploadDocumentRequestBody,
    )

__all__ = [
    "Document",
    "DocumentCreate",
    "GetPreviewResponse200",
    "UploadDocumentRequestBody",
]

_EXPORTS: dict[str, str] = {
    "Document": ".document",
    "DocumentCreate": ".document_create",
    "GetPreviewResponse200": ".get_preview_response200",
    "UploadDocumentRequestBody": ".upload_document_request_body",
}


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
