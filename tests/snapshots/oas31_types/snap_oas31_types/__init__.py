"""Sensor readings"""

from __future__ import annotations

__version__ = "2.1.0"

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .api_client import ApiClient
    from .exceptions import ApiConnectionError
    from .exceptions import ApiDecodeError
    from .exceptions import ApiException
    from .api_response import ApiResponse
    from .exceptions import ApiTimeoutError
    from .exceptions import ApiValueError
    from .api_client import AsyncApiClient
    from .api.readings_api import AsyncReadingsApi
    from .exceptions import BadRequestException
    from .configuration import Configuration
    from .exceptions import ConflictException
    from .exceptions import ForbiddenException
    from .exceptions import NotFoundException
    from .exceptions import OpenApiError
    from .api.readings_api import ReadingsApi
    from .exceptions import ServiceException
    from .exceptions import TooManyRequestsException
    from .exceptions import UnauthorizedException
    from .exceptions import UnprocessableEntityException

__all__ = [
    "ApiClient",
    "ApiConnectionError",
    "ApiDecodeError",
    "ApiException",
    "ApiResponse",
    "ApiTimeoutError",
    "ApiValueError",
    "AsyncApiClient",
    "AsyncReadingsApi",
    "BadRequestException",
    "Configuration",
    "ConflictException",
    "ForbiddenException",
    "NotFoundException",
    "OpenApiError",
    "ReadingsApi",
    "ServiceException",
    "TooManyRequestsException",
    "UnauthorizedException",
    "UnprocessableEntityException",
]

#: where each name lives, one "name module" line each (a table in one literal:
#: cheap to load, and to format for the thousands of models of big APIs)
_TABLE = """\
ApiClient .api_client
ApiConnectionError .exceptions
ApiDecodeError .exceptions
ApiException .exceptions
ApiResponse .api_response
ApiTimeoutError .exceptions
ApiValueError .exceptions
AsyncApiClient .api_client
AsyncReadingsApi .api.readings_api
BadRequestException .exceptions
Configuration .configuration
ConflictException .exceptions
ForbiddenException .exceptions
NotFoundException .exceptions
OpenApiError .exceptions
ReadingsApi .api.readings_api
ServiceException .exceptions
TooManyRequestsException .exceptions
UnauthorizedException .exceptions
UnprocessableEntityException .exceptions
"""
_EXPORTS: dict[str, str] = {
    name: module
    for name, _, module in (line.partition(" ") for line in _TABLE.splitlines())
}


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
