from __future__ import annotations

from .._base import Model


class UploadDocumentRequestBody(Model):

    file: bytes
    title: str | None = None
    pages: int | None = None
