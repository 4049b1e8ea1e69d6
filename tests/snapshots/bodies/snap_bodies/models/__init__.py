"""The API's models, one module each; imported on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .document import Document
    from .document_create import DocumentCreate
    from .get_preview_response200 import GetPreviewResponse200
    from .upload_document_request_body import UploadDocumentRequestBody

__all__ = [
    "Document",
    "DocumentCreate",
    "GetPreviewResponse200",
    "UploadDocumentRequestBody",
]

#: where each name lives, one "name module" line each (a table in one literal:
#: cheap to load, and to format for the thousands of models of big APIs)
_TABLE = """\
Document .document
DocumentCreate .document_create
GetPreviewResponse200 .get_preview_response200
UploadDocumentRequestBody .upload_document_request_body
"""
_EXPORTS: dict[str, str] = {
    name: module
    for name, _, module in (line.partition(" ") for line in _TABLE.splitlines())
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
