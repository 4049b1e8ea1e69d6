from __future__ import annotations

from pydantic import Field
from .._base import Model


class Class(Model):

    def_: str | None = Field(
        default=None, validation_alias="def", serialization_alias="def"
    )
    import_: str | None = Field(
        default=None, validation_alias="import", serialization_alias="import"
    )
    self: str | None = None
    list_: str | None = Field(
        default=None, validation_alias="list", serialization_alias="list"
    )
