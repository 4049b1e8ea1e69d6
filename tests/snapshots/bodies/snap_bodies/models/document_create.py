from __future__ import annotations

from .._base import Model


class DocumentCreate(Model):

    title: str
    pages: int | None = None
    public: bool | None = None
