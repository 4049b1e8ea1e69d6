from __future__ import annotations

from .._base import Model


class Address(Model):

    city: str | None = None
