from __future__ import annotations

from .._base import Model


class SearchPetsRequestBodyRange(Model):

    min: int | None = None
    max: int | None = None
