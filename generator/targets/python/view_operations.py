"""Views of the operations: one `ApiView` per tag module.

An `OperationView` carries both faces of an operation: the method signature
(Python parameter names, annotations, which are positional) and the data of
its `Operation` constant for the runtime (wire names, styles, media types,
response types, security), every spec string already a literal.

An API module imports no model module: annotations name models imported for
type checkers only, and the `Operation` constants name them through the lazy
`models` package (`_m.Order`) inside functions called on first use.
"""

from __future__ import annotations

import re
from urllib.parse import quote

from ... import naming
from ...ir.media import MediaKind
from ...ir.model import (
    Api,
    ApiKeyScheme,
    ArrayType,
    ConstType,
    EnumSchema,
    FieldEncoding,
    IRType,
    JsonValue,
    MediaContent,
    ModelSchema,
    Operation,
    Parameter,
    ParameterLocation,
    RefType,
    RequestBody,
    Response,
)
from . import layout
from .layout import Statement
from .literals import docstring, pyrepr, tuple_literal
from .names import Names, TagNames
from .media import READ_AS, WRITE_AS, json_first, preferred
from ...records import Record
from .typemap import ANY, MODELS_PACKAGE, NONE, Import, PyType, TypeMapper, optional, union
from .view_imports import ImportLine, import_lines

#: the default style of each location (the runtime assumes these)
_DEFAULT_STYLE = {
    ParameterLocation.PATH: "simple",
    ParameterLocation.HEADER: "simple",
    ParameterLocation.QUERY: "form",
    ParameterLocation.COOKIE: "form",
}

_PATH_VARIABLE = re.compile(r"\{([^{}]+)\}")

#: characters a path segment may carry as they are (RFC 3986 pchar), besides the separator
_PATH_SAFE = "/!$&'()*+,;=:@"

_RUNTIME_IMPORTS = (
    Import("collections.abc", "Mapping"),
    Import(".._runtime", "Operation"),
    Import(".._runtime", "Param"),
    Import(".._runtime", "Timeout"),
    Import(".._runtime", "data_only"),
    Import(".._runtime", "data_only_async"),
    Import("..api_client", "ApiClient"),
    Import("..api_client", "AsyncApiClient"),
    Import("..api_response", "ApiResponse"),
)


class ParamView(Record):
    """A method argument: a parameter, or the request body (`location == "body"`)."""

    name: str
    wire_name: str
    wire_literal: str
    #: the literal keying the argument in the call's `args` mapping: the wire name, or for a
    #: parameter sharing its name with an earlier one (in another location) `name@location`
    key_literal: str
    #: runtime data: `key_literal` when it is not the wire name, else ""
    key: str
    location: str
    annotation: str  # as the method takes it (`T | None` when optional)
    type: PyType  # the declared type
    required: bool
    description: str | None
    #: runtime data: style and explode literals, "" when the location's default
    style: str
    explode: str
    #: runtime data: the media type literal of a parameter given by `content`, else ""
    media_type: str
    #: runtime data: the literal of the one value a required parameter allows, sent when a call
    #: gives none (the argument is optional then), else ""
    fixed: str
    ir: Parameter | RequestBody
    #: the argument's line in a method's exploded signature
    line: Statement


class MediaView(Record):
    """One media type of a request body or response, with its type for annotations and at run time."""

    media_type: str
    literal: str
    type: PyType | None  # None: no schema given
    #: the type as the `Operation` constant names it at run time (models through `_m`)
    runtime_type: str


class FormFieldView(Record):
    """A form body field written otherwise than by default, for the `Operation` constant's `form`:
    a `Param` of the query location (its attributes are those the `param_spec` macro prints)."""

    wire_literal: str
    #: style and explode literals, "" when the query default (`form`, explode for form)
    style: str
    explode: str
    location: str = "query"
    media_type: str = ""
    key: str = ""
    fixed: str = ""


class PartTypeView(Record):
    """A multipart part sent with a content type of its own, for the `Operation` constant's `parts`."""

    wire_literal: str
    content_type_literal: str


class ResponseView(Record):
    """One response of an operation: its status and media types, for the `Operation` constant."""

    status: str
    literal: str
    contents: tuple[MediaView, ...]
    ir: Response


class OperationView(Record):
    """One operation of an `ApiView`: its methods' signatures and its `Operation` constant's data."""

    method_name: str
    http_info_name: str
    constant: str
    http_method: str  # literal, upper case
    path: str  # literal
    doc: str
    #: the async twin's docstring: the summary and a pointer to the sync method
    async_doc: str
    #: `method = data_only(http_info)` and its async twin: the method returning `.data` alone
    alias: Statement
    async_alias: Statement
    positional: tuple[ParamView, ...]
    keyword: tuple[ParamView, ...]
    #: parameters that go into the `args` mapping (not the body)
    params: tuple[ParamView, ...]
    body: ParamView | None
    body_contents: tuple[MediaView, ...]
    #: form body fields with their own style or explode (the Encoding Object)
    form_fields: tuple[FormFieldView, ...]
    #: multipart parts with their own content type (the Encoding Object's `contentType`)
    part_types: tuple[PartTypeView, ...]
    returns: PyType
    responses: tuple[ResponseView, ...]
    #: security alternatives, each a tuple literal of scheme names
    auth: tuple[str, ...]
    ir: Operation

    @property
    def choose_content_type(self) -> bool:
        return len(self.body_contents) > 1


class ApiView(Record):
    """The view of one tag's API module: its sync and async API classes and their operations."""

    names: TagNames
    doc: str
    operations: tuple[OperationView, ...]
    imports: tuple[ImportLine, ...]
    #: the models the annotations name, imported under `if TYPE_CHECKING:`
    type_checking_imports: tuple[ImportLine, ...]
    template = "package/api/api.py.jinja"


class OperationViews:
    def __init__(self, api: Api, names: Names, types: TypeMapper) -> None:
        self.api = api
        self.names = names
        self.types = types
        self.runtime_types = types.through_models_package()
        self._schemes = {s.name for s in api.security_schemes}
        #: scheme name -> where each API key scheme sends its key (`_place`)
        self._keys = {s.name: _place(s.location.value, s.parameter_name)
                      for s in api.security_schemes if isinstance(s, ApiKeyScheme)}

    def build(self) -> tuple[ApiView, ...]:
        by_tag: dict[str, list[Operation]] = {}
        for op in self.api.operations:
            by_tag.setdefault(self.names.tag_of(op), []).append(op)
        descriptions = {t.name: t.description for t in self.api.tags}
        return tuple(self._api(t, descriptions.get(t.tag), by_tag[t.tag]) for t in self.names.tags)

    def _api(self, tag: TagNames, description: str | None, ops: list[Operation]) -> ApiView:
        scope = naming.Scope(naming.RESERVED_METHOD_NAMES)
        views = tuple(self.operation(op, naming.claim_method(scope, op.operation_id), tag.class_name) for op in ops)
        imports: set[Import] = set(_RUNTIME_IMPORTS)
        models: set[Import] = set()
        for view in views:
            for t in self._types_of(view):
                imports |= t.imports
                models |= {self._model_import(r) for r in t.refs}
        if any(v.body is not None for v in views):
            imports |= {Import("typing", "Any"), Import("collections.abc", "Sequence")}
        if models:
            imports.add(Import("typing", "TYPE_CHECKING"))
        if any(m.type.refs for v in views for m in self._media_of(v) if m.type is not None):
            imports.add(MODELS_PACKAGE)
        doc = docstring(description or f"Operations tagged '{tag.tag}'.", 4)
        return ApiView(tag, doc, views, import_lines(imports), import_lines(models, indent="    "))

    def _model_import(self, name: str) -> Import:
        names = self.names.schemas[name]
        return Import("..models." + names.module, names.class_name)

    @staticmethod
    def _media_of(view: OperationView) -> list[MediaView]:
        return [*view.body_contents, *(m for r in view.responses for m in r.contents)]

    def _types_of(self, view: OperationView) -> list[PyType]:
        found = [view.returns, *(p.type for p in view.params)]
        return found + [m.type for m in self._media_of(view) if m.type is not None]

    # ------------------------------------------------------------------ one operation

    def operation(self, op: Operation, method: str, sync_class: str) -> OperationView:
        scope = naming.Scope(naming.RESERVED_PARAMETER_NAMES)
        order = {name: i for i, name in enumerate(_PATH_VARIABLE.findall(op.path))}
        ordered = sorted(op.parameters, key=lambda p: (p.location != ParameterLocation.PATH,
                                                        order.get(p.name, len(order)), not p.required))
        seen: set[str] = set()
        params = []
        credentials = self._credentials(op)
        for p in ordered:  # path parameters first: they keep their plain names, which the path template uses
            repeated = p.name in seen  # named like an earlier one, in another location: `id` and `id_query`
            key = f"{p.name}@{p.location.value}" if repeated else p.name
            wanted = f"{p.name}_{p.location.value}" if repeated else p.name
            seen.add(p.name)
            params.append(self._param(p, scope.claim(naming.parameter_name(wanted)), key, credentials))
        body_contents: tuple[MediaView, ...] = ()
        body = None
        if op.request_body is not None and op.request_body.contents:
            # JSON first: without `_content_type`, the runtime sends a body as the first media type
            ordered_contents = json_first(op.request_body.contents)
            body_contents = self._contents(ordered_contents, WRITE_AS)
            body = self._body(op.request_body, ordered_contents, body_contents,
                              scope.claim(naming.parameter_name(op.request_body.name)))
        arguments = [*params, *([body] if body else [])]
        responses = tuple(
            ResponseView(r.status, pyrepr(r.status), self._contents(json_first(preferred(r.contents)), READ_AS), r)
            for r in op.responses
        )
        http_info = method + naming.HTTP_INFO_SUFFIX
        return OperationView(
            method_name=method,
            http_info_name=http_info,
            constant=naming.operation_constant(method),
            http_method=pyrepr(op.method.upper()),
            path=pyrepr(encoded_path(op.path)),
            doc=self._doc(op, arguments, method, http_info),
            async_doc=docstring(f"{_summary(op)}\n\nAwaitable form of `{sync_class}.{http_info}` and "
                                f"`{sync_class}.{method}`, which document it.", 8),
            alias=layout.statement(layout.STEP, method, call="data_only", arguments=(http_info,)),
            async_alias=layout.statement(layout.STEP, method, call="data_only_async", arguments=(http_info,)),
            positional=tuple(a for a in arguments if a.required),
            keyword=tuple(a for a in arguments if not a.required),
            params=tuple(params),
            body=body,
            body_contents=body_contents,
            form_fields=_form_fields(op.request_body),
            part_types=_part_types(op.request_body),
            returns=self._returns(op, responses),
            responses=responses,
            auth=tuple(
                tuple_literal([pyrepr(name) for name, _ in req.schemes if name in self._schemes])
                for req in op.security
            ),
            ir=op,
        )

    def _credentials(self, op: Operation) -> frozenset[tuple[str, str]]:
        """Where the API keys `op`'s security may send go (`_place`)."""
        return frozenset(self._keys[name] for req in op.security for name, _ in req.schemes if name in self._keys)

    def _param(self, p: Parameter, name: str, key: str,
               credentials: frozenset[tuple[str, str]] = frozenset()) -> ParamView:
        typ = self.types.map(p.type)
        only = self._only_value(p)
        # a required parameter with one allowed value is sent with it unless the call gives one; one that is
        # also an API key of the operation (Trello's `key`) is sent with the configured key unless given
        required = (p.required and only is None and _place(p.location.value, p.name) not in credentials) \
            or p.location == ParameterLocation.PATH
        style, explode = _style_literals(p.location, p.style, p.explode)
        shown = typ if required else optional(typ)
        return ParamView(
            name=name,
            wire_name=p.name,
            wire_literal=pyrepr(p.name),
            key_literal=pyrepr(key),
            key="" if key == p.name else pyrepr(key),
            location=p.location.value,
            annotation=shown.annotation,
            type=typ,
            required=required,
            description=p.description,
            style=style,
            explode="" if p.media_type else explode,
            media_type=pyrepr(p.media_type) if p.media_type else "",
            fixed="" if only is None else pyrepr(only[0]),
            ir=p,
            line=_argument(name, shown, required),
        )

    def _only_value(self, p: Parameter) -> tuple[str | int | float | bool] | None:
        """`(value,)` when `p` is a required query, header or cookie parameter allowing one scalar
        value only (`const`, or an enum of one value): the runtime sends it when a call gives none."""
        if not p.required or p.location == ParameterLocation.PATH:
            return None
        t = self.types.resolve(p.type)
        schema = self.api.schema(t.name) if isinstance(t, RefType) else None
        values: tuple[JsonValue, ...] = ()
        if isinstance(t, ConstType):
            values = (t.value,)
        elif isinstance(schema, EnumSchema) and not schema.nullable:
            values = schema.values
        if len(values) == 1 and isinstance(values[0], (str, int, float, bool)):
            return (values[0],)
        return None

    def _contents(self, contents: tuple[MediaContent, ...],
                  as_kind: dict[MediaKind, PyType | None]) -> tuple[MediaView, ...]:
        return tuple(self._media(c, as_kind[c.kind]) for c in contents)

    def _media(self, content: MediaContent, fixed: PyType | None) -> MediaView:
        """`fixed`: the type the client reads or writes this kind of content as, whatever the schema."""
        literal = pyrepr(content.media_type)
        if fixed is not None:
            return MediaView(content.media_type, literal, fixed, fixed.annotation)
        if content.type is None:
            return MediaView(content.media_type, literal, None, "None")
        runtime = self.runtime_types.map(content.type)
        return MediaView(content.media_type, literal, self.types.map(content.type), runtime.annotation)

    def _body(self, body: RequestBody, ir_contents: tuple[MediaContent, ...], contents: tuple[MediaView, ...],
              name: str) -> ParamView:
        accepted = union([self._body_input(c, m) for c, m in zip(ir_contents, contents)])
        declared = union([m.type or ANY for m in contents])
        shown = accepted if body.required else optional(accepted)
        return ParamView(
            name=name,
            wire_name=body.name,
            wire_literal="",
            key_literal="",
            key="",
            location="body",
            annotation=shown.annotation,
            type=declared,
            required=body.required,
            description=body.description,
            style="",
            explode="",
            media_type="",
            fixed="",
            ir=body,
            line=_argument(name, shown, body.required),
        )

    def _body_input(self, content: MediaContent, media: MediaView) -> PyType:
        """What a method accepts for a body: the model or a dict (lists of either), or text or bytes."""
        if media.type is None:
            return ANY
        if content.type is None or WRITE_AS[content.kind] is not None:
            return media.type
        declared = self.types.resolve(content.type)
        if self._is_model(declared):
            return union([media.type, _DICT])
        if isinstance(declared, ArrayType) and self._is_model(self.types.resolve(declared.items)):
            item = union([self.types.map(declared.items), _DICT])
            return item.wrap("Sequence[{}]")
        return media.type

    def _is_model(self, t: IRType | None) -> bool:
        return isinstance(t, RefType) and isinstance(self.api.schema(t.name), ModelSchema)

    @staticmethod
    def _returns(op: Operation, responses: tuple[ResponseView, ...]) -> PyType:
        chosen = [r for r in responses if r.ir.is_success] or [r for r in responses if r.status == "default"]
        if not chosen:
            return ANY
        types = [m.type or ANY for r in chosen for m in r.contents]
        if any(not r.contents for r in chosen):
            types.append(NONE)
        return union(types)

    @staticmethod
    def _doc(op: Operation, arguments: list[ParamView], method: str, http_info: str) -> str:
        parts = [p for p in (op.summary, op.description) if p and p.strip()] or [_summary(op)]
        described = [a for a in arguments if a.description and a.description.strip()]
        if described:
            lines = ["Args:"] + [f"    {a.name}: {' '.join(a.description.split())}" for a in described if a.description]
            parts.append("\n".join(lines))
        parts.append(f"`{method}` returns the response's data; `{http_info}` returns the whole "
                     "`ApiResponse` (status code, headers, raw body and data).")
        return docstring("\n\n".join(p.strip() for p in parts), 8)


def _encodings(body: RequestBody | None, kind: MediaKind) -> tuple[FieldEncoding, ...]:
    """The field encodings of the body's first content of `kind` (none without one)."""
    return next((c.encodings for c in body.contents if c.kind is kind), ()) if body else ()


def _form_fields(body: RequestBody | None) -> tuple[FormFieldView, ...]:
    """The form fields the body's form content writes otherwise than by default."""
    return tuple(FormFieldView(pyrepr(e.name), *_style_literals(ParameterLocation.QUERY, e.style, e.explode))
                 for e in _encodings(body, MediaKind.FORM))


def _part_types(body: RequestBody | None) -> tuple[PartTypeView, ...]:
    """The parts the body's multipart content sends with a content type of their own."""
    return tuple(PartTypeView(pyrepr(e.name), pyrepr(e.content_type))
                 for e in _encodings(body, MediaKind.MULTIPART) if e.content_type)


def _style_literals(location: ParameterLocation, style: str, explode: bool) -> tuple[str, str]:
    """The `Param` literals of `style` and `explode`: "" where they are the location's defaults
    (the runtime assumes them: `simple` or `form`, exploded for `form` only)."""
    return ("" if style == _DEFAULT_STYLE[location] else pyrepr(style),
            "" if explode == (style == "form") else repr(explode))


def encoded_path(path: str) -> str:
    """The path template with its literal text percent-encoded, `{name}` placeholders kept.

    Spec text between the placeholders is sent as the spec writes it: `#`, `?`,
    quotes, backslashes, spaces, `%` and non-ASCII text are escaped so they can
    neither cut the path (a fragment or query) nor turn into another path.
    """
    out, start = [], 0
    for match in _PATH_VARIABLE.finditer(path):
        out += [quote(path[start:match.start()], safe=_PATH_SAFE, errors="surrogatepass"), match.group(0)]
        start = match.end()
    out.append(quote(path[start:], safe=_PATH_SAFE, errors="surrogatepass"))
    return "".join(out)


def _summary(op: Operation) -> str:
    """One line naming the operation: its summary, else its method and path."""
    return " ".join(op.summary.split()) if op.summary and op.summary.strip() else f"{op.method.upper()} {op.path}"


_DICT = PyType(("dict[str, Any]",), frozenset({Import("typing", "Any")}))


__all__ = ["ApiView", "OperationView", "ParamView", "MediaView", "ResponseView", "OperationViews"]


def _place(location: str, name: str) -> tuple[str, str]:
    """(location, wire name) of a parameter or API key; header names are compared in lower case."""
    return location, name.lower() if location == "header" else name


def _argument(name: str, shown: PyType, required: bool) -> Statement:
    """`name: annotation[ = None],` in a method's exploded signature."""
    return layout.statement(2 * layout.STEP, name, shown.members, "" if required else "None", suffix=",")
