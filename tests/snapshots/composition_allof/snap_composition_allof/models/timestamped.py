from __future__ import annotations

from datetime import datetime
from .._base import Model


class Timestamped(Model):

    created_at: datetime | None = None
    updated_at: datetime | None = None
