"""Media kinds"""

from __future__ import annotations

__version__ = "1.0.0"

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
    from .api.legacy_api import AsyncLegacyApi
    from .api.pets_api import AsyncPetsApi
    from .api.search_api import AsyncSearchApi
    from .exceptions import BadRequestException
    from .configuration import Configuration
    from .exceptions import ConflictException
    from .exceptions import ForbiddenException
    from .api.legacy_api import LegacyApi
    from .exceptions import NotFoundException
    from .exceptions import OpenApiError
    from .api.pets_api import PetsApi
    from .api.search_api import SearchApi
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
    "AsyncLegacyApi",
    "AsyncPetsApi",
    "AsyncSearchApi",
    "BadRequestException",
    "Configuration",
    "ConflictException",
    "ForbiddenException",
    "LegacyApi",
    "NotFoundException",
    "OpenApiError",
    "PetsApi",
    "SearchApi",
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
AsyncLegacyApi .api.legacy_api
AsyncPetsApi .api.pets_api
AsyncSearchApi .api.search_api
BadRequestException .exceptions
Configuration .configuration
ConflictException .exceptions
ForbiddenException .exceptions
LegacyApi .api.legacy_api
NotFoundException .exceptions
OpenApiError .exceptions
PetsApi .api.pets_api
SearchApi .api.search_api
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
