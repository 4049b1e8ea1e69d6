from __future__ import annotations

from collections.abc import Mapping
from .._runtime import Operation, Param, Timeout
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

    def list3_d_models(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> None:
        """GET /models"""
        return self.list3_d_models_with_http_info(
            _request_timeout=_request_timeout,
            _headers=_headers,
        ).data

    def list3_d_models_with_http_info(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[None]:
        """Like `list3_d_models`, returning the status code, headers and raw body too."""
        return self.api_client.call(
            _LIST3_D_MODELS,
            {},
            None,
            timeout=_request_timeout,
            headers=_headers,
        )


class AsyncDefault3DModelsApi:
    """Operations tagged '3d-models'."""

    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else AsyncApiClient()

    async def list3_d_models(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> None:
        """GET /models

        Awaitable form of `Default3DModelsApi.list3_d_models`, which documents it."""
        return (
            await self.list3_d_models_with_http_info(
                _request_timeout=_request_timeout,
                _headers=_headers,
            )
        ).data

    async def list3_d_models_with_http_info(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[None]:
        """Like `list3_d_models`, returning the status code, headers and raw body too."""
        return await self.api_client.call(
            _LIST3_D_MODELS,
            {},
            None,
            timeout=_request_timeout,
            headers=_headers,
        )
