from __future__ import annotations

from pydantic import Field
from .._base import Model


class Class(Model):

    def_: str | None = Field(default=None, alias="def")
    import_: str | None = Field(default=None, alias="import")
    self: str | None = None
    list_: str | None = Field(default=None, alias="list")
