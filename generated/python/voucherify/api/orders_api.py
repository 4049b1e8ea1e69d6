from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, TYPE_CHECKING
from .. import models as _m
from .._runtime import Operation, Param, Timeout, data_only, data_only_async
from ..api_client import ApiClient, AsyncApiClient
from ..api_response import ApiResponse

if TYPE_CHECKING:
    from ..models.error import Error
    from ..models.orders_create_request_body import OrdersCreateRequestBody
    from ..models.orders_create_response_body import OrdersCreateResponseBody
    from ..models.orders_export_create_request_body import OrdersExportCreateRequestBody
    from ..models.orders_export_create_response_body import (
        OrdersExportCreateResponseBody,
    )
    from ..models.orders_get_response_body import OrdersGetResponseBody
    from ..models.orders_import_create_request_body_item import (
        OrdersImportCreateRequestBodyItem,
    )
    from ..models.orders_import_create_response_body import (
        OrdersImportCreateResponseBody,
    )
    from ..models.orders_list_response_body import OrdersListResponseBody
    from ..models.orders_update_request_body import OrdersUpdateRequestBody
    from ..models.orders_update_response_body import OrdersUpdateResponseBody
    from ..models.parameter_order_list_orders import ParameterOrderListOrders

__all__ = ["OrdersApi", "AsyncOrdersApi"]

_LIST_ORDERS = Operation(
    "GET",
    "/v1/orders",
    params=(
        Param("limit", "query"),
        Param("page", "query"),
        Param("order", "query"),
    ),
    responses=lambda: {
        "200": {
            "application/json": _m.OrdersListResponseBody,
        },
        "4XX": {
            "application/json": _m.Error,
        },
        "default": {
            "application/json": _m.Error,
        },
    },
    auth=(
        ("X-App-Id", "X-App-Token"),
        ("X-Voucherify-OAuth",),
    ),
)

_CREATE_ORDER = Operation(
    "POST",
    "/v1/orders",
    body=lambda: {
        "application/json": _m.OrdersCreateRequestBody,
    },
    responses=lambda: {
        "200": {
            "application/json": _m.OrdersCreateResponseBody,
        },
        "4XX": {
            "application/json": _m.Error,
        },
        "default": {
            "application/json": _m.Error,
        },
    },
    auth=(
        ("X-App-Id", "X-App-Token"),
        ("X-Voucherify-OAuth",),
    ),
)

_GET_ORDER = Operation(
    "GET",
    "/v1/orders/{orderId}",
    params=(Param("orderId", "path"),),
    responses=lambda: {
        "200": {
            "application/json": _m.OrdersGetResponseBody,
        },
        "4XX": {
            "application/json": _m.Error,
        },
        "default": {
            "application/json": _m.Error,
        },
    },
    auth=(
        ("X-App-Id", "X-App-Token"),
        ("X-Voucherify-OAuth",),
    ),
)

_UPDATE_ORDER = Operation(
    "PUT",
    "/v1/orders/{orderId}",
    params=(Param("orderId", "path"),),
    body=lambda: {
        "application/json": _m.OrdersUpdateRequestBody,
    },
    responses=lambda: {
        "200": {
            "application/json": _m.OrdersUpdateResponseBody,
        },
        "4XX": {
            "application/json": _m.Error,
        },
        "default": {
            "application/json": _m.Error,
        },
    },
    auth=(
        ("X-App-Id", "X-App-Token"),
        ("X-Voucherify-OAuth",),
    ),
)

_IMPORT_ORDERS = Operation(
    "POST",
    "/v1/orders/import",
    body=lambda: {
        "application/json": list[_m.OrdersImportCreateRequestBodyItem],
    },
    responses=lambda: {
        "200": {
            "application/json": _m.OrdersImportCreateResponseBody,
        },
        "4XX": {
            "application/json": _m.Error,
        },
        "default": {
            "application/json": _m.Error,
        },
    },
    auth=(
        ("X-App-Id", "X-App-Token"),
        ("X-Voucherify-OAuth",),
    ),
)

_CREATE_ORDER_EXPORT = Operation(
    "POST",
    "/v1/orders/export",
    body=lambda: {
        "application/json": _m.OrdersExportCreateRequestBody,
    },
    responses=lambda: {
        "200": {
            "application/json": _m.OrdersExportCreateResponseBody,
        },
        "4XX": {
            "application/json": _m.Error,
        },
        "default": {
            "application/json": _m.Error,
        },
    },
    auth=(
        ("X-App-Id", "X-App-Token"),
        ("X-Voucherify-OAuth",),
    ),
)


class OrdersApi:
    """Create, import, list, retrieve, update and export orders."""

    def __init__(self, api_client: ApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else ApiClient()

    def list_orders_with_http_info(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        order: ParameterOrderListOrders | None = None,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[OrdersListResponseBody]:
        """List Orders

        Returns a list of orders.

        Args:
            limit: Limits the number of objects to be returned. The limit can range between 1 and 100 items. If no limit is set, it returns 10 items.
            page: Which page of results to return. The lowest value is 1.
            order: This is a property that controls the sorting direction of the results. Sort the results using one of the filtering options, where the dash - preceding a sorting option means sorting in a descending order.

        `list_orders` returns the response's data; `list_orders_with_http_info` returns the whole `ApiResponse` (status code, headers, raw body and data).
        """
        return self.api_client.call(
            _LIST_ORDERS,
            {
                "limit": limit,
                "page": page,
                "order": order,
            },
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    list_orders = data_only(list_orders_with_http_info)

    def create_order_with_http_info(
        self,
        orders_create_request_body: OrdersCreateRequestBody | dict[str, Any],
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[OrdersCreateResponseBody]:
        """Create Order

        Creates an order object and triggers an order creation event.

        📘 Upsert Mode

        If you pass an id or a source_id that already exists in the order database, Voucherify will return a related order object with updated fields.

        Args:
            orders_create_request_body: Specify the order parameters.

        `create_order` returns the response's data; `create_order_with_http_info` returns the whole `ApiResponse` (status code, headers, raw body and data).
        """
        return self.api_client.call(
            _CREATE_ORDER,
            {},
            orders_create_request_body,
            timeout=_request_timeout,
            headers=_headers,
        )

    create_order = data_only(create_order_with_http_info)

    def get_order_with_http_info(
        self,
        order_id: str,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[OrdersGetResponseBody]:
        """Get Order

        Retrieve a specific order by passing its ID.

        Args:
            order_id: Unique Voucherify order ID or order source ID.

        `get_order` returns the response's data; `get_order_with_http_info` returns the whole `ApiResponse` (status code, headers, raw body and data).
        """
        return self.api_client.call(
            _GET_ORDER,
            {
                "orderId": order_id,
            },
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    get_order = data_only(get_order_with_http_info)

    def update_order_with_http_info(
        self,
        order_id: str,
        orders_update_request_body: OrdersUpdateRequestBody | dict[str, Any],
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[OrdersUpdateResponseBody]:
        """Update Order

        Updates the specified order by setting the values of the parameters passed in the request body. Any parameters not provided will be left unchanged.

        Args:
            order_id: Unique Voucherify order ID or order source ID.
            orders_update_request_body: Specify the parameters of the order that are to be updated.

        `update_order` returns the response's data; `update_order_with_http_info` returns the whole `ApiResponse` (status code, headers, raw body and data).
        """
        return self.api_client.call(
            _UPDATE_ORDER,
            {
                "orderId": order_id,
            },
            orders_update_request_body,
            timeout=_request_timeout,
            headers=_headers,
        )

    update_order = data_only(update_order_with_http_info)

    def import_orders_with_http_info(
        self,
        orders_import_create_request_body_item: Sequence[
            OrdersImportCreateRequestBodyItem | dict[str, Any]
        ],
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[OrdersImportCreateResponseBody]:
        """Import Orders

        🚧 Historical orders

        This endpoint should only be used to import historical orders into Voucherify. For on-going synchronization, the update order endpoint should be used. This is critical because this endpoint does not store events or launch distributions.

        The orders will also have a created_at date thats assigned when theyve been imported to Voucherify. To keep track of the actual order creation date, add an order metadata in ISO 8601 date or date time format to each imported order.

        # Limitations
        ## Import volume
        There can be only a single on-going order import per tenant per project at a given time. The user can schedule more imports but those extra imports will be scheduled to run in sequence one by one.
        ## Maximum count of orders in single import
        There is a 2000 limit of orders per one request.
        # Notifications
        There are no notifications on the Dashboard because this import is launched via the API.
        # Triggered actions
        If you import orders with customers, then a logic will be scheduled responsible for placing these customers into segments and refreshing the segments summary. Consequently, this update will trigger
        - Customers entering into segments
        - Distributions based on any rules tied to customer entering segment(s)
        - Earning rules based on the customer entering segment(s)
        # What is not triggered
        1. No webhooks are triggered during the import of orders - for both orders and upserted products / SKUs.
        2. Distributions based on Order Update, Order Paid, Order Created and Order Cancelled. In other words if you have a distribution based on Order Paid and you import an order with a PAID status, the distribution is not going to be triggered.
        3. No events are created during the import of orders - for both orders and upserted products / SKUs. In other words you wont see any events in the Activity tab in the Dashboard such as Order created or Order paid. If you are additionally upserting products / SKUs, then you wont see the Product created events listed, etc.
        4. Earning rules based on Order Paid wont be triggered.

        This API request starts a process that affects Voucherify data in bulk. In case of small jobs (like bulk update) the request is put into a queue and processed once every other bulk request placed in the queue prior to this request is finished. However, when the job takes a longer time (like vouchers generation) then it is processed in small portions in a round-robin fashion. When there is a list of vouchers generation scheduled, then they will all have the IN_PROGRESS status shortly. This way, small jobs added just after scheduling big jobs of the same type will be processed in a short time window. The result will return the async ID. You can verify the status of your request with GET Async Action endpoint.

        Args:
            orders_import_create_request_body_item: The request body is sent in the form of an array of order objects.

        `import_orders` returns the response's data; `import_orders_with_http_info` returns the whole `ApiResponse` (status code, headers, raw body and data).
        """
        return self.api_client.call(
            _IMPORT_ORDERS,
            {},
            orders_import_create_request_body_item,
            timeout=_request_timeout,
            headers=_headers,
        )

    import_orders = data_only(import_orders_with_http_info)

    def create_order_export_with_http_info(
        self,
        orders_export_create_request_body: (
            OrdersExportCreateRequestBody | dict[str, Any]
        ),
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[OrdersExportCreateResponseBody]:
        """Create Orders Export

        Creates a downloadable CSV file containing a list of orders. The parameters listed in the payload resembles headers in the CSV file. To include a parameter to the file, add it to the parameters.fields object in the request body. The available filters are all order object attributes. Additionally, any metadata defined in the metadata schema can be exported. Passing an empty JSON will generate a file containing three default fields: id, source_id, and status. The fields array is an array of strings containing the data in the export. These fields define the headers in the CSV file. The array can be a combination of any of the following available fields:

        Args:
            orders_export_create_request_body: Specify which order parameters you would like to export.

        `create_order_export` returns the response's data; `create_order_export_with_http_info` returns the whole `ApiResponse` (status code, headers, raw body and data).
        """
        return self.api_client.call(
            _CREATE_ORDER_EXPORT,
            {},
            orders_export_create_request_body,
            timeout=_request_timeout,
            headers=_headers,
        )

    create_order_export = data_only(create_order_export_with_http_info)


class AsyncOrdersApi:
    """Create, import, list, retrieve, update and export orders."""

    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else AsyncApiClient()

    async def list_orders_with_http_info(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        order: ParameterOrderListOrders | None = None,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[OrdersListResponseBody]:
        """List Orders

        Awaitable form of `OrdersApi.list_orders_with_http_info` and `OrdersApi.list_orders`, which document it.
        """
        return await self.api_client.call(
            _LIST_ORDERS,
            {
                "limit": limit,
                "page": page,
                "order": order,
            },
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    list_orders = data_only_async(list_orders_with_http_info)

    async def create_order_with_http_info(
        self,
        orders_create_request_body: OrdersCreateRequestBody | dict[str, Any],
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[OrdersCreateResponseBody]:
        """Create Order

        Awaitable form of `OrdersApi.create_order_with_http_info` and `OrdersApi.create_order`, which document it.
        """
        return await self.api_client.call(
            _CREATE_ORDER,
            {},
            orders_create_request_body,
            timeout=_request_timeout,
            headers=_headers,
        )

    create_order = data_only_async(create_order_with_http_info)

    async def get_order_with_http_info(
        self,
        order_id: str,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[OrdersGetResponseBody]:
        """Get Order

        Awaitable form of `OrdersApi.get_order_with_http_info` and `OrdersApi.get_order`, which document it.
        """
        return await self.api_client.call(
            _GET_ORDER,
            {
                "orderId": order_id,
            },
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    get_order = data_only_async(get_order_with_http_info)

    async def update_order_with_http_info(
        self,
        order_id: str,
        orders_update_request_body: OrdersUpdateRequestBody | dict[str, Any],
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[OrdersUpdateResponseBody]:
        """Update Order

        Awaitable form of `OrdersApi.update_order_with_http_info` and `OrdersApi.update_order`, which document it.
        """
        return await self.api_client.call(
            _UPDATE_ORDER,
            {
                "orderId": order_id,
            },
            orders_update_request_body,
            timeout=_request_timeout,
            headers=_headers,
        )

    update_order = data_only_async(update_order_with_http_info)

    async def import_orders_with_http_info(
        self,
        orders_import_create_request_body_item: Sequence[
            OrdersImportCreateRequestBodyItem | dict[str, Any]
        ],
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[OrdersImportCreateResponseBody]:
        """Import Orders

        Awaitable form of `OrdersApi.import_orders_with_http_info` and `OrdersApi.import_orders`, which document it.
        """
        return await self.api_client.call(
            _IMPORT_ORDERS,
            {},
            orders_import_create_request_body_item,
            timeout=_request_timeout,
            headers=_headers,
        )

    import_orders = data_only_async(import_orders_with_http_info)

    async def create_order_export_with_http_info(
        self,
        orders_export_create_request_body: (
            OrdersExportCreateRequestBody | dict[str, Any]
        ),
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[OrdersExportCreateResponseBody]:
        """Create Orders Export

        Awaitable form of `OrdersApi.create_order_export_with_http_info` and `OrdersApi.create_order_export`, which document it.
        """
        return await self.api_client.call(
            _CREATE_ORDER_EXPORT,
            {},
            orders_export_create_request_body,
            timeout=_request_timeout,
            headers=_headers,
        )

    create_order_export = data_only_async(create_order_export_with_http_info)
