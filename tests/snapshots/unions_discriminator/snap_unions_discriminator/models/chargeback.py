from __future__ import annotations

from .._base import Model


class Chargeback(Model):

    kind: str
    reason: str
