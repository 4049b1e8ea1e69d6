from __future__ import annotations

from .._base import Model


class Owner(Model):

    first: str | None = None
    last: str | None = None
