from __future__ import annotations

from .._base import Model
from .episode_type import EpisodeType


class Episode(Model):

    type: EpisodeType
    title: str | None = None
