from __future__ import annotations

from .._base import RootSchema


class Nothing(RootSchema[None]):
    pass
