from __future__ import annotations

from .._base import Model


class Card(Model):

    type: str
    last4: str
    expiry: str | None = None
