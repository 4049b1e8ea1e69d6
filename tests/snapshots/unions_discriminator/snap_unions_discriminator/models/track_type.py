from __future__ import annotations

from .._base import OpenStrEnum


class TrackType(OpenStrEnum):
    TRACK = "track"
