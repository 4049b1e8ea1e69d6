"""What every docs page shares: doc files, anchors, type displays and notes.

`DocContext` is built once per package from the code generator's views: the
doc file of each API class and schema (unique case-insensitively, never a
Windows device name), the README anchor of each security scheme, and the
markdown for types (with links to the model pages) and for the Notes column
(`[optional]`, `[default to 10]`, allowed values, constraints).
"""

from __future__ import annotations

import json
import re

from ... import naming
from ...ir.model import (
    MISSING,
    Api,
    ArrayType,
    Constraints,
    ConstType,
    EnumSchema,
    IRType,
    JsonValue,
    Maybe,
    NullableType,
    PrimitiveType,
    RefType,
    Response,
    from_json_value,
)
from . import markdown as md
from .docs_examples import ExampleValues, EnvNames, default_host
from .typemap import PyType, TypeMapper
from .view_package import PackageView

__all__ = ["DocContext", "type_text", "anchor", "json_text"]

_MAX_LISTED_VALUES = 10
_PLAIN_ANNOTATION = re.compile(r"^[A-Za-z0-9_\[\], .|]*$")

#: the README's own section slugs: a scheme anchor must not take one
README_SLUGS = frozenset({"requirements", "installation-usage", "getting-started", "documentation-for-api-endpoints",
                          "documentation-for-webhooks", "documentation-for-models",
                          "documentation-for-authorization"})


def json_text(value: JsonValue) -> str:
    return json.dumps(from_json_value(value), ensure_ascii=False)


def anchor(name: str) -> str:
    """An HTML id for a name: `X-Voucherify-OAuth` -> `x-voucherify-oauth`."""
    ascii_only = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    if ascii_only and name.isascii():
        return ascii_only
    return "-".join(naming.words(name)) or "scheme"


def type_text(annotation: str) -> str:
    """An annotation for markdown: bold when plain, a code span otherwise."""
    if _PLAIN_ANNOTATION.match(annotation):
        return "**" + md.escape_emphasis_underscores(annotation).replace("|", "\\|") + "**"
    return md.table_code(annotation)


class DocContext:
    """Per-package facts and markdown helpers shared by every page."""

    def __init__(self, api: Api, package: PackageView) -> None:
        self.api = api
        self.package = package
        self.values = ExampleValues(package)
        self.types = TypeMapper(api.schema, package.names.class_name)
        self.env = EnvNames()
        names = package.names
        self.api_files, self.webhooks_file, self.schema_files = names.api_pages, names.webhooks_page, names.model_pages
        self.class_of = {s.name: package.names.class_name(s.name) for s in api.schemas}
        self.views = package.views
        self.scheme_anchors = self._scheme_anchors()
        self.base_url = md.literal(default_host(package))

    def _scheme_anchors(self) -> dict[str, str]:
        scope = naming.Scope(README_SLUGS)
        return {s.name: scope.claim(anchor(s.name)) for s in self.api.security_schemes}

    # ------------------------------------------------------------------ types

    def type_md(self, t: PyType, prefix: str = "") -> str:
        text = type_text(t.display)
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
            notes.append(f"[default to {md.cell(json_text(default))}]")
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
            notes.append(f"[allowed value: {md.table_code(json_text(resolved.value))}]")
        elif isinstance(resolved, RefType):
            schema = self.api.schema(resolved.name)
            if isinstance(schema, EnumSchema) and schema.values:
                shown = [md.table_code(json_text(v)) for v in schema.values[:_MAX_LISTED_VALUES]]
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

    @staticmethod
    def headers_md(r: Response) -> str:
        headers = r.headers
        if not headers:
            return "-"
        return "<br>".join(
            f"* {md.table_code(h.name)}{' - ' + md.cell(h.description) if h.description else ''}" for h in headers
        )
