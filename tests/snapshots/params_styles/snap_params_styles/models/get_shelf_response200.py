from __future__ import annotations

from .._base import Model


class GetShelfResponse200(Model):

    name: str | None = None
