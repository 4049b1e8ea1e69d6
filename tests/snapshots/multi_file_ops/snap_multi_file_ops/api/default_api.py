from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING
from .. import models as _m
from .._runtime import Operation, Param, Timeout, data_only, data_only_async
from ..api_client import ApiClient, AsyncApiClient
from ..api_response import ApiResponse

if TYPE_CHECKING:
    from ..models.error import Error

__all__ = ["DefaultApi", "AsyncDefaultApi"]

_DELETE_PETS_PET_ID = Operation(
    "DELETE",
    "/pets/{petId}",
    params=(Param("petId", "path"),),
    responses=lambda: {
        "204": {},
        "404": {
            "application/json": _m.Error,
        },
    },
)


class DefaultApi:
    """Operations tagged 'default'."""

    def __init__(self, api_client: ApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else ApiClient()

    def delete_pets_pet_id_with_http_info(
        self,
        pet_id: str,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[None]:
        """Delete a pet

        `delete_pets_pet_id` returns the response's data; `delete_pets_pet_id_with_http_info` returns the whole `ApiResponse` (status code, headers, raw body and data).
        """
        return self.api_client.call(
            _DELETE_PETS_PET_ID,
            {
                "petId": pet_id,
            },
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    delete_pets_pet_id = data_only(delete_pets_pet_id_with_http_info)


class AsyncDefaultApi:
    """Operations tagged 'default'."""

    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else AsyncApiClient()

    async def delete_pets_pet_id_with_http_info(
        self,
        pet_id: str,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[None]:
        """Delete a pet

        Awaitable form of `DefaultApi.delete_pets_pet_id_with_http_info` and `DefaultApi.delete_pets_pet_id`, which document it.
        """
        return await self.api_client.call(
            _DELETE_PETS_PET_ID,
            {
                "petId": pet_id,
            },
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    delete_pets_pet_id = data_only_async(delete_pets_pet_id_with_http_info)
