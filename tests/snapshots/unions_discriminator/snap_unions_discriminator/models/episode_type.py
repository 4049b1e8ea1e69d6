from __future__ import annotations

from .._base import OpenStrEnum


class EpisodeType(OpenStrEnum):
    EPISODE = "episode"
