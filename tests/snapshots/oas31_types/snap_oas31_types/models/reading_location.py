from __future__ import annotations

from .._base import Model


class ReadingLocation(Model):

    lat: int | float | None = None
    lon: int | float | None = None
