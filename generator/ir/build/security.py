"""Security schemes (all four kinds) and security requirements."""

from __future__ import annotations

from typing import Callable

from ..model import (
    ApiKeyLocation,
    ApiKeyScheme,
    HttpScheme,
    OAuth2Scheme,
    OAuthFlow,
    OpenIdConnectScheme,
    SecurityRequirement,
    SecurityScheme,
)
from .context import Context, Node, join
from .primitives import text

#: OAuth2 flow keys, in the order the spec lists them
_FLOW_KINDS = ("implicit", "password", "clientCredentials", "authorizationCode")


def _api_key(ctx: Context, name: str, node: dict[str, Node], pointer: str) -> SecurityScheme | None:
    location = node.get("in")
    wire = node.get("name")
    if location not in {loc.value for loc in ApiKeyLocation} or not isinstance(wire, str) or not wire:
        ctx.warn(pointer, "apiKey scheme needs 'name' and 'in' (header, query or cookie); scheme ignored",
                 code="ir-security")
        return None
    return ApiKeyScheme(name, wire, ApiKeyLocation(location), text(node, "description"))


def _http(ctx: Context, name: str, node: dict[str, Node], pointer: str) -> SecurityScheme | None:
    scheme = node.get("scheme")
    if not isinstance(scheme, str) or not scheme:
        ctx.warn(pointer, "http scheme without 'scheme' (basic, bearer, ...); scheme ignored", code="ir-security")
        return None
    return HttpScheme(name, scheme.lower(), text(node, "bearerFormat"), text(node, "description"))


def _oauth2(ctx: Context, name: str, node: dict[str, Node], pointer: str) -> SecurityScheme | None:
    flows_node = node.get("flows")
    flows: list[OAuthFlow] = []
    if isinstance(flows_node, dict):
        for kind, flow in flows_node.items():
            if kind not in _FLOW_KINDS or not isinstance(flow, dict):
                ctx.warn(join(pointer, "flows", kind), f"unknown OAuth2 flow '{kind}'; ignored", code="ir-security")
                continue
            scopes = flow.get("scopes")
            flows.append(OAuthFlow(
                kind=kind,
                authorization_url=text(flow, "authorizationUrl"),
                token_url=text(flow, "tokenUrl"),
                refresh_url=text(flow, "refreshUrl"),
                scopes=tuple((str(k), v if isinstance(v, str) else "") for k, v in scopes.items())
                if isinstance(scopes, dict) else (),
            ))
    else:
        ctx.warn(pointer, "oauth2 scheme without 'flows'", code="ir-security")
    return OAuth2Scheme(name, tuple(flows), text(node, "description"))


def _openid(ctx: Context, name: str, node: dict[str, Node], pointer: str) -> SecurityScheme | None:
    url = node.get("openIdConnectUrl")
    if not isinstance(url, str):
        ctx.warn(pointer, "openIdConnect scheme without 'openIdConnectUrl'; scheme ignored", code="ir-security")
        return None
    return OpenIdConnectScheme(name, url, text(node, "description"))


_SCHEME_KINDS: dict[str, Callable[[Context, str, dict[str, Node], str], SecurityScheme | None]] = {
    "apiKey": _api_key,
    "http": _http,
    "oauth2": _oauth2,
    "openIdConnect": _openid,
}


def security_schemes(ctx: Context, components: dict[str, Node]) -> tuple[SecurityScheme, ...]:
    raw = components.get("securitySchemes")
    if not isinstance(raw, dict):
        return ()
    out: list[SecurityScheme] = []
    for name, node in raw.items():
        pointer = join("/components/securitySchemes", name)
        node, _ = ctx.follow(node, pointer)
        if not isinstance(node, dict):
            ctx.warn(pointer, "security scheme is not an object; ignored", code="ir-security")
            continue
        kind = node.get("type")
        build = _SCHEME_KINDS.get(kind) if isinstance(kind, str) else None
        if build is None:
            ctx.warn(join(pointer, "type"), f"security scheme type {kind!r} is not supported; scheme ignored",
                     "use apiKey, http, oauth2 or openIdConnect", code="ir-security")
            continue
        scheme = build(ctx, str(name), node, pointer)
        if scheme is not None:
            out.append(scheme)
    return tuple(out)


def requirements(ctx: Context, raw: Node, pointer: str, known: set[str]) -> tuple[SecurityRequirement, ...]:
    """A `security` list; `[]` means none, `{}` among them means "or anonymous"."""
    if not isinstance(raw, list):
        ctx.warn(pointer, "security is not a list; ignored", code="ir-security")
        return ()
    out: list[SecurityRequirement] = []
    for index, item in enumerate(raw):
        ipointer = join(pointer, index)
        if not isinstance(item, dict):
            ctx.warn(ipointer, "security requirement is not an object; ignored", code="ir-security")
            continue
        schemes: list[tuple[str, tuple[str, ...]]] = []
        for name, scopes in item.items():
            if name not in known:
                ctx.warn(join(ipointer, name), f"security scheme '{name}' is not declared in "
                         "components/securitySchemes; ignored", code="ir-security")
                continue
            scope_list = tuple(str(s) for s in scopes) if isinstance(scopes, list) else ()
            schemes.append((str(name), scope_list))
        if schemes or not item:
            out.append(SecurityRequirement(tuple(schemes)))
    return tuple(out)
