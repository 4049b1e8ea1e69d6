from __future__ import annotations

from .._base import Model


class Rule(Model):

    attribute: str
    equals: str | None = None
