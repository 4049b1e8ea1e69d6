"""Generated model classes, imported and run: parsing, serialising, round trips.

A small spec with one schema per feature is generated into a temporary
folder (through the IR builder, the Python target and black, as the
pipeline does), imported, and driven with payloads.
"""

from __future__ import annotations

import datetime as dt
import importlib
import json
import sys
import types
from pathlib import Path

import black
import pytest

from generator.ir.build import build_ir
from generator.options import Options
from generator.targets.python import render_package

SPEC = {
    "openapi": "3.0.3",
    "info": {"title": "Models", "version": "1.0.0"},
    "paths": {},
    "components": {
        "schemas": {
            "Status": {"type": "string", "enum": ["CREATED", "PAID", "a", "A"]},
            "Priority": {"type": "integer", "enum": [1, 2, 3]},
            "Ratio": {"type": "number", "enum": [0.5, 1]},
            "Order": {
                "type": "object",
                "description": 'An order. Quotes """ and backslashes \\ stay text.',
                "required": ["id", "createdAt"],
                "properties": {
                    "id": {"type": "string"},
                    "createdAt": {"type": "string", "format": "date-time"},
                    "shipOn": {"type": "string", "format": "date"},
                    "status": {"$ref": "#/components/schemas/Status"},
                    "priority": {"$ref": "#/components/schemas/Priority"},
                    "amount": {"type": "integer", "nullable": True},
                    "rate": {"type": "number"},
                    "weight": {"type": "number", "format": "double"},
                    "ratio": {"$ref": "#/components/schemas/Ratio"},
                    "items": {"type": "array", "items": {"$ref": "#/components/schemas/Item"}},
                    "metadata": {"type": "object", "additionalProperties": True},
                    "counts": {"type": "object", "additionalProperties": {"type": "integer"}},
                    "limit": {"type": "integer", "default": 10},
                    "kind": {"type": "string", "default": "standard"},
                    "class": {"type": "string"},
                    "schema": {"type": "string"},
                    "model_config": {"type": "string"},
                    "json": {"type": "string"},
                    "date": {"type": "string", "format": "date"},
                    "fields": {"type": "array", "items": {"type": "string"}},
                    "self": {"type": "string"},
                },
            },
            "Item": {
                "type": "object",
                "properties": {"sku": {"type": "string"}, "quantity": {"type": "integer"}},
            },
            "Tree": {
                "type": "object",
                "properties": {
                    "name": {"type": "string"},
                    "children": {"type": "array", "items": {"$ref": "#/components/schemas/Tree"}},
                },
            },
            "Husband": {"type": "object", "properties": {"wife": {"$ref": "#/components/schemas/Wife"}}},
            "Wife": {"type": "object", "properties": {"husband": {"$ref": "#/components/schemas/Husband"}}},
            "Base": {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}},
            "Derived": {
                "allOf": [
                    {"$ref": "#/components/schemas/Base"},
                    {"type": "object", "properties": {"extra": {"type": "boolean"}}},
                ]
            },
            "Cat": {
                "type": "object",
                "required": ["petType"],
                "properties": {"petType": {"type": "string"}, "meows": {"type": "boolean"}},
            },
            "Dog": {
                "type": "object",
                "required": ["petType"],
                "properties": {"petType": {"type": "string"}, "barks": {"type": "boolean"}},
            },
            "Pet": {
                "oneOf": [{"$ref": "#/components/schemas/Cat"}, {"$ref": "#/components/schemas/Dog"}],
                "discriminator": {"propertyName": "petType", "mapping": {"cat": "#/components/schemas/Cat"}},
            },
            "Owner": {"type": "object", "properties": {"pet": {"$ref": "#/components/schemas/Pet"}}},
            "Scalar": {"oneOf": [{"type": "number"}, {"type": "string"}]},
            "Holder": {"type": "object", "properties": {"value": {"$ref": "#/components/schemas/Scalar"}}},
            "Names": {"type": "array", "items": {"type": "string"}},
            "Account": {
                "type": "object",
                "required": ["id", "name", "password"],
                "properties": {
                    "id": {"type": "integer", "readOnly": True},
                    "name": {"type": "string"},
                    "password": {"type": "string", "writeOnly": True},
                },
            },
            "Small": {"type": "string", "enum": ["small", "tiny"]},
            "Big": {"type": "string", "enum": ["big", "huge"]},
            "Shirt": {"type": "object", "properties": {
                "size": {"oneOf": [{"$ref": "#/components/schemas/Small"}, {"$ref": "#/components/schemas/Big"}]}}},
            "Parcel": {
                "type": "object",
                "properties": {"note": {"type": "string"}},
                "oneOf": [{"type": "object", "properties": {
                              "size": {"$ref": "#/components/schemas/Small"},
                              "sizes": {"type": "array", "items": {"$ref": "#/components/schemas/Small"}}}},
                          {"type": "object", "properties": {
                              "size": {"$ref": "#/components/schemas/Big"},
                              "sizes": {"type": "array", "items": {"$ref": "#/components/schemas/Big"}}}}],
            },
            "Kennel": {
                "type": "object",
                "properties": {"owner": {"type": "string"}},
                "additionalProperties": {"$ref": "#/components/schemas/Item"},
            },
            "Collide": {
                "type": "object",
                "properties": {
                    "IDs": {"type": "array", "items": {"type": "integer"}},
                    "ids": {"type": "array", "items": {"type": "string"}},
                    "marker": {"type": "object", "enum": [{}], "default": {}},  # no enum class can hold it
                },
            },
        }
    },
}


def write_package(tmp_path: Path, spec: dict, package: str) -> None:
    """Render `spec` as package `package` under tmp_path, formatted by black."""
    api, _ = build_ir(types.SimpleNamespace(document=spec))
    files = render_package(api, Options(spec=tmp_path / "spec.json", output=tmp_path, package_name=package))
    for rel, text in files.items():
        target = tmp_path / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(black.format_str(text, mode=black.Mode()) if rel.endswith(".py") else text)


def generate(tmp_path: Path, spec: dict, package: str) -> types.ModuleType:
    """Render `spec` as package `package` under tmp_path and import its models."""
    write_package(tmp_path, spec, package)
    sys.path.insert(0, str(tmp_path))
    try:
        return importlib.import_module(f"{package}.models")
    finally:
        sys.path.remove(str(tmp_path))


@pytest.fixture(scope="module")
def models(tmp_path_factory: pytest.TempPathFactory) -> types.ModuleType:
    return generate(tmp_path_factory.mktemp("models"), SPEC, "models_pkg")


def test_required_optional_and_aliases(models: types.ModuleType) -> None:
    order = models.Order.from_dict({"id": "o1", "createdAt": "2024-05-01T10:00:00Z"})
    assert order.created_at == dt.datetime(2024, 5, 1, 10, tzinfo=dt.timezone.utc)
    assert order.amount is None and order.items is None
    # the Python name is accepted as well as the wire name
    same = models.Order(id="o1", created_at=order.created_at)
    assert same.to_dict() == {"id": "o1", "createdAt": "2024-05-01T10:00:00Z"}
    with pytest.raises(ValueError):
        models.Order(id="o1")  # building a model validates: createdAt is required
    with pytest.raises(ValueError):
        models.Order.model_validate({"id": "o1"})


def test_only_set_fields_are_emitted_and_explicit_null_is_kept(models: types.ModuleType) -> None:
    order = models.Order.from_dict({"id": "o1", "createdAt": "2024-05-01T10:00:00Z", "amount": None})
    assert order.to_dict() == {"id": "o1", "createdAt": "2024-05-01T10:00:00Z", "amount": None}
    assert json.loads(order.to_json()) == order.to_dict()
    assert order.limit == 10 and order.kind == "standard"  # spec defaults, not sent
    assert "limit" not in order.to_dict()


def test_unknown_fields_round_trip(models: types.ModuleType) -> None:
    payload = {"id": "o1", "createdAt": "2024-05-01T10:00:00Z", "brandNew": {"x": [1, 2]}}
    order = models.Order.from_json(json.dumps(payload))
    assert order.to_dict() == payload


def test_enums_accept_unknown_values_and_round_trip(models: types.ModuleType) -> None:
    assert models.Status("PAID") is models.Status.PAID
    on_hold = models.Status("ON_HOLD")
    assert on_hold.value == "ON_HOLD" and on_hold == "ON_HOLD"
    order = models.Order.from_dict({"id": "1", "createdAt": "2024-01-01T00:00:00Z", "status": "ON_HOLD",
                                    "priority": 7})
    assert order.status.value == "ON_HOLD" and order.priority.value == 7
    assert order.to_dict()["status"] == "ON_HOLD" and order.to_dict()["priority"] == 7
    # values that differ only in case are distinct members
    assert models.Status.A.value == "a" and models.Status.A_2.value == "A"
    assert isinstance(models.Priority.NUMBER_1, int)


def test_dates_maps_and_free_form_objects(models: types.ModuleType) -> None:
    order = models.Order.from_dict({
        "id": "1", "createdAt": "2024-01-01T00:00:00+02:00", "shipOn": "2024-02-03",
        "metadata": {"a": {"nested": [1, "x", None]}}, "counts": {"x": 1, "y": 2}, "rate": 3,
    })
    assert order.ship_on == dt.date(2024, 2, 3)
    assert order.metadata == {"a": {"nested": [1, "x", None]}}
    assert order.counts == {"x": 1, "y": 2}
    assert order.rate == 3.0  # a number accepts an int
    assert order.to_dict()["shipOn"] == "2024-02-03"


def test_numbers_keep_integers_exact_and_as_sent(models: types.ModuleType) -> None:
    big = 2**53 + 1  # not a float: float(big) == big - 1
    payload = {"id": "1", "createdAt": "2024-01-01T00:00:00Z", "rate": big, "weight": 2, "ratio": 1}
    order = models.Order.from_dict(payload)
    assert type(order.rate) is int and order.rate == big and type(order.weight) is int
    assert json.loads(order.to_json()) == payload and f'"rate":{big},' in order.to_json()
    assert models.Order.from_json(json.dumps(payload)).to_dict() == payload
    built = models.Order(id="1", created_at=dt.datetime(2024, 1, 1), rate=big, weight=2.5)
    assert (built.rate, type(built.weight)) == (big, float)
    with pytest.raises(ValueError):
        models.Order(id="1", created_at=dt.datetime(2024, 1, 1), rate="many")
    # number enums: each value keeps its JSON type, listed or not
    assert models.Ratio(1) is models.Ratio.NUMBER_1 and type(models.Ratio.NUMBER_1.value) is int
    unknown = models.Order.from_dict({**payload, "ratio": big})
    assert unknown.ratio.value == big and unknown.to_dict()["ratio"] == big
    assert models.Order.from_dict({**payload, "ratio": 0.5}).ratio is models.Ratio.NUMBER_0_DOT_5


def test_keyword_and_reserved_property_names_keep_wire_names(models: types.ModuleType) -> None:
    wire = {"id": "1", "createdAt": "2024-01-01T00:00:00Z", "class": "c", "schema": "s",
            "model_config": "m", "json": "j", "date": "2024-01-02"}
    order = models.Order.from_dict(wire)
    assert (order.class_, order.schema_, order.model_config_, order.json_) == ("c", "s", "m", "j")
    assert order.date_ == dt.date(2024, 1, 2)
    assert order.to_dict() == wire
    # names pydantic 2 does not use stay as they are
    plain = models.Order.from_dict({**wire, "fields": ["a"], "self": "me"})
    assert (plain.fields, plain.self) == (["a"], "me") and plain.to_dict()["fields"] == ["a"]
    assert models.Order(id="1", created_at=dt.datetime(2024, 1, 1), fields=["b"]).to_dict()["fields"] == ["b"]
    assert callable(order.model_dump)  # pydantic's own attributes still work


def test_a_property_named_as_another_ones_attribute_would_be_keeps_its_name(models: types.ModuleType) -> None:
    # `IDs` comes first, but `ids` is a wire name that is its own attribute name: it keeps it
    lower = models.Collide.from_dict({"ids": ["a"]})
    assert lower.ids == ["a"] and lower.ids_2 is None and lower.to_dict() == {"ids": ["a"]}
    upper = models.Collide.from_dict({"IDs": [1]})
    assert upper.ids_2 == [1] and upper.ids is None and upper.to_dict() == {"IDs": [1]}
    assert models.Collide(ids_2=[3]).to_dict() == {"IDs": [3]}


def test_required_read_only_and_write_only_properties_are_required_one_way_only(models: types.ModuleType) -> None:
    # a request leaves the server's `id` out; a response never carries the `password`
    request = models.Account(name="ann", password="pw")
    assert request.to_dict() == {"name": "ann", "password": "pw"}
    response = models.Account.from_dict({"id": 7, "name": "ann"})
    assert (response.id, response.password) == (7, None) and response.to_dict() == {"id": 7, "name": "ann"}
    fields = models.Account.model_fields
    assert fields["name"].is_required() and not fields["id"].is_required() and not fields["password"].is_required()


def test_a_union_of_enums_picks_the_one_listing_the_value(models: types.ModuleType) -> None:
    # every enum accepts values it does not list: without care, the first would take them all
    for holder in (models.Shirt, models.Parcel):  # a oneOf, and one beside properties (either type)
        assert holder.from_dict({"size": "huge"}).size is models.Big.HUGE
        assert holder.from_dict({"size": "tiny"}).size is models.Small.TINY
        unknown = holder.from_dict({"size": "xl"})
        assert isinstance(unknown.size, models.Small) and unknown.to_dict() == {"size": "xl"}  # kept as sent
        assert holder(size=models.Big.BIG).to_dict() == {"size": "big"}
    # lists the members type differently stay a union of lists (type checkers accept a list[Big] as it is)
    assert models.Parcel.from_dict({"sizes": ["huge"]}).to_dict() == {"sizes": ["huge"]}


def test_typed_additional_properties_beside_properties_are_parsed_as_their_type(models: types.ModuleType) -> None:
    kennel = models.Kennel.from_dict({"owner": "ann", "rex": {"sku": "r", "quantity": 2}})
    assert kennel.owner == "ann" and kennel.model_extra == {"rex": models.Item(sku="r", quantity=2)}
    assert kennel.to_dict() == {"owner": "ann", "rex": {"sku": "r", "quantity": 2}}
    with pytest.raises(Exception, match="quantity"):
        models.Kennel.model_validate({"rex": {"quantity": "many"}})


def test_an_enum_of_objects_is_typed_as_its_type(models: types.ModuleType) -> None:
    assert models.Collide().marker == {} and models.Collide.from_dict({"marker": {"a": 1}}).marker == {"a": 1}


def test_nested_models_and_lists(models: types.ModuleType) -> None:
    order = models.Order(id="1", created_at=dt.datetime(2024, 1, 1), items=[{"sku": "a", "quantity": 2}])
    assert isinstance(order.items[0], models.Item)
    assert order.to_dict()["items"] == [{"sku": "a", "quantity": 2}]


def test_recursive_and_mutually_recursive_models(models: types.ModuleType) -> None:
    tree = models.Tree.from_dict({"name": "root", "children": [{"name": "leaf", "children": []}]})
    assert isinstance(tree.children[0], models.Tree)
    assert tree.to_dict() == {"name": "root", "children": [{"name": "leaf", "children": []}]}
    husband = models.Husband.from_dict({"wife": {"husband": {"wife": {}}}})
    assert isinstance(husband.wife.husband, models.Husband)
    assert husband.to_dict() == {"wife": {"husband": {"wife": {}}}}


def test_all_of_merges_parent_properties(models: types.ModuleType) -> None:
    derived = models.Derived.from_dict({"id": "d", "extra": True})
    assert (derived.id, derived.extra) == ("d", True)
    with pytest.raises(ValueError):
        models.Derived(extra=True)  # the parent's required id


def test_discriminated_union_picks_the_variant(models: types.ModuleType) -> None:
    cat = models.Owner.from_dict({"pet": {"petType": "cat", "meows": True}}).pet
    dog = models.Owner.from_dict({"pet": {"petType": "Dog", "barks": True}}).pet  # implicit mapping
    assert isinstance(cat, models.Cat) and isinstance(dog, models.Dog)
    assert models.Owner.from_dict({"pet": {"petType": "cat"}}).to_dict() == {"pet": {"petType": "cat"}}
    assert isinstance(models.Pet.from_dict({"petType": "cat"}).root, models.Cat)


def test_parsing_keeps_what_does_not_fit_the_schema(models: types.ModuleType) -> None:
    """Servers break their own schemas; reading their data must not fail, and it round-trips."""
    payload = {
        "createdAt": "not a date", "amount": [1], "rate": None, "status": "NEW",
        "items": [{"sku": "a", "quantity": 1}, {"sku": "b", "quantity": "many"}, "junk"],
        "counts": {"x": 1, "y": "two"}, "extra": {"k": 1}, "limit": "5", "priority": 2.0,
    }  # and the required id is missing
    order = models.Order.from_dict(payload)
    assert order.to_dict() == payload and json.loads(order.to_json()) == payload
    assert order.id is None and order.created_at == "not a date" and order.status.value == "NEW"
    assert isinstance(order.items[0], models.Item) and order.items[0].quantity == 1
    assert isinstance(order.items[1], models.Item) and order.items[1].quantity == "many"
    assert order.items[2] == "junk" and order.counts == {"x": 1, "y": "two"}
    assert order.limit == "5" and order.priority == 2.0  # JSON types are never converted: it round-trips
    assert models.Order.from_json(json.dumps(payload)).to_dict() == payload
    assert models.Names.from_dict(["a", 1]).to_dict() == ["a", 1]
    with pytest.raises(ValueError):
        models.Order.from_dict([1, 2])  # not an object at all
    # unknown keys named like model_construct's own arguments stay data
    odd = {"id": 1, "cls": "c", "_fields_set": ["x"], "values": 0}
    assert models.Order.from_dict(odd).to_dict() == odd


def test_union_of_primitives_accepts_ints(models: types.ModuleType) -> None:
    assert models.Holder.from_dict({"value": 3}).value == 3
    assert models.Holder.from_dict({"value": "x"}).value == "x"


def test_alias_schema_is_a_root_model(models: types.ModuleType) -> None:
    names = models.Names.from_dict(["a", "b"])
    assert names.root == ["a", "b"] and names.to_json() == '["a","b"]'


def test_descriptions_become_docstrings_verbatim(models: types.ModuleType) -> None:
    assert models.Order.__doc__ == 'An order. Quotes """ and backslashes \\ stay text.'


def test_models_package_is_lazy(tmp_path: Path) -> None:
    write_package(tmp_path, SPEC, "lazy_pkg")
    sys.path.insert(0, str(tmp_path))
    try:
        pkg = importlib.import_module("lazy_pkg.models")
        assert "lazy_pkg.models.order" not in sys.modules
        assert "Order" in pkg.__all__ and "Order" in dir(pkg)
        pkg.Item  # noqa: B018 - imports one module on access
        assert "lazy_pkg.models.item" in sys.modules
        assert "lazy_pkg.models.tree" not in sys.modules
        with pytest.raises(AttributeError):
            pkg.NoSuchModel  # noqa: B018
    finally:
        sys.path.remove(str(tmp_path))
