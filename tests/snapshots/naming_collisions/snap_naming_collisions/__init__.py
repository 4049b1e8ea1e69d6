"""Collisions"""

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
    from .api.cafe_api import AsyncCafeApi
    from .api.default3_d_models_api import AsyncDefault3DModelsApi
    from .api.default_api import AsyncDefaultApi
    from .api.order_items_api import AsyncOrderItemsApi
    from .api.order_items_api_2 import AsyncOrderItemsApi_2
    from .api.orders_api import AsyncOrdersApi
    from .api.orders_api_2 import AsyncOrdersApi_2
    from .api.u266125_api import AsyncU266125Api
    from .exceptions import BadRequestException
    from .api.cafe_api import CafeApi
    from .configuration import Configuration
    from .exceptions import ConflictException
    from .api.default3_d_models_api import Default3DModelsApi
    from .api.default_api import DefaultApi
    from .exceptions import ForbiddenException
    from .exceptions import NotFoundException
    from .exceptions import OpenApiError
    from .api.order_items_api import OrderItemsApi
    from .api.order_items_api_2 import OrderItemsApi_2
    from .api.orders_api import OrdersApi
    from .api.orders_api_2 import OrdersApi_2
    from .exceptions import ServiceException
    from .exceptions import TooManyRequestsException
    from .api.u266125_api import U266125Api
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
AsyncCafeApi .api.cafe_api
AsyncDefault3DModelsApi .api.default3_d_models_api
AsyncDefaultApi .api.default_api
AsyncOrderItemsApi .api.order_items_api
AsyncOrderItemsApi_2 .api.order_items_api_2
AsyncOrdersApi .api.orders_api
AsyncOrdersApi_2 .api.orders_api_2
AsyncU266125Api .api.u266125_api
BadRequestException .exceptions
CafeApi .api.cafe_api
Configuration .configuration
ConflictException .exceptions
Default3DModelsApi .api.default3_d_models_api
DefaultApi .api.default_api
ForbiddenException .exceptions
NotFoundException .exceptions
OpenApiError .exceptions
OrderItemsApi .api.order_items_api
OrderItemsApi_2 .api.order_items_api_2
OrdersApi .api.orders_api
OrdersApi_2 .api.orders_api_2
ServiceException .exceptions
TooManyRequestsException .exceptions
U266125Api .api.u266125_api
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
