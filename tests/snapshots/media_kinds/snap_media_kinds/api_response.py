"""What the `*_with_http_info` methods return."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Generic, TypeVar

__all__ = ["ApiResponse"]

T = TypeVar("T")


@dataclass(frozen=True)
class ApiResponse(Generic[T]):
    """A response: status code, headers, the decoded data and the raw body."""

    status_code: int
    headers: Mapping[str, str]
    data: T
    raw_data: bytes
