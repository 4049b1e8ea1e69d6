from __future__ import annotations

from .._base import Model


class SearchPetsRequestBody(Model):

    tags: list[str]
    owner: Owner | None = None
    limit: int | None = None
    ids: list[int] | None = None
    colors: list[str] | None = None
    range: SearchPetsRequestBodyRange | None = None


from .owner import Owner
from .search_pets_request_body_range import SearchPetsRequestBodyRange
