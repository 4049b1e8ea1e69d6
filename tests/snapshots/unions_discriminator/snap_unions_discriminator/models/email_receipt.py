from __future__ import annotations

from .._base import Model
from .email_receipt_channel import EmailReceiptChannel


class EmailReceipt(Model):

    note: str | None = None
    channel: EmailReceiptChannel
    to: str | None = None
