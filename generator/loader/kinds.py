"""Which OpenAPI nodes are schemas, which are other objects and which are plain data.

Bundling and the `$ref` checks walk the document knowing the kind of each
node: a `$ref` in a schema position names a schema (hoisted into
`components/schemas` when it lives in another file), a `$ref` elsewhere names
an object that is inlined, and inside data (examples, defaults, enums,
extensions) a `$ref` key is just data.  The rules are tables, not if-chains.
"""

from __future__ import annotations

import enum


class Kind(enum.Enum):
    OBJECT = "object"  # an OpenAPI object (path item, operation, parameter, ...)
    SCHEMA = "schema"  # a Schema Object
    SCHEMA_MAP = "schema-map"  # name -> Schema Object (components/schemas, properties, ...)
    SCHEMA_LIST = "schema-list"  # [Schema Object] (allOf, anyOf, oneOf, prefixItems)
    EXAMPLE_MAP = "example-map"  # name -> Example Object
    EXAMPLE = "example"  # an Example Object (its `value` is data)
    DATA = "data"  # literal JSON: never holds references


#: child kind by key, per parent kind; `None` key is the default for that parent
_CHILD: dict[Kind, dict[str | None, Kind]] = {
    Kind.OBJECT: {
        "schema": Kind.SCHEMA,
        "schemas": Kind.SCHEMA_MAP,
        "example": Kind.DATA,
        "examples": Kind.EXAMPLE_MAP,
        "enum": Kind.DATA,
        None: Kind.OBJECT,
    },
    Kind.SCHEMA: {
        "properties": Kind.SCHEMA_MAP,
        "patternProperties": Kind.SCHEMA_MAP,
        "$defs": Kind.SCHEMA_MAP,
        "definitions": Kind.SCHEMA_MAP,
        "dependentSchemas": Kind.SCHEMA_MAP,
        "items": Kind.SCHEMA,
        "additionalProperties": Kind.SCHEMA,
        "additionalItems": Kind.SCHEMA,
        "unevaluatedItems": Kind.SCHEMA,
        "unevaluatedProperties": Kind.SCHEMA,
        "not": Kind.SCHEMA,
        "contains": Kind.SCHEMA,
        "if": Kind.SCHEMA,
        "then": Kind.SCHEMA,
        "else": Kind.SCHEMA,
        "propertyNames": Kind.SCHEMA,
        "contentSchema": Kind.SCHEMA,
        "allOf": Kind.SCHEMA_LIST,
        "anyOf": Kind.SCHEMA_LIST,
        "oneOf": Kind.SCHEMA_LIST,
        "prefixItems": Kind.SCHEMA_LIST,
        None: Kind.DATA,
    },
    Kind.SCHEMA_MAP: {None: Kind.SCHEMA},
    Kind.SCHEMA_LIST: {None: Kind.SCHEMA},
    Kind.EXAMPLE_MAP: {None: Kind.EXAMPLE},
    Kind.EXAMPLE: {"value": Kind.DATA, None: Kind.OBJECT},
    Kind.DATA: {None: Kind.DATA},
}

#: kinds whose mappings may be Reference Objects (`{"$ref": ...}`)
REF_KINDS = frozenset({Kind.OBJECT, Kind.SCHEMA, Kind.EXAMPLE})


def child_kind(kind: Kind, key: str) -> Kind:
    if key.startswith("x-"):
        return Kind.DATA
    table = _CHILD[kind]
    return table.get(key, table[None])


def item_kind(kind: Kind) -> Kind:
    """Kind of the elements of a list found in a node of `kind`."""
    if kind is Kind.SCHEMA_LIST or kind is Kind.SCHEMA:
        return Kind.SCHEMA  # `items: [...]` (tuple form) holds schemas too
    return kind
