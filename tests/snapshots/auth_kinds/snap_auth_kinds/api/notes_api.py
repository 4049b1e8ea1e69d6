from __future__ import annotations

from collections.abc import Mapping
from .._runtime import Operation, Param, Timeout, data_only, data_only_async
from ..api_client import ApiClient, AsyncApiClient
from ..api_response import ApiResponse

__all__ = ["NotesApi", "AsyncNotesApi"]

_LIST_NOTES = Operation(
    "GET",
    "/notes",
    responses=lambda: {
        "200": {
            "application/json": list[str],
        },
    },
    auth=(("HeaderKey",),),
)

_LIST_NOTES_QUERY_KEY = Operation(
    "GET",
    "/notes/by-query",
    responses=lambda: {
        "200": {},
    },
    auth=(("QueryKey",),),
)

_LIST_NOTES_COOKIE_KEY = Operation(
    "GET",
    "/notes/by-cookie",
    responses=lambda: {
        "200": {},
    },
    auth=(("CookieKey",),),
)

_LIST_NOTES_BASIC = Operation(
    "GET",
    "/notes/basic",
    responses=lambda: {
        "200": {},
    },
    auth=(("Basic",),),
)

_LIST_NOTES_BEARER = Operation(
    "GET",
    "/notes/bearer",
    responses=lambda: {
        "200": {},
    },
    auth=(("Bearer",),),
)

_CREATE_NOTE_O_AUTH = Operation(
    "POST",
    "/notes/oauth",
    responses=lambda: {
        "200": {},
    },
    auth=(("OAuth",),),
)

_LIST_NOTES_OPEN_ID = Operation(
    "GET",
    "/notes/oidc",
    responses=lambda: {
        "200": {},
    },
    auth=(("OpenId",),),
)

_LIST_NOTES_TWO_KEYS = Operation(
    "GET",
    "/notes/both",
    responses=lambda: {
        "200": {},
    },
    auth=(
        ("HeaderKey", "QueryKey"),
        ("Bearer",),
    ),
)

_LIST_NOTES_OPTIONAL_AUTH = Operation(
    "GET",
    "/notes/public",
    responses=lambda: {
        "200": {},
    },
    auth=(
        (),
        ("Bearer",),
        ("HeaderKey", "QueryKey"),
    ),
)

_LIST_NOTES_KEYS_AS_ARGUMENTS = Operation(
    "GET",
    "/notes/by-argument",
    params=(
        Param("api_key", "query"),
        Param("x-api-key", "header"),
    ),
    responses=lambda: {
        "200": {},
    },
    auth=(("HeaderKey", "QueryKey"),),
)

_HEALTH = Operation(
    "GET",
    "/health",
    responses=lambda: {
        "200": {},
    },
)


class NotesApi:
    """Operations tagged 'notes'."""

    def __init__(self, api_client: ApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else ApiClient()

    def list_notes_with_http_info(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[list[str]]:
        """Uses the document's security (the header key).

        `list_notes` returns the response's data; `list_notes_with_http_info` returns the whole `ApiResponse` (status code, headers, raw body and data).
        """
        return self.api_client.call(
            _LIST_NOTES,
            {},
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    list_notes = data_only(list_notes_with_http_info)

    def list_notes_query_key_with_http_info(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[None]:
        """GET /notes/by-query

        `list_notes_query_key` returns the response's data; `list_notes_query_key_with_http_info` returns the whole `ApiResponse` (status code, headers, raw body and data).
        """
        return self.api_client.call(
            _LIST_NOTES_QUERY_KEY,
            {},
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    list_notes_query_key = data_only(list_notes_query_key_with_http_info)

    def list_notes_cookie_key_with_http_info(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[None]:
        """GET /notes/by-cookie

        `list_notes_cookie_key` returns the response's data; `list_notes_cookie_key_with_http_info` returns the whole `ApiResponse` (status code, headers, raw body and data).
        """
        return self.api_client.call(
            _LIST_NOTES_COOKIE_KEY,
            {},
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    list_notes_cookie_key = data_only(list_notes_cookie_key_with_http_info)

    def list_notes_basic_with_http_info(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[None]:
        """GET /notes/basic

        `list_notes_basic` returns the response's data; `list_notes_basic_with_http_info` returns the whole `ApiResponse` (status code, headers, raw body and data).
        """
        return self.api_client.call(
            _LIST_NOTES_BASIC,
            {},
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    list_notes_basic = data_only(list_notes_basic_with_http_info)

    def list_notes_bearer_with_http_info(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[None]:
        """GET /notes/bearer

        `list_notes_bearer` returns the response's data; `list_notes_bearer_with_http_info` returns the whole `ApiResponse` (status code, headers, raw body and data).
        """
        return self.api_client.call(
            _LIST_NOTES_BEARER,
            {},
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    list_notes_bearer = data_only(list_notes_bearer_with_http_info)

    def create_note_o_auth_with_http_info(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[None]:
        """POST /notes/oauth

        `create_note_o_auth` returns the response's data; `create_note_o_auth_with_http_info` returns the whole `ApiResponse` (status code, headers, raw body and data).
        """
        return self.api_client.call(
            _CREATE_NOTE_O_AUTH,
            {},
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    create_note_o_auth = data_only(create_note_o_auth_with_http_info)

    def list_notes_open_id_with_http_info(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[None]:
        """GET /notes/oidc

        `list_notes_open_id` returns the response's data; `list_notes_open_id_with_http_info` returns the whole `ApiResponse` (status code, headers, raw body and data).
        """
        return self.api_client.call(
            _LIST_NOTES_OPEN_ID,
            {},
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    list_notes_open_id = data_only(list_notes_open_id_with_http_info)

    def list_notes_two_keys_with_http_info(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[None]:
        """Both keys together (AND), or a bearer token (OR).

        `list_notes_two_keys` returns the response's data; `list_notes_two_keys_with_http_info` returns the whole `ApiResponse` (status code, headers, raw body and data).
        """
        return self.api_client.call(
            _LIST_NOTES_TWO_KEYS,
            {},
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    list_notes_two_keys = data_only(list_notes_two_keys_with_http_info)

    def list_notes_optional_auth_with_http_info(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[None]:
        """Credentials optional (the empty requirement listed first), or both keys together.

        `list_notes_optional_auth` returns the response's data; `list_notes_optional_auth_with_http_info` returns the whole `ApiResponse` (status code, headers, raw body and data).
        """
        return self.api_client.call(
            _LIST_NOTES_OPTIONAL_AUTH,
            {},
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    list_notes_optional_auth = data_only(list_notes_optional_auth_with_http_info)

    def list_notes_keys_as_arguments_with_http_info(
        self,
        *,
        api_key: str | None = None,
        x_api_key: str | None = None,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[None]:
        """Both keys are also required parameters (as Trello's `key` and `token`).

        `list_notes_keys_as_arguments` returns the response's data; `list_notes_keys_as_arguments_with_http_info` returns the whole `ApiResponse` (status code, headers, raw body and data).
        """
        return self.api_client.call(
            _LIST_NOTES_KEYS_AS_ARGUMENTS,
            {
                "api_key": api_key,
                "x-api-key": x_api_key,
            },
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    list_notes_keys_as_arguments = data_only(
        list_notes_keys_as_arguments_with_http_info
    )

    def health_with_http_info(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[None]:
        """GET /health

        `health` returns the response's data; `health_with_http_info` returns the whole `ApiResponse` (status code, headers, raw body and data).
        """
        return self.api_client.call(
            _HEALTH,
            {},
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    health = data_only(health_with_http_info)


class AsyncNotesApi:
    """Operations tagged 'notes'."""

    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else AsyncApiClient()

    async def list_notes_with_http_info(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[list[str]]:
        """GET /notes

        Awaitable form of `NotesApi.list_notes_with_http_info` and `NotesApi.list_notes`, which document it.
        """
        return await self.api_client.call(
            _LIST_NOTES,
            {},
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    list_notes = data_only_async(list_notes_with_http_info)

    async def list_notes_query_key_with_http_info(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[None]:
        """GET /notes/by-query

        Awaitable form of `NotesApi.list_notes_query_key_with_http_info` and `NotesApi.list_notes_query_key`, which document it.
        """
        return await self.api_client.call(
            _LIST_NOTES_QUERY_KEY,
            {},
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    list_notes_query_key = data_only_async(list_notes_query_key_with_http_info)

    async def list_notes_cookie_key_with_http_info(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[None]:
        """GET /notes/by-cookie

        Awaitable form of `NotesApi.list_notes_cookie_key_with_http_info` and `NotesApi.list_notes_cookie_key`, which document it.
        """
        return await self.api_client.call(
            _LIST_NOTES_COOKIE_KEY,
            {},
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    list_notes_cookie_key = data_only_async(list_notes_cookie_key_with_http_info)

    async def list_notes_basic_with_http_info(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[None]:
        """GET /notes/basic

        Awaitable form of `NotesApi.list_notes_basic_with_http_info` and `NotesApi.list_notes_basic`, which document it.
        """
        return await self.api_client.call(
            _LIST_NOTES_BASIC,
            {},
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    list_notes_basic = data_only_async(list_notes_basic_with_http_info)

    async def list_notes_bearer_with_http_info(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[None]:
        """GET /notes/bearer

        Awaitable form of `NotesApi.list_notes_bearer_with_http_info` and `NotesApi.list_notes_bearer`, which document it.
        """
        return await self.api_client.call(
            _LIST_NOTES_BEARER,
            {},
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    list_notes_bearer = data_only_async(list_notes_bearer_with_http_info)

    async def create_note_o_auth_with_http_info(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[None]:
        """POST /notes/oauth

        Awaitable form of `NotesApi.create_note_o_auth_with_http_info` and `NotesApi.create_note_o_auth`, which document it.
        """
        return await self.api_client.call(
            _CREATE_NOTE_O_AUTH,
            {},
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    create_note_o_auth = data_only_async(create_note_o_auth_with_http_info)

    async def list_notes_open_id_with_http_info(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[None]:
        """GET /notes/oidc

        Awaitable form of `NotesApi.list_notes_open_id_with_http_info` and `NotesApi.list_notes_open_id`, which document it.
        """
        return await self.api_client.call(
            _LIST_NOTES_OPEN_ID,
            {},
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    list_notes_open_id = data_only_async(list_notes_open_id_with_http_info)

    async def list_notes_two_keys_with_http_info(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[None]:
        """GET /notes/both

        Awaitable form of `NotesApi.list_notes_two_keys_with_http_info` and `NotesApi.list_notes_two_keys`, which document it.
        """
        return await self.api_client.call(
            _LIST_NOTES_TWO_KEYS,
            {},
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    list_notes_two_keys = data_only_async(list_notes_two_keys_with_http_info)

    async def list_notes_optional_auth_with_http_info(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[None]:
        """GET /notes/public

        Awaitable form of `NotesApi.list_notes_optional_auth_with_http_info` and `NotesApi.list_notes_optional_auth`, which document it.
        """
        return await self.api_client.call(
            _LIST_NOTES_OPTIONAL_AUTH,
            {},
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    list_notes_optional_auth = data_only_async(list_notes_optional_auth_with_http_info)

    async def list_notes_keys_as_arguments_with_http_info(
        self,
        *,
        api_key: str | None = None,
        x_api_key: str | None = None,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[None]:
        """GET /notes/by-argument

        Awaitable form of `NotesApi.list_notes_keys_as_arguments_with_http_info` and `NotesApi.list_notes_keys_as_arguments`, which document it.
        """
        return await self.api_client.call(
            _LIST_NOTES_KEYS_AS_ARGUMENTS,
            {
                "api_key": api_key,
                "x-api-key": x_api_key,
            },
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    list_notes_keys_as_arguments = data_only_async(
        list_notes_keys_as_arguments_with_http_info
    )

    async def health_with_http_info(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[None]:
        """GET /health

        Awaitable form of `NotesApi.health_with_http_info` and `NotesApi.health`, which document it.
        """
        return await self.api_client.call(
            _HEALTH,
            {},
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    health = data_only_async(health_with_http_info)
