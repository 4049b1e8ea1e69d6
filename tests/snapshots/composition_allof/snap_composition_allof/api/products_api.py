from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, TYPE_CHECKING
from .. import models as _m
from .._runtime import Operation, Param, Timeout, data_only, data_only_async
from ..api_client import ApiClient, AsyncApiClient
from ..api_response import ApiResponse

if TYPE_CHECKING:
    from ..models.create_bundle_request_body import CreateBundleRequestBody
    from ..models.digital_product import DigitalProduct
    from ..models.product import Product

__all__ = ["ProductsApi", "AsyncProductsApi"]

_GET_PRODUCT = Operation(
    "GET",
    "/products/{productId}",
    params=(Param("productId", "path"),),
    responses=lambda: {
        "200": {
            "application/json": _m.Product,
        },
    },
)

_CREATE_BUNDLE = Operation(
    "POST",
    "/bundles",
    body=lambda: {
        "application/json": _m.CreateBundleRequestBody,
    },
    responses=lambda: {
        "201": {
            "application/json": _m.DigitalProduct,
        },
    },
)


class ProductsApi:
    """Operations tagged 'products'."""

    def __init__(self, api_client: ApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else ApiClient()

    def get_product_with_http_info(
        self,
        product_id: str,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[Product]:
        """GET /products/{productId}

        `get_product` returns the response's data; `get_product_with_http_info` returns the whole `ApiResponse` (status code, headers, raw body and data).
        """
        return self.api_client.call(
            _GET_PRODUCT,
            {
                "productId": product_id,
            },
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    get_product = data_only(get_product_with_http_info)

    def create_bundle_with_http_info(
        self,
        create_bundle_request_body: CreateBundleRequestBody | dict[str, Any],
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[DigitalProduct]:
        """POST /bundles

        `create_bundle` returns the response's data; `create_bundle_with_http_info` returns the whole `ApiResponse` (status code, headers, raw body and data).
        """
        return self.api_client.call(
            _CREATE_BUNDLE,
            {},
            create_bundle_request_body,
            timeout=_request_timeout,
            headers=_headers,
        )

    create_bundle = data_only(create_bundle_with_http_info)


class AsyncProductsApi:
    """Operations tagged 'products'."""

    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else AsyncApiClient()

    async def get_product_with_http_info(
        self,
        product_id: str,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[Product]:
        """GET /products/{productId}

        Awaitable form of `ProductsApi.get_product_with_http_info` and `ProductsApi.get_product`, which document it.
        """
        return await self.api_client.call(
            _GET_PRODUCT,
            {
                "productId": product_id,
            },
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    get_product = data_only_async(get_product_with_http_info)

    async def create_bundle_with_http_info(
        self,
        create_bundle_request_body: CreateBundleRequestBody | dict[str, Any],
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[DigitalProduct]:
        """POST /bundles

        Awaitable form of `ProductsApi.create_bundle_with_http_info` and `ProductsApi.create_bundle`, which document it.
        """
        return await self.api_client.call(
            _CREATE_BUNDLE,
            {},
            create_bundle_request_body,
            timeout=_request_timeout,
            headers=_headers,
        )

    create_bundle = data_only_async(create_bundle_with_http_info)
