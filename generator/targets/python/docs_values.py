"""Example values for the docs: Python expressions for IR types.

Values are the smallest that are valid for the generated client: required
fields only, the spec's own `example` when it fits the type, otherwise a
placeholder shaped by the type (`"order_id_example"`, `56` clamped into the
declared range, the first enum member, `date(2013, 10, 20)`), using the
package's own class, field and member names (from the code generator's
views).  Spec values reach the code only as `pyrepr` literals.
"""

from __future__ import annotations

import math
from typing import Mapping

from ...ir.model import (
    MISSING,
    AliasSchema,
    ArrayType,
    ConstType,
    Discriminator,
    IRType,
    JsonArray,
    JsonObject,
    JsonValue,
    MapType,
    Maybe,
    NullableType,
    PrimitiveKind,
    PrimitiveType,
    RefType,
    UnionSchema,
    UnionType,
)
from .docs_layout import Atom, Bracket, Item, Node, flat
from .literals import json_literal, pyrepr
from ...records import Record
from .typemap import TypeMapper
from .view_models import EnumView, ModelView, RootView, SchemaView
from .view_package import PackageView

__all__ = ["Expr", "ExampleValues", "pyrepr", "json_literal", "atom", "call"]

_MAX_DEPTH = 6

class Expr(Record):
    """A Python expression (a layout tree, see `docs_layout`) and what it needs imported."""

    node: Node
    #: class names imported from `<pkg>.models`
    models: frozenset[str] = frozenset()
    #: (module, name) pairs from the standard library
    stdlib: frozenset[tuple[str, str]] = frozenset()

    @property
    def text(self) -> str:
        """The expression on one line."""
        return flat(self.node)

    def using(self, class_name: str) -> Expr:
        """This expression, also needing `class_name` from the models."""
        return Expr(self.node, self.models | {class_name}, self.stdlib)


def atom(text: str, models: frozenset[str] = frozenset(), stdlib: frozenset[tuple[str, str]] = frozenset()) -> Expr:
    return Expr(Atom(text), models, stdlib)


def call(opening: str, args: list[tuple[str, Node]]) -> Bracket:
    """`opening` (`Class(`) with `(prefix, value)` arguments."""
    return Bracket(opening, tuple(Item(value, prefix) for prefix, value in args), ")")


def _join(parts: list[Expr], node: Node) -> Expr:
    return Expr(
        node,
        frozenset().union(*(p.models for p in parts)),
        frozenset().union(*(p.stdlib for p in parts)),
    )


_NONE = atom("None")


def _fits(kind: PrimitiveKind, value: object) -> bool:
    if kind == PrimitiveKind.STRING:
        return isinstance(value, str)
    if kind == PrimitiveKind.INTEGER:
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == PrimitiveKind.NUMBER:
        return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)
    if kind == PrimitiveKind.BOOLEAN:
        return isinstance(value, bool)
    return False


class ExampleValues:
    """Example expressions for IR types, using the package's own class names."""

    def __init__(self, package: PackageView) -> None:
        self.package = package
        self.api = package.api
        self.types = TypeMapper(self.api.schema, package.names.class_name)
        self.views: Mapping[str, SchemaView] = package.views

    # ------------------------------------------------------------------ entry points

    def value(self, t: IRType | None, hint: str, example: Maybe = MISSING) -> Expr:
        if t is None:
            return atom("{}")
        return self._value(t, hint, example, frozenset(), 0)

    def of_schema(self, view: SchemaView, hint: str) -> Expr:
        """An instance of a schema's own class (root schemas wrap their value)."""
        if isinstance(view, RootView):
            schema = view.schema
            if isinstance(schema, AliasSchema):
                inner = self._value(schema.target, hint, MISSING, frozenset({schema.name}), 1)
            elif isinstance(schema, UnionSchema) and schema.variants:
                inner = self._variant(schema.variants, schema.discriminator, hint, frozenset({schema.name}), 1)
            else:
                inner = _NONE
            return _join([inner], call(f"{view.class_name}(", [("", inner.node)])).using(view.class_name)
        return self._value(RefType(view.schema.name), hint, MISSING, frozenset(), 0)

    # ------------------------------------------------------------------ by kind

    def _value(self, t: IRType, hint: str, example: Maybe, seen: frozenset[str], depth: int) -> Expr:
        if depth > _MAX_DEPTH:
            return _NONE
        if isinstance(t, PrimitiveType):
            return self._primitive(t, hint, example)
        if isinstance(t, ConstType):
            return atom(json_literal(t.value))
        if isinstance(t, NullableType):
            return self._value(t.inner, hint, example, seen, depth)
        if isinstance(t, ArrayType):
            item = self._value(t.items, hint + "_item" if not hint.endswith("_item") else hint, MISSING, seen, depth + 1)
            if item.text == "None":
                return atom("[]")
            count = max(1, t.constraints.min_items or 1)
            return _join([item], Bracket("[", tuple(Item(item.node) for _ in range(count)), "]"))
        if isinstance(t, MapType):
            inner = self._value(t.values, hint, MISSING, seen, depth + 1)
            return _join([inner], Bracket("{", (Item(inner.node, f"{pyrepr('key')}: "),), "}"))
        if isinstance(t, UnionType):
            return self._variant(t.variants, t.discriminator, hint, seen, depth)
        return self._ref(t.name, hint, example, seen, depth)

    def _primitive(self, t: PrimitiveType, hint: str, example: Maybe) -> Expr:
        kind, fmt, c = t.kind, t.format, t.constraints
        if example is not MISSING and _fits(kind, example) and fmt not in ("date", "date-time", "binary"):
            return atom(pyrepr(example))  # type: ignore[arg-type]
        if kind == PrimitiveKind.STRING:
            if fmt == "date":
                return Expr(call("date(", [("", Atom(n)) for n in ("2013", "10", "20")]),
                            stdlib=frozenset({("datetime", "date")}))
            if fmt == "date-time":
                args = [("", Atom(n)) for n in ("2013", "10", "20", "19", "20", "30")]
                return Expr(call("datetime(", [*args, ("tzinfo=", Atom("timezone.utc"))]),
                            stdlib=frozenset({("datetime", "datetime"), ("datetime", "timezone")}))
            text = {"email": "user@example.com", "uri": "https://example.com", "url": "https://example.com",
                    "uuid": "3fa85f64-5717-4562-b3fc-2c963f66afa6"}.get(fmt or "", f"{hint}_example")
            if c.min_length is not None and len(text) < c.min_length:
                text = text + "x" * (c.min_length - len(text))
            if c.max_length is not None and len(text) > c.max_length:
                text = text[: c.max_length]
            return atom(pyrepr(text))
        if kind == PrimitiveKind.INTEGER:
            return atom(repr(int(self._number(56, c.minimum, c.maximum, c.exclusive_minimum,
                                              c.exclusive_maximum, c.multiple_of, 1))))
        if kind == PrimitiveKind.NUMBER:
            return atom(repr(float(self._number(3.4, c.minimum, c.maximum, c.exclusive_minimum,
                                                c.exclusive_maximum, c.multiple_of, 0.1))))
        if kind == PrimitiveKind.BOOLEAN:
            return atom("True")
        if kind == PrimitiveKind.BINARY:
            return atom('b"raw bytes"')
        if kind == PrimitiveKind.NULL:
            return _NONE
        return atom(pyrepr(f"{hint}_example")) if example is MISSING else atom(json_literal(example))

    @staticmethod
    def _number(default: float, low: float | None, high: float | None, ex_low: bool, ex_high: bool,
                step: float | None, unit: float) -> float:
        value = default
        if low is not None and (value < low or (ex_low and value <= low)):
            value = low + (unit if ex_low else 0)
        if high is not None and (value > high or (ex_high and value >= high)):
            value = high - (unit if ex_high else 0)
        if step:
            value = math.ceil(value / step) * step
            if high is not None and value > high:
                value -= step
        return value

    def _ref(self, name: str, hint: str, example: Maybe, seen: frozenset[str], depth: int) -> Expr:
        # the class the package has for the schema decides (an alias of a model
        # may be rendered as a subclass of it); otherwise the schema's kind
        view = self.views.get(name)
        if isinstance(view, EnumView):
            return self.enum_member(view, example)
        if isinstance(view, ModelView):
            return _NONE if name in seen else self.construct(view, seen | {name}, depth, {})
        schema = self.api.schema(name)
        if name in seen:
            return _NONE
        if isinstance(schema, AliasSchema):
            return self._value(schema.target, hint, example, seen | {name}, depth)
        if isinstance(schema, UnionSchema) and schema.variants:
            return self._variant(schema.variants, schema.discriminator, hint, seen | {name}, depth)
        return _NONE

    def enum_member(self, view: EnumView, example: Maybe = MISSING) -> Expr:
        if not view.members:
            return _NONE
        chosen = next((m for m in view.members if example is not MISSING and m.value == example
                       and type(m.value) is type(example)), view.members[0])
        return atom(f"{view.class_name}.{chosen.name}", frozenset({view.class_name}))

    def construct(self, view: ModelView, seen: frozenset[str], depth: int, overrides: dict[str, Expr]) -> Expr:
        """`Model(required_field=..., ...)`; `overrides` by wire name."""
        parts: list[Expr] = []
        args: list[tuple[str, Node]] = []
        for f in view.fields:
            if f.wire_name in overrides:
                value = overrides[f.wire_name]
            elif f.required or (f.prop.required and f.prop.write_only):  # required in requests, as examples are
                value = self._value(f.prop.type, f.name, f.prop.example, seen, depth + 1)
            else:
                continue
            parts.append(value)
            args.append((f"{f.name}=", value.node))
        return _join(parts, call(f"{view.class_name}(", args)).using(view.class_name)

    def _variant(self, variants: tuple[IRType, ...], disc: Discriminator | None, hint: str,
                 seen: frozenset[str], depth: int) -> Expr:
        first = variants[0]
        if disc is not None and isinstance(first, RefType):
            view = self.views.get(first.name)
            tags = [value for value, target in disc.mapping if target == first.name]
            if isinstance(view, ModelView) and tags and first.name not in seen:
                return self.construct(view, seen | {first.name}, depth,
                                      {disc.property_name: self._tag(view, disc.property_name, tags[0])})
        return self._value(first, hint, MISSING, seen, depth)

    def _tag(self, view: ModelView, wire: str, tag: str) -> Expr:
        """The discriminator's value for a variant, typed as its field is."""
        for f in view.fields:
            if f.wire_name != wire:
                continue
            target = self.types.resolve(f.prop.type.inner if isinstance(f.prop.type, NullableType) else f.prop.type)
            if isinstance(target, RefType):
                enum_view = self.views.get(target.name)
                if isinstance(enum_view, EnumView):
                    member = next((m for m in enum_view.members if m.value == tag), None)
                    if member is not None:
                        return atom(f"{enum_view.class_name}.{member.name}", frozenset({enum_view.class_name}))
                    return Expr(call(f"{enum_view.class_name}(", [("", Atom(pyrepr(tag)))]),
                                frozenset({enum_view.class_name}))
        return atom(pyrepr(tag))
