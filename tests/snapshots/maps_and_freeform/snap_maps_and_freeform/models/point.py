from __future__ import annotations

from .._base import Model


class Point(Model):

    x: int | float
    y: int | float
