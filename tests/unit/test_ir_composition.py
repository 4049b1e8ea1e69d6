"""IR building: allOf merging, oneOf/anyOf unions, discriminators, recursion."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
import yaml

from generator.diagnostics import Level
from generator.ir.build import build_ir
from generator.ir.model import (
    AliasSchema,
    ArrayType,
    Discriminator,
    ModelSchema,
    NullableType,
    PrimitiveKind as K,
    PrimitiveType,
    RefType,
    UnionSchema,
    UnionType,
)

SPECS = Path(__file__).parent / "ir_specs"


def build(document: dict):
    return build_ir(SimpleNamespace(document=document))


def doc_with(schemas: dict) -> dict:
    return {"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {},
            "components": {"schemas": schemas}}


@pytest.fixture(scope="module")
def built():
    return build(yaml.safe_load((SPECS / "composition.yaml").read_text()))


@pytest.fixture(scope="module")
def api(built):
    return built[0]


def props(api, name):
    schema = api.schema(name)
    assert isinstance(schema, ModelSchema), schema
    return {p.name: p for p in schema.properties}


def test_allof_merges_members_in_order_with_parents(api):
    child = api.schema("Child")
    assert [p.name for p in child.properties] == ["id", "state", "created_at", "name", "own"]
    assert child.parents == ("Base", "Audit")
    p = props(api, "Child")
    assert p["id"].required and p["name"].required and not p["own"].required


def test_repeated_property_later_member_wins_without_diagnostic(api, built):
    assert props(api, "Child")["id"].type.constraints.max_length == 5
    assert props(api, "Base")["id"].type.constraints.max_length == 10
    assert not [d for d in built[1] if "/Child" in d.pointer]


def test_inherited_inline_enum_keeps_the_declaring_schema_name(api):
    assert props(api, "Child")["state"].type == RefType("BaseState")
    assert props(api, "GrandChild")["state"].type == RefType("BaseState")
    assert "ChildState" not in {s.name for s in api.schemas}


def test_allof_chain_flattens_grandparents(api):
    grand = api.schema("GrandChild")
    assert grand.parents == ("Child",)
    assert [p.name for p in grand.properties] == ["id", "state", "created_at", "name", "own", "extra"]


def test_allof_single_ref_is_that_ref(api):
    just = api.schema("JustBase")
    assert isinstance(just, AliasSchema) and just.target == RefType("Base")
    assert just.description == "Only a reference"


def test_allof_of_primitives_merges_keywords(api):
    short = api.schema("ShortString")
    assert isinstance(short, AliasSchema)
    assert short.target.kind == K.STRING and short.target.constraints.max_length == 5


def test_oneof_with_explicit_mapping_then_implicit(api):
    pet = api.schema("Pet")
    assert isinstance(pet, UnionSchema) and pet.exclusive
    assert pet.variants == (RefType("Cat"), RefType("Dog"))
    assert pet.discriminator == Discriminator("pet_type", (("kitty", "Cat"), ("Dog", "Dog")))


def test_anyof_implicit_mapping(api):
    pet = api.schema("PetImplicit")
    assert not pet.exclusive
    assert pet.discriminator == Discriminator("pet_type", (("Cat", "Cat"), ("Dog", "Dog")))


def test_union_of_primitives(api):
    union = api.schema("IdOrNumber")
    assert union.variants == (PrimitiveType(K.STRING), PrimitiveType(K.NUMBER))


def test_inline_union_members_are_hoisted_with_oneof_names(api):
    assert api.schema("Inline").variants == (RefType("InlineOneOf1"), RefType("InlineOneOf2"))
    assert list(props(api, "InlineOneOf2")) == ["b"]


def test_inline_unions_and_null_variants(api):
    p = props(api, "Owner")
    assert p["pet"].type == RefType("Pet")
    assert p["choice"].type == UnionType((RefType("Cat"), PrimitiveType(K.INTEGER)))
    assert p["maybe"].type == NullableType(RefType("Dog"))


def test_oneof_beside_properties_becomes_a_model_with_a_warning(api, built):
    assert list(props(api, "Mixed")) == ["kind", "x", "y"]
    warnings = [d for d in built[1] if d.pointer == "/components/schemas/Mixed/oneOf"]
    assert len(warnings) == 1 and warnings[0].level == Level.WARNING


def test_validation_only_oneof_members_are_dropped_silently(api, built):
    assert list(props(api, "RequiredCombo")) == ["a", "b"]
    assert not [d for d in built[1] if "RequiredCombo" in d.pointer]
    assert len(built[1]) == 1


def test_recursive_and_mutually_recursive_schemas(api):
    node = props(api, "Node")
    assert node["children"].type == ArrayType(RefType("Node"))
    assert node["parent"].type == RefType("Node")
    assert props(api, "Ping")["pong"].type == RefType("Pong")
    assert props(api, "Pong")["ping"].type == RefType("Ping")


def test_allof_with_inline_and_ref_members_inline_in_a_property():
    api, diagnostics = build(doc_with({
        "Base": {"type": "object", "properties": {"a": {"type": "string"}}},
        "Holder": {"type": "object", "properties": {
            "item": {"allOf": [{"$ref": "#/components/schemas/Base"},
                               {"type": "object", "properties": {
                                   "b": {"type": "object", "properties": {"c": {"type": "string"}}}}}]},
            "list": {"type": "array", "items": {"allOf": [{"$ref": "#/components/schemas/Base"}],
                                                "nullable": True}},
        }},
    }))
    assert diagnostics == []
    holder = props(api, "Holder")
    assert holder["item"].type == RefType("HolderItem")
    merged = api.schema("HolderItem")
    assert merged.parents == ("Base",)
    assert [(p.name, p.type) for p in merged.properties][1] == ("b", RefType("HolderItemB"))
    assert holder["list"].type == ArrayType(NullableType(RefType("Base")))


def test_allof_cycle_is_an_error_not_a_crash():
    api, diagnostics = build(doc_with({
        "A": {"allOf": [{"$ref": "#/components/schemas/B"}, {"properties": {"a": {"type": "string"}}}]},
        "B": {"allOf": [{"$ref": "#/components/schemas/A"}, {"properties": {"b": {"type": "string"}}}]},
    }))
    assert {s.name for s in api.schemas} == {"A", "B"}
    assert any(d.level == Level.ERROR and "cycle" in d.message for d in diagnostics)


def test_ref_only_loop_is_an_error_not_a_crash():
    api, diagnostics = build(doc_with({
        "A": {"$ref": "#/components/schemas/B"},
        "B": {"$ref": "#/components/schemas/A"},
        "C": {"$ref": "#/components/schemas/C"},
    }))
    assert {s.name for s in api.schemas} == {"A", "B", "C"}
    errors = [d for d in diagnostics if d.level == Level.ERROR]
    assert {d.pointer for d in errors} == {"/components/schemas/A", "/components/schemas/B",
                                           "/components/schemas/C"}
    assert all("loop" in d.message for d in errors)
    assert api.schema("C").target == PrimitiveType(K.ANY)


def test_discriminator_mapping_to_unknown_schema_warns():
    api, diagnostics = build(doc_with({
        "A": {"type": "object", "properties": {"t": {"type": "string"}}},
        "U": {"oneOf": [{"$ref": "#/components/schemas/A"}],
              "discriminator": {"propertyName": "t", "mapping": {"a": "A", "z": "#/components/schemas/Zed"}}},
        "V": {"oneOf": [{"$ref": "#/components/schemas/A"}, {"type": "string"}],
              "discriminator": {"mapping": {}}},
    }))
    assert api.schema("U").discriminator == Discriminator("t", (("a", "A"),))
    assert api.schema("V").discriminator is None
    assert sorted(d.pointer for d in diagnostics) == ["/components/schemas/U/discriminator/mapping/z",
                                                      "/components/schemas/V/discriminator"]


def test_nullable_union_component():
    api, _ = build({**doc_with({
        "U": {"oneOf": [{"type": "string"}, {"type": "integer"}, {"type": "null"}]},
        "User": {"type": "object", "properties": {"u": {"$ref": "#/components/schemas/U"}}},
    }), "openapi": "3.1.0"})
    assert api.schema("U").nullable
    assert api.schema("U").variants == (PrimitiveType(K.STRING), PrimitiveType(K.INTEGER))
    assert props(api, "User")["u"].type == NullableType(RefType("U"))


def test_deep_refs_into_a_component_reuse_the_hoisted_name():
    api, diagnostics = build(doc_with({
        "Order": {"type": "object", "properties": {
            "customer": {"type": "object", "properties": {"n": {"type": "string"}}},
            "tags": {"type": "array", "items": {"type": "object", "properties": {"t": {"type": "string"}}}}}},
        "Aaa": {"type": "object", "properties": {
            "who": {"$ref": "#/components/schemas/Order/properties/customer"},
            "tags": {"$ref": "#/components/schemas/Order/properties/tags/items"}}},
    }))
    assert diagnostics == []
    # named as Order's own walk names it, though Aaa is built first
    assert props(api, "Aaa")["who"].type == RefType("OrderCustomer")
    assert props(api, "Aaa")["tags"].type == RefType("OrderTagsItem")
    assert props(api, "Order")["tags"].type == ArrayType(RefType("OrderTagsItem"))
    assert props(api, "Order")["customer"].type == RefType("OrderCustomer")


def test_repeated_properties_merge_keyword_by_keyword():
    api, diagnostics = build(doc_with({
        "Color": {"type": "string", "enum": ["red", "blue"]},
        "Base": {"type": "object", "properties": {
            "meta": {"type": "object", "required": ["a"], "properties": {"a": {"type": "string"}}},
            "color": {"$ref": "#/components/schemas/Color", "description": "Base colour"},
            "code": {"type": "string", "description": "A code"},
            "size": {"$ref": "#/components/schemas/Color"},
        }},
        "Child": {"allOf": [{"$ref": "#/components/schemas/Base"}, {"type": "object", "properties": {
            "meta": {"type": "object", "required": ["b"], "properties": {"b": {"type": "integer"}}},
            "color": {"$ref": "#/components/schemas/Color"},
            "code": {"type": "integer"},
            "size": {"maxLength": 3},
        }}]},
    }))
    child = props(api, "Child")
    meta = api.schema(child["meta"].type.name)
    assert meta.name == "ChildMeta"
    assert [(p.name, p.required) for p in meta.properties] == [("a", True), ("b", True)]
    assert child["color"].type == RefType("Color") and child["color"].description == "Base colour"
    assert child["code"].type == PrimitiveType(K.INTEGER) and child["code"].description == "A code"
    narrowed = child["size"].type
    assert isinstance(narrowed, RefType) and narrowed.name == "ChildSize"
    assert api.schema("ChildSize").values == ("red", "blue")
    assert props(api, "Base")["meta"].type == RefType("BaseMeta")
    assert diagnostics == []


def test_discriminator_without_union_warns():
    _, diagnostics = build(doc_with({
        "Pet": {"type": "object", "properties": {"t": {"type": "string"}},
                "discriminator": {"propertyName": "t"}},
    }))
    assert [d.pointer for d in diagnostics] == ["/components/schemas/Pet/discriminator"]


def test_an_allof_that_only_describes_a_union_is_that_union() -> None:
    variants = [{"$ref": "#/components/schemas/File"}, {"$ref": "#/components/schemas/Folder"}]
    schemas = {
        "File": {"type": "object", "properties": {"sha1": {"type": "string"}}},
        "Folder": {"type": "object", "properties": {"count": {"type": "integer"}}},
        "Item": {"allOf": [{"oneOf": variants}, {"description": "A file or a folder."}]},
        "Share": {"type": "object", "properties": {
            "item": {"allOf": [{"oneOf": variants}, {"description": "The shared item."}], "nullable": True},
            "maps": {"allOf": [{"anyOf": [{"type": "object", "additionalProperties": {"type": "string"}},
                                          {"type": "object", "additionalProperties": {"type": "integer"}}]},
                               {"description": "Either map."}]}}},
    }
    api, diagnostics = build(doc_with(schemas))
    item = api.schema("Item")
    assert isinstance(item, UnionSchema) and item.variants == (RefType("File"), RefType("Folder"))
    assert item.description == "A file or a folder."
    share = api.schema("Share")
    assert isinstance(share, ModelSchema)
    types = {p.name: p.type for p in share.properties}
    assert types["item"] == NullableType(UnionType((RefType("File"), RefType("Folder"))))
    assert isinstance(types["maps"], UnionType) and len(types["maps"].variants) == 2
    assert not [d for d in diagnostics if "not supported as a union" in d.message]


def test_an_allof_adding_properties_to_a_union_is_still_merged_with_a_warning() -> None:
    variants = [{"$ref": "#/components/schemas/A"}, {"$ref": "#/components/schemas/B"}]
    schemas = {"A": {"type": "object", "properties": {"a": {"type": "string"}}},
               "B": {"type": "object", "properties": {"b": {"type": "string"}}},
               "C": {"allOf": [{"oneOf": variants}, {"properties": {"c": {"type": "string"}}}]}}
    api, diagnostics = build(doc_with(schemas))
    assert isinstance(api.schema("C"), ModelSchema)
    assert [d for d in diagnostics if d.level is Level.WARNING and "union" in d.message]


def test_a_property_typed_differently_by_union_members_beside_properties_takes_either_type() -> None:
    from types import SimpleNamespace

    from generator.ir.build import build_ir
    from generator.ir.model import ArrayType, ModelSchema, NullableType, RefType, UnionType

    schemas = {
        "Small": {"type": "string", "enum": ["small"]},
        "Big": {"type": "string", "enum": ["big"]},
        "X": {"type": "object", "properties": {"a": {"type": "string"}},
              "oneOf": [{"properties": {"size": {"$ref": "#/components/schemas/Small"}, "same": {"type": "string"}}},
                        {"properties": {"size": {"$ref": "#/components/schemas/Big"}, "same": {"type": "string"}}},
                        {"properties": {"size": {"nullable": True, "allOf": [{"$ref": "#/components/schemas/Big"}]}}},
                        {"properties": {"list": {"type": "array", "items": {"$ref": "#/components/schemas/Small"}}}},
                        {"properties": {"list": {"type": "array", "items": {"$ref": "#/components/schemas/Big"}}}}]},
    }
    document = {"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {},
                "components": {"schemas": schemas}}
    api, _ = build_ir(SimpleNamespace(document=document))
    x = api.schema("X")
    assert isinstance(x, ModelSchema)
    types = {p.name: p.type for p in x.properties}
    assert types["size"] == NullableType(UnionType((RefType("Small"), RefType("Big")), exclusive=False))
    assert types["same"].__class__.__name__ == "PrimitiveType"  # declared alike: one type
    # lists stay lists of one type each (list[Small] | list[Big]): a list[Small] passes type checkers as it is
    assert types["list"] == UnionType((ArrayType(RefType("Small")), ArrayType(RefType("Big"))), exclusive=False)
