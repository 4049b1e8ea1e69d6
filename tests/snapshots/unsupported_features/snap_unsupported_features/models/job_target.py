from __future__ import annotations

from .._base import Model


class JobTarget(Model):

    kind: str | None = None
    url: str | None = None
    queue: str | None = None
