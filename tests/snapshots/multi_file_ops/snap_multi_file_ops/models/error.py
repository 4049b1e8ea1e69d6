from __future__ import annotations

from .._base import Model


class Error(Model):

    code: str
    message: str
