from __future__ import annotations

from .._base import Model


class Company(Model):

    payer_type: str
    vat_id: str
