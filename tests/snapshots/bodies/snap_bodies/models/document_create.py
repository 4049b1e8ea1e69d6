from __future__ import annotations

from .._base import Model


class DocumentCreate(Model):

    title: str
    pages: int | None = None
    public: bool | None = None
    upload_token: str | None = None
    """Required in requests; never sent back."""
