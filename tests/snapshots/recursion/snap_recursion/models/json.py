from __future__ import annotations

from typing import Any
from .._base import RootSchema


class Json(
    RootSchema[
        str
        | int
        | float
        | bool
        | list[str | int | float | bool | list[Any] | dict[str, Any] | None]
        | dict[str, str | int | float | bool | list[Any] | dict[str, Any] | None]
        | None
    ]
):
    """Any JSON value, defined recursively."""
