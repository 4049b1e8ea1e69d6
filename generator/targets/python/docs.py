"""Markdown docs of the generated package: README.md and docs/*.md.

`render_docs(api, options, package)` renders, through `templates/python/docs/`,
one page per API class (`docs/OrdersApi.md`), one per schema
(`docs/OrdersCreateRequestBody.md`) and the package README, in the form of
the reference documentation (the C# SDK's docs/OrdersApi.md), in Python
spelling.

Everything is read from the code generator's own view (`PackageView`):
method, parameter, class and module names, annotations, enum members.  This
module adds only what is particular to docs, as frozen "doc views": the doc
file of each class (unique case-insensitively), anchors, markdown-safe text
(`markdown.py`), type displays with links, notes, and the example programs
(`docs_examples.py`).  Templates lay these out and decide nothing.

Spec text is markdown written by someone else; where it lands decides how it
is made safe: descriptions under a heading are `markdown.block` with the
heading floor of their place (operation descriptions sit under `# **op**`
whose own sections are `###`, so their headings start at level 4), table
cells are `markdown.cell`, one-line text is `markdown.inline`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from ... import naming
from ...ir.model import (
    MISSING,
    ApiKeyLocation,
    ApiKeyScheme,
    Api,
    ArrayType,
    Constraints,
    ConstType,
    EnumSchema,
    HttpScheme,
    IRType,
    JsonValue,
    Maybe,
    NullableType,
    OAuth2Scheme,
    OpenIdConnectScheme,
    Operation,
    Parameter,
    PrimitiveKind,
    PrimitiveType,
    RefType,
    RequestBody,
    Response,
    SecurityScheme,
    UnionSchema,
    from_json_value,
)
from ...options import Options
from . import markdown as md
from .docs_examples import (
    ExampleProgram,
    ExampleValues,
    ModelExample,
    _EnvNames,
    default_host,
    example_program,
    model_example,
    operation_schemes,
)
from .typemap import PyType, TypeMapper
from .view_models import EnumView, FieldView, ModelView, RootView, SchemaView
from .view_operations import ApiView, OperationView, ParamView
from .view_package import PackageView

__all__ = ["render_docs", "build_docs", "DocsView"]

#: heading levels of the pages' own outline; spec headings go below them
API_DESCRIPTION_FLOOR = 2  # under "# pkg.OrdersApi", before the "# **op**" sections
OPERATION_DESCRIPTION_FLOOR = 4  # under "# **op**", whose sections are "###"
MODEL_DESCRIPTION_FLOOR = 3  # under "# Model", whose sections are "##"
README_DESCRIPTION_FLOOR = 3  # under "# pkg", whose sections are "##"
SCHEME_DESCRIPTION_FLOOR = 4  # under "### scheme" in the README

_MAX_LISTED_VALUES = 10
_PLAIN_ANNOTATION = re.compile(r"^[A-Za-z0-9_\[\], .|]*$")

_LOCATIONS = {ApiKeyLocation.HEADER: "HTTP header", ApiKeyLocation.QUERY: "URL query string",
              ApiKeyLocation.COOKIE: "Cookie"}


# --------------------------------------------------------------------------- doc views


@dataclass(frozen=True, slots=True)
class Link:
    text: str  # markdown
    target: str  # relative URL, with #anchor


@dataclass(frozen=True, slots=True)
class Row:
    """A table row of four markdown cells (parameters and properties)."""

    name: str
    type: str
    description: str
    notes: str


@dataclass(frozen=True, slots=True)
class ResponseRow:
    status: str
    description: str
    headers: str


@dataclass(frozen=True, slots=True)
class OperationDoc:
    method: str
    anchor: str
    http_method: str
    path: str
    summary: str  # inline markdown
    summary_cell: str
    deprecated: bool
    description: str  # block markdown
    signature: str
    http_info_method: str
    example: ExampleProgram
    parameters: tuple[Row, ...]
    return_type: str
    auth: tuple[Link, ...]
    content_type: str
    accept: str
    responses: tuple[ResponseRow, ...]


@dataclass(frozen=True, slots=True)
class ApiDoc:
    class_name: str
    async_class_name: str
    title: str
    file_name: str
    description: str
    base_url: str
    operations: tuple[OperationDoc, ...]


@dataclass(frozen=True, slots=True)
class PayloadRow:
    media_type: str
    type: str
    description: str


@dataclass(frozen=True, slots=True)
class WebhookDoc:
    """A webhook: a request the API sends to the user's endpoint (documented only)."""

    name: str  # markdown (the webhook's key in the spec)
    anchor: str
    operation_id: str  # markdown code span, "" when it only repeats the name
    http_method: str
    summary: str
    summary_cell: str
    description: str
    payload: tuple[PayloadRow, ...]
    #: a model class to parse the payload with, "" when the payload is not one model
    parse_class: str
    parse_import: str
    parameters: tuple[Row, ...]
    responses: tuple[ResponseRow, ...]


@dataclass(frozen=True, slots=True)
class WebhooksDoc:
    file_name: str
    title: str
    webhooks: tuple[WebhookDoc, ...]


@dataclass(frozen=True, slots=True)
class ValueRow:
    name: str
    value: str
    description: str


@dataclass(frozen=True, slots=True)
class ModelDoc:
    class_name: str
    title: str
    file_name: str
    description: str
    is_model: bool
    properties: tuple[Row, ...]
    extra: str  # a sentence about additional properties, or ""
    values: tuple[ValueRow, ...]
    variants: tuple[str, ...]
    definition: str
    example: ModelExample


@dataclass(frozen=True, slots=True)
class SchemeDoc:
    anchor: str
    title: str
    lines: tuple[str, ...]  # markdown list lines
    description: str


@dataclass(frozen=True, slots=True)
class EndpointRow:
    api_class: str
    link: Link
    http_method: str
    path: str
    summary: str


@dataclass(frozen=True, slots=True)
class ReadmeDoc:
    package: str
    title: str
    description: str
    api_version: str
    package_version: str
    distribution: str
    base_url: str
    getting_started: ExampleProgram | None
    endpoints: tuple[EndpointRow, ...]
    webhooks: tuple[EndpointRow, ...]
    models: tuple[Link, ...]
    schemes: tuple[SchemeDoc, ...]
    first_api: str
    first_async_api: str


@dataclass(frozen=True, slots=True)
class DocsView:
    readme: ReadmeDoc
    apis: tuple[ApiDoc, ...]
    models: tuple[ModelDoc, ...]
    webhooks: WebhooksDoc | None


# --------------------------------------------------------------------------- building


def _json(value: JsonValue) -> str:
    return json.dumps(from_json_value(value), ensure_ascii=False)


def _anchor(name: str) -> str:
    """An HTML id for a name: `X-Voucherify-OAuth` -> `x-voucherify-oauth`."""
    ascii_only = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    if ascii_only and name.isascii():
        return ascii_only
    return "-".join(naming.words(name)) or "scheme"


def type_text(annotation: str) -> str:
    """An annotation for markdown: bold when plain, a code span otherwise."""
    if _PLAIN_ANNOTATION.match(annotation):
        return "**" + re.sub(r"(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])", r"\\_", annotation).replace("|", "\\|") + "**"
    return md.table_code(annotation)


class _Builder:
    def __init__(self, api: Api, package: PackageView) -> None:
        self.api = api
        self.package = package
        self.values = ExampleValues(package)
        self.types = TypeMapper(api.schema, package.names.class_name)
        self.env = _EnvNames()
        # doc file stems: unique case-insensitively, never a Windows device name
        files = naming.Scope({"readme"}, fold_case=True)
        self.api_files = {a.names.tag: files.claim(naming.safe_file_stem(a.names.class_name)) + ".md"
                          for a in package.apis}
        self.webhooks_file = files.claim("Webhooks") + ".md" if api.webhooks else ""
        self.schema_files = {v.schema.name: files.claim(naming.safe_file_stem(v.class_name)) + ".md"
                             for v in package.schemas}
        self.class_of = {v.schema.name: v.class_name for v in package.schemas}
        self.views = {v.schema.name: v for v in package.schemas}
        self.scheme_anchors = self._scheme_anchors()
        self.base_url = md.literal(default_host(package))

    def _scheme_anchors(self) -> dict[str, str]:
        # README section slugs are taken so a scheme cannot steal one
        scope = naming.Scope({"requirements", "installation-usage", "getting-started",
                              "documentation-for-api-endpoints", "documentation-for-models",
                              "documentation-for-authorization"})
        return {s.name: scope.claim(_anchor(s.name)) for s in self.api.security_schemes}

    # ------------------------------------------------------------------ types

    def display(self, t: PyType) -> str:
        """The annotation a reader sees: discriminated unions shown as `A | B`."""
        members = []
        for m in t.members:
            if m.startswith("Annotated[") and "discriminator(" in m:
                members.extend(sorted(self.class_of[r] for r in t.refs if r in self.class_of))
            else:
                members.append(m)
        return " | ".join(dict.fromkeys(members))

    def type_md(self, t: PyType, prefix: str = "") -> str:
        text = type_text(self.display(t))
        linked = sorted(r for r in t.refs if r in self.schema_files)
        if len(linked) == 1:
            return f"[{text}]({prefix}{self.schema_files[linked[0]]})"
        if linked:
            links = ", ".join(f"[{self.class_of[r]}]({prefix}{self.schema_files[r]})" for r in linked)
            return f"{text} (see {links})"
        return text

    def notes(self, t: IRType, *, required: bool, default: Maybe, deprecated: bool,
              extra: tuple[str, ...] = ()) -> str:
        notes = [] if required else ["[optional]"]
        notes += list(extra)
        if default is not MISSING:
            notes.append(f"[default to {md.cell(_json(default))}]")
        notes += self._value_notes(t)
        if deprecated:
            notes.append("[deprecated]")
        return " ".join(notes)

    def _value_notes(self, t: IRType) -> list[str]:
        if isinstance(t, NullableType):
            t = t.inner
        resolved = self.types.resolve(t)
        constraints: Constraints | None = None
        if isinstance(t, RefType) and resolved is not t and isinstance(resolved, PrimitiveType):
            constraints = resolved.constraints
        elif isinstance(resolved, (PrimitiveType, ArrayType)):
            constraints = resolved.constraints
        notes: list[str] = []
        if isinstance(resolved, ConstType):
            notes.append(f"[allowed value: {md.table_code(_json(resolved.value))}]")
        elif isinstance(resolved, RefType):
            schema = self.api.schema(resolved.name)
            if isinstance(schema, EnumSchema) and schema.values:
                shown = [md.table_code(_json(v)) for v in schema.values[:_MAX_LISTED_VALUES]]
                more = len(schema.values) - len(shown)
                notes.append(f"[allowed values: {', '.join(shown)}{f', and {more} more' if more > 0 else ''}]")
        if constraints is not None and not constraints.empty:
            notes += self._constraint_notes(constraints)
        return notes

    @staticmethod
    def _constraint_notes(c: Constraints) -> list[str]:
        parts = []
        if c.minimum is not None:
            parts.append(f"{'>' if c.exclusive_minimum else '>='} {c.minimum}")
        if c.maximum is not None:
            parts.append(f"{'<' if c.exclusive_maximum else '<='} {c.maximum}")
        if c.multiple_of is not None:
            parts.append(f"multiple of {c.multiple_of}")
        if c.min_length is not None:
            parts.append(f"min length {c.min_length}")
        if c.max_length is not None:
            parts.append(f"max length {c.max_length}")
        if c.pattern is not None:
            parts.append(f"pattern {md.table_code(c.pattern)}")
        if c.min_items is not None:
            parts.append(f"min items {c.min_items}")
        if c.max_items is not None:
            parts.append(f"max items {c.max_items}")
        if c.unique_items:
            parts.append("unique items")
        return [f"[{', '.join(parts)}]"] if parts else []

    # ------------------------------------------------------------------ operations

    def api_doc(self, view: ApiView) -> ApiDoc:
        tag = next((t for t in self.api.tags if t.name == view.names.tag), None)
        file_name = self.api_files[view.names.tag]
        ops = tuple(self.operation(view, op) for op in view.operations)
        return ApiDoc(
            class_name=view.names.class_name,
            async_class_name=view.names.async_class_name,
            title=f"{self.package.name}.{view.names.class_name}",
            file_name=file_name,
            description=md.block(tag.description if tag else None, API_DESCRIPTION_FLOOR),
            base_url=self.base_url,
            operations=ops,
        )

    def operation(self, api: ApiView, op: OperationView) -> OperationDoc:
        ir = op.ir
        args = ", ".join([p.name for p in op.positional] + [f"{p.name}={p.name}" for p in op.keyword])
        returns = self.display(op.returns)
        schemes = operation_schemes(self.package, op)
        request_types = [m.media_type for m in op.body_contents]
        accept = list(dict.fromkeys(m.media_type for r in op.responses for m in r.contents))
        return OperationDoc(
            method=op.method_name,
            anchor=op.method_name,
            http_method=ir.method.upper(),
            path=md.literal(ir.path),
            summary=md.inline(ir.summary),
            summary_cell=md.cell(ir.summary),
            deprecated=ir.deprecated,
            description=md.block(ir.description, OPERATION_DESCRIPTION_FLOOR),
            signature=md.literal(f"{returns} {op.method_name}({args})"),
            http_info_method=op.http_info_name,
            example=example_program(self.package, self.values, api.names.class_name, op, self.env),
            parameters=tuple(self.parameter(p) for p in (*op.positional, *op.keyword)),
            return_type=self.return_md(op.returns),
            auth=tuple(Link(md.literal(s.name), f"../README.md#{self.scheme_anchors[s.name]}") for s in schemes),
            content_type=", ".join(md.literal(t) for t in request_types) or "Not defined",
            accept=", ".join(md.literal(t) for t in accept) or "Not defined",
            responses=tuple(
                ResponseRow(md.cell(r.status), md.cell(r.ir.description) or "-", self.headers_md(r.ir))
                for r in op.responses
            ),
        )

    def parameter(self, p: ParamView) -> Row:
        ir = p.ir
        if isinstance(ir, Parameter):
            location = [] if p.location in ("path", "query") else [f"[{p.location}]"]
            wire = [] if p.wire_name == p.name else [f"[sent as {md.table_code(p.wire_name)}]"]
            notes = self.notes(ir.type, required=p.required, default=ir.default, deprecated=ir.deprecated,
                               extra=tuple(location + wire))
        else:
            notes = self.notes(self._body_type(p), required=p.required, default=MISSING, deprecated=False)
        return Row(p.name, self.type_md(p.type), md.cell(p.description), notes)

    @staticmethod
    def _body_type(p: ParamView) -> IRType:
        contents = p.ir.contents if isinstance(p.ir, RequestBody) else ()
        first = contents[0].type if contents else None
        return first if first is not None else PrimitiveType(PrimitiveKind.ANY)

    def return_md(self, t: PyType) -> str:
        if t.members == ("None",):
            return "None (empty response body)"
        return self.type_md(t)

    @staticmethod
    def headers_md(r: Response) -> str:
        headers = r.headers
        if not headers:
            return "-"
        return "<br>".join(
            f"* {md.table_code(h.name)}{' - ' + md.cell(h.description) if h.description else ''}" for h in headers
        )

    # ------------------------------------------------------------------ models

    def model_doc(self, view: SchemaView) -> ModelDoc:
        schema = view.schema
        title_text = schema.title if schema.title and schema.title != schema.name else None
        description = "\n\n".join(p for p in (title_text, schema.description) if p and p.strip())
        properties: tuple[Row, ...] = ()
        values: tuple[ValueRow, ...] = ()
        variants: tuple[str, ...] = ()
        definition = ""
        extra = ""
        if isinstance(view, ModelView):
            properties = tuple(self.property_row(f) for f in view.fields)
            if view.schema.additional is not None:
                extra = "Additional properties are allowed, of type " + self.type_md(
                    self.types.map(view.schema.additional)) + "."
            elif view.schema.closed:
                extra = "No properties besides the ones listed are allowed."
            if view.schema.parents:
                parents = ", ".join(
                    f"[{self.class_of[p]}]({self.schema_files[p]})" for p in view.schema.parents if p in self.schema_files
                )
                extra = (extra + "\n\n" if extra else "") + f"Composed from {parents} (allOf)."
        elif isinstance(view, EnumView):
            values = tuple(
                ValueRow(md.table_code(m.name), md.table_code(_json(m.value)),
                         md.cell(schema.value_descriptions[i]) if i < len(schema.value_descriptions) else "")  # type: ignore[union-attr]
                for i, m in enumerate(view.members)
            )
            extra = ("Values the API adds later are accepted too: they become members with their value "
                     "as name, so responses never fail on them.")
        elif isinstance(view, RootView):
            if isinstance(schema, UnionSchema):
                variants = tuple(self.type_md(self.types.map(v)) for v in schema.variants)
                if schema.discriminator is not None:
                    extra = f"The variant is chosen by the property {md.code_span(schema.discriminator.property_name)}."
            definition = self.type_md(view.type)
        return ModelDoc(
            class_name=view.class_name,
            title=view.class_name,
            file_name=self.schema_files[schema.name],
            description=md.block(description, MODEL_DESCRIPTION_FLOOR),
            is_model=isinstance(view, ModelView),
            properties=properties,
            extra=extra,
            values=values,
            variants=variants,
            definition=definition,
            example=model_example(self.package, self.values, view),
        )

    def property_row(self, f: FieldView) -> Row:
        prop = f.prop
        base = self.types.map(prop.type)
        flags = []
        if base.nullable and base.members != ("Any",):
            flags.append("[nullable]")
        if prop.read_only:
            flags.append("[readonly]")
        if prop.write_only:
            flags.append("[writeonly]")
        if f.wire_name != f.name:
            flags.append(f"[JSON name: {md.table_code(f.wire_name)}]")
        notes = self.notes(prop.type, required=prop.required, default=prop.default, deprecated=prop.deprecated,
                           extra=tuple(flags))
        return Row(f.name, self.type_md(base), md.cell(prop.description), notes)

    # ------------------------------------------------------------------ webhooks

    def webhooks_doc(self) -> WebhooksDoc | None:
        if not self.api.webhooks:
            return None
        anchors = naming.Scope()
        docs = tuple(self.webhook(w, anchors.claim(_anchor(w.path) or "webhook")) for w in self.api.webhooks)
        return WebhooksDoc(self.webhooks_file, f"{self.package.name} webhooks", docs)

    def webhook(self, w: Operation, anchor: str) -> WebhookDoc:
        contents = w.request_body.contents if w.request_body else ()
        payload = tuple(
            PayloadRow(md.literal(c.media_type), self.type_md(self.types.map(c.type)) if c.type else "-",
                       md.cell(w.request_body.description if w.request_body else None))
            for c in contents
        )
        parse_class = parse_import = ""
        if len(contents) == 1 and isinstance(contents[0].type, RefType):
            view = self.views.get(contents[0].type.name)
            if isinstance(view, (ModelView, RootView)):
                parse_class = view.class_name
                parse_import = f"from {self.package.name}.models import {view.class_name}"
        parameters = tuple(
            Row(md.literal(p.name), self.type_md(self.types.map(p.type)), md.cell(p.description),
                self.notes(p.type, required=p.required, default=p.default, deprecated=p.deprecated,
                           extra=(f"[{p.location.value}]",)))
            for p in w.parameters
        )
        return WebhookDoc(
            name=md.literal(w.path),
            anchor=anchor,
            operation_id="" if w.operation_id == w.path else md.code_span(w.operation_id),
            http_method=w.method.upper(),
            summary=md.inline(w.summary),
            summary_cell=md.cell(w.summary),
            description=md.block(w.description, OPERATION_DESCRIPTION_FLOOR),
            payload=payload,
            parse_class=parse_class,
            parse_import=parse_import,
            parameters=parameters,
            responses=tuple(ResponseRow(md.cell(r.status), md.cell(r.description) or "-", self.headers_md(r))
                            for r in w.responses),
        )

    # ------------------------------------------------------------------ README

    def scheme_doc(self, s: SecurityScheme) -> SchemeDoc:
        lines: list[str] = []
        if isinstance(s, ApiKeyScheme):
            lines += ["- **Type**: API key",
                      f"- **API key parameter name**: {md.code_span(s.parameter_name)}",
                      f"- **Location**: {_LOCATIONS[s.location]}",
                      f"- **Configuration**: {md.code_span('api_key={' + json.dumps(s.name, ensure_ascii=False) + ': ...}')}"]
        elif isinstance(s, HttpScheme):
            if s.scheme == "basic":
                lines += ["- **Type**: HTTP basic authentication", "- **Configuration**: `username=..., password=...`"]
            elif s.scheme == "bearer":
                fmt = f" ({md.literal(s.bearer_format)})" if s.bearer_format else ""
                lines += [f"- **Type**: Bearer authentication{fmt}", "- **Configuration**: `access_token=...`"]
            else:
                lines += [f"- **Type**: HTTP {md.code_span(s.scheme)} authentication (not supported by the client; "
                          "send the header with `_headers`)"]
        elif isinstance(s, OAuth2Scheme):
            lines.append("- **Type**: OAuth")
            for flow in s.flows:
                lines.append(f"- **Flow**: {md.literal(flow.kind)}")
                if flow.authorization_url:
                    lines.append(f"- **Authorization URL**: {md.literal(flow.authorization_url)}")
                if flow.token_url:
                    lines.append(f"- **Token URL**: {md.literal(flow.token_url)}")
                if flow.refresh_url:
                    lines.append(f"- **Refresh URL**: {md.literal(flow.refresh_url)}")
                lines.append("- **Scopes**:" + ("" if flow.scopes else " N/A"))
                lines += [f"  - {md.code_span(name)}: {md.cell(text)}" for name, text in flow.scopes]
            lines.append("- **Configuration**: `access_token=...` (sent as `Authorization: Bearer ...`)")
        elif isinstance(s, OpenIdConnectScheme):
            lines += ["- **Type**: OpenID Connect", f"- **OpenID Connect URL**: {md.literal(s.url)}",
                      "- **Configuration**: `access_token=...`"]
        return SchemeDoc(self.scheme_anchors[s.name], md.literal(s.name), tuple(lines),
                         md.block(s.description, SCHEME_DESCRIPTION_FLOOR))

    def readme(self, apis: tuple[ApiDoc, ...], webhooks: WebhooksDoc | None) -> ReadmeDoc:
        package = self.package
        hooks = tuple(
            EndpointRow("", Link(f"**{w.name}**", f"docs/{webhooks.file_name}#{w.anchor}"), w.http_method, "",
                        w.summary_cell)
            for w in (webhooks.webhooks if webhooks else ())
        )
        endpoints = tuple(
            EndpointRow(a.class_name, Link(f"**{o.method}**", f"docs/{a.file_name}#{o.anchor}"), o.http_method,
                        o.path, o.summary_cell)
            for a in apis for o in a.operations
        )
        getting_started = self._getting_started(apis)
        first = apis[0] if apis else None
        return ReadmeDoc(
            package=package.name,
            title=md.inline(self.api.title),
            description=md.block(self.api.description, README_DESCRIPTION_FLOOR),
            api_version=md.inline(self.api.version),
            package_version=md.literal(json.loads(package.version_toml)),
            distribution=md.literal(json.loads(package.distribution)),
            base_url=self.base_url,
            getting_started=getting_started,
            endpoints=endpoints,
            webhooks=hooks,
            models=tuple(Link(md.literal(v.class_name), f"docs/{self.schema_files[v.schema.name]}")
                         for v in package.schemas),
            schemes=tuple(self.scheme_doc(s) for s in self.api.security_schemes),
            first_api=first.class_name if first else "",
            first_async_api=first.async_class_name if first else "",
        )

    @staticmethod
    def _getting_started(apis: tuple[ApiDoc, ...]) -> ExampleProgram | None:
        """The example of the first operation that needs no argument, else the first."""
        ops = [o for a in apis for o in a.operations]
        if not ops:
            return None
        simple = [o for o in ops if not o.example.arguments or "=" not in o.example.arguments.split(",")[0]
                  and not o.parameters]
        plain_get = [o for o in ops if o.http_method == "GET" and all("[optional]" in p.notes for p in o.parameters)]
        return (plain_get or simple or ops)[0].example


def build_docs(api: Api, package: PackageView) -> DocsView:
    builder = _Builder(api, package)
    apis = tuple(builder.api_doc(a) for a in package.apis)
    models = tuple(builder.model_doc(v) for v in package.schemas)
    webhooks = builder.webhooks_doc()
    return DocsView(builder.readme(apis, webhooks), apis, models, webhooks)


# --------------------------------------------------------------------------- rendering


def render_docs(api: Api, options: Options, package: PackageView) -> dict[str, str]:
    """`README.md` and `docs/*.md`, relative to the output folder."""
    from .render import environment

    del options  # the package view already carries the package name
    docs = build_docs(api, package)
    env = environment()
    files = {"README.md": env.get_template("docs/readme.md.jinja").render(readme=docs.readme)}
    api_template = env.get_template("docs/api.md.jinja")
    for a in docs.apis:
        files[f"docs/{a.file_name}"] = api_template.render(api=a)
    model_template = env.get_template("docs/model.md.jinja")
    for m in docs.models:
        files[f"docs/{m.file_name}"] = model_template.render(model=m)
    if docs.webhooks is not None:
        files[f"docs/{docs.webhooks.file_name}"] = env.get_template("docs/webhooks.md.jinja").render(
            webhooks=docs.webhooks)
    return files
