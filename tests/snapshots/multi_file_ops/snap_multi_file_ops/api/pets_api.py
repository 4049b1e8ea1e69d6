from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, TYPE_CHECKING
from .. import models as _m
from .._runtime import Operation, Param, Timeout
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

    def list_pets(
        self,
        *,
        limit: int | None = None,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> PetList:
        """GET /pets"""
        return self.list_pets_with_http_info(
            limit=limit,
            _request_timeout=_request_timeout,
            _headers=_headers,
        ).data

    def list_pets_with_http_info(
        self,
        *,
        limit: int | None = None,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[PetList]:
        """Like `list_pets`, returning the status code, headers and raw body too."""
        return self.api_client.call(
            _LIST_PETS,
            {
                "limit": limit,
            },
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    def create_pet(
        self,
        pet: Pet | dict[str, Any],
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> Pet:
        """POST /pets"""
        return self.create_pet_with_http_info(
            pet,
            _request_timeout=_request_timeout,
            _headers=_headers,
        ).data

    def create_pet_with_http_info(
        self,
        pet: Pet | dict[str, Any],
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[Pet]:
        """Like `create_pet`, returning the status code, headers and raw body too."""
        return self.api_client.call(
            _CREATE_PET,
            {},
            pet,
            timeout=_request_timeout,
            headers=_headers,
        )

    def get_pet(
        self,
        pet_id: str,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> Pet:
        """Get one pet"""
        return self.get_pet_with_http_info(
            pet_id,
            _request_timeout=_request_timeout,
            _headers=_headers,
        ).data

    def get_pet_with_http_info(
        self,
        pet_id: str,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[Pet]:
        """Like `get_pet`, returning the status code, headers and raw body too."""
        return self.api_client.call(
            _GET_PET,
            {
                "petId": pet_id,
            },
            None,
            timeout=_request_timeout,
            headers=_headers,
        )


class AsyncPetsApi:
    """Operations tagged 'pets'."""

    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else AsyncApiClient()

    async def list_pets(
        self,
        *,
        limit: int | None = None,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> PetList:
        """GET /pets

        Awaitable form of `PetsApi.list_pets`, which documents it."""
        return (
            await self.list_pets_with_http_info(
                limit=limit,
                _request_timeout=_request_timeout,
                _headers=_headers,
            )
        ).data

    async def list_pets_with_http_info(
        self,
        *,
        limit: int | None = None,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[PetList]:
        """Like `list_pets`, returning the status code, headers and raw body too."""
        return await self.api_client.call(
            _LIST_PETS,
            {
                "limit": limit,
            },
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    async def create_pet(
        self,
        pet: Pet | dict[str, Any],
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> Pet:
        """POST /pets

        Awaitable form of `PetsApi.create_pet`, which documents it."""
        return (
            await self.create_pet_with_http_info(
                pet,
                _request_timeout=_request_timeout,
                _headers=_headers,
            )
        ).data

    async def create_pet_with_http_info(
        self,
        pet: Pet | dict[str, Any],
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[Pet]:
        """Like `create_pet`, returning the status code, headers and raw body too."""
        return await self.api_client.call(
            _CREATE_PET,
            {},
            pet,
            timeout=_request_timeout,
            headers=_headers,
        )

    async def get_pet(
        self,
        pet_id: str,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> Pet:
        """Get one pet

        Awaitable form of `PetsApi.get_pet`, which documents it."""
        return (
            await self.get_pet_with_http_info(
                pet_id,
                _request_timeout=_request_timeout,
                _headers=_headers,
            )
        ).data

    async def get_pet_with_http_info(
        self,
        pet_id: str,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[Pet]:
        """Like `get_pet`, returning the status code, headers and raw body too."""
        return await self.api_client.call(
            _GET_PET,
            {
                "petId": pet_id,
            },
            None,
            timeout=_request_timeout,
            headers=_headers,
        )
