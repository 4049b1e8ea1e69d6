"""The IR as deterministic JSON (`sdkgen ir SPEC`).

Every record becomes an object whose first key is `kind` when the class is
one member of a union (types, schemas, security schemes), e.g.
`{"kind": "model", "name": "Order", ...}`; a primitive type is tagged by its own
kind (`{"kind": "string", "format": "date-time"}`; those names never clash
with the other tags).  Fields are in declaration order;
fields holding their default (None, False, empty, MISSING, no constraints)
are left out, except JSON values from the spec (`default`, `example`,
an enum's `values`, a const's or an example's `value`), where null is a real value and only MISSING is left out.
The output is pretty (2-space indent) and ASCII-only (`\\uXXXX` escapes), so it
is byte-identical whatever the console encoding, and lone surrogates in a
hostile spec cannot break it.
"""

from __future__ import annotations

import enum
import json

from . import model as m
from ..records import Record, field_names

#: the tag of each class that is a member of a union
KINDS: dict[type, str] = {
    m.ConstType: "const",
    m.ArrayType: "array",
    m.MapType: "map",
    m.RefType: "ref",
    m.NullableType: "nullable",
    m.UnionType: "union",
    m.ModelSchema: "model",
    m.EnumSchema: "enum",
    m.UnionSchema: "union",
    m.AliasSchema: "alias",
    m.ApiKeyScheme: "apiKey",
    m.HttpScheme: "http",
    m.OAuth2Scheme: "oauth2",
    m.OpenIdConnectScheme: "openIdConnect",
}

#: fields holding spec JSON values (None is JSON null there): on any class, or per class
_JSON_FIELDS = frozenset({"default", "example"})
_JSON_CLASS_FIELDS = frozenset({(m.EnumSchema, "values"), (m.ConstType, "value"), (m.Example, "value")})


def _is_default(value: object) -> bool:
    if value is None or value is False or value is m.MISSING:
        return True
    if isinstance(value, (tuple, list, dict)) and not value:
        return True
    return isinstance(value, m.Constraints) and value.empty


def to_plain(value: object, json_value: bool = False) -> object:
    """The IR (or any part of it) as plain JSON-ready data."""
    if json_value:
        if isinstance(value, tuple):
            return [m.from_json_value(v) for v in value]
        return m.from_json_value(value)  # type: ignore[arg-type]
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (m.JsonArray, m.JsonObject)):
        return m.from_json_value(value)
    if isinstance(value, Record):
        out: dict[str, object] = {}
        kind = KINDS.get(type(value))
        if kind is not None:
            out["kind"] = kind
        for name in field_names(value):
            if name.startswith("_"):
                continue
            item = getattr(value, name)
            if name in _JSON_FIELDS or (type(value), name) in _JSON_CLASS_FIELDS:
                if item is not m.MISSING:
                    out[name] = to_plain(item, json_value=True)
                continue
            if _is_default(item):
                continue
            out[name] = to_plain(item)
        return out
    if isinstance(value, (tuple, list)):
        return [to_plain(v) for v in value]
    return value


def dump_json(api: m.Api) -> str:
    """Deterministic, pretty JSON of the whole IR (no trailing newline)."""
    return json.dumps(to_plain(api), indent=2, ensure_ascii=True, allow_nan=True)
