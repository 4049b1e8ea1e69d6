from __future__ import annotations

from .._base import Model


class Optional_(Model):

    x: str | None = None
