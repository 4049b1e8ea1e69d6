from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING
from .. import models as _m
from .._runtime import Operation, Param, Timeout, data_only, data_only_async
from ..api_client import ApiClient, AsyncApiClient
from ..api_response import ApiResponse

if TYPE_CHECKING:
    from ..models.parameter_sort_list_shipments import ParameterSortListShipments
    from ..models.shipment import Shipment
    from ..models.shipment_status import ShipmentStatus

__all__ = ["ShipmentsApi", "AsyncShipmentsApi"]

_LIST_SHIPMENTS = Operation(
    "GET",
    "/shipments",
    params=(
        Param("status", "query"),
        Param("sort", "query"),
    ),
    responses=lambda: {
        "200": {
            "application/json": list[_m.Shipment],
        },
    },
)


class ShipmentsApi:
    """Operations tagged 'shipments'."""

    def __init__(self, api_client: ApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else ApiClient()

    def list_shipments_with_http_info(
        self,
        *,
        status: ShipmentStatus | None = None,
        sort: ParameterSortListShipments | None = None,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[list[Shipment]]:
        """GET /shipments

        `list_shipments` returns the response's data; `list_shipments_with_http_info` returns the whole `ApiResponse` (status code, headers, raw body and data).
        """
        return self.api_client.call(
            _LIST_SHIPMENTS,
            {
                "status": status,
                "sort": sort,
            },
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    list_shipments = data_only(list_shipments_with_http_info)


class AsyncShipmentsApi:
    """Operations tagged 'shipments'."""

    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else AsyncApiClient()

    async def list_shipments_with_http_info(
        self,
        *,
        status: ShipmentStatus | None = None,
        sort: ParameterSortListShipments | None = None,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[list[Shipment]]:
        """GET /shipments

        Awaitable form of `ShipmentsApi.list_shipments_with_http_info` and `ShipmentsApi.list_shipments`, which document it.
        """
        return await self.api_client.call(
            _LIST_SHIPMENTS,
            {
                "status": status,
                "sort": sort,
            },
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    list_shipments = data_only_async(list_shipments_with_http_info)
