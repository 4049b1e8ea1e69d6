"""The API's models, one module each; imported on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .customer import Customer
    from .customer_address import CustomerAddress
    from .customer_reference import CustomerReference
    from .customer_reference_object import CustomerReferenceObject
    from .error import Error
    from .export_order_fields import ExportOrderFields
    from .export_order_parameters import ExportOrderParameters
    from .export_order_parameters_order import ExportOrderParametersOrder
    from .metadata import Metadata
    from .order import Order
    from .order_calculated import OrderCalculated
    from .order_calculated_object import OrderCalculatedObject
    from .order_item import OrderItem
    from .order_item_object import OrderItemObject
    from .order_item_product import OrderItemProduct
    from .order_item_related_object import OrderItemRelatedObject
    from .order_item_sku import OrderItemSku
    from .order_redemption import OrderRedemption
    from .order_status import OrderStatus
    from .orders_create_request_body import OrdersCreateRequestBody
    from .orders_create_response_body import OrdersCreateResponseBody
    from .orders_export_create_request_body import OrdersExportCreateRequestBody
    from .orders_export_create_response_body import OrdersExportCreateResponseBody
    from .orders_export_create_response_body_exported_object import (
        OrdersExportCreateResponseBodyExportedObject,
    )
    from .orders_export_create_response_body_object import (
        OrdersExportCreateResponseBodyObject,
    )
    from .orders_export_create_response_body_result import (
        OrdersExportCreateResponseBodyResult,
    )
    from .orders_export_create_response_body_status import (
        OrdersExportCreateResponseBodyStatus,
    )
    from .orders_get_response_body import OrdersGetResponseBody
    from .orders_import_create_request_body_item import (
        OrdersImportCreateRequestBodyItem,
    )
    from .orders_import_create_response_body import OrdersImportCreateResponseBody
    from .orders_list_response_body import OrdersListResponseBody
    from .orders_list_response_body_data_ref import OrdersListResponseBodyDataRef
    from .orders_list_response_body_object import OrdersListResponseBodyObject
    from .orders_update_request_body import OrdersUpdateRequestBody
    from .orders_update_response_body import OrdersUpdateResponseBody
    from .parameter_order_list_orders import ParameterOrderListOrders
    from .referrer import Referrer

__all__ = [
    "Customer",
    "CustomerAddress",
    "CustomerReference",
    "CustomerReferenceObject",
    "Error",
    "ExportOrderFields",
    "ExportOrderParameters",
    "ExportOrderParametersOrder",
    "Metadata",
    "Order",
    "OrderCalculated",
    "OrderCalculatedObject",
    "OrderItem",
    "OrderItemObject",
    "OrderItemProduct",
    "OrderItemRelatedObject",
    "OrderItemSku",
    "OrderRedemption",
    "OrderStatus",
    "OrdersCreateRequestBody",
    "OrdersCreateResponseBody",
    "OrdersExportCreateRequestBody",
    "OrdersExportCreateResponseBody",
    "OrdersExportCreateResponseBodyExportedObject",
    "OrdersExportCreateResponseBodyObject",
    "OrdersExportCreateResponseBodyResult",
    "OrdersExportCreateResponseBodyStatus",
    "OrdersGetResponseBody",
    "OrdersImportCreateRequestBodyItem",
    "OrdersImportCreateResponseBody",
    "OrdersListResponseBody",
    "OrdersListResponseBodyDataRef",
    "OrdersListResponseBodyObject",
    "OrdersUpdateRequestBody",
    "OrdersUpdateResponseBody",
    "ParameterOrderListOrders",
    "Referrer",
]

#: where each name lives, one "name module" line each (a table in one literal:
#: cheap to load, and to format for the thousands of models of big APIs)
_TABLE = """\
Customer .customer
CustomerAddress .customer_address
CustomerReference .customer_reference
CustomerReferenceObject .customer_reference_object
Error .error
ExportOrderFields .export_order_fields
ExportOrderParameters .export_order_parameters
ExportOrderParametersOrder .export_order_parameters_order
Metadata .metadata
Order .order
OrderCalculated .order_calculated
OrderCalculatedObject .order_calculated_object
OrderItem .order_item
OrderItemObject .order_item_object
OrderItemProduct .order_item_product
OrderItemRelatedObject .order_item_related_object
OrderItemSku .order_item_sku
OrderRedemption .order_redemption
OrderStatus .order_status
OrdersCreateRequestBody .orders_create_request_body
OrdersCreateResponseBody .orders_create_response_body
OrdersExportCreateRequestBody .orders_export_create_request_body
OrdersExportCreateResponseBody .orders_export_create_response_body
OrdersExportCreateResponseBodyExportedObject .orders_export_create_response_body_exported_object
OrdersExportCreateResponseBodyObject .orders_export_create_response_body_object
OrdersExportCreateResponseBodyResult .orders_export_create_response_body_result
OrdersExportCreateResponseBodyStatus .orders_export_create_response_body_status
OrdersGetResponseBody .orders_get_response_body
OrdersImportCreateRequestBodyItem .orders_import_create_request_body_item
OrdersImportCreateResponseBody .orders_import_create_response_body
OrdersListResponseBody .orders_list_response_body
OrdersListResponseBodyDataRef .orders_list_response_body_data_ref
OrdersListResponseBodyObject .orders_list_response_body_object
OrdersUpdateRequestBody .orders_update_request_body
OrdersUpdateResponseBody .orders_update_response_body
ParameterOrderListOrders .parameter_order_list_orders
Referrer .referrer
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
