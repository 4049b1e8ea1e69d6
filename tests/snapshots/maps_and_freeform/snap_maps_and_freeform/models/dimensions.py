from __future__ import annotations

from pydantic import Field
from .._base import Model


class Dimensions(Model):
    """Known properties plus typed extra ones."""

    width: int | None = None

    __pydantic_extra__: dict[str, str] = Field(init=False)
