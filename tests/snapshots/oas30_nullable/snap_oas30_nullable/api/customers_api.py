from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING
from .. import models as _m
from .._runtime import Operation, Param, Timeout, data_only, data_only_async
from ..api_client import ApiClient, AsyncApiClient
from ..api_response import ApiResponse

if TYPE_CHECKING:
    from ..models.customer import Customer

__all__ = ["CustomersApi", "AsyncCustomersApi"]

_GET_CUSTOMER = Operation(
    "GET",
    "/customers/{customerId}",
    params=(Param("customerId", "path"),),
    responses=lambda: {
        "200": {
            "application/json": _m.Customer,
        },
    },
)


class CustomersApi:
    """Operations tagged 'customers'."""

    def __init__(self, api_client: ApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else ApiClient()

    def get_customer_with_http_info(
        self,
        customer_id: str,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[Customer]:
        """GET /customers/{customerId}

        `get_customer` returns the response's data; `get_customer_with_http_info` returns the whole `ApiResponse` (status code, headers, raw body and data).
        """
        return self.api_client.call(
            _GET_CUSTOMER,
            {
                "customerId": customer_id,
            },
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    get_customer = data_only(get_customer_with_http_info)


class AsyncCustomersApi:
    """Operations tagged 'customers'."""

    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else AsyncApiClient()

    async def get_customer_with_http_info(
        self,
        customer_id: str,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[Customer]:
        """GET /customers/{customerId}

        Awaitable form of `CustomersApi.get_customer_with_http_info` and `CustomersApi.get_customer`, which document it.
        """
        return await self.api_client.call(
            _GET_CUSTOMER,
            {
                "customerId": customer_id,
            },
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    get_customer = data_only_async(get_customer_with_http_info)
