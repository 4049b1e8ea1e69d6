from __future__ import annotations

from datetime import datetime
from pydantic import Field
from typing import Literal
from .._base import Model


class Reading(Model):
    """One measurement of a sensor."""

    id: str
    kind: Literal["reading"]
    unit: str | None = None
    value: int | float
    label: str | int | None = None
    note: str | None = None
    nothing: None = None
    tags: list[str] | None = None
    previous: Reading | None = None
    """The reading before this one (a description beside $ref)"""

    quality: int | None = None
    recorded_at: datetime | None = Field(
        default=None, validation_alias="recordedAt", serialization_alias="recordedAt"
    )
    raw: bytes | None = None
    location: ReadingLocation | None = None


from .reading_location import ReadingLocation
