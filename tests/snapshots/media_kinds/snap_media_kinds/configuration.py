"""Client settings: the server to call and the credentials to send."""

from __future__ import annotations

import base64
import re
from collections.abc import Mapping
from dataclasses import dataclass

__all__ = [
    "Configuration",
    "Server",
    "ServerVariable",
    "AuthScheme",
    "SERVERS",
    "AUTH_SCHEMES",
    "USER_AGENT",
]


@dataclass(frozen=True)
class ServerVariable:
    name: str
    default: str
    enum: tuple[str, ...] = ()


@dataclass(frozen=True)
class Server:
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


#: the servers the API declares, in order (`server_index` picks one)
SERVERS: tuple[Server, ...] = (
    Server(
        "https://media.example.com/v1",
        "",
        (),
    ),
)

#: the security schemes the API declares, by name
AUTH_SCHEMES: Mapping[str, AuthScheme] = {}

#: sent as the User-Agent header of every request
USER_AGENT = "snap_media_kinds-python/1.0.0"

_VARIABLE = re.compile(r"\{([^{}]*)\}")


class Configuration:
    """Where to send requests and which credentials to use.

    `api_key` and `api_key_prefix` are keyed by security scheme name (the
    header/query/cookie name is accepted too); `access_token` is sent as
    `Authorization: Bearer ...` for bearer, OAuth2 and OpenID Connect
    schemes; `username`/`password` for HTTP basic.  `host` defaults to the
    first server, its variables at their defaults unless `server_variables`
    says otherwise.
    """

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

    @property
    def host(self) -> str:
        """The base URL requests go to."""
        if self._host is not None:
            return self._host.rstrip("/")
        return self.server_url(self.server_index, self.server_variables)

    @host.setter
    def host(self, value: str) -> None:
        self._host = value

    @staticmethod
    def server_url(index: int = 0, variables: Mapping[str, str] | None = None) -> str:
        """A declared server's URL with its variables filled in."""
        if not SERVERS:
            return "http://localhost"
        if not 0 <= index < len(SERVERS):
            raise ValueError(
                f"server_index must be in 0..{len(SERVERS) - 1}, not {index}"
            )
        server = SERVERS[index]
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
        scheme = AUTH_SCHEMES.get(scheme_name)
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
