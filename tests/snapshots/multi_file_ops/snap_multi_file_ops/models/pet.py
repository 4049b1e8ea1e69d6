from __future__ import annotations

from .._base import Model
from .species import Species


class Pet(Model):

    id: str
    name: str
    species: Species
    owner: Owner | None = None
    visits: list[Visit] | None = None


from .owner import Owner
from .visit import Visit
