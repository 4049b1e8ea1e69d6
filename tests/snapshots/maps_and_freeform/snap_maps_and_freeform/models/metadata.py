from __future__ import annotations

from typing import Any
from .._base import RootSchema


class Metadata(RootSchema[dict[str, Any]]):
    """Free-form object (no properties, no additionalProperties)."""
