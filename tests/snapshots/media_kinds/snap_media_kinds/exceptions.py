"""The errors this package raises; all derive from `OpenApiError`."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

__all__ = [
    "OpenApiError",
    "ApiValueError",
    "ApiConnectionError",
    "ApiTimeoutError",
    "ApiDecodeError",
    "ApiException",
    "BadRequestException",
    "UnauthorizedException",
    "ForbiddenException",
    "NotFoundException",
    "ConflictException",
    "UnprocessableEntityException",
    "TooManyRequestsException",
    "ServiceException",
    "exception_for_status",
]


class OpenApiError(Exception):
    """Base class of every error raised by this client."""


class ApiValueError(OpenApiError, ValueError):
    """An argument could not be sent (a missing path parameter, a body that does not validate)."""


class ApiConnectionError(OpenApiError):
    """The request could not be sent or no response arrived (DNS, refused, reset, ...)."""


class ApiTimeoutError(OpenApiError):
    """The request timed out."""


class ApiDecodeError(OpenApiError):
    """A successful response whose body cannot be read as its media type (malformed JSON).

    Data that is well-formed but does not fit the declared schema is not an
    error: what fits is typed and the rest is kept as it came.
    """

    def __init__(
        self, message: str, *, status: int, headers: Mapping[str, str], body: str
    ) -> None:
        super().__init__(message)
        self.status = status
        self.headers = headers
        self.body = body


class ApiException(OpenApiError):
    """The server answered with a non-2xx status.

    `data` is the parsed error model when the API declares one for that
    status (or a `4XX` / `default` response); `body` is always the raw text.
    """

    def __init__(
        self,
        status: int,
        reason: str = "",
        headers: Mapping[str, str] | None = None,
        body: str = "",
        data: Any = None,
    ) -> None:
        super().__init__(status, reason)
        self.status = status
        self.reason = reason
        self.headers: Mapping[str, str] = headers if headers is not None else {}
        self.body = body
        self.data = data

    def __str__(self) -> str:
        text = f"({self.status}) {self.reason}".rstrip()
        if self.body:
            text += f"\nHTTP response body: {self.body}"
        return text


class BadRequestException(ApiException):
    """400 Bad Request."""


class UnauthorizedException(ApiException):
    """401 Unauthorized."""


class ForbiddenException(ApiException):
    """403 Forbidden."""


class NotFoundException(ApiException):
    """404 Not Found."""


class ConflictException(ApiException):
    """409 Conflict."""


class UnprocessableEntityException(ApiException):
    """422 Unprocessable Entity."""


class TooManyRequestsException(ApiException):
    """429 Too Many Requests."""


class ServiceException(ApiException):
    """5xx: the server failed."""


_BY_STATUS: dict[int, type[ApiException]] = {
    400: BadRequestException,
    401: UnauthorizedException,
    403: ForbiddenException,
    404: NotFoundException,
    409: ConflictException,
    422: UnprocessableEntityException,
    429: TooManyRequestsException,
}


def exception_for_status(status: int) -> type[ApiException]:
    """The exception class raised for an HTTP status."""
    if 500 <= status < 600:
        return ServiceException
    return _BY_STATUS.get(status, ApiException)
