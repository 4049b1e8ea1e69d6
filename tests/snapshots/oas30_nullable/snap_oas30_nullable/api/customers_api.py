from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING
from .. import models as _m
from .._runtime import Operation, Param, Timeout
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

    def get_customer(
        self,
        customer_id: str,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> Customer:
        """GET /customers/{customerId}"""
        return self.get_customer_with_http_info(
            customer_id,
            _request_timeout=_request_timeout,
            _headers=_headers,
        ).data

    def get_customer_with_http_info(
        self,
        customer_id: str,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[Customer]:
        """Like `get_customer`, returning the status code, headers and raw body too."""
        return self.api_client.call(
            _GET_CUSTOMER,
            {
                "customerId": customer_id,
            },
            None,
            timeout=_request_timeout,
            headers=_headers,
        )


class AsyncCustomersApi:
    """Operations tagged 'customers'."""

    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else AsyncApiClient()

    async def get_customer(
        self,
        customer_id: str,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> Customer:
        """GET /customers/{customerId}

        Awaitable form of `CustomersApi.get_customer`, which documents it."""
        return (
            await self.get_customer_with_http_info(
                customer_id,
                _request_timeout=_request_timeout,
                _headers=_headers,
            )
        ).data

    async def get_customer_with_http_info(
        self,
        customer_id: str,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[Customer]:
        """Like `get_customer`, returning the status code, headers and raw body too."""
        return await self.api_client.call(
            _GET_CUSTOMER,
            {
                "customerId": customer_id,
            },
            None,
            timeout=_request_timeout,
            headers=_headers,
        )
