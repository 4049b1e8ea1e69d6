from __future__ import annotations

from .._base import Model


class Dimensions(Model):
    """Known properties plus typed extra ones."""

    width: int | None = None
