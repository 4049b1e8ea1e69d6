from __future__ import annotations

from collections.abc import Mapping
from .._runtime import Operation, Param, Timeout, data_only, data_only_async
from ..api_client import ApiClient, AsyncApiClient
from ..api_response import ApiResponse

__all__ = ["Default3DModelsApi", "AsyncDefault3DModelsApi"]

_LIST3_D_MODELS = Operation(
    "GET",
    "/models",
    responses=lambda: {
        "200": {},
    },
)


class Default3DModelsApi:
    """Operations tagged '3d-models'."""

    def __init__(self, api_client: ApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else ApiClient()

    def list3_d_models_with_http_info(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[None]:
        """GET /models

        `list3_d_models` returns the response's data; `list3_d_models_with_http_info` returns the whole `ApiResponse` (status code, headers, raw body and data).
        """
        return self.api_client.call(
            _LIST3_D_MODELS,
            {},
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    list3_d_models = data_only(list3_d_models_with_http_info)


class AsyncDefault3DModelsApi:
    """Operations tagged '3d-models'."""

    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else AsyncApiClient()

    async def list3_d_models_with_http_info(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[None]:
        """GET /models

        Awaitable form of `Default3DModelsApi.list3_d_models_with_http_info` and `Default3DModelsApi.list3_d_models`, which document it.
        """
        return await self.api_client.call(
            _LIST3_D_MODELS,
            {},
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    list3_d_models = data_only_async(list3_d_models_with_http_info)
