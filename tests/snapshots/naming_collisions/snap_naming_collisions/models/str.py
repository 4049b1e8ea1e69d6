from __future__ import annotations

from .._base import RootSchema


class Str(RootSchema[str]):
    pass
