from __future__ import annotations

from .._base import Model


class EmailContact(Model):

    email: str
