from __future__ import annotations

from datetime import date
from pydantic import Field
from .._base import Model


class Visit(Model):

    date_: date = Field(validation_alias="date", serialization_alias="date")
    reason: str | None = None
    vet: Vet | None = None


from .vet import Vet
