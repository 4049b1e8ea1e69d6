from __future__ import annotations

from typing import Any
from .._base import RootSchema


class Metadata(RootSchema[dict[str, Any] | None]):
    """A set of custom key/value pairs that you can attach to an object. The values can be strings, numbers, booleans, arrays or objects, as defined in the metadata schema."""
