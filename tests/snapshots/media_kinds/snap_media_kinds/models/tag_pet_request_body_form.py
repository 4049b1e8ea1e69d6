from __future__ import annotations

from .._base import Model


class TagPetRequestBodyForm(Model):

    tag: str | None = None
