from __future__ import annotations

from .._base import Model


class PetList(Model):

    data: list[Pet]
    total: int | None = None


from .pet import Pet
