"""Paths, path items and operations (and 3.1 webhooks, which have the same shape).

- Operations come in spec order of paths, then methods in the order
  get, put, post, delete, options, head, patch, trace.
- Without an operationId, a stable one is derived from the method and the
  path's words (`get /v1/orders/{orderId}` -> `get_v1_orders_order_id`,
  `derived_id=True`), numbered `_2`, ... if it collides.
- Path-item parameters come first, in their order; an operation parameter
  with the same name and location replaces one in place; the operation's
  other parameters follow in its order.
- Parameters, request bodies, responses, headers and examples that are
  `$ref`s are followed and inlined.
"""

from __future__ import annotations

from ... import naming
from ..model import (
    Example,
    Header,
    IRType,
    MediaContent,
    Operation,
    Parameter,
    ParameterLocation,
    PrimitiveKind,
    PrimitiveType,
    RequestBody,
    Response,
    SecurityRequirement,
    to_json_value,
    MISSING,
)
from . import primitives as prim
from .context import Context, Node, join, unescape
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

#: media types whose body is raw bytes when the schema is a string (or absent)
_BINARY_PREFIXES = ("application/octet-stream", "image/", "audio/", "video/", "application/pdf",
                    "application/zip", "application/gzip")


def _is_binary_media(media: str) -> bool:
    return media.lower().startswith(_BINARY_PREFIXES)


#: components sections whose entries name the inline schemas inside them
_COMPONENT_HINTS = {
    "/components/parameters/": ("Parameter", ""),
    "/components/requestBodies/": ("", "RequestBody"),
    "/components/responses/": ("", "Response"),
    "/components/headers/": ("Header", ""),
}


def component_hint(pointer: str, hint: str) -> str:
    """Inline schemas of a shared component are named after it, not after the first user.

    `#/components/responses/NotFound` -> `NotFoundResponse`,
    `#/components/parameters/limit` -> `ParameterLimit`.
    """
    for prefix, (before, after) in _COMPONENT_HINTS.items():
        if pointer.startswith(prefix) and "/" not in pointer[len(prefix):]:
            key = unescape(pointer[len(prefix):])
            name = part(key) or "Component"
            if before and name.startswith(before):
                before = ""
            if after and name.endswith(after):
                after = ""
            return before + name + after
    return hint


def _status_part(status: str) -> str:
    return status.upper() if status[:1].isdigit() and status.isalnum() else pascal_words(status)


class OperationBuilder:
    def __init__(self, ctx: Context, schemas: SchemaBuilder, scheme_names: set[str],
                 document_security: tuple[SecurityRequirement, ...]) -> None:
        self.ctx = ctx
        self.schemas = schemas
        self.scheme_names = scheme_names
        self.document_security = document_security
        self._ids: set[str] = set()

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
            body = self._request_body(node, join(pointer, "requestBody"), hint)
        return Operation(
            operation_id=op_id,
            method=method,
            path=path,
            summary=prim.text(node, "summary") or prim.text(item, "summary"),
            description=prim.text(node, "description") or prim.text(item, "description"),
            tags=tags or ("default",),
            parameters=params,
            request_body=body,
            responses=self._responses(node.get("responses"), join(pointer, "responses"), hint),
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
        schema, schema_ptr = node.get("schema"), join(ptr, "schema")
        content = node.get("content")
        if schema is None and isinstance(content, dict) and content:
            media = next(iter(content))
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
        )

    def _first_example(self, raw: Node, pointer: str):  # type: ignore[no-untyped-def]
        examples = self._examples({"examples": raw}, pointer.rsplit("/", 1)[0]) if isinstance(raw, dict) else ()
        return examples[0].value if examples else MISSING

    # ------------------------------------------------------------------ bodies

    def _contents(self, raw: Node, pointer: str, hint: str) -> tuple[MediaContent, ...]:
        if raw is None:
            return ()
        if not isinstance(raw, dict):
            self.ctx.warn(pointer, "content is not an object; ignored", code="ir-content")
            return ()
        out: list[MediaContent] = []
        for media, mnode in raw.items():
            mpointer = join(pointer, media)
            if not isinstance(mnode, dict):
                mnode = {}
            schema = mnode.get("schema")
            if schema is None:
                if _is_binary_media(media):
                    mtype: IRType | None = PrimitiveType(PrimitiveKind.BINARY)
                elif media.lower().startswith("text/"):
                    mtype = PrimitiveType(PrimitiveKind.STRING)
                else:
                    mtype = None
            else:
                mtype = self.schemas.type_of(schema, join(mpointer, "schema"), hint)
                if _is_binary_media(media) and isinstance(mtype, PrimitiveType) \
                        and mtype.kind is PrimitiveKind.STRING:
                    mtype = PrimitiveType(PrimitiveKind.BINARY, mtype.format, mtype.constraints)
            out.append(MediaContent(str(media), mtype, self._examples(mnode, mpointer)))
        return tuple(out)

    def _examples(self, node: dict[str, Node], pointer: str) -> tuple[Example, ...]:
        out: list[Example] = []
        if "example" in node:
            out.append(Example("", to_json_value(node["example"])))
        raw = node.get("examples")
        if isinstance(raw, dict):
            for name, entry in raw.items():
                epointer = join(pointer, "examples", name)
                entry, _ = self.ctx.follow(entry, epointer)
                if not isinstance(entry, dict) or "value" not in entry:
                    if isinstance(entry, dict) and "externalValue" in entry:
                        self.ctx.info(epointer, "example with externalValue only; not included", code="ir-example")
                    else:
                        self.ctx.warn(epointer, "example without a value; ignored", code="ir-example")
                    continue
                out.append(Example(str(name), to_json_value(entry["value"]), prim.text(entry, "summary")))
        elif raw is not None:
            self.ctx.warn(join(pointer, "examples"), "examples is not an object; ignored", code="ir-example")
        return tuple(out)

    def _request_body(self, op: dict[str, Node], pointer: str, hint: str) -> RequestBody | None:
        node, ptr = self.ctx.follow(op["requestBody"], pointer)
        if not isinstance(node, dict):
            self.ctx.warn(pointer, "requestBody is not an object; ignored", code="ir-body")
            return None
        contents = self._contents(node.get("content"), join(ptr, "content"),
                                  component_hint(ptr, hint + "RequestBody"))
        if not contents:
            self.ctx.warn(ptr, "requestBody without content; ignored", code="ir-body")
            return None
        given = op.get("x-codegen-request-body-name", node.get("x-codegen-request-body-name"))
        name = given if isinstance(given, str) and given else self._body_name(contents)
        return RequestBody(contents, node.get("required") is True, prim.text(node, "description"), name)

    def _body_name(self, contents: tuple[MediaContent, ...]) -> str:
        from ..model import AliasSchema, ArrayType, NullableType, RefType

        for content in contents:
            t = content.type
            if isinstance(t, NullableType):
                t = t.inner
            if isinstance(t, RefType):
                target = self.ctx.schemas.get(t.name)
                if isinstance(target, AliasSchema) and isinstance(target.target, ArrayType):
                    t = target.target
                else:
                    return t.name
            if isinstance(t, ArrayType):
                items = t.items.inner if isinstance(t.items, NullableType) else t.items
                if isinstance(items, RefType):
                    return items.name
            return "body"
        return "body"

    # ------------------------------------------------------------------ responses

    def _responses(self, raw: Node, pointer: str, hint: str) -> tuple[Response, ...]:
        if not isinstance(raw, dict):
            if raw is not None:
                self.ctx.warn(pointer, "responses is not an object; ignored", code="ir-response")
            else:
                self.ctx.warn(pointer, "operation without responses", code="ir-response")
            return ()
        out: list[Response] = []
        for status, entry in raw.items():
            status = str(status)
            if status.startswith("x-"):
                continue
            rpointer = join(pointer, status)
            node, ptr = self.ctx.follow(entry, rpointer)
            if not isinstance(node, dict):
                self.ctx.warn(rpointer, "response is not an object; ignored", code="ir-response")
                continue
            out.append(Response(
                status=status,
                description=prim.text(node, "description"),
                contents=self._contents(node.get("content"), join(ptr, "content"),
                                        component_hint(ptr, f"{hint}Response{_status_part(status)}")),
                headers=self._headers(node.get("headers"), join(ptr, "headers"), hint),
            ))
        return tuple(out)

    def _headers(self, raw: Node, pointer: str, hint: str) -> tuple[Header, ...]:
        if not isinstance(raw, dict):
            return ()
        out: list[Header] = []
        for name, entry in raw.items():
            hpointer = join(pointer, name)
            node, ptr = self.ctx.follow(entry, hpointer)
            if not isinstance(node, dict):
                self.ctx.warn(hpointer, "header is not an object; ignored", code="ir-header")
                continue
            schema, schema_ptr = node.get("schema"), join(ptr, "schema")
            content = node.get("content")
            if schema is None and isinstance(content, dict) and content:
                media = next(iter(content))
                if isinstance(content[media], dict):
                    schema, schema_ptr = content[media].get("schema"), join(ptr, "content", media, "schema")
            if schema is None:
                htype: IRType = PrimitiveType(PrimitiveKind.STRING)
            else:
                htype = self.schemas.type_of(schema, schema_ptr,
                                             component_hint(ptr, "Header" + pascal_words(str(name)) + hint))
            out.append(Header(str(name), htype, node.get("required") is True, prim.text(node, "description")))
        return tuple(out)
