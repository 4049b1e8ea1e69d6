from __future__ import annotations

from .._base import Model


class Named(Model):

    name: str
