from __future__ import annotations

from .._base import Model


class Volume(Model):

    size: int | None = None
