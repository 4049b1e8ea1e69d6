from __future__ import annotations

from .._base import Model


class ReadingLocation(Model):

    lat: float | None = None
    lon: float | None = None
