from __future__ import annotations

from .._base import RootSchema


class Quality(RootSchema[int]):
    pass
