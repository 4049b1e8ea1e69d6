from __future__ import annotations

from .._base import Model


class Vet(Model):

    name: str | None = None
