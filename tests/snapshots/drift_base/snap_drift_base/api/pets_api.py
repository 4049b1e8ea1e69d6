from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING
from .. import models as _m
from .._runtime import Operation, Param, Timeout, data_only, data_only_async
from ..api_client import ApiClient, AsyncApiClient
from ..api_response import ApiResponse

if TYPE_CHECKING:
    from ..models.pet import Pet

__all__ = ["PetsApi", "AsyncPetsApi"]

_GET_PET = Operation(
    "GET",
    "/pets/{petId}",
    params=(Param("petId", "path"),),
    responses=lambda: {
        "200": {
            "application/json": _m.Pet,
        },
    },
)


class PetsApi:
    """Operations tagged 'pets'."""

    def __init__(self, api_client: ApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else ApiClient()

    def get_pet_with_http_info(
        self,
        pet_id: str,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[Pet]:
        """Get a pet

        Returns the pet with this id.

        `get_pet` returns the response's data; `get_pet_with_http_info` returns the whole `ApiResponse` (status code, headers, raw body and data).
        """
        return self.api_client.call(
            _GET_PET,
            {
                "petId": pet_id,
            },
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    get_pet = data_only(get_pet_with_http_info)


class AsyncPetsApi:
    """Operations tagged 'pets'."""

    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else AsyncApiClient()

    async def get_pet_with_http_info(
        self,
        pet_id: str,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[Pet]:
        """Get a pet

        Awaitable form of `PetsApi.get_pet_with_http_info` and `PetsApi.get_pet`, which document it.
        """
        return await self.api_client.call(
            _GET_PET,
            {
                "petId": pet_id,
            },
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    get_pet = data_only_async(get_pet_with_http_info)
