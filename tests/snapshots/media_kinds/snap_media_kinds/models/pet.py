from __future__ import annotations

from datetime import date
from pydantic import Field
from .._base import Model


class Pet(Model):

    name: str
    age: int | None = None
    pet_type: str = Field(validation_alias="petType", serialization_alias="petType")
    birth_date: date | None = Field(
        default=None, validation_alias="birthDate", serialization_alias="birthDate"
    )
