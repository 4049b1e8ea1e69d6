from __future__ import annotations

from .._base import Model


class PhoneContact(Model):

    phone: str
