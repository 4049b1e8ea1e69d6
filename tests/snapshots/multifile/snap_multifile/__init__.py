"""Multi-file orders"""

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
    from .api.default_api import AsyncDefaultApi as AsyncDefaultApi
    from .exceptions import BadRequestException as BadRequestException
    from .configuration import Configuration as Configuration
    from .exceptions import ConflictException as ConflictException
    from .api.default_api import DefaultApi as DefaultApi
    from .exceptions import ForbiddenException as ForbiddenException
    from .exceptions import NotFoundException as NotFoundException
    from .exceptions import OpenApiError as OpenApiError
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
    "AsyncDefaultApi",
    "BadRequestException",
    "Configuration",
    "ConflictException",
    "DefaultApi",
    "ForbiddenException",
    "NotFoundException",
    "OpenApiError",
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
    "AsyncDefaultApi": ".api.default_api",
    "BadRequestException": ".exceptions",
    "Configuration": ".configuration",
    "ConflictException": ".exceptions",
    "DefaultApi": ".api.default_api",
    "ForbiddenException": ".exceptions",
    "NotFoundException": ".exceptions",
    "OpenApiError": ".exceptions",
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
