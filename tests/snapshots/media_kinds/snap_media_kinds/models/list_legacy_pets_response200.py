from __future__ import annotations

from .._base import Model


class ListLegacyPetsResponse200(Model):

    pets: list[Pet] | None = None


from .pet import Pet
