from __future__ import annotations

from .._base import Model


class Pet(Model):

    name: str
    age: int | None = None
