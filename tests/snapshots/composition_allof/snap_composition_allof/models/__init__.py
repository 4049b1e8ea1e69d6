"""The API's models, one module each; imported on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .create_bundle_request_body import (
        CreateBundleRequestBody as CreateBundleRequestBody,
    )
    from .digital_product import DigitalProduct as DigitalProduct
    from .identified import Identified as Identified
    from .product import Product as Product
    from .short_code import ShortCode as ShortCode
    from .timestamped import Timestamped as Timestamped

__all__ = [
    "CreateBundleRequestBody",
    "DigitalProduct",
    "Identified",
    "Product",
    "ShortCode",
    "Timestamped",
]

_EXPORTS: dict[str, str] = {
    "CreateBundleRequestBody": ".create_bundle_request_body",
    "DigitalProduct": ".digital_product",
    "Identified": ".identified",
    "Product": ".product",
    "ShortCode": ".short_code",
    "Timestamped": ".timestamped",
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
