"""The API's models, one module each; imported on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .customer import Customer as Customer
    from .customer_address import CustomerAddress as CustomerAddress
    from .customer_reference import CustomerReference as CustomerReference
    from .customer_reference_object import (
        CustomerReferenceObject as CustomerReferenceObject,
    )
    from .error import Error as Error
    from .export_order_fields import ExportOrderFields as ExportOrderFields
    from .export_order_parameters import ExportOrderParameters as ExportOrderParameters
    from .export_order_parameters_order import (
        ExportOrderParametersOrder as ExportOrderParametersOrder,
    )
    from .metadata import Metadata as Metadata
    from .order import Order as Order
    from .order_calculated import OrderCalculated as OrderCalculated
    from .order_calculated_object import OrderCalculatedObject as OrderCalculatedObject
    from .order_item import OrderItem as OrderItem
    from .order_item_object import OrderItemObject as OrderItemObject
    from .order_item_product import OrderItemProduct as OrderItemProduct
    from .order_item_related_object import (
        OrderItemRelatedObject as OrderItemRelatedObject,
    )
    from .order_item_sku import OrderItemSku as OrderItemSku
    from .order_redemption import OrderRedemption as OrderRedemption
    from .order_status import OrderStatus as OrderStatus
    from .orders_create_request_body import (
        OrdersCreateRequestBody as OrdersCreateRequestBody,
    )
    from .orders_create_response_body import (
        OrdersCreateResponseBody as OrdersCreateResponseBody,
    )
    from .orders_export_create_request_body import (
        OrdersExportCreateRequestBody as OrdersExportCreateRequestBody,
    )
    from .orders_export_create_response_body import (
        OrdersExportCreateResponseBody as OrdersExportCreateResponseBody,
    )
    from .orders_export_create_response_body_exported_object import (
        OrdersExportCreateResponseBodyExportedObject as OrdersExportCreateResponseBodyExportedObject,
    )
    from .orders_export_create_response_body_object import (
        OrdersExportCreateResponseBodyObject as OrdersExportCreateResponseBodyObject,
    )
    from .orders_export_create_response_body_result import (
        OrdersExportCreateResponseBodyResult as OrdersExportCreateResponseBodyResult,
    )
    from .orders_export_create_response_body_status import (
        OrdersExportCreateResponseBodyStatus as OrdersExportCreateResponseBodyStatus,
    )
    from .orders_get_response_body import OrdersGetResponseBody as OrdersGetResponseBody
    from .orders_import_create_request_body_item import (
        OrdersImportCreateRequestBodyItem as OrdersImportCreateRequestBodyItem,
    )
    from .orders_import_create_response_body import (
        OrdersImportCreateResponseBody as OrdersImportCreateResponseBody,
    )
    from .orders_list_response_body import (
        OrdersListResponseBody as OrdersListResponseBody,
    )
    from .orders_list_response_body_data_ref import (
        OrdersListResponseBodyDataRef as OrdersListResponseBodyDataRef,
    )
    from .orders_list_response_body_object import (
        OrdersListResponseBodyObject as OrdersListResponseBodyObject,
    )
    from .orders_update_request_body import (
        OrdersUpdateRequestBody as OrdersUpdateRequestBody,
    )
    from .orders_update_response_body import (
        OrdersUpdateResponseBody as OrdersUpdateResponseBody,
    )
    from .parameter_order_list_orders import (
        ParameterOrderListOrders as ParameterOrderListOrders,
    )
    from .referrer import Referrer as Referrer

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

_EXPORTS: dict[str, str] = {
    "Customer": ".customer",
    "CustomerAddress": ".customer_address",
    "CustomerReference": ".customer_reference",
    "CustomerReferenceObject": ".customer_reference_object",
    "Error": ".error",
    "ExportOrderFields": ".export_order_fields",
    "ExportOrderParameters": ".export_order_parameters",
    "ExportOrderParametersOrder": ".export_order_parameters_order",
    "Metadata": ".metadata",
    "Order": ".order",
    "OrderCalculated": ".order_calculated",
    "OrderCalculatedObject": ".order_calculated_object",
    "OrderItem": ".order_item",
    "OrderItemObject": ".order_item_object",
    "OrderItemProduct": ".order_item_product",
    "OrderItemRelatedObject": ".order_item_related_object",
    "OrderItemSku": ".order_item_sku",
    "OrderRedemption": ".order_redemption",
    "OrderStatus": ".order_status",
    "OrdersCreateRequestBody": ".orders_create_request_body",
    "OrdersCreateResponseBody": ".orders_create_response_body",
    "OrdersExportCreateRequestBody": ".orders_export_create_request_body",
    "OrdersExportCreateResponseBody": ".orders_export_create_response_body",
    "OrdersExportCreateResponseBodyExportedObject": ".orders_export_create_response_body_exported_object",
    "OrdersExportCreateResponseBodyObject": ".orders_export_create_response_body_object",
    "OrdersExportCreateResponseBodyResult": ".orders_export_create_response_body_result",
    "OrdersExportCreateResponseBodyStatus": ".orders_export_create_response_body_status",
    "OrdersGetResponseBody": ".orders_get_response_body",
    "OrdersImportCreateRequestBodyItem": ".orders_import_create_request_body_item",
    "OrdersImportCreateResponseBody": ".orders_import_create_response_body",
    "OrdersListResponseBody": ".orders_list_response_body",
    "OrdersListResponseBodyDataRef": ".orders_list_response_body_data_ref",
    "OrdersListResponseBodyObject": ".orders_list_response_body_object",
    "OrdersUpdateRequestBody": ".orders_update_request_body",
    "OrdersUpdateResponseBody": ".orders_update_response_body",
    "ParameterOrderListOrders": ".parameter_order_list_orders",
    "Referrer": ".referrer",
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
