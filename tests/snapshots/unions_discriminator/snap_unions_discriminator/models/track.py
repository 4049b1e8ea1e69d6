from __future__ import annotations

from .._base import Model
from .track_type import TrackType


class Track(Model):

    type: TrackType
    title: str | None = None
