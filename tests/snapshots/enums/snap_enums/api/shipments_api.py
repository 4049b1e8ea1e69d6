from __future__ import annotations

from collections.abc import Mapping, Sequence
from pydantic import Tag as _Tag
from typing import Annotated, Any, TYPE_CHECKING, Union
from .. import models as _m
from .._base import listed_in as _listed_in
from .._runtime import Operation, Param, Timeout, data_only, data_only_async
from ..api_client import ApiClient, AsyncApiClient
from ..api_response import ApiResponse

if TYPE_CHECKING:
    from ..models.box_size import BoxSize
    from ..models.letter_size import LetterSize
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

_SET_PARCEL_SIZE = Operation(
    "POST",
    "/parcels/size",
    params=(Param("fallback", "query"),),
    body=lambda: {
        "application/json": Annotated[
            Union[
                Annotated[_m.LetterSize, _Tag("0")], Annotated[_m.BoxSize, _Tag("1")]
            ],
            _listed_in(_m.LetterSize, _m.BoxSize),
        ],
    },
    responses=lambda: {
        "200": {
            "application/json": list[
                Annotated[
                    Union[
                        Annotated[_m.LetterSize, _Tag("0")],
                        Annotated[_m.BoxSize, _Tag("1")],
                    ],
                    _listed_in(_m.LetterSize, _m.BoxSize),
                ]
            ],
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

    def set_parcel_size_with_http_info(
        self,
        *,
        fallback: (
            Annotated[
                Union[Annotated[LetterSize, _Tag("0")], Annotated[BoxSize, _Tag("1")]],
                _listed_in(LetterSize, BoxSize),
            ]
            | None
        ) = None,
        parcel_size: (
            Annotated[
                Union[Annotated[LetterSize, _Tag("0")], Annotated[BoxSize, _Tag("1")]],
                _listed_in(LetterSize, BoxSize),
            ]
            | None
        ) = None,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[
        list[
            Annotated[
                Union[Annotated[LetterSize, _Tag("0")], Annotated[BoxSize, _Tag("1")]],
                _listed_in(LetterSize, BoxSize),
            ]
        ]
    ]:
        """POST /parcels/size

        `set_parcel_size` returns the response's data; `set_parcel_size_with_http_info` returns the whole `ApiResponse` (status code, headers, raw body and data).
        """
        return self.api_client.call(
            _SET_PARCEL_SIZE,
            {
                "fallback": fallback,
            },
            parcel_size,
            timeout=_request_timeout,
            headers=_headers,
        )

    set_parcel_size = data_only(set_parcel_size_with_http_info)


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

    async def set_parcel_size_with_http_info(
        self,
        *,
        fallback: (
            Annotated[
                Union[Annotated[LetterSize, _Tag("0")], Annotated[BoxSize, _Tag("1")]],
                _listed_in(LetterSize, BoxSize),
            ]
            | None
        ) = None,
        parcel_size: (
            Annotated[
                Union[Annotated[LetterSize, _Tag("0")], Annotated[BoxSize, _Tag("1")]],
                _listed_in(LetterSize, BoxSize),
            ]
            | None
        ) = None,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[
        list[
            Annotated[
                Union[Annotated[LetterSize, _Tag("0")], Annotated[BoxSize, _Tag("1")]],
                _listed_in(LetterSize, BoxSize),
            ]
        ]
    ]:
        """POST /parcels/size

        Awaitable form of `ShipmentsApi.set_parcel_size_with_http_info` and `ShipmentsApi.set_parcel_size`, which document it.
        """
        return await self.api_client.call(
            _SET_PARCEL_SIZE,
            {
                "fallback": fallback,
            },
            parcel_size,
            timeout=_request_timeout,
            headers=_headers,
        )

    set_parcel_size = data_only_async(set_parcel_size_with_http_info)
