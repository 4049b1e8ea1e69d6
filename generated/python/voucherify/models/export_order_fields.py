from __future__ import annotations

from .._base import OpenStrEnum


class ExportOrderFields(OpenStrEnum):
    """An order field that can be exported (a column of the CSV file)."""

    ID = "id"
    SOURCE_ID = "source_id"
    CREATED_AT = "created_at"
    UPDATED_AT = "updated_at"
    STATUS = "status"
    AMOUNT = "amount"
    DISCOUNT_AMOUNT = "discount_amount"
    ITEMS_DISCOUNT_AMOUNT = "items_discount_amount"
    TOTAL_DISCOUNT_AMOUNT = "total_discount_amount"
    TOTAL_AMOUNT = "total_amount"
    CUSTOMER_ID = "customer_id"
    REFERRER_ID = "referrer_id"
    METADATA = "metadata"
