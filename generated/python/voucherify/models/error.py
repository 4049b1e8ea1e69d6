from __future__ import annotations

from .._base import Model


class Error(Model):
    """The error object returned with every non-2xx response."""

    code: int
    """The HTTP status code of the error."""

    key: str | None = None
    """A short, machine-readable name of the error."""

    message: str
    """A human-readable message."""

    details: str | None = None
    """More details about the cause, when there are any."""

    request_id: str | None = None
    """The ID of the request, to quote when contacting support."""

    resource_id: str | None = None
    """The ID of the resource the error is about."""

    resource_type: str | None = None
    """The type of the resource the error is about."""
