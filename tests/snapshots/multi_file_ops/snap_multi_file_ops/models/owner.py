from __future__ import annotations

from .._base import Model


class Owner(Model):

    id: str
    name: str
    pets: list[Pet] | None = None


from .pet import Pet
