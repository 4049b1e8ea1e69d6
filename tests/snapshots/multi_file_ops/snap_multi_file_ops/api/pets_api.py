from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, TYPE_CHECKING
from .. import models as _m
from .._runtime import Operation, Param, Timeout, data_only, data_only_async
from ..api_client import ApiClient, AsyncApiClient
from ..api_response import ApiResponse

if TYPE_CHECKING:
    from ..models.error import Error
    from ..models.pet import Pet
    from ..models.pet_list import PetList

__all__ = ["PetsApi", "AsyncPetsApi"]

_LIST_PETS = Operation(
    "GET",
    "/pets",
    params=(Param("limit", "query"),),
    responses=lambda: {
        "200": {
            "application/json": _m.PetList,
        },
    },
)

_CREATE_PET = Operation(
    "POST",
    "/pets",
    body=lambda: {
        "application/json": _m.Pet,
    },
    responses=lambda: {
        "201": {
            "application/json": _m.Pet,
        },
        "404": {
            "application/json": _m.Error,
        },
    },
)

_GET_PET = Operation(
    "GET",
    "/pets/{petId}",
    params=(Param("petId", "path"),),
    responses=lambda: {
        "200": {
            "application/json": _m.Pet,
        },
        "404": {
            "application/json": _m.Error,
        },
    },
)


class PetsApi:
    """Operations tagged 'pets'."""

    def __init__(self, api_client: ApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else ApiClient()

    def list_pets_with_http_info(
        self,
        *,
        limit: int | None = None,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[PetList]:
        """GET /pets

        `list_pets` returns the response's data; `list_pets_with_http_info` returns the whole `ApiResponse` (status code, headers, raw body and data).
        """
        return self.api_client.call(
            _LIST_PETS,
            {
                "limit": limit,
            },
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    list_pets = data_only(list_pets_with_http_info)

    def create_pet_with_http_info(
        self,
        pet: Pet | dict[str, Any],
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[Pet]:
        """POST /pets

        `create_pet` returns the response's data; `create_pet_with_http_info` returns the whole `ApiResponse` (status code, headers, raw body and data).
        """
        return self.api_client.call(
            _CREATE_PET,
            {},
            pet,
            timeout=_request_timeout,
            headers=_headers,
        )

    create_pet = data_only(create_pet_with_http_info)

    def get_pet_with_http_info(
        self,
        pet_id: str,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[Pet]:
        """Get one pet

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

    async def list_pets_with_http_info(
        self,
        *,
        limit: int | None = None,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[PetList]:
        """GET /pets

        Awaitable form of `PetsApi.list_pets_with_http_info` and `PetsApi.list_pets`, which document it.
        """
        return await self.api_client.call(
            _LIST_PETS,
            {
                "limit": limit,
            },
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    list_pets = data_only_async(list_pets_with_http_info)

    async def create_pet_with_http_info(
        self,
        pet: Pet | dict[str, Any],
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[Pet]:
        """POST /pets

        Awaitable form of `PetsApi.create_pet_with_http_info` and `PetsApi.create_pet`, which document it.
        """
        return await self.api_client.call(
            _CREATE_PET,
            {},
            pet,
            timeout=_request_timeout,
            headers=_headers,
        )

    create_pet = data_only_async(create_pet_with_http_info)

    async def get_pet_with_http_info(
        self,
        pet_id: str,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[Pet]:
        """Get one pet

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
