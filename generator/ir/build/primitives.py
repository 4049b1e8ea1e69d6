"""Tables for primitive types and constraint keywords, and the enum builder.

Type mapping is a table: `type` (and, where it matters, `format`) to a
`PrimitiveKind`; the spec's `format` is always kept verbatim beside it.
"""

from __future__ import annotations

import json
from typing import Callable

from ..model import (
    Constraints,
    EnumSchema,
    MISSING,
    Maybe,
    PrimitiveKind,
    PrimitiveType,
    to_json_value,
)
from .context import Context, Node, join

#: JSON Schema `type` -> kind
TYPE_KINDS: dict[str, PrimitiveKind] = {
    "string": PrimitiveKind.STRING,
    "integer": PrimitiveKind.INTEGER,
    "number": PrimitiveKind.NUMBER,
    "boolean": PrimitiveKind.BOOLEAN,
    "null": PrimitiveKind.NULL,
}

#: (`type`, `format`) pairs that change the kind
FORMAT_KINDS: dict[tuple[str, str], PrimitiveKind] = {
    ("string", "binary"): PrimitiveKind.BINARY,
}

#: 3.1 `contentMediaType` values of a string that mean raw bytes
BINARY_CONTENT_TYPES = frozenset({"application/octet-stream"})

ANY = PrimitiveType(PrimitiveKind.ANY)
NULL = PrimitiveType(PrimitiveKind.NULL)

#: keywords that only annotate a schema (they never change its type)
ANNOTATIONS = frozenset(
    {"description", "title", "example", "examples", "default", "readOnly", "writeOnly",
     "deprecated", "nullable", "$comment", "summary", "externalDocs", "xml"}
)


def is_annotation(key: str) -> bool:
    return key in ANNOTATIONS or key.startswith("x-")


def _is_int(v: object) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _is_number(v: object) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def _is_count(v: object) -> bool:
    return _is_int(v) and v >= 0  # type: ignore[operator]


#: constraint keyword -> (Constraints field, value check)
_CONSTRAINT_KEYS: dict[str, tuple[str, Callable[[object], bool]]] = {
    "minLength": ("min_length", _is_count),
    "maxLength": ("max_length", _is_count),
    "pattern": ("pattern", lambda v: isinstance(v, str)),
    "minimum": ("minimum", _is_number),
    "maximum": ("maximum", _is_number),
    "multipleOf": ("multiple_of", lambda v: _is_number(v) and v > 0),  # type: ignore[operator]
    "minItems": ("min_items", _is_count),
    "maxItems": ("max_items", _is_count),
    "uniqueItems": ("unique_items", lambda v: isinstance(v, bool)),
}


def constraints(ctx: Context, node: dict[str, Node], pointer: str) -> Constraints:
    values: dict[str, object] = {}
    for key, (field_name, check) in _CONSTRAINT_KEYS.items():
        if key in node:
            value = node[key]
            if check(value):
                values[field_name] = value
            else:
                ctx.warn(join(pointer, key), f"ignored {key}: {json.dumps(value, default=str)} is not a valid value",
                         code="ir-constraint")
    for key, bound, flag in (("exclusiveMinimum", "minimum", "exclusive_minimum"),
                             ("exclusiveMaximum", "maximum", "exclusive_maximum")):
        if key not in node:
            continue
        value = node[key]
        if isinstance(value, bool):  # 3.0: a flag on minimum/maximum
            values[flag] = value and bound in values
        elif _is_number(value):  # 3.1: the bound itself; with minimum/maximum, the tighter wins
            given = values.get(bound)
            looser = given is None or (given <= value if bound == "minimum" else given >= value)
            if looser:
                values[bound] = value
                values[flag] = True
        else:
            ctx.warn(join(pointer, key), f"ignored {key}: not a boolean or number", code="ir-constraint")
    return Constraints(**values) if values else Constraints()  # type: ignore[arg-type]


def primitive(ctx: Context, type_name: str, node: dict[str, Node], pointer: str) -> PrimitiveType:
    fmt = node.get("format")
    fmt = fmt if isinstance(fmt, str) else None
    kind = TYPE_KINDS[type_name]
    if fmt is not None:
        kind = FORMAT_KINDS.get((type_name, fmt), kind)
    if type_name == "string" and node.get("contentMediaType") in BINARY_CONTENT_TYPES:
        kind = PrimitiveKind.BINARY
    return PrimitiveType(kind, fmt, constraints(ctx, node, pointer))


def base_fields(node: dict[str, Node]) -> tuple[str | None, str | None, bool, Maybe]:
    """The `SchemaBase` fields every named schema reads from its node, in field
    order after name and pointer: description, title, deprecated, example."""
    return text(node, "description"), text(node, "title"), node.get("deprecated") is True, example_of(node)


def example_of(node: dict[str, Node]) -> Maybe:
    """`example`, else the first of a 3.1 schema's `examples` list."""
    if "example" in node:
        return to_json_value(node["example"])
    examples = node.get("examples")
    if isinstance(examples, list) and examples:
        return to_json_value(examples[0])
    return MISSING


def text(node: dict[str, Node], key: str) -> str | None:
    value = node.get(key)
    return value if isinstance(value, str) else None


# --------------------------------------------------------------------------- enums

#: kind of each JSON scalar type, for inferring an enum's base
_VALUE_KINDS: tuple[tuple[Callable[[object], bool], PrimitiveKind], ...] = (
    (lambda v: isinstance(v, bool), PrimitiveKind.BOOLEAN),
    (_is_int, PrimitiveKind.INTEGER),
    (lambda v: isinstance(v, float), PrimitiveKind.NUMBER),
    (lambda v: isinstance(v, str), PrimitiveKind.STRING),
)


def scalar_enum(ctx: Context, node: dict[str, Node], pointer: str) -> bool:
    """Whether `node`'s enum lists scalars (and null) only, as an enum class can hold; warns when not.

    An enum of objects or arrays (`enum: [{}]`) is typed as if it had no
    enum: its values are not checked.
    """
    values = node.get("enum")
    if not isinstance(values, list) or all(v is None or _value_kind(v) != PrimitiveKind.ANY for v in values):
        return True
    ctx.warn_once(join(pointer, "enum"), "an enum of objects or arrays is not supported; the schema is typed "
             "without it (any value of its type is accepted)", code="ir-enum")
    return False


def _value_kind(value: object) -> PrimitiveKind:
    for check, kind in _VALUE_KINDS:
        if check(value):
            return kind
    return PrimitiveKind.ANY


def _enum_base(values: list[object]) -> PrimitiveKind:
    kinds = {_value_kind(v) for v in values}
    if kinds == {PrimitiveKind.INTEGER, PrimitiveKind.NUMBER}:
        return PrimitiveKind.NUMBER
    if len(kinds) == 1:
        return kinds.pop()
    return PrimitiveKind.ANY


def _value_key(value: object) -> str:
    """Distinguishes 1, 1.0 and True, which Python considers equal."""
    return type(value).__name__ + ":" + json.dumps(value, sort_keys=True, default=str)


def _declared_types(node: dict[str, Node]) -> list[str]:
    declared = node.get("type")
    if isinstance(declared, str):
        return [declared]
    if isinstance(declared, list):
        return [t for t in declared if isinstance(t, str) and t != "null"]
    return []


def enum_nullable(node: dict[str, Node]) -> bool:
    values = node.get("enum")
    declared = node.get("type")
    return (node.get("nullable") is True
            or (isinstance(values, list) and None in values)
            or (isinstance(declared, list) and "null" in declared)
            or declared == "null")


def enum_schema(ctx: Context, name: str, node: dict[str, Node], pointer: str) -> EnumSchema:
    raw = node.get("enum")
    if not isinstance(raw, list):
        ctx.warn(join(pointer, "enum"), "enum is not a list; treated as an empty enum", code="ir-enum")
        raw = []
    values: list[object] = []
    seen: set[str] = set()
    for index, value in enumerate(raw):
        if value is None:
            continue
        key = _value_key(value)
        if key in seen:
            ctx.warn(join(pointer, "enum", index), f"duplicate enum value {json.dumps(value, default=str)} dropped",
                     code="ir-enum")
            continue
        seen.add(key)
        values.append(value)
    if not values:
        base = PrimitiveKind.NULL
    else:
        base = _enum_base(values)
        declared = _declared_types(node)
        if len(declared) == 1 and declared[0] in TYPE_KINDS:
            wanted = TYPE_KINDS[declared[0]]
            if wanted == PrimitiveKind.NUMBER and base == PrimitiveKind.INTEGER:
                base = PrimitiveKind.NUMBER
            elif wanted != base:
                yaml_booleans = wanted == PrimitiveKind.STRING and any(isinstance(v, bool) for v in values)
                ctx.warn(join(pointer, "type"),
                         f"enum values do not all match type '{declared[0]}'; the enum is typed '{base.value}'",
                         "YAML reads unquoted on, off, yes, no, true and false as booleans: quote the values "
                         "that are strings ('on')" if yaml_booleans else None,
                         code="ir-enum")
    return EnumSchema(
        name,
        pointer,
        *base_fields(node),
        base=base,
        values=tuple(to_json_value(v) for v in values),
        nullable=enum_nullable(node),
        value_names=_names_list(ctx, node, pointer, ("x-enum-varnames", "x-enumNames"), len(values)),
        value_descriptions=_names_list(ctx, node, pointer, ("x-enum-descriptions", "x-enumDescriptions"),
                                       len(values)),
    )


def _names_list(ctx: Context, node: dict[str, Node], pointer: str, keys: tuple[str, ...],
                count: int) -> tuple[str, ...]:
    for key in keys:
        if key not in node:
            continue
        given = node[key]
        if isinstance(given, list) and len(given) == count and all(isinstance(v, str) for v in given):
            return tuple(given)
        ctx.warn(join(pointer, key), f"ignored {key}: expected {count} strings, one per enum value",
                 code="ir-enum")
    return ()

