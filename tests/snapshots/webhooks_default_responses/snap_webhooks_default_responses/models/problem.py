from __future__ import annotations

from .._base import Model


class Problem(Model):

    title: str
    status: int | None = None
    detail: str | None = None
