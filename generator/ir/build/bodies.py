"""Request bodies, responses, headers, media contents and examples of an operation.

- Media types are kept in spec order.  A body or response with a binary
  media type (`ir.media`: `application/octet-stream`, `image/*`, ...) and no
  schema or a string schema is `BINARY`; text and XML without a schema are
  strings; any other media type without a schema has no type (None).
- `RequestBody.name` is `x-codegen-request-body-name` when given, else the
  body schema's name (the item schema's for an array of refs, through an
  array alias too: `OrdersImportCreateRequestBody` ->
  `OrdersImportCreateRequestBodyItem`), else "body".
- `example` is `Example(name="")`; each `examples` entry is an `Example`,
  following `$ref`s into components/examples.
- Inline schemas are named `<OperationId>RequestBody` and
  `<OperationId>Response<Status>`, or after the shared component they sit in;
  when a body or response has several media types, the JSON one (else the
  first) has that name and the others add their kind (`GetItemsResponse200Xml`).
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from ..model import (
    AliasSchema,
    ArrayType,
    Example,
    FieldEncoding,
    Header,
    IRType,
    MediaContent,
    NullableType,
    PrimitiveKind,
    PrimitiveType,
    RefType,
    RequestBody,
    Response,
    to_json_value,
)
from ..media import MediaKind, media_kind
from . import primitives as prim
from .context import Context, Node, join, unescape
from .hoist import pascal_words, part
from .schemas import SchemaBuilder

#: beside the media type named plainly, an inline schema of these kinds adds this word to its name
#: (`GetItemsResponse200Xml` beside the JSON `GetItemsResponse200`)
_KIND_WORDS = {
    MediaKind.XML: "Xml",
    MediaKind.FORM: "Form",
    MediaKind.MULTIPART: "Multipart",
    MediaKind.TEXT: "Text",
    MediaKind.BINARY: "Binary",
}


#: the styles a form field may be written in (as a query parameter's)
_FORM_STYLES = ("form", "spaceDelimited", "pipeDelimited", "deepObject")


def _media_hints(raw: dict[str, Node], hint: str) -> dict[str, str]:
    """The name hint for each media type's inline schema.

    The JSON media type (else the first) gets `hint` itself; another gets its
    kind's word added (`...Xml`), unless its schema equals one named already:
    then it shares that name, and so the model (`hoist.Names.same_as`).
    """
    kinds = {media: media_kind(str(media)) for media in raw}
    plain = next((m for m, k in kinds.items() if k is MediaKind.JSON), next(iter(raw), None))
    named: list[tuple[Node, str]] = []
    hints: dict[str, str] = {}
    for media in sorted(raw, key=lambda m: m != plain):  # the plainly named one first
        node = raw[media]
        schema = node.get("schema") if isinstance(node, dict) else None
        own = hint if media == plain else hint + _KIND_WORDS.get(kinds[media], "")
        hints[media] = next((name for earlier, name in named if schema is not None and earlier == schema), own)
        named.append((schema, hints[media]))
    return hints


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


class Bodies:
    def __init__(self, ctx: Context, schemas: SchemaBuilder) -> None:
        self.ctx = ctx
        self.schemas = schemas

    def contents(self, raw: Node, pointer: str, hint: str, *, request: bool = False) -> tuple[MediaContent, ...]:
        """The media contents of a body (`request`: one the client sends) or a response, in spec order."""
        if raw is None:
            return ()
        if not isinstance(raw, dict):
            self.ctx.warn(pointer, "content is not an object; ignored", code="ir-content")
            return ()
        out: list[MediaContent] = []
        hints = _media_hints(raw, hint)
        for media, mnode in raw.items():
            mpointer = join(pointer, media)
            kind = media_kind(str(media))
            if not isinstance(mnode, dict):
                mnode = {}
            schema = mnode.get("schema")
            if schema is None:
                if kind is MediaKind.BINARY:  # raw bytes when the schema is absent or a string
                    mtype: IRType | None = PrimitiveType(PrimitiveKind.BINARY)
                elif kind in (MediaKind.TEXT, MediaKind.XML):
                    mtype = PrimitiveType(PrimitiveKind.STRING)
                else:
                    mtype = None
            else:
                mtype = self.schemas.type_of(schema, join(mpointer, "schema"), hints[media])
                if request and kind in (MediaKind.FORM, MediaKind.MULTIPART):
                    self._check_fields(media, schema, join(mpointer, "schema"))
                if kind is MediaKind.BINARY and isinstance(mtype, PrimitiveType) \
                        and mtype.kind is PrimitiveKind.STRING:
                    mtype = PrimitiveType(PrimitiveKind.BINARY, mtype.format, mtype.constraints)
            encodings: tuple[FieldEncoding, ...] = ()
            if request and kind is MediaKind.FORM:
                encodings = self._encodings(mnode.get("encoding"), join(mpointer, "encoding"))
            elif request and kind is MediaKind.MULTIPART:
                encodings = self._part_encodings(mnode.get("encoding"), join(mpointer, "encoding"))
            out.append(MediaContent(str(media), mtype, self.examples(mnode, mpointer), encodings))
        return tuple(out)

    def _check_fields(self, media: str, schema: Node, pointer: str) -> None:
        """Form and multipart content is an object's fields: warn about a schema that is not an object."""
        node, _ = self.ctx.follow(schema, pointer)
        kind = node.get("type") if isinstance(node, dict) else None
        if isinstance(kind, str) and kind not in ("object", "null"):
            self.ctx.warn(pointer, f"{media} content is sent as the fields of an object, but this schema is "
                          f"of type {kind}; the client will refuse such a body",
                          "give the content an object schema whose properties are the fields (and parts)",
                          code="ir-content")

    @staticmethod
    def _entries(encoding: Node, pointer: str) -> Iterator[tuple[str, dict[str, Node], str]]:
        """(field name, Encoding Object, its pointer) of each entry of a media type's `encoding`."""
        if isinstance(encoding, dict):
            for name, entry in encoding.items():
                if isinstance(entry, dict):
                    yield str(name), entry, join(pointer, name)

    def _encodings(self, encoding: Node, pointer: str) -> tuple[FieldEncoding, ...]:
        """A form body's fields written otherwise than OpenAPI's default (style form, explode true)."""
        out: list[FieldEncoding] = []
        for name, entry, epointer in self._entries(encoding, pointer):
            if entry.get("allowReserved") is True:
                self.ctx.warn(join(epointer, "allowReserved"), f"allowReserved for form field {name!r} is not "
                              "supported: reserved characters are percent-encoded", code="ir-content")
            style = entry.get("style", "form")
            if style not in _FORM_STYLES:
                self.ctx.warn(join(epointer, "style"), f"style {json.dumps(style)} of form field {name!r} is not "
                              f"one of {', '.join(_FORM_STYLES)}; the field is sent as style form",
                              code="ir-content")
                style = "form"
            explode = entry.get("explode", style == "form")
            if not isinstance(explode, bool):
                explode = style == "form"
            if (style, explode) != ("form", True):
                out.append(FieldEncoding(name, style, explode))
        return tuple(out)

    def _part_encodings(self, encoding: Node, pointer: str) -> tuple[FieldEncoding, ...]:
        """A multipart body's parts with a `contentType` of one media type (a wildcard or a list
        allows what the value itself says: a file's type, text, JSON for an object)."""
        out: list[FieldEncoding] = []
        for name, entry, epointer in self._entries(encoding, pointer):
            if isinstance(entry.get("headers"), dict) and entry["headers"]:
                self.ctx.warn(join(epointer, "headers"), f"the headers of multipart part {name!r} are not sent",
                              "pass the part as an httpx file tuple (filename, content, content type, headers) "
                              "to send them", code="ir-content")
            content_type = entry.get("contentType")
            if isinstance(content_type, str) and content_type.strip() \
                    and not any(c in content_type for c in ",*"):
                out.append(FieldEncoding(name, content_type=content_type.strip()))
        return tuple(out)

    def examples(self, node: dict[str, Node], pointer: str) -> tuple[Example, ...]:
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

    def request_body(self, op: dict[str, Node], pointer: str, hint: str) -> RequestBody | None:
        node, ptr = self.ctx.follow(op["requestBody"], pointer)
        if not isinstance(node, dict):
            self.ctx.warn(pointer, "requestBody is not an object; ignored", code="ir-body")
            return None
        contents = self.contents(node.get("content"), join(ptr, "content"),
                                 component_hint(ptr, hint + "RequestBody"), request=True)
        if not contents:
            self.ctx.warn(ptr, "requestBody without content; ignored", code="ir-body")
            return None
        given = op.get("x-codegen-request-body-name", node.get("x-codegen-request-body-name"))
        name = given if isinstance(given, str) and given else self._body_name(contents)
        return RequestBody(contents, node.get("required") is True, prim.text(node, "description"), name)

    def _body_name(self, contents: tuple[MediaContent, ...]) -> str:
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

    def responses(self, raw: Node, pointer: str, hint: str) -> tuple[Response, ...]:
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
                contents=self.contents(node.get("content"), join(ptr, "content"),
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
