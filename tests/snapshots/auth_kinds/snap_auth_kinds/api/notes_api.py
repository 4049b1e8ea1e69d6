from __future__ import annotations

from collections.abc import Mapping
from .._runtime import Operation, Param, Timeout
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

    def list_notes(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> list[str]:
        """Uses the document's security (the header key)."""
        return self.list_notes_with_http_info(
            _request_timeout=_request_timeout,
            _headers=_headers,
        ).data

    def list_notes_with_http_info(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[list[str]]:
        """Like `list_notes`, returning the status code, headers and raw body too."""
        return self.api_client.call(
            _LIST_NOTES,
            {},
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    def list_notes_query_key(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> None:
        """GET /notes/by-query"""
        return self.list_notes_query_key_with_http_info(
            _request_timeout=_request_timeout,
            _headers=_headers,
        ).data

    def list_notes_query_key_with_http_info(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[None]:
        """Like `list_notes_query_key`, returning the status code, headers and raw body too."""
        return self.api_client.call(
            _LIST_NOTES_QUERY_KEY,
            {},
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    def list_notes_cookie_key(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> None:
        """GET /notes/by-cookie"""
        return self.list_notes_cookie_key_with_http_info(
            _request_timeout=_request_timeout,
            _headers=_headers,
        ).data

    def list_notes_cookie_key_with_http_info(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[None]:
        """Like `list_notes_cookie_key`, returning the status code, headers and raw body too."""
        return self.api_client.call(
            _LIST_NOTES_COOKIE_KEY,
            {},
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    def list_notes_basic(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> None:
        """GET /notes/basic"""
        return self.list_notes_basic_with_http_info(
            _request_timeout=_request_timeout,
            _headers=_headers,
        ).data

    def list_notes_basic_with_http_info(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[None]:
        """Like `list_notes_basic`, returning the status code, headers and raw body too."""
        return self.api_client.call(
            _LIST_NOTES_BASIC,
            {},
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    def list_notes_bearer(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> None:
        """GET /notes/bearer"""
        return self.list_notes_bearer_with_http_info(
            _request_timeout=_request_timeout,
            _headers=_headers,
        ).data

    def list_notes_bearer_with_http_info(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[None]:
        """Like `list_notes_bearer`, returning the status code, headers and raw body too."""
        return self.api_client.call(
            _LIST_NOTES_BEARER,
            {},
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    def create_note_o_auth(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> None:
        """POST /notes/oauth"""
        return self.create_note_o_auth_with_http_info(
            _request_timeout=_request_timeout,
            _headers=_headers,
        ).data

    def create_note_o_auth_with_http_info(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[None]:
        """Like `create_note_o_auth`, returning the status code, headers and raw body too."""
        return self.api_client.call(
            _CREATE_NOTE_O_AUTH,
            {},
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    def list_notes_open_id(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> None:
        """GET /notes/oidc"""
        return self.list_notes_open_id_with_http_info(
            _request_timeout=_request_timeout,
            _headers=_headers,
        ).data

    def list_notes_open_id_with_http_info(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[None]:
        """Like `list_notes_open_id`, returning the status code, headers and raw body too."""
        return self.api_client.call(
            _LIST_NOTES_OPEN_ID,
            {},
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    def list_notes_two_keys(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> None:
        """Both keys together (AND), or a bearer token (OR)."""
        return self.list_notes_two_keys_with_http_info(
            _request_timeout=_request_timeout,
            _headers=_headers,
        ).data

    def list_notes_two_keys_with_http_info(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[None]:
        """Like `list_notes_two_keys`, returning the status code, headers and raw body too."""
        return self.api_client.call(
            _LIST_NOTES_TWO_KEYS,
            {},
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    def health(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> None:
        """GET /health"""
        return self.health_with_http_info(
            _request_timeout=_request_timeout,
            _headers=_headers,
        ).data

    def health_with_http_info(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[None]:
        """Like `health`, returning the status code, headers and raw body too."""
        return self.api_client.call(
            _HEALTH,
            {},
            None,
            timeout=_request_timeout,
            headers=_headers,
        )


class AsyncNotesApi:
    """Operations tagged 'notes'."""

    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else AsyncApiClient()

    async def list_notes(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> list[str]:
        """GET /notes

        Awaitable form of `NotesApi.list_notes`, which documents it."""
        return (
            await self.list_notes_with_http_info(
                _request_timeout=_request_timeout,
                _headers=_headers,
            )
        ).data

    async def list_notes_with_http_info(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[list[str]]:
        """Like `list_notes`, returning the status code, headers and raw body too."""
        return await self.api_client.call(
            _LIST_NOTES,
            {},
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    async def list_notes_query_key(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> None:
        """GET /notes/by-query

        Awaitable form of `NotesApi.list_notes_query_key`, which documents it."""
        return (
            await self.list_notes_query_key_with_http_info(
                _request_timeout=_request_timeout,
                _headers=_headers,
            )
        ).data

    async def list_notes_query_key_with_http_info(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[None]:
        """Like `list_notes_query_key`, returning the status code, headers and raw body too."""
        return await self.api_client.call(
            _LIST_NOTES_QUERY_KEY,
            {},
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    async def list_notes_cookie_key(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> None:
        """GET /notes/by-cookie

        Awaitable form of `NotesApi.list_notes_cookie_key`, which documents it."""
        return (
            await self.list_notes_cookie_key_with_http_info(
                _request_timeout=_request_timeout,
                _headers=_headers,
            )
        ).data

    async def list_notes_cookie_key_with_http_info(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[None]:
        """Like `list_notes_cookie_key`, returning the status code, headers and raw body too."""
        return await self.api_client.call(
            _LIST_NOTES_COOKIE_KEY,
            {},
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    async def list_notes_basic(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> None:
        """GET /notes/basic

        Awaitable form of `NotesApi.list_notes_basic`, which documents it."""
        return (
            await self.list_notes_basic_with_http_info(
                _request_timeout=_request_timeout,
                _headers=_headers,
            )
        ).data

    async def list_notes_basic_with_http_info(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[None]:
        """Like `list_notes_basic`, returning the status code, headers and raw body too."""
        return await self.api_client.call(
            _LIST_NOTES_BASIC,
            {},
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    async def list_notes_bearer(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> None:
        """GET /notes/bearer

        Awaitable form of `NotesApi.list_notes_bearer`, which documents it."""
        return (
            await self.list_notes_bearer_with_http_info(
                _request_timeout=_request_timeout,
                _headers=_headers,
            )
        ).data

    async def list_notes_bearer_with_http_info(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[None]:
        """Like `list_notes_bearer`, returning the status code, headers and raw body too."""
        return await self.api_client.call(
            _LIST_NOTES_BEARER,
            {},
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    async def create_note_o_auth(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> None:
        """POST /notes/oauth

        Awaitable form of `NotesApi.create_note_o_auth`, which documents it."""
        return (
            await self.create_note_o_auth_with_http_info(
                _request_timeout=_request_timeout,
                _headers=_headers,
            )
        ).data

    async def create_note_o_auth_with_http_info(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[None]:
        """Like `create_note_o_auth`, returning the status code, headers and raw body too."""
        return await self.api_client.call(
            _CREATE_NOTE_O_AUTH,
            {},
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    async def list_notes_open_id(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> None:
        """GET /notes/oidc

        Awaitable form of `NotesApi.list_notes_open_id`, which documents it."""
        return (
            await self.list_notes_open_id_with_http_info(
                _request_timeout=_request_timeout,
                _headers=_headers,
            )
        ).data

    async def list_notes_open_id_with_http_info(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[None]:
        """Like `list_notes_open_id`, returning the status code, headers and raw body too."""
        return await self.api_client.call(
            _LIST_NOTES_OPEN_ID,
            {},
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    async def list_notes_two_keys(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> None:
        """GET /notes/both

        Awaitable form of `NotesApi.list_notes_two_keys`, which documents it."""
        return (
            await self.list_notes_two_keys_with_http_info(
                _request_timeout=_request_timeout,
                _headers=_headers,
            )
        ).data

    async def list_notes_two_keys_with_http_info(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[None]:
        """Like `list_notes_two_keys`, returning the status code, headers and raw body too."""
        return await self.api_client.call(
            _LIST_NOTES_TWO_KEYS,
            {},
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    async def health(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> None:
        """GET /health

        Awaitable form of `NotesApi.health`, which documents it."""
        return (
            await self.health_with_http_info(
                _request_timeout=_request_timeout,
                _headers=_headers,
            )
        ).data

    async def health_with_http_info(
        self,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[None]:
        """Like `health`, returning the status code, headers and raw body too."""
        return await self.api_client.call(
            _HEALTH,
            {},
            None,
            timeout=_request_timeout,
            headers=_headers,
        )
