"""IR building: type mapping of single schemas (each row of the tables)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from generator.diagnostics import Level
from generator.ir.build import build_ir
from generator.ir.model import (
    AliasSchema,
    ArrayType,
    ConstType,
    Constraints,
    EnumSchema,
    JsonArray,
    JsonObject,
    MapType,
    MISSING,
    ModelSchema,
    NullableType,
    PrimitiveKind as K,
    PrimitiveType,
    RefType,
    UnionType,
)


def build(schemas: dict, version: str = "3.0.3"):
    doc = {"openapi": version, "info": {"title": "t", "version": "1"}, "paths": {},
           "components": {"schemas": schemas}}
    return build_ir(SimpleNamespace(document=doc))


def prop_type(schema: dict, version: str = "3.0.3"):
    """The type of `schema` used as the property `p` of a model `M`."""
    api, diagnostics = build({"M": {"type": "object", "properties": {"p": schema}}}, version)
    return api.schema("M").properties[0].type, api, diagnostics


@pytest.mark.parametrize("schema, expected", [
    ({"type": "string"}, PrimitiveType(K.STRING)),
    ({"type": "string", "format": "date-time"}, PrimitiveType(K.STRING, "date-time")),
    ({"type": "string", "format": "uuid"}, PrimitiveType(K.STRING, "uuid")),
    ({"type": "string", "format": "byte"}, PrimitiveType(K.STRING, "byte")),
    ({"type": "string", "format": "binary"}, PrimitiveType(K.BINARY, "binary")),
    ({"type": "integer", "format": "int64"}, PrimitiveType(K.INTEGER, "int64")),
    ({"type": "number", "format": "float"}, PrimitiveType(K.NUMBER, "float")),
    ({"type": "boolean"}, PrimitiveType(K.BOOLEAN)),
    ({}, PrimitiveType(K.ANY)),
    ({"description": "anything"}, PrimitiveType(K.ANY)),
    ({"const": 3}, ConstType(3)),
    ({"const": {"a": [1]}}, ConstType(JsonObject((("a", JsonArray((1,))),)))),
    ({"type": "array", "items": {"type": "integer"}}, ArrayType(PrimitiveType(K.INTEGER))),
    ({"type": "object"}, MapType(PrimitiveType(K.ANY))),
    ({"type": "object", "additionalProperties": True}, MapType(PrimitiveType(K.ANY))),
    ({"type": "object", "additionalProperties": {"type": "integer"}}, MapType(PrimitiveType(K.INTEGER))),
    ({"additionalProperties": {"type": "string"}}, MapType(PrimitiveType(K.STRING))),
    ({"type": "string", "nullable": True}, NullableType(PrimitiveType(K.STRING))),
    ({"type": "object", "nullable": True}, NullableType(MapType(PrimitiveType(K.ANY)))),
])
def test_type_table(schema, expected):
    ptype, _, diagnostics = prop_type(schema)
    assert ptype == expected
    assert diagnostics == []


def test_constraints_are_kept():
    ptype, _, _ = prop_type({"type": "string", "minLength": 1, "maxLength": 9, "pattern": "^a+$"})
    assert ptype.constraints == Constraints(min_length=1, max_length=9, pattern="^a+$")
    ptype, _, _ = prop_type({"type": "integer", "minimum": 1, "maximum": 100, "exclusiveMaximum": True,
                             "multipleOf": 5})
    assert ptype.constraints == Constraints(minimum=1, maximum=100, exclusive_maximum=True, multiple_of=5)
    ptype, _, _ = prop_type({"type": "array", "items": {}, "minItems": 1, "maxItems": 3, "uniqueItems": True})
    assert ptype == ArrayType(PrimitiveType(K.ANY), Constraints(min_items=1, max_items=3, unique_items=True))


def test_bad_constraint_values_are_warnings_not_crashes():
    ptype, _, diagnostics = prop_type({"type": "string", "maxLength": "ten", "minLength": -1})
    assert ptype == PrimitiveType(K.STRING)
    assert [d.pointer for d in diagnostics] == ["/components/schemas/M/properties/p/minLength",
                                                "/components/schemas/M/properties/p/maxLength"]
    assert all(d.level == Level.WARNING for d in diagnostics)


def test_unknown_type_is_a_warning_naming_the_pointer():
    ptype, _, diagnostics = prop_type({"type": "datetime"})
    assert ptype == PrimitiveType(K.ANY)
    assert len(diagnostics) == 1
    assert diagnostics[0].level == Level.WARNING
    assert diagnostics[0].pointer == "/components/schemas/M/properties/p/type"
    assert "datetime" in diagnostics[0].message


def test_closed_object_and_typed_additional_properties():
    api, diagnostics = build({
        "Closed": {"type": "object", "properties": {"a": {"type": "string"}}, "additionalProperties": False},
        "Empty": {"type": "object", "additionalProperties": False},
        "Open": {"type": "object", "properties": {"a": {"type": "string"}},
                 "additionalProperties": {"type": "integer"}},
        "Free": {"type": "object", "properties": {"a": {"type": "string"}}, "additionalProperties": True},
        "Plain": {"type": "object", "properties": {"a": {"type": "string"}}},
        "Dict": {"type": "object", "additionalProperties": {"type": "string"}},
    })
    assert diagnostics == []
    assert api.schema("Closed").closed and api.schema("Closed").additional is None
    assert isinstance(api.schema("Empty"), ModelSchema) and api.schema("Empty").closed
    assert api.schema("Open").additional == PrimitiveType(K.INTEGER)
    assert api.schema("Free").additional == PrimitiveType(K.ANY)
    assert api.schema("Plain").additional is None and not api.schema("Plain").closed
    assert api.schema("Dict") == AliasSchema("Dict", "/components/schemas/Dict", None, None, False, MISSING,
                                             MapType(PrimitiveType(K.STRING)))


def test_property_details():
    api, _ = build({"M": {
        "type": "object", "required": ["id"],
        "properties": {
            "id": {"type": "string", "readOnly": True, "description": "The id", "title": "Id",
                   "example": "m_1"},
            "secret": {"type": "string", "writeOnly": True, "deprecated": True},
            "flag": {"type": "boolean", "default": False},
            "note": {"type": "string", "default": None, "nullable": True},
        },
    }})
    id_, secret, flag, note = api.schema("M").properties
    assert (id_.required, id_.read_only, id_.description, id_.title, id_.example) == \
        (True, True, "The id", "Id", "m_1")
    assert (secret.required, secret.write_only, secret.deprecated, secret.default) == (False, True, True, MISSING)
    assert flag.default is False
    assert note.default is None  # JSON null, not "no default"
    assert id_.pointer == "/components/schemas/M/properties/id"


# --------------------------------------------------------------------------- enums

@pytest.mark.parametrize("schema, base, values, nullable", [
    ({"type": "string", "enum": ["a", "b"]}, K.STRING, ("a", "b"), False),
    ({"type": "integer", "enum": [1, 2, 3]}, K.INTEGER, (1, 2, 3), False),
    ({"type": "number", "enum": [1, 2.5]}, K.NUMBER, (1, 2.5), False),
    ({"type": "boolean", "enum": [True]}, K.BOOLEAN, (True,), False),
    ({"enum": ["a", 1, True]}, K.ANY, ("a", 1, True), False),
    ({"type": "string", "enum": ["a", None]}, K.STRING, ("a",), True),
    ({"type": "string", "nullable": True, "enum": ["a"]}, K.STRING, ("a",), True),
    ({"type": ["string", "null"], "enum": ["a", None]}, K.STRING, ("a",), True),
    ({"enum": [None]}, K.NULL, (), True),
])
def test_component_enums(schema, base, values, nullable):
    api, _ = build({"E": schema}, "3.1.0")
    enum = api.schema("E")
    assert isinstance(enum, EnumSchema)
    assert (enum.base, enum.values, enum.nullable) == (base, values, nullable)
    assert [type(v) for v in enum.values] == [type(v) for v in values]


def test_enum_extensions_and_duplicates():
    api, diagnostics = build({"E": {"type": "integer", "enum": [1, 2, 1],
                                    "x-enum-varnames": ["ONE", "TWO"],
                                    "x-enum-descriptions": ["first", "second"]}})
    enum = api.schema("E")
    assert enum.values == (1, 2)
    assert enum.value_names == ("ONE", "TWO")
    assert enum.value_descriptions == ("first", "second")
    assert [d.pointer for d in diagnostics] == ["/components/schemas/E/enum/2"]


def test_enum_values_that_python_finds_equal_stay_distinct():
    api, diagnostics = build({"E": {"enum": [1, True, 1.0, "1"]}})
    assert api.schema("E").values == (1, True, 1.0, "1")
    assert api.schema("E").base == K.ANY
    assert diagnostics == []


def test_nullable_inline_enum_is_hoisted_and_nullable_at_the_use_site():
    ptype, api, _ = prop_type({"type": "string", "enum": ["x", None]})
    assert ptype == NullableType(RefType("MP"))
    assert api.schema("MP").nullable and api.schema("MP").values == ("x",)
    ptype, _, _ = prop_type({"enum": [None]})
    assert ptype == PrimitiveType(K.NULL)


def test_ref_to_nullable_component_is_nullable_at_every_use():
    api, _ = build({
        "N": {"type": "object", "nullable": True, "properties": {"a": {"type": "string"}}},
        "E": {"type": "string", "enum": ["a", None]},
        "Chain": {"$ref": "#/components/schemas/N"},
        "User": {"type": "object", "properties": {
            "n": {"$ref": "#/components/schemas/N"},
            "e": {"$ref": "#/components/schemas/E"},
            "c": {"$ref": "#/components/schemas/Chain"},
            "forced": {"$ref": "#/components/schemas/User", "nullable": True},
        }},
    })
    types = {p.name: p.type for p in api.schema("User").properties}
    assert types == {"n": NullableType(RefType("N")), "e": NullableType(RefType("E")),
                     "c": NullableType(RefType("Chain")), "forced": NullableType(RefType("User"))}
    assert api.schema("Chain").target == NullableType(RefType("N"))


# --------------------------------------------------------------------------- 3.1

def test_type_arrays_and_null_in_31():
    cases = [
        ({"type": ["string", "null"]}, NullableType(PrimitiveType(K.STRING))),
        ({"type": ["integer", "string"]}, UnionType((PrimitiveType(K.INTEGER), PrimitiveType(K.STRING)),
                                                    exclusive=False)),
        ({"type": "null"}, PrimitiveType(K.NULL)),
        ({"type": ["null"]}, PrimitiveType(K.NULL)),
        ({"type": "string", "contentMediaType": "application/octet-stream"}, PrimitiveType(K.BINARY)),
        ({"type": "number", "exclusiveMinimum": 0},
         PrimitiveType(K.NUMBER, constraints=Constraints(minimum=0, exclusive_minimum=True))),
        ({"type": "array"}, ArrayType(PrimitiveType(K.ANY))),
    ]
    for schema, expected in cases:
        ptype, _, diagnostics = prop_type(schema, "3.1.0")
        assert ptype == expected, schema
        assert diagnostics == [], schema


@pytest.mark.parametrize("schema, expected", [
    # 3.1 allows a bound and an exclusive bound together: the tighter one is kept
    ({"type": "integer", "maximum": 3, "exclusiveMaximum": 10}, Constraints(maximum=3)),
    ({"type": "integer", "maximum": 30, "exclusiveMaximum": 10}, Constraints(maximum=10, exclusive_maximum=True)),
    ({"type": "integer", "exclusiveMaximum": 10, "maximum": 10}, Constraints(maximum=10, exclusive_maximum=True)),
    ({"type": "number", "minimum": 5, "exclusiveMinimum": 0}, Constraints(minimum=5)),
    ({"type": "number", "minimum": -5, "exclusiveMinimum": 0}, Constraints(minimum=0, exclusive_minimum=True)),
])
def test_31_bound_and_exclusive_bound_keep_the_tighter(schema, expected):
    ptype, _, diagnostics = prop_type(schema, "3.1.0")
    assert ptype.constraints == expected
    assert diagnostics == []


def test_31_ref_sibling_narrows_the_referenced_bounds():
    api, _ = build({
        "Quality": {"type": "integer", "exclusiveMinimum": 0, "exclusiveMaximum": 10},
        "M": {"type": "object", "properties": {"q": {"$ref": "#/components/schemas/Quality", "maximum": 3}}},
    }, "3.1.0")
    assert api.schema("M").properties[0].type == PrimitiveType(
        K.INTEGER, constraints=Constraints(minimum=0, exclusive_minimum=True, maximum=3))


def test_object_or_null_type_array_hoists_the_object():
    ptype, api, _ = prop_type({"type": ["object", "null"], "properties": {"a": {"type": "string"}}}, "3.1.0")
    assert ptype == NullableType(RefType("MP"))
    assert isinstance(api.schema("MP"), ModelSchema)


def test_ref_siblings_in_31_merge_and_annotate():
    api, diagnostics = build({
        "Base": {"type": "object", "properties": {"a": {"type": "string"}}},
        "M": {"type": "object", "properties": {
            "described": {"$ref": "#/components/schemas/Base", "description": "Only text"},
            "extended": {"$ref": "#/components/schemas/Base", "properties": {"b": {"type": "integer"}}},
        }},
    }, "3.1.0")
    assert diagnostics == []
    described, extended = api.schema("M").properties
    assert described.type == RefType("Base") and described.description == "Only text"
    assert extended.type == RefType("MExtended")
    merged = api.schema("MExtended")
    assert [p.name for p in merged.properties] == ["a", "b"] and merged.parents == ("Base",)


def test_ref_siblings_in_30_warn():
    api, diagnostics = build({
        "Base": {"type": "object", "properties": {"a": {"type": "string"}}},
        "M": {"type": "object", "properties": {
            "extended": {"$ref": "#/components/schemas/Base", "properties": {"b": {"type": "integer"}}},
            "typed": {"$ref": "#/components/schemas/Base", "type": "object"},
        }},
    })
    assert [d.pointer for d in diagnostics] == ["/components/schemas/M/properties/extended"]
    assert api.schema("M").properties[1].type == RefType("Base")


def test_tuple_arrays_and_false_schemas_are_warnings():
    ptype, _, diagnostics = prop_type({"type": "array", "prefixItems": [{"type": "string"}]}, "3.1.0")
    assert ptype == ArrayType(PrimitiveType(K.ANY))
    assert [d.level for d in diagnostics] == [Level.WARNING]
    ptype, _, diagnostics = prop_type(False, "3.1.0")
    assert ptype == PrimitiveType(K.ANY) and len(diagnostics) == 1
