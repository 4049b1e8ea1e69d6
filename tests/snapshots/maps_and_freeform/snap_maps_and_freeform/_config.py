"""The machinery of `configuration.Configuration`, the same for every API.

`configuration.py` holds what is the API's own: its servers, security schemes
and User-Agent, and the `Configuration` class that carries them.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import ClassVar

__all__ = ["BaseConfiguration", "Server", "ServerVariable", "AuthScheme"]


@dataclass(frozen=True)
class ServerVariable:
    """A `{name}` in a server URL: its default and, when limited, the values it allows."""

    name: str
    default: str
    enum: tuple[str, ...] = ()


@dataclass(frozen=True)
class Server:
    """A server the API declares: its URL, which may hold `{variables}`."""

    url: str
    description: str = ""
    variables: tuple[ServerVariable, ...] = ()


@dataclass(frozen=True)
class AuthScheme:
    """A security scheme: `kind` is apiKey, basic, bearer, oauth2 or openIdConnect."""

    name: str
    kind: str
    #: where an API key goes (header, query, cookie) and under which name
    location: str = ""
    parameter_name: str = ""


_VARIABLE = re.compile(r"\{([^{}]*)\}")


class BaseConfiguration:
    """Settings of a client, for the servers and security schemes a subclass declares."""

    #: the servers the API declares, in order (`server_index` picks one)
    servers: ClassVar[tuple[Server, ...]] = ()
    #: the security schemes the API declares, by name
    auth_schemes: ClassVar[Mapping[str, AuthScheme]] = {}

    def __init__(
        self,
        host: str | None = None,
        *,
        api_key: Mapping[str, str] | None = None,
        api_key_prefix: Mapping[str, str] | None = None,
        access_token: str | None = None,
        username: str | None = None,
        password: str | None = None,
        server_index: int = 0,
        server_variables: Mapping[str, str] | None = None,
        timeout: float | None = 60.0,
        verify_ssl: bool = True,
        default_headers: Mapping[str, str] | None = None,
    ) -> None:
        self.api_key: dict[str, str] = dict(api_key or {})
        self.api_key_prefix: dict[str, str] = dict(api_key_prefix or {})
        self.access_token = access_token
        self.username = username
        self.password = password
        self.server_index = server_index
        self.server_variables: dict[str, str] = dict(server_variables or {})
        self.timeout = timeout
        self.verify_ssl = verify_ssl
        self.default_headers: dict[str, str] = dict(default_headers or {})
        self._host = host
        self._check_key_names()

    def _check_key_names(self) -> None:
        """Refuse `api_key` (`api_key_prefix`) entries that name no API key scheme: a typo
        would otherwise send requests without the credential, and without a word."""
        known = {
            name
            for scheme in self.auth_schemes.values()
            if scheme.kind == "apiKey"
            for name in (scheme.name, scheme.parameter_name)
        }
        unknown = sorted((set(self.api_key) | set(self.api_key_prefix)) - known)
        if unknown:
            raise ValueError(
                f"api_key names no API key scheme of this API: {unknown}; "
                f"use one of {sorted(known)}"
            )

    @property
    def host(self) -> str:
        """The base URL requests go to."""
        if self._host is not None:
            return self._host.rstrip("/")
        return self.server_url(self.server_index, self.server_variables)

    @host.setter
    def host(self, value: str) -> None:
        self._host = value

    @classmethod
    def server_url(
        cls, index: int = 0, variables: Mapping[str, str] | None = None
    ) -> str:
        """A declared server's URL with its variables filled in."""
        if not cls.servers:
            return "http://localhost"
        if not 0 <= index < len(cls.servers):
            raise ValueError(
                f"server_index must be in 0..{len(cls.servers) - 1}, not {index}"
            )
        server = cls.servers[index]
        chosen = dict(variables or {})
        values: dict[str, str] = {}
        for var in server.variables:
            value = chosen.pop(var.name, var.default)
            if var.enum and value not in var.enum:
                raise ValueError(
                    f"server variable {var.name!r} must be one of {var.enum}, not {value!r}"
                )
            values[var.name] = value
        if chosen:
            raise ValueError(f"unknown server variables: {sorted(chosen)}")
        return _VARIABLE.sub(
            lambda m: values.get(m.group(1), m.group(0)), server.url
        ).rstrip("/")

    def credential(self, scheme_name: str) -> str | None:
        """The value to send for a security scheme, or None when not configured."""
        scheme = self.auth_schemes.get(scheme_name)
        if scheme is None:
            return None
        if scheme.kind == "apiKey":
            key = self.api_key.get(scheme.name, self.api_key.get(scheme.parameter_name))
            if key is None:
                return None
            prefix = self.api_key_prefix.get(
                scheme.name, self.api_key_prefix.get(scheme.parameter_name)
            )
            return f"{prefix} {key}" if prefix else key
        if scheme.kind == "basic":
            if self.username is None or self.password is None:
                return None
            token = base64.b64encode(
                f"{self.username}:{self.password}".encode()
            ).decode("ascii")
            return f"Basic {token}"
        if scheme.kind in ("bearer", "oauth2", "openIdConnect"):
            return None if self.access_token is None else f"Bearer {self.access_token}"
        return None
