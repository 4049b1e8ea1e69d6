from __future__ import annotations

from .._base import RootSchema


class NumberOrString(RootSchema[int | float | str]):
    pass
