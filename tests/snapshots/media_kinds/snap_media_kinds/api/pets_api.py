from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, TYPE_CHECKING
from .. import models as _m
from .._runtime import Operation, Param, Timeout, data_only, data_only_async
from ..api_client import ApiClient, AsyncApiClient
from ..api_response import ApiResponse

if TYPE_CHECKING:
    from ..models.pet import Pet
    from ..models.tag_pet_request_body import TagPetRequestBody
    from ..models.tag_pet_request_body_form import TagPetRequestBodyForm

__all__ = ["PetsApi", "AsyncPetsApi"]

_GET_PET = Operation(
    "GET",
    "/pets/{id}",
    params=(
        Param("id", "path"),
        Param("id", "query", key="id@query"),
        Param("id", "header", key="id@header"),
    ),
    responses=lambda: {
        "200": {
            "application/json": _m.Pet,
        },
    },
)

_REPLACE_PET = Operation(
    "PUT",
    "/pets/{id}",
    params=(Param("id", "path"),),
    body=lambda: {
        "application/json": _m.Pet,
        "application/xml": str,
    },
    responses=lambda: {
        "204": {},
    },
)

_TAG_PET = Operation(
    "POST",
    "/pets/{id}/tags",
    params=(Param("id", "path"),),
    body=lambda: {
        "application/json": _m.TagPetRequestBody,
        "application/x-www-form-urlencoded": _m.TagPetRequestBodyForm,
    },
    responses=lambda: {
        "204": {},
    },
)

_GET_PET_CARD = Operation(
    "GET",
    "/pets/{id}/card",
    params=(Param("id", "path"),),
    responses=lambda: {
        "200": {
            "application/json": _m.Pet,
            "application/x-msgpack": bytes,
        },
    },
)


class PetsApi:
    """Operations tagged 'pets'."""

    def __init__(self, api_client: ApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else ApiClient()

    def get_pet_with_http_info(
        self,
        id: str,
        *,
        id_query: str | None = None,
        id_header: str | None = None,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[Pet]:
        """JSON or XML; the XML one is the same pet in another syntax.

        Args:
            id_query: a query parameter named like the path one

        `get_pet` returns the response's data; `get_pet_with_http_info` returns the whole `ApiResponse` (status code, headers, raw body and data).
        """
        return self.api_client.call(
            _GET_PET,
            {
                "id": id,
                "id@query": id_query,
                "id@header": id_header,
            },
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    get_pet = data_only(get_pet_with_http_info)

    def replace_pet_with_http_info(
        self,
        id: str,
        pet: Pet | dict[str, Any] | str,
        *,
        _content_type: str | None = None,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[None]:
        """PUT /pets/{id}

        `replace_pet` returns the response's data; `replace_pet_with_http_info` returns the whole `ApiResponse` (status code, headers, raw body and data).
        """
        return self.api_client.call(
            _REPLACE_PET,
            {
                "id": id,
            },
            pet,
            timeout=_request_timeout,
            headers=_headers,
            content_type=_content_type,
        )

    replace_pet = data_only(replace_pet_with_http_info)

    def tag_pet_with_http_info(
        self,
        id: str,
        tag_pet_request_body: (
            TagPetRequestBody | dict[str, Any] | TagPetRequestBodyForm
        ),
        *,
        _content_type: str | None = None,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[None]:
        """JSON or a form, each with its own inline schema.

        `tag_pet` returns the response's data; `tag_pet_with_http_info` returns the whole `ApiResponse` (status code, headers, raw body and data).
        """
        return self.api_client.call(
            _TAG_PET,
            {
                "id": id,
            },
            tag_pet_request_body,
            timeout=_request_timeout,
            headers=_headers,
            content_type=_content_type,
        )

    tag_pet = data_only(tag_pet_with_http_info)

    def get_pet_card_with_http_info(
        self,
        id: str,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[Pet | bytes]:
        """GET /pets/{id}/card

        `get_pet_card` returns the response's data; `get_pet_card_with_http_info` returns the whole `ApiResponse` (status code, headers, raw body and data).
        """
        return self.api_client.call(
            _GET_PET_CARD,
            {
                "id": id,
            },
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    get_pet_card = data_only(get_pet_card_with_http_info)


class AsyncPetsApi:
    """Operations tagged 'pets'."""

    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else AsyncApiClient()

    async def get_pet_with_http_info(
        self,
        id: str,
        *,
        id_query: str | None = None,
        id_header: str | None = None,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[Pet]:
        """GET /pets/{id}

        Awaitable form of `PetsApi.get_pet_with_http_info` and `PetsApi.get_pet`, which document it.
        """
        return await self.api_client.call(
            _GET_PET,
            {
                "id": id,
                "id@query": id_query,
                "id@header": id_header,
            },
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    get_pet = data_only_async(get_pet_with_http_info)

    async def replace_pet_with_http_info(
        self,
        id: str,
        pet: Pet | dict[str, Any] | str,
        *,
        _content_type: str | None = None,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[None]:
        """PUT /pets/{id}

        Awaitable form of `PetsApi.replace_pet_with_http_info` and `PetsApi.replace_pet`, which document it.
        """
        return await self.api_client.call(
            _REPLACE_PET,
            {
                "id": id,
            },
            pet,
            timeout=_request_timeout,
            headers=_headers,
            content_type=_content_type,
        )

    replace_pet = data_only_async(replace_pet_with_http_info)

    async def tag_pet_with_http_info(
        self,
        id: str,
        tag_pet_request_body: (
            TagPetRequestBody | dict[str, Any] | TagPetRequestBodyForm
        ),
        *,
        _content_type: str | None = None,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[None]:
        """POST /pets/{id}/tags

        Awaitable form of `PetsApi.tag_pet_with_http_info` and `PetsApi.tag_pet`, which document it.
        """
        return await self.api_client.call(
            _TAG_PET,
            {
                "id": id,
            },
            tag_pet_request_body,
            timeout=_request_timeout,
            headers=_headers,
            content_type=_content_type,
        )

    tag_pet = data_only_async(tag_pet_with_http_info)

    async def get_pet_card_with_http_info(
        self,
        id: str,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[Pet | bytes]:
        """GET /pets/{id}/card

        Awaitable form of `PetsApi.get_pet_card_with_http_info` and `PetsApi.get_pet_card`, which document it.
        """
        return await self.api_client.call(
            _GET_PET_CARD,
            {
                "id": id,
            },
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    get_pet_card = data_only_async(get_pet_card_with_http_info)
