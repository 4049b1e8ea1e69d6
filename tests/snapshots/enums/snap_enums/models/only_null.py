from __future__ import annotations

from .._base import RootSchema


class OnlyNull(RootSchema[None]):
    pass
