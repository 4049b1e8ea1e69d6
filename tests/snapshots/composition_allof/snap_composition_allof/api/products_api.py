from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, TYPE_CHECKING
from .. import models as _m
from .._runtime import Operation, Param, Timeout
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

    def get_product(
        self,
        product_id: str,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> Product:
        """GET /products/{productId}"""
        return self.get_product_with_http_info(
            product_id,
            _request_timeout=_request_timeout,
            _headers=_headers,
        ).data

    def get_product_with_http_info(
        self,
        product_id: str,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[Product]:
        """Like `get_product`, returning the status code, headers and raw body too."""
        return self.api_client.call(
            _GET_PRODUCT,
            {
                "productId": product_id,
            },
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    def create_bundle(
        self,
        create_bundle_request_body: CreateBundleRequestBody | dict[str, Any],
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> DigitalProduct:
        """POST /bundles"""
        return self.create_bundle_with_http_info(
            create_bundle_request_body,
            _request_timeout=_request_timeout,
            _headers=_headers,
        ).data

    def create_bundle_with_http_info(
        self,
        create_bundle_request_body: CreateBundleRequestBody | dict[str, Any],
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[DigitalProduct]:
        """Like `create_bundle`, returning the status code, headers and raw body too."""
        return self.api_client.call(
            _CREATE_BUNDLE,
            {},
            create_bundle_request_body,
            timeout=_request_timeout,
            headers=_headers,
        )


class AsyncProductsApi:
    """Operations tagged 'products'."""

    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else AsyncApiClient()

    async def get_product(
        self,
        product_id: str,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> Product:
        """GET /products/{productId}

        Awaitable form of `ProductsApi.get_product`, which documents it."""
        return (
            await self.get_product_with_http_info(
                product_id,
                _request_timeout=_request_timeout,
                _headers=_headers,
            )
        ).data

    async def get_product_with_http_info(
        self,
        product_id: str,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[Product]:
        """Like `get_product`, returning the status code, headers and raw body too."""
        return await self.api_client.call(
            _GET_PRODUCT,
            {
                "productId": product_id,
            },
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    async def create_bundle(
        self,
        create_bundle_request_body: CreateBundleRequestBody | dict[str, Any],
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> DigitalProduct:
        """POST /bundles

        Awaitable form of `ProductsApi.create_bundle`, which documents it."""
        return (
            await self.create_bundle_with_http_info(
                create_bundle_request_body,
                _request_timeout=_request_timeout,
                _headers=_headers,
            )
        ).data

    async def create_bundle_with_http_info(
        self,
        create_bundle_request_body: CreateBundleRequestBody | dict[str, Any],
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[DigitalProduct]:
        """Like `create_bundle`, returning the status code, headers and raw body too."""
        return await self.api_client.call(
            _CREATE_BUNDLE,
            {},
            create_bundle_request_body,
            timeout=_request_timeout,
            headers=_headers,
        )
