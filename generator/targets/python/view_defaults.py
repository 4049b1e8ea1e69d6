"""A property's `default` from the spec as a Python literal, checked against its type.

`DefaultLiterals.literal(type, value)` walks the IR type and the JSON value
together and returns the literal only when the whole value fits the type the
field is annotated with (pydantic does not validate defaults, so a default
that does not fit would come back from the model as a wrongly typed value):

- scalars by the primitive table (a boolean only where a boolean is meant,
  `True == 1` notwithstanding; no defaults for date/date-time/binary, whose
  Python types are not JSON scalars);
- arrays and maps element by element, `Any` takes every JSON value;
- enum values as the enum's member (`Color.RED`), aliases by their target,
  unions by the first variant the value fits;
- objects for model-typed fields are not used (building a model at
  class-definition time could fail on every instance);
- values nested deeper than `MAX_DEPTH` are not used: Python's parser
  refuses more than 200 nested brackets, so such a literal would not compile.

Every piece of spec text goes through `literals` (`pyrepr`), so keys and
strings carrying quotes, backslashes, NUL or Jinja syntax stay inert.  A
list or dict default is written as the field's plain default, like a scalar:
pydantic 2 deep-copies non-hashable defaults for every instance (documented:
"Fields with non-hashable default values"), so instances never share it, and
mypy checks the literal against the field's annotation (a `default_factory`
lambda would be inferred on its own, e.g. `list[object]` for `[True, E.A]`).
"""

from __future__ import annotations

import json
from typing import Callable

from ...ir.model import (
    MISSING,
    AliasSchema,
    ArrayType,
    ConstType,
    EnumSchema,
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
    Schema,
    UnionSchema,
    UnionType,
    from_json_value,
)
from .literals import json_literal, pyrepr
from .typemap import plain_booleans

__all__ = ["DefaultLiterals"]

#: primitive kind -> the Python types of JSON scalars a default of that kind may have
_SCALAR_FITS: dict[PrimitiveKind, tuple[type, ...]] = {
    PrimitiveKind.STRING: (str,),
    PrimitiveKind.INTEGER: (int,),
    PrimitiveKind.NUMBER: (int, float),
    PrimitiveKind.BOOLEAN: (bool,),
}

#: string formats whose Python type is not `str` (their defaults are not used)
_NON_STR_FORMATS = frozenset({"date", "date-time", "binary"})

#: the deepest list/dict nesting a default literal may have (Python's parser stops at 200 brackets)
MAX_DEPTH = 64


class DefaultLiterals:
    """Default literals for one API; `schema` finds named schemas, the callables name classes and members."""

    def __init__(
        self,
        schema: Callable[[str], Schema],
        class_name: Callable[[str], str],
        member_names: Callable[[EnumSchema], dict[object, str]],
    ) -> None:
        self._schema = schema
        self._class_name = class_name
        self._member_names = member_names

    def field_default(self, t: IRType, default: Maybe) -> str:
        """The spec's default as a literal when the whole of it fits `t`, else `None`."""
        if default is MISSING or default is None or _depth(default) > MAX_DEPTH:
            return "None"
        return self.literal(t, default, frozenset()) or "None"

    def literal(self, t: IRType, value: JsonValue, seen: frozenset[str]) -> str | None:
        """`value` as a literal of type `t`, or None when it does not fit."""
        if isinstance(t, NullableType):
            return "None" if value is None else self.literal(t.inner, value, seen)
        if isinstance(t, PrimitiveType):
            return _primitive(t, value)
        if isinstance(t, ConstType):
            return json_literal(value) if _same(value, t.value) else None
        if isinstance(t, ArrayType):
            if not isinstance(value, JsonArray):
                return None
            items = [self.literal(t.items, v, seen) for v in value.items]
            return None if None in items else "[" + ", ".join(i for i in items if i is not None) + "]"
        if isinstance(t, MapType):
            if not isinstance(value, JsonObject):
                return None
            entries = [(k, self.literal(t.values, v, seen)) for k, v in value.entries]
            if any(v is None for _, v in entries):
                return None
            return "{" + ", ".join(f"{pyrepr(k)}: {v}" for k, v in entries) + "}"
        if isinstance(t, UnionType):
            return self._first_fit(t.variants, value, seen)
        return self._ref(t, value, seen)

    def _ref(self, t: RefType, value: JsonValue, seen: frozenset[str]) -> str | None:
        if t.name in seen:  # an alias cycle: typed Any, so any value fits
            return json_literal(value)
        schema = self._schema(t.name)
        seen = seen | {t.name}
        if isinstance(schema, AliasSchema):
            return self.literal(schema.target, value, seen)
        if isinstance(schema, UnionSchema):
            if value is None:
                return "None" if schema.nullable else None
            return self._first_fit(schema.variants, value, seen)
        if isinstance(schema, EnumSchema):
            return self._enum(t.name, schema, value)
        return None  # a model: see the module docstring

    def _enum(self, name: str, schema: EnumSchema, value: JsonValue) -> str | None:
        if value is None:
            return "None" if schema.nullable or schema.base == PrimitiveKind.NULL else None
        if isinstance(value, bool) and plain_booleans(schema):
            return pyrepr(value)  # typed `TheEnum | bool`: any boolean fits
        member = self._member_names(schema).get((type(value).__name__, value))
        return None if member is None else f"{self._class_name(name)}.{member}"

    def _first_fit(self, variants: tuple[IRType, ...], value: JsonValue, seen: frozenset[str]) -> str | None:
        for variant in variants:
            literal = self.literal(variant, value, seen)
            if literal is not None:
                return literal
        return None


def _primitive(t: PrimitiveType, value: JsonValue) -> str | None:
    if t.kind == PrimitiveKind.ANY:
        return json_literal(value)
    if t.kind == PrimitiveKind.NULL:
        return "None" if value is None else None
    if not isinstance(value, (str, int, float, bool)) or t.format in _NON_STR_FORMATS:
        return None
    # bool is an int in Python, not in JSON: only a boolean takes True/False
    fits = isinstance(value, _SCALAR_FITS.get(t.kind, ())) and isinstance(value, bool) == (t.kind == PrimitiveKind.BOOLEAN)
    return pyrepr(value) if fits else None


def _depth(value: JsonValue) -> int:
    """How deeply lists and dicts nest in `value` (0 for a scalar), without recursion."""
    deepest = 0
    stack: list[tuple[JsonValue, int]] = [(value, 0)]
    while stack:
        node, level = stack.pop()
        deepest = max(deepest, level)
        if isinstance(node, JsonArray):
            stack.extend((v, level + 1) for v in node.items)
        elif isinstance(node, JsonObject):
            stack.extend((v, level + 1) for _, v in node.entries)
    return deepest


def _same(a: JsonValue, b: JsonValue) -> bool:
    """Equal as JSON text (`true` is not `1`, key order counts as the spec wrote it)."""
    return json.dumps(from_json_value(a)) == json.dumps(from_json_value(b))
