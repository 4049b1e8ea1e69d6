from __future__ import annotations

from .._base import Model
from .pet_status import PetStatus


class Pet(Model):
    """A pet for sale."""

    id: str
    name: str
    """The name the pet answers to."""

    status: PetStatus | None = None
