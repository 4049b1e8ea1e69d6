"""The API's models, one module each; imported on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .create_bundle_request_body import CreateBundleRequestBody
    from .digital_product import DigitalProduct
    from .identified import Identified
    from .product import Product
    from .short_code import ShortCode
    from .timestamped import Timestamped

__all__ = [
    "CreateBundleRequestBody",
    "DigitalProduct",
    "Identified",
    "Product",
    "ShortCode",
    "Timestamped",
]

#: where each name lives, one "name module" line each (a table in one literal:
#: cheap to load, and to format for the thousands of models of big APIs)
_TABLE = """\
CreateBundleRequestBody .create_bundle_request_body
DigitalProduct .digital_product
Identified .identified
Product .product
ShortCode .short_code
Timestamped .timestamped
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
