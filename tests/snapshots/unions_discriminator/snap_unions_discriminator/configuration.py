"""Client settings: the server to call and the credentials to send."""

from __future__ import annotations

from collections.abc import Mapping

from ._config import AuthScheme, BaseConfiguration, Server, ServerVariable

__all__ = [
    "Configuration",
    "Server",
    "ServerVariable",
    "AuthScheme",
    "SERVERS",
    "AUTH_SCHEMES",
    "USER_AGENT",
]

#: the servers the API declares, in order (`server_index` picks one)
SERVERS: tuple[Server, ...] = ()

#: the security schemes the API declares, by name
AUTH_SCHEMES: Mapping[str, AuthScheme] = {}

#: sent as the User-Agent header of every request
USER_AGENT = "snap_unions_discriminator-python/1.0.0"


class Configuration(BaseConfiguration):
    """Where to send requests and which credentials to use.

    `api_key` and `api_key_prefix` are keyed by security scheme name (the
    header/query/cookie name is accepted too); `access_token` is sent as
    `Authorization: Bearer ...` for bearer, OAuth2 and OpenID Connect
    schemes; `username`/`password` for HTTP basic.  `host` defaults to the
    first server, its variables at their defaults unless `server_variables`
    says otherwise.
    """

    servers = SERVERS
    auth_schemes = AUTH_SCHEMES
