from __future__ import annotations

from .._base import RootSchema


class StringOrList(RootSchema[str | list[str]]):
    pass
