"""The HTTP clients: `ApiClient` (sync) and `AsyncApiClient`, built on httpx."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from ._runtime import Operation, Timeout, build_request, decode_response
from .api_response import ApiResponse
from .configuration import Configuration
from .exceptions import ApiConnectionError, ApiTimeoutError

__all__ = ["ApiClient", "AsyncApiClient"]


class ApiClient:
    """Sends the operations' requests over an `httpx.Client`.

    Use it as a context manager, or call `close()`; a client
    passed as `http_client` is left open for its owner.
    """

    def __init__(
        self,
        configuration: Configuration | None = None,
        *,
        http_client: httpx.Client | None = None,
    ) -> None:
        self.configuration = (
            configuration if configuration is not None else Configuration()
        )
        self._owns_http = http_client is None
        self._http = (
            http_client
            if http_client is not None
            else httpx.Client(verify=self.configuration.verify_ssl)
        )

    def __enter__(self) -> ApiClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        if self._owns_http:
            self._http.close()

    def call(
        self,
        operation: Operation,
        args: Mapping[str, Any],
        body: Any = None,
        *,
        timeout: Timeout = None,
        headers: Mapping[str, str] | None = None,
        content_type: str | None = None,
    ) -> ApiResponse[Any]:
        """Send one operation's request and decode its response."""
        request = build_request(
            self._http,
            self.configuration,
            operation,
            args,
            body,
            headers=headers,
            content_type=content_type,
            timeout=timeout,
        )
        try:
            response = self._http.send(request)
        except httpx.TimeoutException as exc:
            raise ApiTimeoutError(f"{request.method} {request.url}: {exc}") from exc
        except httpx.TransportError as exc:
            raise ApiConnectionError(f"{request.method} {request.url}: {exc}") from exc
        return decode_response(operation, response)


class AsyncApiClient:
    """Sends the operations' requests over an `httpx.AsyncClient`.

    Use it as an async context manager, or call `close()`; a client
    passed as `http_client` is left open for its owner.
    """

    def __init__(
        self,
        configuration: Configuration | None = None,
        *,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        self.configuration = (
            configuration if configuration is not None else Configuration()
        )
        self._owns_http = http_client is None
        self._http = (
            http_client
            if http_client is not None
            else httpx.AsyncClient(verify=self.configuration.verify_ssl)
        )

    async def __aenter__(self) -> AsyncApiClient:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    async def close(self) -> None:
        if self._owns_http:
            await self._http.aclose()

    async def call(
        self,
        operation: Operation,
        args: Mapping[str, Any],
        body: Any = None,
        *,
        timeout: Timeout = None,
        headers: Mapping[str, str] | None = None,
        content_type: str | None = None,
    ) -> ApiResponse[Any]:
        """Send one operation's request and decode its response."""
        request = build_request(
            self._http,
            self.configuration,
            operation,
            args,
            body,
            headers=headers,
            content_type=content_type,
            timeout=timeout,
        )
        try:
            response = await self._http.send(request)
        except httpx.TimeoutException as exc:
            raise ApiTimeoutError(f"{request.method} {request.url}: {exc}") from exc
        except httpx.TransportError as exc:
            raise ApiConnectionError(f"{request.method} {request.url}: {exc}") from exc
        return decode_response(operation, response)
