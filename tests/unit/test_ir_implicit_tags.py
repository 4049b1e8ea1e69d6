"""Implicit discriminators (`ir.build.tags`): a one-value tag every variant carries, and when there is none."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from generator.ir.build import build_ir
from generator.ir.model import Discriminator, UnionSchema


def _union(variants: dict[str, dict], extra: dict | None = None) -> UnionSchema:  # type: ignore[type-arg]
    schemas = {"Pet": {"oneOf": [{"$ref": f"#/components/schemas/{name}"} for name in variants]},
               **variants, **(extra or {})}
    document = {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {},
                "components": {"schemas": schemas}}
    api, _ = build_ir(SimpleNamespace(document=document))
    union = api.schema("Pet")
    assert isinstance(union, UnionSchema)
    return union


def _tagged(prop: str, value: object, required: bool = True, how: str = "enum") -> dict:  # type: ignore[type-arg]
    schema = {"type": "string", "enum": [value]} if how == "enum" else {"const": value}
    return {"type": "object", "required": [prop] if required else [], "properties": {prop: schema}}


def test_one_value_enums_and_consts_tag_the_variants() -> None:
    union = _union({"Cat": _tagged("kind", "cat"), "Dog": _tagged("kind", "dog", how="const")})
    assert union.discriminator == Discriminator("kind", (("cat", "Cat"), ("dog", "Dog")))


def test_a_required_tag_goes_before_an_optional_one() -> None:
    cat = {"type": "object", "required": ["kind"], "properties": {
        "sound": {"type": "string", "enum": ["meow"]}, "kind": {"type": "string", "enum": ["cat"]}}}
    dog = {"type": "object", "required": ["kind"], "properties": {
        "sound": {"type": "string", "enum": ["woof"]}, "kind": {"type": "string", "enum": ["dog"]}}}
    assert _union({"Cat": cat, "Dog": dog}).discriminator == Discriminator("kind", (("cat", "Cat"), ("dog", "Dog")))
    optional = _union({"Cat": _tagged("kind", "cat"), "Dog": _tagged("kind", "dog", required=False)})
    assert optional.discriminator == Discriminator("kind", (("cat", "Cat"), ("dog", "Dog")))


def test_a_tag_declared_in_a_shared_base_counts() -> None:
    base = {"type": "object", "required": ["type"], "properties": {"id": {"type": "string"}}}
    def variant(value: str) -> dict:  # type: ignore[type-arg]
        return {"allOf": [{"$ref": "#/components/schemas/Base"},
                          {"properties": {"type": {"$ref": f"#/components/schemas/{value.title()}Type"}}}]}
    types = {f"{v.title()}Type": {"type": "string", "enum": [v]} for v in ("file", "folder")}
    union = _union({"File": variant("file"), "Folder": variant("folder")}, {"Base": base, **types})
    assert union.discriminator == Discriminator("type", (("file", "File"), ("folder", "Folder")))


@pytest.mark.parametrize("variants", [
    {"Cat": _tagged("kind", "pet"), "Dog": _tagged("kind", "pet")},          # the same value twice
    {"Cat": _tagged("kind", "cat"), "Dog": _tagged("sort", "dog")},          # no common property
    {"Cat": _tagged("kind", 1), "Dog": _tagged("kind", 2)},                  # not strings
    {"Cat": {"type": "object", "required": ["kind"], "properties": {"kind": {"enum": ["a", "b"]}}},
     "Dog": _tagged("kind", "dog")},                                         # two allowed values
])
def test_no_tag_no_discriminator(variants: dict) -> None:  # type: ignore[type-arg]
    assert _union(variants).discriminator is None


def test_an_explicit_discriminator_is_kept_as_written() -> None:
    variants = {"Cat": _tagged("kind", "cat"), "Dog": _tagged("kind", "dog")}
    schemas = {"Pet": {"oneOf": [{"$ref": "#/components/schemas/Cat"}, {"$ref": "#/components/schemas/Dog"}],
                       "discriminator": {"propertyName": "name"}}, **variants}
    document = {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {},
                "components": {"schemas": schemas}}
    api, _ = build_ir(SimpleNamespace(document=document))
    assert api.schema("Pet").discriminator.property_name == "name"  # type: ignore[union-attr]
