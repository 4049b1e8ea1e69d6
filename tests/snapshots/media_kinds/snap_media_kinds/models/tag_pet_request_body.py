from __future__ import annotations

from .._base import Model


class TagPetRequestBody(Model):

    tags: list[str] | None = None
