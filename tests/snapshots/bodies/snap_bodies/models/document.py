from __future__ import annotations

from .._base import Model


class Document(Model):

    id: str
    title: str
    pages: int | None = None
    size: int | None = None
