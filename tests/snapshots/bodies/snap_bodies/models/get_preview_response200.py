from __future__ import annotations

from .._base import Model


class GetPreviewResponse200(Model):

    width: int | None = None
    height: int | None = None
