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

from ...ir.model import MISSING, Api, Parameter, PrimitiveKind, PrimitiveType, UnionSchema
from ...options import Options
from . import markdown as md
from .docs_examples import example_program, model_example, operation_schemes, sent_body
from .docs_readme import ReadmeParts
from .docs_text import json_text
from .docs_views import ApiDoc, Link, ModelDoc, OperationDoc, ResponseRow, Row, ValueRow
from .typemap import PyType
from .view_models import EnumView, FieldView, ModelView, RootView, SchemaView
from .view_operations import ApiView, OperationView, ParamView
from .view_package import PackageView

__all__ = ["render_docs"]

#: heading levels of the pages' own outline; spec headings go below them
API_DESCRIPTION_FLOOR = 2  # under "# pkg.OrdersApi", before the "# **op**" sections
OPERATION_DESCRIPTION_FLOOR = 4  # under "# **op**", whose sections are "###"
MODEL_DESCRIPTION_FLOOR = 3  # under "# Model", whose sections are "##"


class _Builder(ReadmeParts):
    """The API and model pages."""

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
        returns = op.returns.display
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
            required_arguments=bool(op.positional),
            parameters=tuple(self.parameter(op, p) for p in (*op.positional, *op.keyword)),
            return_type=self.return_md(op.returns),
            auth=tuple(Link(md.literal(s.name), f"../README.md#{self.scheme_anchors[s.name]}") for s in schemes),
            content_type=", ".join(md.literal(t) for t in request_types) or "Not defined",
            accept=", ".join(md.literal(t) for t in accept) or "Not defined",
            responses=tuple(
                ResponseRow(md.cell(r.status), md.cell(r.ir.description) or "-", self.headers_md(r.ir))
                for r in op.responses
            ),
        )

    def parameter(self, op: OperationView, p: ParamView) -> Row:
        ir = p.ir
        if isinstance(ir, Parameter):
            location = [] if p.location in ("path", "query") else [f"[{p.location}]"]
            wire = [] if p.wire_name == p.name else [f"[sent as {md.table_code(p.wire_name)}]"]
            fixed = [f"[{md.table_code(p.fixed)} when not given]"] if p.fixed else []
            notes = self.notes(ir.type, required=p.required, default=ir.default, deprecated=ir.deprecated,
                               extra=tuple(location + wire + fixed))
        else:
            sent = sent_body(op)[1]  # the notes of the content the call sends by default
            notes = self.notes(sent if sent is not None else PrimitiveType(PrimitiveKind.ANY), required=p.required,
                               default=MISSING, deprecated=False)
        return Row(p.name, self.type_md(p.type), md.cell(p.description), notes)

    def return_md(self, t: PyType) -> str:
        if t.members == ("None",):
            return "None (empty response body)"
        return self.type_md(t)

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
            # by value and type (members skip duplicates and a mixed enum's booleans)
            described: dict[tuple[type, object], str] = {
                (type(v), v): d for v, d in zip(view.schema.values, view.schema.value_descriptions)
                if isinstance(v, (str, int, float, bool)) and d}
            values = tuple(
                ValueRow(md.table_code(m.name), md.table_code(json_text(m.value)),
                         md.cell(described[(type(m.value), m.value)]) if (type(m.value), m.value) in described else "")
                for m in view.members
            )
            extra = ("Values the API adds later are accepted too: they become members with their value "
                     "as name, so responses never fail on them.")
            if view.note:
                extra += "\n\n" + view.note
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
            flags.append("[readonly: always in responses; leave it out of requests]" if prop.required
                         else "[readonly]")
        if prop.write_only:
            flags.append("[writeonly: required in requests; never in responses]" if prop.required
                         else "[writeonly]")
        if f.wire_name != f.name:
            flags.append(f"[JSON name: {md.table_code(f.wire_name)}]")
        notes = self.notes(prop.type, required=f.required, default=prop.default, deprecated=prop.deprecated,
                           extra=tuple(flags))
        return Row(f.name, self.type_md(base), md.cell(prop.description), notes)


# --------------------------------------------------------------------------- rendering


def render_docs(api: Api, options: Options, package: PackageView) -> dict[str, str]:
    """`README.md` and `docs/*.md`, relative to the output folder.

    Each model's page view is rendered as soon as it is built and then dropped:
    a big API has thousands, and holding them all only raised the peak memory.
    """
    from .render import environment

    del options  # the package view already carries the package name
    builder = _Builder(api, package)
    apis = tuple(builder.api_doc(a) for a in package.apis)
    webhooks = builder.webhooks_doc()
    env = environment()
    files = {"README.md": env.get_template("docs/readme.md.jinja").render(readme=builder.readme(apis, webhooks))}
    api_template = env.get_template("docs/api.md.jinja")
    for a in apis:
        files[f"docs/{a.file_name}"] = api_template.render(api=a)
    model_template = env.get_template("docs/model.md.jinja")
    for view in package.schemas:
        page = builder.model_doc(view)
        files[f"docs/{page.file_name}"] = model_template.render(model=page)
    if webhooks is not None:
        files[f"docs/{webhooks.file_name}"] = env.get_template("docs/webhooks.md.jinja").render(webhooks=webhooks)
    return files
