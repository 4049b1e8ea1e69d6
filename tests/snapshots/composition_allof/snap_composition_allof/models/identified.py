from __future__ import annotations

from .._base import Model


class Identified(Model):

    id: str
