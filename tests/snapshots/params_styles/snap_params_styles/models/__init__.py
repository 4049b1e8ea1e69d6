"""The API's models, one module each; imported on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .api_version import ApiVersion
    from .get_shelf_response200 import GetShelfResponse200
    from .parameter_action_describe_stores import ParameterActionDescribeStores
    from .parameter_filter_search_products import ParameterFilterSearchProducts
    from .parameter_filter_search_products_price import (
        ParameterFilterSearchProductsPrice,
    )
    from .parameter_locale_index_products import ParameterLocaleIndexProducts
    from .parameter_page_search_products import ParameterPageSearchProducts
    from .parameter_where_search_products import ParameterWhereSearchProducts
    from .parameter_x_api_level_describe_stores import ParameterXApiLevelDescribeStores

__all__ = [
    "ApiVersion",
    "GetShelfResponse200",
    "ParameterActionDescribeStores",
    "ParameterFilterSearchProducts",
    "ParameterFilterSearchProductsPrice",
    "ParameterLocaleIndexProducts",
    "ParameterPageSearchProducts",
    "ParameterWhereSearchProducts",
    "ParameterXApiLevelDescribeStores",
]

#: where each name lives, one "name module" line each (a table in one literal:
#: cheap to load, and to format for the thousands of models of big APIs)
_TABLE = """\
ApiVersion .api_version
GetShelfResponse200 .get_shelf_response200
ParameterActionDescribeStores .parameter_action_describe_stores
ParameterFilterSearchProducts .parameter_filter_search_products
ParameterFilterSearchProductsPrice .parameter_filter_search_products_price
ParameterLocaleIndexProducts .parameter_locale_index_products
ParameterPageSearchProducts .parameter_page_search_products
ParameterWhereSearchProducts .parameter_where_search_products
ParameterXApiLevelDescribeStores .parameter_x_api_level_describe_stores
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
