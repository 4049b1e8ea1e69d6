from __future__ import annotations

from .._base import RootSchema


class Counters(RootSchema[dict[str, int]]):
    pass
