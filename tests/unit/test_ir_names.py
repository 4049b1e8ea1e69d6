"""IR building: names of hoisted inline schemas (the reference's convention)."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
import yaml

from generator.ir.build import build_ir
from generator.ir.model import (
    AliasSchema,
    ArrayType,
    EnumSchema,
    MapType,
    ModelSchema,
    RefType,
)

SPECS = Path(__file__).parent / "ir_specs"


def build(document: dict):
    return build_ir(SimpleNamespace(document=document))


@pytest.fixture(scope="module")
def api():
    api, diagnostics = build(yaml.safe_load((SPECS / "hoisting.yaml").read_text()))
    assert diagnostics == []
    return api


def prop(api, schema: str, name: str):
    model = api.schema(schema)
    assert isinstance(model, ModelSchema)
    return next(p for p in model.properties if p.name == name)


def test_parent_plus_property_names_inline_objects(api):
    assert prop(api, "Order", "product").type == RefType("OrderProduct")
    assert prop(api, "OrderProduct", "sku").type == RefType("OrderProductSku")
    assert isinstance(api.schema("OrderProductSku"), ModelSchema)


def test_title_names_an_inline_schema_when_free(api):
    assert prop(api, "Order", "customer").type == RefType("Buyer")
    assert [p.name for p in api.schema("Buyer").properties] == ["name"]


def test_title_taken_by_a_different_schema_falls_back_to_parent_plus_property(api):
    # `Collide.inner` has title "Order", which is a different component
    assert prop(api, "Collide", "inner").type == RefType("CollideInner")
    assert [p.name for p in api.schema("Order").properties][0] == "product"


def test_array_items_get_item_suffix(api):
    orders = prop(api, "OrdersListResponseBody", "orders").type
    assert orders == ArrayType(RefType("OrdersListResponseBodyOrdersItem"))
    assert prop(api, "Order", "tags").type == ArrayType(RefType("OrderTagsItem"))
    grid = prop(api, "Order", "grid").type
    assert grid == ArrayType(ArrayType(RefType("OrderGridItemItem")))


def test_map_values_get_value_suffix(api):
    assert prop(api, "Order", "extras").type == MapType(RefType("OrderExtrasValue"))


def test_inline_enums_are_hoisted_single_values_too(api):
    status = api.schema("OrderStatus")
    assert isinstance(status, EnumSchema) and status.values == ("CREATED", "PAID")
    # `OrderKind` and `OrderKind2` are components: the inline enum is numbered past them
    assert prop(api, "Order", "kind").type == RefType("OrderKind3")
    assert api.schema("OrderKind3").values == ("order",)
    assert isinstance(api.schema("OrderKind"), AliasSchema)


def test_array_request_body_items_title_and_body_name(api):
    body = api.schema("OrdersImportCreateRequestBody")
    assert isinstance(body, AliasSchema)
    assert body.target == ArrayType(RefType("OrdersImportCreateRequestBodyItem"))
    op = next(o for o in api.operations if o.operation_id == "importOrders")
    assert op.request_body.name == "OrdersImportCreateRequestBodyItem"


def test_inline_bodies_are_named_after_the_operation(api):
    op = next(o for o in api.operations if o.operation_id == "createOrder")
    assert op.request_body.contents[0].type == RefType("CreateOrderRequestBody")
    assert op.request_body.name == "CreateOrderRequestBody"
    assert op.responses[0].contents[0].type == RefType("CreateOrderResponse201")


def test_every_ref_points_at_a_schema_and_components_are_kept(api):
    names = {s.name for s in api.schemas}
    document = yaml.safe_load((SPECS / "hoisting.yaml").read_text())
    assert set(document["components"]["schemas"]) <= names
    assert api.declared_schemas == len(document["components"]["schemas"])
    assert [s.name for s in api.schemas] == sorted(names)


def test_same_json_under_the_same_title_shares_one_name():
    shape = {"type": "object", "properties": {"a": {"type": "string"}}}
    doc = {
        "openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {},
        "components": {"schemas": {
            "Shared": dict(shape, title="Shared"),
            "A": {"type": "object", "properties": {"x": dict(shape, title="Shared")}},
            "B": {"type": "object", "properties": {"y": dict(shape, title="Other")},
                  "required": []},
            "C": {"type": "object", "properties": {"z": dict(shape, title="Other")}},
        }},
    }
    api, diagnostics = build(doc)
    assert diagnostics == []
    assert prop(api, "A", "x").type == RefType("Shared")
    # equal inline copies with one title: one hoisted model
    assert prop(api, "B", "y").type == RefType("Other")
    assert prop(api, "C", "z").type == RefType("Other")
    assert [s.name for s in api.schemas] == ["A", "B", "C", "Other", "Shared"]


def test_names_from_messy_property_names_and_long_parents():
    long = "Very" * 60
    doc = {
        "openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {},
        "components": {"schemas": {
            long: {"type": "object", "properties": {
                "data-ref": {"type": "object", "properties": {"a": {"type": "string"}}},
                "+": {"type": "object", "properties": {"b": {"type": "string"}}},
            }},
            "snake_case_parent": {"type": "object", "properties": {
                "child_obj": {"type": "object", "properties": {"c": {"type": "string"}}},
            }},
        }},
    }
    api, _ = build(doc)
    # the IR keeps full names; targets cap them
    assert prop(api, long, "data-ref").type == RefType(long + "DataRef")
    assert prop(api, long, "+").type == RefType(long + "Property")
    assert prop(api, "snake_case_parent", "child_obj").type == RefType("SnakeCaseParentChildObj")
