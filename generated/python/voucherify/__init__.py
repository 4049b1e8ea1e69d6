"""Voucherify Orders API

The orders endpoints of the Voucherify API: create, import, list, retrieve, update and export orders. All amounts are integers in the smallest currency unit (e.g. 100 cents for $1.00).
"""

from __future__ import annotations

__version__ = "1.0.0"

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .api_client import ApiClient as ApiClient
    from .exceptions import ApiConnectionError as ApiConnectionError
    from .exceptions import ApiDecodeError as ApiDecodeError
    from .exceptions import ApiException as ApiException
    from .api_response import ApiResponse as ApiResponse
    from .exceptions import ApiTimeoutError as ApiTimeoutError
    from .exceptions import ApiValueError as ApiValueError
    from .api_client import AsyncApiClient as AsyncApiClient
    from .api.orders_api import AsyncOrdersApi as AsyncOrdersApi
    from .exceptions import BadRequestException as BadRequestException
    from .configuration import Configuration as Configuration
    from .exceptions import ConflictException as ConflictException
    from .exceptions import ForbiddenException as ForbiddenException
    from .exceptions import NotFoundException as NotFoundException
    from .exceptions import OpenApiError as OpenApiError
    from .api.orders_api import OrdersApi as OrdersApi
    from .exceptions import ServiceException as ServiceException
    from .exceptions import TooManyRequestsException as TooManyRequestsException
    from .exceptions import UnauthorizedException as UnauthorizedException
    from .exceptions import UnprocessableEntityException as UnprocessableEntityException

__all__ = [
    "ApiClient",
    "ApiConnectionError",
    "ApiDecodeError",
    "ApiException",
    "ApiResponse",
    "ApiTimeoutError",
    "ApiValueError",
    "AsyncApiClient",
    "AsyncOrdersApi",
    "BadRequestException",
    "Configuration",
    "ConflictException",
    "ForbiddenException",
    "NotFoundException",
    "OpenApiError",
    "OrdersApi",
    "ServiceException",
    "TooManyRequestsException",
    "UnauthorizedException",
    "UnprocessableEntityException",
]

_EXPORTS: dict[str, str] = {
    "ApiClient": ".api_client",
    "ApiConnectionError": ".exceptions",
    "ApiDecodeError": ".exceptions",
    "ApiException": ".exceptions",
    "ApiResponse": ".api_response",
    "ApiTimeoutError": ".exceptions",
    "ApiValueError": ".exceptions",
    "AsyncApiClient": ".api_client",
    "AsyncOrdersApi": ".api.orders_api",
    "BadRequestException": ".exceptions",
    "Configuration": ".configuration",
    "ConflictException": ".exceptions",
    "ForbiddenException": ".exceptions",
    "NotFoundException": ".exceptions",
    "OpenApiError": ".exceptions",
    "OrdersApi": ".api.orders_api",
    "ServiceException": ".exceptions",
    "TooManyRequestsException": ".exceptions",
    "UnauthorizedException": ".exceptions",
    "UnprocessableEntityException": ".exceptions",
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
