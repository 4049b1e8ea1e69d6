"""Build the IR from a loaded spec: `api, diagnostics = build_ir(loaded)`.

Only `loaded.document` is read: a plain dict of the bundled spec (3.0 or
3.1) in which only local `#/...` refs remain.  The builder never raises on
spec content: what it cannot use is reported as a WARNING naming the JSON
pointer, and the rest is still built; only structural impossibilities
(unresolvable refs, `$ref` loops, allOf cycles) are ERRORs.

Order of work (which makes hoisted names deterministic): every component
schema name is reserved first; components are built sorted by name; then
paths and webhooks in spec order.  `Api.schemas` is sorted by name.
"""

from __future__ import annotations

import re

from typing import Any

from ...diagnostics import Diagnostic
from ..model import Api, Schema, SecurityRequirement, Server, ServerVariable, Tag
from .context import Context, Node, join
from .hoist import Names
from .operations import OperationBuilder
from .primitives import text
from .schemas import SchemaBuilder
from .security import requirements, security_schemes

__all__ = ["build_ir"]


def build_ir(loaded: Any) -> tuple[Api, list[Diagnostic]]:
    document = loaded.document
    if not isinstance(document, dict):
        document = {}
    version = document.get("openapi")
    ctx = Context(document, str(version) if version is not None else "3.0.0")
    if not isinstance(version, str):
        ctx.error("/openapi", "missing or invalid 'openapi' version; assuming 3.0", code="ir-version")

    components = document.get("components")
    components = components if isinstance(components, dict) else {}
    raw_schemas = components.get("schemas")
    if raw_schemas is not None and not isinstance(raw_schemas, dict):
        ctx.warn("/components/schemas", "components/schemas is not an object; ignored", code="ir-schema")
        raw_schemas = None
    schema_nodes: dict[str, Node] = {str(k): v for k, v in (raw_schemas or {}).items()}

    names = Names((name, node) for name, node in schema_nodes.items())
    builder = SchemaBuilder(ctx, names, schema_nodes)
    for name in sorted(schema_nodes):
        ctx.schemas[name] = builder.component(name, schema_nodes[name], join("/components/schemas", name))

    schemes = security_schemes(ctx, components)
    scheme_names = {s.name for s in schemes}
    doc_security: tuple[SecurityRequirement, ...] = ()
    if "security" in document:
        doc_security = requirements(ctx, document["security"], "/security", scheme_names)
    ops = OperationBuilder(ctx, builder, scheme_names, doc_security)

    paths = _entries(ctx, document, "paths", lambda key: key.startswith("/"))
    webhook_items = _entries(ctx, document, "webhooks", lambda key: not key.startswith("x-"))
    ops.reserve_ids([(p, item) for p, _, item in paths + webhook_items])
    operations, declared = ops.path_items(paths)
    webhooks, _ = ops.path_items(webhook_items, webhooks=True)

    schemas: list[Schema] = [ctx.schemas[name] for name in sorted(ctx.schemas)]
    api = Api(
        title=_info_text(document, "title") or "",
        version=_info_text(document, "version") or "",
        description=_info_text(document, "description"),
        openapi_version=ctx.openapi_version,
        servers=_servers(ctx, document.get("servers")),
        security_schemes=schemes,
        operations=tuple(operations),
        schemas=tuple(schemas),
        tags=_tags(ctx, document.get("tags"), operations),
        webhooks=tuple(webhooks),
        declared_operations=declared,
        declared_schemas=len(schema_nodes),
    )
    return api, ctx.diagnostics


def _entries(ctx: Context, document: dict[str, Node], key: str, keep) -> list[tuple[str, str, Node]]:  # type: ignore[no-untyped-def]
    raw = document.get(key)
    if raw is None:
        return []
    if not isinstance(raw, dict):
        ctx.warn("/" + key, f"{key} is not an object; ignored", code="ir-path")
        return []
    return [(str(k), join("/" + key, k), v) for k, v in raw.items() if keep(str(k))]


def _info_text(document: dict[str, Node], key: str) -> str | None:
    info = document.get("info")
    if not isinstance(info, dict):
        return None
    value = info.get(key)
    if value is None or isinstance(value, (dict, list)):
        return None
    return str(value)


def _servers(ctx: Context, raw: Node) -> tuple[Server, ...]:
    """The document's servers; none declared gives () (targets choose a fallback)."""
    if raw is None:
        return ()
    if not isinstance(raw, list):
        ctx.warn("/servers", "servers is not a list; ignored", code="ir-server")
        return ()
    out: list[Server] = []
    for index, node in enumerate(raw):
        pointer = join("/servers", index)
        if not isinstance(node, dict) or not isinstance(node.get("url"), str):
            ctx.warn(pointer, "server without a url; ignored", code="ir-server")
            continue
        variables: list[ServerVariable] = []
        raw_vars = node.get("variables")
        if isinstance(raw_vars, dict):
            for name, var in raw_vars.items():
                if not isinstance(var, dict) or "default" not in var:
                    ctx.warn(join(pointer, "variables", name), "server variable without a default; ignored",
                             code="ir-server")
                    continue
                enum = var.get("enum")
                variables.append(ServerVariable(
                    str(name), str(var["default"]),
                    tuple(str(v) for v in enum) if isinstance(enum, list) else (),
                    text(var, "description"),
                ))
        server = Server(node["url"], text(node, "description"), tuple(variables))
        if not _ABSOLUTE_URL.match(server.default_url):
            ctx.warn(join(pointer, "url"), f"server URL {node['url']!r} is relative: it is resolved against where "
                     "the spec is served from, which a generated client cannot know, so calls fail until the "
                     "client is given a host", "give an absolute URL (https://api.example.com/v1), or pass "
                     "the host to the client's Configuration", code="ir-server")
        out.append(server)
    return tuple(out)


#: a URL with a scheme (`https://`, `http://`, `ws://`, ...)
_ABSOLUTE_URL = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://")


def _tags(ctx: Context, raw: Node, operations: list) -> tuple[Tag, ...]:  # type: ignore[type-arg]
    out: list[Tag] = []
    seen: set[str] = set()
    if isinstance(raw, list):
        for index, node in enumerate(raw):
            if not isinstance(node, dict) or not isinstance(node.get("name"), str):
                ctx.warn(join("/tags", index), "tag without a name; ignored", code="ir-tag")
                continue
            if node["name"] in seen:
                continue
            seen.add(node["name"])
            out.append(Tag(node["name"], text(node, "description")))
    for op in operations:
        for tag in op.tags:
            if tag not in seen:
                seen.add(tag)
                out.append(Tag(tag))
    return tuple(out)
