"""Paths, path items and operations (and 3.1 webhooks, which have the same shape).

- Operations come in spec order of paths, then methods in the order
  get, put, post, delete, options, head, patch, trace.
- Without an operationId, a stable one is derived from the method and the
  path's words (`get /v1/orders/{orderId}` -> `get_v1_orders_order_id`,
  `derived_id=True`), numbered `_2`, ... if it collides.
- Path-item parameters come first, in their order; an operation parameter
  with the same name and location replaces one in place; the operation's
  other parameters follow in its order.
- A parameter given by `content` (not `schema`) keeps that media type in
  `Parameter.media_type`: its value is serialised as, e.g., JSON text.
- Parameters, request bodies, responses, headers and examples that are
  `$ref`s are followed and inlined.
"""

from __future__ import annotations

import re

from ... import naming
from ..model import (
    MISSING,
    IRType,
    Operation,
    Parameter,
    ParameterLocation,
    PrimitiveKind,
    PrimitiveType,
    SecurityRequirement,
    to_json_value,
)
from . import primitives as prim
from .bodies import Bodies, component_hint
from .context import Context, Node, join
from .hoist import pascal_words, part
from .schemas import SchemaBuilder
from .security import requirements

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

_DEFAULT_STYLE = {
    ParameterLocation.PATH: "simple",
    ParameterLocation.HEADER: "simple",
    ParameterLocation.QUERY: "form",
    ParameterLocation.COOKIE: "form",
}


#: an HTTP token (RFC 9110): what a header or cookie name may be made of
_TOKEN = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")
#: header parameters OpenAPI says to ignore (lower-case)
_IGNORED_HEADERS = frozenset({"accept", "content-type", "authorization"})


class OperationBuilder:
    def __init__(self, ctx: Context, schemas: SchemaBuilder, scheme_names: set[str],
                 document_security: tuple[SecurityRequirement, ...]) -> None:
        self.ctx = ctx
        self.schemas = schemas
        self.scheme_names = scheme_names
        self.document_security = document_security
        self._ids: set[str] = set()
        self.bodies = Bodies(ctx, schemas)

    # ------------------------------------------------------------------ collections

    def reserve_ids(self, items: list[tuple[str, Node]]) -> None:
        """Claim every explicit operationId first, so derived ids avoid them."""
        for _, item in items:
            if isinstance(item, dict):
                for method in METHODS:
                    op = item.get(method)
                    if isinstance(op, dict) and isinstance(op.get("operationId"), str):
                        self._ids.add(op["operationId"])

    def path_items(self, items: list[tuple[str, str, Node]], webhooks: bool = False) -> tuple[list[Operation], int]:
        """(path or webhook name, pointer, path item) -> operations and the declared count."""
        out: list[Operation] = []
        declared = 0
        for path, pointer, raw in items:
            item, item_pointer = self.ctx.follow(raw, pointer)
            if not isinstance(item, dict):
                self.ctx.warn(pointer, "path item is not an object; ignored", code="ir-path")
                continue
            methods = [m for m in METHODS if m in item]
            declared += len(methods)
            shared = self._parameter_list(item.get("parameters"), join(item_pointer, "parameters"), "")
            for method in methods:
                op_pointer = join(item_pointer, method)
                node = item[method]
                if not isinstance(node, dict):
                    self.ctx.warn(op_pointer, "operation is not an object; ignored", code="ir-operation")
                    continue
                out.append(self.operation(path, method, node, op_pointer, item, shared,
                                          webhook_name=path if webhooks else None, methods=len(methods)))
        return out, declared

    # ------------------------------------------------------------------ one operation

    def _operation_id(self, path: str, method: str, node: dict[str, Node], webhook_name: str | None,
                      methods: int) -> tuple[str, bool]:
        given = node.get("operationId")
        if isinstance(given, str) and given:
            return given, False
        if webhook_name is not None:
            base = webhook_name if methods == 1 else f"{webhook_name}_{method}"
        else:
            base = "_".join([method, *naming.words(path)])
        candidate, n = base, 2
        while candidate in self._ids:
            candidate = f"{base}_{n}"
            n += 1
        self._ids.add(candidate)
        return candidate, True

    def operation(self, path: str, method: str, node: dict[str, Node], pointer: str, item: dict[str, Node],
                  shared: list[Parameter], *, webhook_name: str | None = None, methods: int = 1) -> Operation:
        op_id, derived = self._operation_id(path, method, node, webhook_name, methods)
        hint = part(op_id) or "Operation"
        own = self._parameter_list(node.get("parameters"), join(pointer, "parameters"), hint)
        params = self._merge_parameters(shared, own, hint)
        tags_raw = node.get("tags")
        tags = tuple(str(t) for t in tags_raw if isinstance(t, str)) if isinstance(tags_raw, list) else ()
        if "security" in node:
            security = requirements(self.ctx, node["security"], join(pointer, "security"), self.scheme_names)
        else:
            security = self.document_security
        if "callbacks" in node:
            self.ctx.warn(join(pointer, "callbacks"), "callbacks are not supported; they are not generated",
                          code="ir-callbacks")
        body = None
        if "requestBody" in node:
            body = self.bodies.request_body(node, join(pointer, "requestBody"), hint)
        return Operation(
            operation_id=op_id,
            method=method,
            path=path,
            summary=prim.text(node, "summary") or prim.text(item, "summary"),
            description=prim.text(node, "description") or prim.text(item, "description"),
            tags=tags or ("default",),
            parameters=params,
            request_body=body,
            responses=self.bodies.responses(node.get("responses"), join(pointer, "responses"), hint),
            security=security,
            deprecated=node.get("deprecated") is True,
            pointer=pointer,
            derived_id=derived,
        )

    # ------------------------------------------------------------------ parameters

    def _parameter_list(self, raw: Node, pointer: str, hint: str) -> list[Parameter]:
        if raw is None:
            return []
        if not isinstance(raw, list):
            self.ctx.warn(pointer, "parameters is not a list; ignored", code="ir-parameter")
            return []
        out: list[Parameter] = []
        for index, entry in enumerate(raw):
            param = self._parameter(entry, join(pointer, index), hint)
            if param is None:
                continue
            for i, existing in enumerate(out):
                if (existing.name, existing.location) == (param.name, param.location):
                    self.ctx.warn(param.pointer, f"parameter '{param.name}' in {param.location.value} "
                                  "is declared twice; the later one is used", code="ir-parameter")
                    out[i] = param
                    break
            else:
                out.append(param)
        return out

    def _merge_parameters(self, shared: list[Parameter], own: list[Parameter], hint: str) -> tuple[Parameter, ...]:
        merged = list(shared)
        index = {(p.name, p.location): i for i, p in enumerate(merged)}
        for param in own:
            key = (param.name, param.location)
            if key in index:
                merged[index[key]] = param
            else:
                index[key] = len(merged)
                merged.append(param)
        return tuple(merged)

    def _parameter(self, raw: Node, pointer: str, hint: str) -> Parameter | None:
        node, ptr = self.ctx.follow(raw, pointer)
        if not isinstance(node, dict):
            self.ctx.warn(pointer, "parameter is not an object; ignored", code="ir-parameter")
            return None
        name, where = node.get("name"), node.get("in")
        if not isinstance(name, str) or where not in {loc.value for loc in ParameterLocation}:
            self.ctx.warn(ptr, "parameter needs a 'name' and 'in' (path, query, header or cookie); ignored",
                          code="ir-parameter")
            return None
        location = ParameterLocation(where)
        if location is ParameterLocation.HEADER and name.lower() in _IGNORED_HEADERS:
            # OpenAPI: such a parameter definition SHALL be ignored (the body, the responses and
            # the security schemes decide these headers)
            self.ctx.info(join(ptr, "name"), f"header parameter {name!r} is ignored, as OpenAPI says: "
                          "the request body, the responses and the security schemes set this header",
                          "a call can still send it with its `_headers` argument", code="ir-parameter")
            return None
        if location in (ParameterLocation.HEADER, ParameterLocation.COOKIE) and not _TOKEN.fullmatch(name):
            self.ctx.warn(join(ptr, "name"), f"{where} parameter name {name!r} is not a valid HTTP {where} name "
                          "(letters, digits and !#$%&'*+-.^_`|~ only); HTTP clients refuse to send it",
                          "rename the parameter", code="ir-parameter")
        schema, schema_ptr = node.get("schema"), join(ptr, "schema")
        content = node.get("content")
        media_type: str | None = None
        if schema is None and isinstance(content, dict) and content:
            media = next(iter(content))
            media_type = str(media)
            media_node = content[media]
            if isinstance(media_node, dict):
                schema, schema_ptr = media_node.get("schema"), join(ptr, "content", media, "schema")
        type_hint = component_hint(ptr, "Parameter" + pascal_words(name) + hint)
        if schema is None:
            self.ctx.warn(ptr, f"parameter '{name}' has no schema; typed as string",
                          "add a schema", code="ir-parameter")
            ptype: IRType = PrimitiveType(PrimitiveKind.STRING)
        else:
            ptype = self.schemas.type_of(schema, schema_ptr, type_hint)
        required = node.get("required") is True
        if location is ParameterLocation.PATH and not required:
            required = True
        style = node.get("style")
        if not isinstance(style, str):
            style = _DEFAULT_STYLE[location]
        explode = node.get("explode")
        if not isinstance(explode, bool):
            explode = style == "form"
        schema_dict = schema if isinstance(schema, dict) else {}
        example = prim.example_of(node)
        if example is MISSING:
            example = self._first_example(node.get("examples"), join(ptr, "examples"))
        if example is MISSING:
            example = prim.example_of(schema_dict)
        return Parameter(
            name=name,
            location=location,
            type=ptype,
            required=required,
            description=prim.text(node, "description"),
            default=to_json_value(schema_dict["default"]) if "default" in schema_dict else MISSING,
            example=example,
            style=style,
            explode=explode,
            allow_reserved=node.get("allowReserved") is True,
            deprecated=node.get("deprecated") is True,
            pointer=ptr,
            media_type=media_type,
        )

    def _first_example(self, raw: Node, pointer: str):  # type: ignore[no-untyped-def]
        examples = self.bodies.examples({"examples": raw}, pointer.rsplit("/", 1)[0]) if isinstance(raw, dict) else ()
        return examples[0].value if examples else MISSING
