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


def _declared(variants: dict[str, dict], discriminator: dict) -> Discriminator | None:  # type: ignore[type-arg]
    schemas = {"Pet": {"oneOf": [{"$ref": f"#/components/schemas/{name}"} for name in variants],
                       "discriminator": discriminator}, **variants}
    document = {"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {},
                "components": {"schemas": schemas}}
    api, _ = build_ir(SimpleNamespace(document=document))
    return api.schema("Pet").discriminator  # type: ignore[union-attr]


def test_a_variant_not_mapped_is_tagged_by_the_one_value_it_allows() -> None:
    # no mapping: the rule says "Track", but the variant can only carry "track"
    show = {"type": "object", "properties": {"type": {"type": "string"}}}
    found = _declared({"Track": _tagged("type", "track"), "Episode": _tagged("type", "episode", how="const"),
                       "Show": show}, {"propertyName": "type"})
    assert found == Discriminator("type", (("track", "Track"), ("episode", "Episode"), ("Show", "Show")))


def test_mapping_targets_that_are_no_schema_leave_the_variants_their_own_tags() -> None:
    found = _declared({"Attach": _tagged("type", "attach"), "Detach": _tagged("type", "detach")},
                      {"propertyName": "type", "mapping": {"attach": "models/attach.yml",
                                                           "detach": "#/components/schemas/Detach"}})
    assert found == Discriminator("type", (("detach", "Detach"), ("attach", "Attach")))


def test_a_value_mapped_explicitly_is_not_given_to_a_second_variant() -> None:
    found = _declared({"Cat": _tagged("kind", "cat"), "Lion": _tagged("kind", "cat")},
                      {"propertyName": "kind", "mapping": {"cat": "#/components/schemas/Cat"}})
    assert found == Discriminator("kind", (("cat", "Cat"), ("Lion", "Lion")))


def _inline_union(discriminator: dict, *variants: dict) -> tuple[object, list[str]]:  # type: ignore[type-arg]
    body = {"oneOf": list(variants), "discriminator": discriminator}
    document = {"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "components": {}, "paths": {"/p": {"post": {
        "operationId": "post", "responses": {"204": {"description": "done"}},
        "requestBody": {"content": {"application/json": {"schema": body}}}}}}}
    api, diagnostics = build_ir(SimpleNamespace(document=document))
    union = api.operations[0].request_body.contents[0].type  # type: ignore[union-attr]
    return union, [d.pointer for d in diagnostics if d.code == "ir-discriminator"]


def test_inline_variants_no_tag_can_pick_are_matched_by_shape() -> None:
    # DigitalOcean: a mapping to leftover files, and variants sharing one multi-value tag enum
    shared = {"type": "string", "enum": ["attach", "resize"]}
    union, warned = _inline_union(
        {"propertyName": "type", "mapping": {"attach": "models/attach.yml"}},
        {"type": "object", "properties": {"type": shared, "size": {"type": "integer"}}},
        {"type": "object", "properties": {"type": shared, "name": {"type": "string"}}})
    assert union.discriminator is None  # type: ignore[attr-defined]
    assert "/paths/~1p/post/requestBody/content/application~1json/schema/discriminator" in warned


def test_inline_variants_with_their_own_tags_keep_the_discriminator() -> None:
    union, warned = _inline_union({"propertyName": "kind"}, _tagged("kind", "a"), _tagged("kind", "b"))
    assert union.discriminator.mapping == (("a", "PostRequestBodyOneOf1"),  # type: ignore[attr-defined]
                                           ("b", "PostRequestBodyOneOf2"))
    assert warned == []
