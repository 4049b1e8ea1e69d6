from __future__ import annotations

from typing import Any
from .._base import RootSchema


class Labels(RootSchema[dict[str, Any]]):
    pass
