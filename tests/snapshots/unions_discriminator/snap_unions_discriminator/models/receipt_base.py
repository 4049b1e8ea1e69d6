from __future__ import annotations

from .._base import Model


class ReceiptBase(Model):

    note: str | None = None
