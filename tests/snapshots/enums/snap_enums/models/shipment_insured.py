from __future__ import annotations

from .._base import OpenEnum


class ShipmentInsured(OpenEnum):
    TRUE = True
