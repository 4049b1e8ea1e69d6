from __future__ import annotations

from .._base import Model
from .postal_receipt_channel import PostalReceiptChannel


class PostalReceipt(Model):

    note: str | None = None
    channel: PostalReceiptChannel
    to: str | None = None
