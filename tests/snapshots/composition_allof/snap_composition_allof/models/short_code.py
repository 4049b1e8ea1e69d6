from __future__ import annotations

from .._base import RootSchema


class ShortCode(RootSchema[str]):
    """allOf of non-object members merges their keywords."""
