from __future__ import annotations

from pydantic import Field
from .._base import Model


class U266125(Model):

    ud6d536: str | None = Field(
        default=None, validation_alias="品目", serialization_alias="品目"
    )
    price: int | None = None
