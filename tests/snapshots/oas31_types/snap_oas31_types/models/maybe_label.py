from __future__ import annotations

from .._base import RootSchema


class MaybeLabel(RootSchema[str | None]):
    pass
