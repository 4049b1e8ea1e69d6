"""Collisions"""

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
    from .api.cafe_api import AsyncCafeApi as AsyncCafeApi
    from .api.default3_d_models_api import (
        AsyncDefault3DModelsApi as AsyncDefault3DModelsApi,
    )
    from .api.default_api import AsyncDefaultApi as AsyncDefaultApi
    from .api.order_items_api import AsyncOrderItemsApi as AsyncOrderItemsApi
    from .api.order_items_api_2 import AsyncOrderItemsApi_2 as AsyncOrderItemsApi_2
    from .api.orders_api import AsyncOrdersApi as AsyncOrdersApi
    from .api.orders_api_2 import AsyncOrdersApi_2 as AsyncOrdersApi_2
    from .api.u266125_api import AsyncU266125Api as AsyncU266125Api
    from .exceptions import BadRequestException as BadRequestException
    from .api.cafe_api import CafeApi as CafeApi
    from .configuration import Configuration as Configuration
    from .exceptions import ConflictException as ConflictException
    from .api.default3_d_models_api import Default3DModelsApi as Default3DModelsApi
    from .api.default_api import DefaultApi as DefaultApi
    from .exceptions import ForbiddenException as ForbiddenException
    from .exceptions import NotFoundException as NotFoundException
    from .exceptions import OpenApiError as OpenApiError
    from .api.order_items_api import OrderItemsApi as OrderItemsApi
    from .api.order_items_api_2 import OrderItemsApi_2 as OrderItemsApi_2
    from .api.orders_api import OrdersApi as OrdersApi
    from .api.orders_api_2 import OrdersApi_2 as OrdersApi_2
    from .exceptions import ServiceException as ServiceException
    from .exceptions import TooManyRequestsException as TooManyRequestsException
    from .api.u266125_api import U266125Api as U266125Api
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
    "AsyncCafeApi",
    "AsyncDefault3DModelsApi",
    "AsyncDefaultApi",
    "AsyncOrderItemsApi",
    "AsyncOrderItemsApi_2",
    "AsyncOrdersApi",
    "AsyncOrdersApi_2",
    "AsyncU266125Api",
    "BadRequestException",
    "CafeApi",
    "Configuration",
    "ConflictException",
    "Default3DModelsApi",
    "DefaultApi",
    "ForbiddenException",
    "NotFoundException",
    "OpenApiError",
    "OrderItemsApi",
    "OrderItemsApi_2",
    "OrdersApi",
    "OrdersApi_2",
    "ServiceException",
    "TooManyRequestsException",
    "U266125Api",
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
    "AsyncCafeApi": ".api.cafe_api",
    "AsyncDefault3DModelsApi": ".api.default3_d_models_api",
    "AsyncDefaultApi": ".api.default_api",
    "AsyncOrderItemsApi": ".api.order_items_api",
    "AsyncOrderItemsApi_2": ".api.order_items_api_2",
    "AsyncOrdersApi": ".api.orders_api",
    "AsyncOrdersApi_2": ".api.orders_api_2",
    "AsyncU266125Api": ".api.u266125_api",
    "BadRequestException": ".exceptions",
    "CafeApi": ".api.cafe_api",
    "Configuration": ".configuration",
    "ConflictException": ".exceptions",
    "Default3DModelsApi": ".api.default3_d_models_api",
    "DefaultApi": ".api.default_api",
    "ForbiddenException": ".exceptions",
    "NotFoundException": ".exceptions",
    "OpenApiError": ".exceptions",
    "OrderItemsApi": ".api.order_items_api",
    "OrderItemsApi_2": ".api.order_items_api_2",
    "OrdersApi": ".api.orders_api",
    "OrdersApi_2": ".api.orders_api_2",
    "ServiceException": ".exceptions",
    "TooManyRequestsException": ".exceptions",
    "U266125Api": ".api.u266125_api",
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
