"""IR building on the real public specs: nothing declared is lost, output is deterministic."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from generator.diagnostics import Level
from generator.ir.build import build_ir
from generator.ir.dump import dump_json
from generator.ir.model import (
    AliasSchema,
    ArrayType,
    MapType,
    ModelSchema,
    NullableType,
    RefType,
    UnionSchema,
    UnionType,
)

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO / ".." / "shared" / "specs"
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
SPEC_NAMES = ["voucherify-orders.json", "voucherify-full.json"]


def load(name: str) -> dict:
    path = SHARED / name
    if not path.is_file():
        pytest.fail(f"shared spec {path} is missing")
    return json.loads(path.read_text(encoding="utf-8"))


def build(document: dict):
    return build_ir(SimpleNamespace(document=document))


def all_types(api):
    """Every IRType reachable from the API, nested ones included."""
    stack = []
    for schema in api.schemas:
        if isinstance(schema, ModelSchema):
            stack.extend(p.type for p in schema.properties)
            if schema.additional is not None:
                stack.append(schema.additional)
        elif isinstance(schema, UnionSchema):
            stack.extend(schema.variants)
        elif isinstance(schema, AliasSchema):
            stack.append(schema.target)
    for op in (*api.operations, *api.webhooks):
        stack.extend(p.type for p in op.parameters)
        if op.request_body:
            stack.extend(c.type for c in op.request_body.contents if c.type is not None)
        for response in op.responses:
            stack.extend(c.type for c in response.contents if c.type is not None)
            stack.extend(h.type for h in response.headers)
    while stack:
        t = stack.pop()
        yield t
        if isinstance(t, ArrayType):
            stack.append(t.items)
        elif isinstance(t, MapType):
            stack.append(t.values)
        elif isinstance(t, NullableType):
            stack.append(t.inner)
        elif isinstance(t, UnionType):
            stack.extend(t.variants)


@pytest.fixture(scope="module", params=SPEC_NAMES)
def spec(request):
    document = load(request.param)
    api, diagnostics = build(document)
    return document, api, diagnostics


def test_every_declared_schema_is_present_once(spec):
    document, api, _ = spec
    names = [s.name for s in api.schemas]
    assert len(names) == len(set(names))
    assert set(document["components"]["schemas"]) <= set(names)
    assert api.declared_schemas == len(document["components"]["schemas"])
    assert names == sorted(names)


def test_every_operation_is_present(spec):
    document, api, _ = spec
    declared = [(m, p) for p, item in document["paths"].items() for m in METHODS if m in item]
    assert [(o.method, o.path) for o in api.operations] == declared
    assert api.declared_operations == len(declared) == len(api.operations)
    ids = [o.operation_id for o in api.operations]
    assert ids == [document["paths"][p][m]["operationId"] for m, p in declared]


def test_every_ref_resolves_and_no_errors(spec):
    _, api, diagnostics = spec
    names = {s.name for s in api.schemas}
    refs = [t.name for t in all_types(api) if isinstance(t, RefType)]
    assert refs and set(refs) <= names
    for schema in api.schemas:
        if isinstance(schema, ModelSchema):
            assert set(schema.parents) <= names
    assert not [d for d in diagnostics if d.level >= Level.WARNING]


def test_orders_spec_names_follow_the_reference():
    api, _ = build(load("voucherify-orders.json"))
    by_id = {o.operation_id: o for o in api.operations}
    assert by_id["create-order"].request_body.name == "OrdersCreateRequestBody"
    assert by_id["import-orders"].request_body.name == "OrdersImportCreateRequestBodyItem"
    assert by_id["update-order"].request_body.name == "OrdersUpdateRequestBody"
    listing = api.schema("OrdersListResponseBody")
    orders = next(p for p in listing.properties if p.name == "orders")
    assert orders.type == NullableType(ArrayType(RefType("OrdersListResponseBodyOrdersItem")))
    item = api.schema("OrdersListResponseBodyOrdersItem")
    assert item.parents == ("OrderCalculated",)
    assert api.schema("OrdersImportCreateRequestBodyItem").parents == ("Order",)
    status = next(p for p in api.schema("Order").properties if p.name == "status")
    assert status.type == NullableType(RefType("OrderStatus"))
    order_param = next(p for p in by_id["list-orders"].parameters if p.name == "order")
    assert order_param.type == RefType("ParameterOrderListOrders")
    schemes = {s.name for s in api.security_schemes}
    assert {"X-App-Id", "X-App-Token", "X-Voucherify-OAuth"} <= schemes
    used = {name for op in api.operations for req in op.security for name, _ in req.schemes}
    assert used == {"X-App-Id", "X-App-Token", "X-Voucherify-OAuth"}


def _shuffled_components(document: dict, seed: int) -> dict:
    rng = random.Random(seed)
    shuffled = dict(document)
    components = dict(document["components"])
    for key, value in components.items():
        if key == "securitySchemes" or not isinstance(value, dict):
            continue  # security schemes are listed in spec order by design
        items = list(value.items())
        rng.shuffle(items)
        components[key] = dict(items)
    shuffled["components"] = components
    return shuffled


@pytest.mark.parametrize("name", SPEC_NAMES)
def test_dump_is_identical_across_builds_and_component_order(name):
    document = load(name)
    first = dump_json(build(document)[0])
    assert dump_json(build(json.loads(json.dumps(document)))[0]) == first
    assert dump_json(build(_shuffled_components(document, 7))[0]) == first
    assert json.loads(first)["declared_schemas"] == len(document["components"]["schemas"])


def test_dump_is_identical_across_hash_seeds():
    code = ("import json,sys,types;from generator.ir.build import build_ir;from generator.ir.dump import dump_json;"
            "d=json.load(open(sys.argv[1]));sys.stdout.write(dump_json(build_ir(types.SimpleNamespace(document=d))[0]))")
    outputs = []
    for seed in ("1", "2"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        result = subprocess.run([sys.executable, "-c", code, str(SHARED / "voucherify-orders.json")],
                                capture_output=True, text=True, env=env, cwd=REPO, check=True)
        outputs.append(result.stdout)
    assert outputs[0] == outputs[1] and len(outputs[0]) > 10_000
