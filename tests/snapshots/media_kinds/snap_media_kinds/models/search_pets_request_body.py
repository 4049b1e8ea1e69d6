from __future__ import annotations

from .._base import Model


class SearchPetsRequestBody(Model):

    tags: list[str]
    owner: Owner | None = None
    limit: int | None = None


from .owner import Owner
