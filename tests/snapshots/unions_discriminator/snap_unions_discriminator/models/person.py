from __future__ import annotations

from .._base import Model


class Person(Model):

    payer_type: str
    name: str
