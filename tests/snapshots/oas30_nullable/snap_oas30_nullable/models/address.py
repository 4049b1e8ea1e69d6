from __future__ import annotations

from .._base import Model


class Address(Model):

    line1: str | None = None
    city: str | None = None
