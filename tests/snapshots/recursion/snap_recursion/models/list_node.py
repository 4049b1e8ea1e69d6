from __future__ import annotations

from .._base import Model


class ListNode(Model):

    value: int
    next: ListNode | None = None
