from __future__ import annotations

from .._base import Model


class Series(Model):

    name: str
    points: list[list[int | float]] | None = None
    """An array of [x, y] pairs."""
