from __future__ import annotations

from datetime import datetime
from .._base import Model


class CreateBundleRequestBody(Model):

    id: str
    created_at: datetime | None = None
    updated_at: datetime | None = None
    name: str
    price: int | None = None
    items: list[Identified]


from .identified import Identified
