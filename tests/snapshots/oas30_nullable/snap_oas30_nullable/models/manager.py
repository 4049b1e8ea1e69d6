from __future__ import annotations

from .._base import Model


class Manager(Model):

    name: str | None = None
