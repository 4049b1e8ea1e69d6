from __future__ import annotations

from .._base import Model


class Error(Model):

    message: str | None = None
