"""IR building over every feature spec in tests/specs/ (no generation): complete, resolved, deterministic."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.diagnostics import Level
from generator.ir.dump import to_plain
from generator.ir.model import (
    Api,
    ArrayType,
    EnumSchema,
    IRType,
    MapType,
    ModelSchema,
    NullableType,
    RefType,
    UnionSchema,
    UnionType,
)
from generator.pipeline import FrontEnd, run_front_end

SPECS = Path(__file__).resolve().parents[1] / "specs"
#: feature specs whose IR must carry warnings (each names what it cannot support)
WITH_WARNINGS = {"unsupported_features": 5, "media_kinds": 1}  # media_kinds: part headers not sent
#: specs in tests/specs/ that other suites own (drift checks, the loader's multi-file fixture)
OTHERS = {"drift_base", "multifile"}


def feature_specs() -> dict[str, Path]:
    """The issue-6 feature specs: `<name>.yaml`, or `<name>/openapi.yaml` for multi-file ones."""
    found = {p.stem: p for p in SPECS.glob("*.yaml")}
    found.update({p.parent.name: p for p in SPECS.glob("*/openapi.yaml")})
    return {name: found[name] for name in sorted(found) if name not in OTHERS}


def front(name: str) -> FrontEnd:
    result = run_front_end(feature_specs()[name])
    assert isinstance(result, FrontEnd), [d.render() for d in result]
    return result


def refs(t: IRType | None) -> list[str]:
    if isinstance(t, RefType):
        return [t.name]
    if isinstance(t, (NullableType,)):
        return refs(t.inner)
    if isinstance(t, ArrayType):
        return refs(t.items)
    if isinstance(t, MapType):
        return refs(t.values)
    if isinstance(t, UnionType):
        return [n for v in t.variants for n in refs(v)]
    return []


def every_ref(api: Api) -> list[str]:
    found: list[str] = []
    for schema in api.schemas:
        if isinstance(schema, ModelSchema):
            for prop in schema.properties:
                found += refs(prop.type)
            found += refs(schema.additional) + list(schema.parents)
        elif isinstance(schema, UnionSchema):
            for variant in schema.variants:
                found += refs(variant)
            if schema.discriminator:
                found += [target for _, target in schema.discriminator.mapping]
        elif not isinstance(schema, EnumSchema):
            found += refs(schema.target)
    for op in (*api.operations, *api.webhooks):
        for param in op.parameters:
            found += refs(param.type)
        for content in (op.request_body.contents if op.request_body else ()):
            found += refs(content.type)
        for response in op.responses:
            for content in response.contents:
                found += refs(content.type)
    return found


@pytest.mark.parametrize("name", feature_specs())
def test_feature_spec_builds_completely(name: str) -> None:
    result = front(name)
    api = result.api
    warnings = [d for d in result.diagnostics if d.level >= Level.WARNING]
    assert len(warnings) == WITH_WARNINGS.get(name, 0), [d.render() for d in warnings]
    assert all(d.pointer and d.location is not None for d in warnings)
    assert len(api.operations) == api.declared_operations > 0
    assert len({(op.method, op.path) for op in api.operations}) == len(api.operations)
    assert len({op.operation_id for op in (*api.operations, *api.webhooks)}) == len(api.operations) + len(api.webhooks)
    names = [s.name for s in api.schemas]
    assert names == sorted(names) and len(set(names)) == len(names)
    missing = {n for n in every_ref(api) if n not in set(names)}
    assert not missing


@pytest.mark.parametrize("name", feature_specs())
def test_feature_spec_ir_is_deterministic(name: str) -> None:
    assert to_plain(front(name).api) == to_plain(front(name).api)


def test_every_issue_6_feature_has_its_spec() -> None:
    assert set(feature_specs()) >= {
        "oas31_types", "oas30_nullable", "composition_allof", "unions_discriminator", "unions_primitives",
        "enums", "maps_and_freeform", "recursion", "params_styles", "bodies", "multi_file_ops",
        "naming_collisions", "long_names", "webhooks_default_responses", "auth_kinds", "unsupported_features",
    }


def test_webhooks_are_kept_apart_from_operations() -> None:
    api = front("webhooks_default_responses").api
    assert [w.operation_id for w in api.webhooks] == ["subscriptionRenewed", "onSubscriptionCancelled"]
    assert [w.summary for w in api.webhooks] == ["A subscription was renewed", "A subscription was cancelled"]
    assert all(w.request_body is not None for w in api.webhooks)
    assert [r.status for r in api.operations[0].responses] == ["201", "4XX", "default"]


def test_multi_file_examples_and_operations_are_resolved() -> None:
    api = front("multi_file_ops").api
    get_pet = next(op for op in api.operations if op.operation_id == "getPet")
    assert get_pet.summary == "Get one pet"
    assert [p.name for p in get_pet.parameters] == ["petId"]  # from the path item, in another file
    rex = get_pet.responses[0].contents[0].examples[0]
    assert (rex.name, rex.summary) == ("rex", "A dog")
    delete = next(op for op in api.operations if op.method == "delete")
    assert (delete.operation_id, delete.derived_id, delete.tags) == ("delete_pets_pet_id", True, ("default",))
