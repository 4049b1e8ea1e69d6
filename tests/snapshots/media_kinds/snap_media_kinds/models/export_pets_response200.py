from __future__ import annotations

from .._base import Model


class ExportPetsResponse200(Model):

    rows: int | None = None
