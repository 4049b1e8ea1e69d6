from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING
from .. import models as _m
from .._runtime import Operation, Param, Timeout, data_only, data_only_async
from ..api_client import ApiClient, AsyncApiClient
from ..api_response import ApiResponse

if TYPE_CHECKING:
    from ..models.api_version import ApiVersion
    from ..models.get_shelf_response200 import GetShelfResponse200
    from ..models.parameter_action_describe_stores import ParameterActionDescribeStores
    from ..models.parameter_filter_search_products import ParameterFilterSearchProducts
    from ..models.parameter_locale_index_products import ParameterLocaleIndexProducts
    from ..models.parameter_page_search_products import ParameterPageSearchProducts
    from ..models.parameter_where_search_products import ParameterWhereSearchProducts
    from ..models.parameter_x_api_level_describe_stores import (
        ParameterXApiLevelDescribeStores,
    )

__all__ = ["SearchApi", "AsyncSearchApi"]

_SEARCH_PRODUCTS = Operation(
    "GET",
    "/stores/{storeId}/products",
    params=(
        Param("storeId", "path"),
        Param("X-Request-Id", "header"),
        Param("locale", "query"),
        Param("tags", "query"),
        Param("ids", "query", explode=False),
        Param("filter", "query", style="deepObject", explode=True),
        Param("page", "query"),
        Param("fields", "query", style="spaceDelimited"),
        Param("exclude", "query", style="pipeDelimited"),
        Param("in_stock", "query"),
        Param("X-Trace", "header"),
        Param("session_id", "cookie"),
        Param("prefs", "cookie", explode=False),
        Param("where", "query", media_type="application/json"),
    ),
    responses=lambda: {
        "200": {
            "application/json": list[str],
        },
    },
)

_INDEX_PRODUCTS = Operation(
    "POST",
    "/stores/{storeId}/products",
    params=(
        Param("storeId", "path"),
        Param("locale", "query"),
        Param("X-Request-Id", "header"),
    ),
    responses=lambda: {
        "204": {},
    },
)

_GET_SHELF = Operation(
    "GET",
    "/stores/{storeId}/shelves/{coords}/{label}/{matrix}",
    params=(
        Param("storeId", "path"),
        Param("coords", "path"),
        Param("label", "path", style="label"),
        Param("matrix", "path", style="matrix"),
    ),
    responses=lambda: {
        "200": {
            "application/json": _m.GetShelfResponse200,
        },
    },
)

_DESCRIBE_STORES = Operation(
    "GET",
    "/query",
    params=(
        Param("Action", "query", fixed="DescribeStores"),
        Param("Version", "query", fixed="2016-11-15"),
        Param("X-Api-Level", "header", fixed=2),
        Param("Region", "query"),
    ),
    responses=lambda: {
        "200": {
            "application/json": list[str],
        },
    },
)


class SearchApi:
    """Operations tagged 'search'."""

    def __init__(self, api_client: ApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else ApiClient()

    def search_products_with_http_info(
        self,
        store_id: str,
        *,
        x_request_id: str | None = None,
        locale: str | None = None,
        tags: list[str] | None = None,
        ids: list[int] | None = None,
        filter: ParameterFilterSearchProducts | None = None,
        page: ParameterPageSearchProducts | None = None,
        fields: list[str] | None = None,
        exclude: list[str] | None = None,
        in_stock: bool | None = None,
        x_trace: list[str] | None = None,
        session_id: str | None = None,
        prefs: list[str] | None = None,
        where: ParameterWhereSearchProducts | None = None,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[list[str]]:
        """GET /stores/{storeId}/products

        Args:
            store_id: Declared on the path item, shared by its operations.
            locale: Overridden by the POST operation.
            tags: form, explode true (the default)
            ids: form, explode false
            page: form object, explode true (properties become parameters)

        `search_products` returns the response's data; `search_products_with_http_info` returns the whole `ApiResponse` (status code, headers, raw body and data).
        """
        return self.api_client.call(
            _SEARCH_PRODUCTS,
            {
                "storeId": store_id,
                "X-Request-Id": x_request_id,
                "locale": locale,
                "tags": tags,
                "ids": ids,
                "filter": filter,
                "page": page,
                "fields": fields,
                "exclude": exclude,
                "in_stock": in_stock,
                "X-Trace": x_trace,
                "session_id": session_id,
                "prefs": prefs,
                "where": where,
            },
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    search_products = data_only(search_products_with_http_info)

    def index_products_with_http_info(
        self,
        store_id: str,
        locale: ParameterLocaleIndexProducts,
        *,
        x_request_id: str | None = None,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[None]:
        """POST /stores/{storeId}/products

        Args:
            store_id: Declared on the path item, shared by its operations.
            locale: Replaces the path item's optional locale.

        `index_products` returns the response's data; `index_products_with_http_info` returns the whole `ApiResponse` (status code, headers, raw body and data).
        """
        return self.api_client.call(
            _INDEX_PRODUCTS,
            {
                "storeId": store_id,
                "locale": locale,
                "X-Request-Id": x_request_id,
            },
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    index_products = data_only(index_products_with_http_info)

    def get_shelf_with_http_info(
        self,
        store_id: str,
        coords: list[int],
        label: str,
        matrix: str,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[GetShelfResponse200]:
        """GET /stores/{storeId}/shelves/{coords}/{label}/{matrix}

        Args:
            coords: simple array -> a,b,c

        `get_shelf` returns the response's data; `get_shelf_with_http_info` returns the whole `ApiResponse` (status code, headers, raw body and data).
        """
        return self.api_client.call(
            _GET_SHELF,
            {
                "storeId": store_id,
                "coords": coords,
                "label": label,
                "matrix": matrix,
            },
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    get_shelf = data_only(get_shelf_with_http_info)

    def describe_stores_with_http_info(
        self,
        region: str,
        *,
        action: ParameterActionDescribeStores | None = None,
        version: ApiVersion | None = None,
        x_api_level: ParameterXApiLevelDescribeStores | None = None,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[list[str]]:
        """Required parameters with one allowed value are sent unless given.

        `describe_stores` returns the response's data; `describe_stores_with_http_info` returns the whole `ApiResponse` (status code, headers, raw body and data).
        """
        return self.api_client.call(
            _DESCRIBE_STORES,
            {
                "Action": action,
                "Version": version,
                "X-Api-Level": x_api_level,
                "Region": region,
            },
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    describe_stores = data_only(describe_stores_with_http_info)


class AsyncSearchApi:
    """Operations tagged 'search'."""

    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else AsyncApiClient()

    async def search_products_with_http_info(
        self,
        store_id: str,
        *,
        x_request_id: str | None = None,
        locale: str | None = None,
        tags: list[str] | None = None,
        ids: list[int] | None = None,
        filter: ParameterFilterSearchProducts | None = None,
        page: ParameterPageSearchProducts | None = None,
        fields: list[str] | None = None,
        exclude: list[str] | None = None,
        in_stock: bool | None = None,
        x_trace: list[str] | None = None,
        session_id: str | None = None,
        prefs: list[str] | None = None,
        where: ParameterWhereSearchProducts | None = None,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[list[str]]:
        """GET /stores/{storeId}/products

        Awaitable form of `SearchApi.search_products_with_http_info` and `SearchApi.search_products`, which document it.
        """
        return await self.api_client.call(
            _SEARCH_PRODUCTS,
            {
                "storeId": store_id,
                "X-Request-Id": x_request_id,
                "locale": locale,
                "tags": tags,
                "ids": ids,
                "filter": filter,
                "page": page,
                "fields": fields,
                "exclude": exclude,
                "in_stock": in_stock,
                "X-Trace": x_trace,
                "session_id": session_id,
                "prefs": prefs,
                "where": where,
            },
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    search_products = data_only_async(search_products_with_http_info)

    async def index_products_with_http_info(
        self,
        store_id: str,
        locale: ParameterLocaleIndexProducts,
        *,
        x_request_id: str | None = None,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[None]:
        """POST /stores/{storeId}/products

        Awaitable form of `SearchApi.index_products_with_http_info` and `SearchApi.index_products`, which document it.
        """
        return await self.api_client.call(
            _INDEX_PRODUCTS,
            {
                "storeId": store_id,
                "locale": locale,
                "X-Request-Id": x_request_id,
            },
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    index_products = data_only_async(index_products_with_http_info)

    async def get_shelf_with_http_info(
        self,
        store_id: str,
        coords: list[int],
        label: str,
        matrix: str,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[GetShelfResponse200]:
        """GET /stores/{storeId}/shelves/{coords}/{label}/{matrix}

        Awaitable form of `SearchApi.get_shelf_with_http_info` and `SearchApi.get_shelf`, which document it.
        """
        return await self.api_client.call(
            _GET_SHELF,
            {
                "storeId": store_id,
                "coords": coords,
                "label": label,
                "matrix": matrix,
            },
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    get_shelf = data_only_async(get_shelf_with_http_info)

    async def describe_stores_with_http_info(
        self,
        region: str,
        *,
        action: ParameterActionDescribeStores | None = None,
        version: ApiVersion | None = None,
        x_api_level: ParameterXApiLevelDescribeStores | None = None,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[list[str]]:
        """GET /query

        Awaitable form of `SearchApi.describe_stores_with_http_info` and `SearchApi.describe_stores`, which document it.
        """
        return await self.api_client.call(
            _DESCRIBE_STORES,
            {
                "Action": action,
                "Version": version,
                "X-Api-Level": x_api_level,
                "Region": region,
            },
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    describe_stores = data_only_async(describe_stores_with_http_info)
