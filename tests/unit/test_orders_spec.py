"""spec/orders.yaml says what the reference documentation says, and is a valid spec.

The reference (`../shared/reference/OrdersApi.txt`, the C# SDK's docs as plain text) is
read here and every summary, description and parameter text of the spec must occur in it
word for word (whitespace-normalised: the reference is flattened to one line per
paragraph, our markdown keeps its line breaks and headings).  The response examples are
checked against their own schemas, so the examples cannot drift from the schemas.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from openapi_schema_validator import OAS30Validator
from openapi_spec_validator import validate

REPO = Path(__file__).resolve().parents[2]
SPEC_PATH = REPO / "spec" / "orders.yaml"
REFERENCE_PATH = REPO / ".." / "shared" / "reference" / "OrdersApi.txt"

# operationId -> (method, path, summary) as the reference's method table gives them
EXPECTED = {
    "createOrder": ("post", "/v1/orders", "Create Order"),
    "createOrderExport": ("post", "/v1/orders/export", "Create Orders Export"),
    "getOrder": ("get", "/v1/orders/{orderId}", "Get Order"),
    "importOrders": ("post", "/v1/orders/import", "Import Orders"),
    "listOrders": ("get", "/v1/orders", "List Orders"),
    "updateOrder": ("put", "/v1/orders/{orderId}", "Update Order"),
}
METHODS = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.fixture(scope="module")
def spec() -> dict:
    return yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def reference() -> str:
    return _norm(REFERENCE_PATH.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def operations(spec: dict) -> dict[str, tuple[str, str, dict]]:
    out: dict[str, tuple[str, str, dict]] = {}
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if method in METHODS:
                assert op["operationId"] not in out, op["operationId"]
                out[op["operationId"]] = (method, path, op)
    return out


def _resolve(spec: dict, node: dict) -> dict:
    while "$ref" in node:
        ref = node["$ref"]
        assert ref.startswith("#/"), ref
        node = spec
        for part in ref[2:].split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def test_spec_validates(spec: dict) -> None:
    assert spec["openapi"] == "3.0.3"
    validate(spec)  # raises on any problem


def test_our_validator_accepts_it_and_the_ir_has_the_six_operations() -> None:
    import generator

    api = generator.load(SPEC_PATH, strict=True)
    got = {(op.operation_id, op.method.lower(), op.path) for op in api.operations}
    assert got == {(oid, m, p) for oid, (m, p, _) in EXPECTED.items()}


def test_the_six_operations_with_methods_paths_and_summaries(operations: dict) -> None:
    assert set(operations) == set(EXPECTED)
    for oid, (method, path, summary) in EXPECTED.items():
        got_method, got_path, op = operations[oid]
        assert (got_method, got_path) == (method, path), oid
        assert op["summary"] == summary
        assert op["tags"] == ["Orders"]


def test_method_table_of_the_reference_lists_the_same_operations(
    reference: str,
) -> None:
    # "| CreateOrder | POST /v1/orders | Create Order |"
    rows = re.findall(
        r"\| (\w+) \| (GET|POST|PUT|DELETE|PATCH) (\S+) \| ([^|]+?) \|", reference
    )
    assert len(rows) == 6
    for name, method, path, summary in rows:
        oid = name[0].lower() + name[1:]
        assert EXPECTED[oid] == (method.lower(), path, summary)


def test_summaries_and_descriptions_are_the_reference_text(
    operations: dict, reference: str
) -> None:
    for oid, (_, _, op) in operations.items():
        assert _norm(op["summary"]) in reference, oid
        description = _norm(op["description"])
        assert len(description) > 20, oid
        # the whole description, right after its summary, as the reference prints it
        assert f"{op['summary']} {description}" in reference, oid


def test_import_description_keeps_its_markdown_headings(operations: dict) -> None:
    text = operations["importOrders"][2]["description"]
    for heading in (
        "# Limitations",
        "## Import volume",
        "## Maximum count of orders in single import",
        "# Notifications",
        "# Triggered actions",
        "# What is not triggered",
    ):
        assert f"\n{heading}\n" in text, heading
    assert text.startswith("🚧 Historical orders\n")


def test_success_response_descriptions_are_the_reference_text(
    operations: dict, reference: str
) -> None:
    for oid, (_, _, op) in operations.items():
        assert set(op["responses"]) >= {"200", "4XX", "default"}, oid
        ok = op["responses"]["200"]
        assert f"| 200 | {_norm(ok['description'])} | - |" in reference, oid


def test_parameters_as_the_reference_documents_them(
    spec: dict, operations: dict, reference: str
) -> None:
    def params(oid: str) -> list[dict]:
        method, path, op = operations[oid]
        found = [_resolve(spec, p) for p in spec["paths"][path].get("parameters", [])]
        found += [_resolve(spec, p) for p in op.get("parameters", [])]
        return found

    for oid in ("getOrder", "updateOrder"):
        (order_id,) = params(oid)
        assert (order_id["name"], order_id["in"], order_id["required"]) == (
            "orderId",
            "path",
            True,
        )
        assert order_id["schema"]["type"] == "string"
        assert f"| orderId | string | {order_id['description']} |" in reference

    by_name = {p["name"]: p for p in params("listOrders")}
    assert list(by_name) == ["limit", "page", "order"]
    assert all(
        p["in"] == "query" and not p.get("required", False) for p in by_name.values()
    )
    assert by_name["limit"]["schema"] == {
        "type": "integer",
        "minimum": 1,
        "maximum": 100,
    }
    assert by_name["page"]["schema"] == {"type": "integer", "minimum": 1}
    assert by_name["order"]["schema"] == {
        "$ref": "#/components/schemas/ParameterOrderListOrders"
    }
    enum = spec["components"]["schemas"]["ParameterOrderListOrders"]
    assert enum["type"] == "string"
    assert enum["enum"] == ["created_at", "-created_at", "updated_at", "-updated_at"]
    for name, ctype in (
        ("limit", "int?"),
        ("page", "int?"),
        ("order", "ParameterOrderListOrders?"),
    ):
        assert (
            f"| {name} | {ctype} | {_norm(by_name[name]['description'])} | [optional] |"
            in reference
        )

    for oid in ("createOrder", "createOrderExport", "importOrders"):
        assert params(oid) == []


def test_request_bodies_are_named_as_the_reference_names_them(
    operations: dict, reference: str
) -> None:
    expected = {
        "createOrder": ("ordersCreateRequestBody", "OrdersCreateRequestBody"),
        "createOrderExport": (
            "ordersExportCreateRequestBody",
            "OrdersExportCreateRequestBody",
        ),
        "updateOrder": ("ordersUpdateRequestBody", "OrdersUpdateRequestBody"),
    }
    for oid, (param, model) in expected.items():
        body = operations[oid][2]["requestBody"]
        assert body["required"] is True
        schema = body["content"]["application/json"]["schema"]
        assert schema == {"$ref": f"#/components/schemas/{model}"}
        assert f"| {param} | {model} | {body['description']} |" in reference

    body = operations["importOrders"][2]["requestBody"]
    schema = body["content"]["application/json"]["schema"]
    assert schema["type"] == "array"
    assert schema["items"] == {
        "$ref": "#/components/schemas/OrdersImportCreateRequestBodyItem"
    }
    assert (
        f"| ordersImportCreateRequestBodyItem | List<OrdersImportCreateRequestBodyItem> | {body['description']} |"
        in reference
    )
    for oid in ("getOrder", "listOrders"):
        assert "requestBody" not in operations[oid][2]


def test_response_schemas_are_the_ones_the_reference_returns(
    operations: dict, reference: str
) -> None:
    for oid, (_, _, op) in operations.items():
        schema = op["responses"]["200"]["content"]["application/json"]["schema"]
        model = schema["$ref"].rsplit("/", 1)[1]
        # the reference's signature line: "OrdersGetResponseBody GetOrder (string orderId)"
        assert f"{model} {oid[0].upper()}{oid[1:]} (" in reference, oid
        for status in ("4XX", "default"):
            error = op["responses"][status]
            assert error["$ref"].startswith("#/components/responses/")


def test_server_and_security(spec: dict) -> None:
    assert spec["servers"][0]["url"] == "https://api.voucherify.io"
    schemes = spec["components"]["securitySchemes"]
    assert schemes["X-App-Id"] == {
        **schemes["X-App-Id"],
        "type": "apiKey",
        "in": "header",
        "name": "X-App-Id",
    }
    assert schemes["X-App-Token"] == {
        **schemes["X-App-Token"],
        "type": "apiKey",
        "in": "header",
        "name": "X-App-Token",
    }
    assert schemes["X-Voucherify-OAuth"]["type"] == "oauth2"
    assert schemes["X-Voucherify-OAuth"]["flows"]
    # either both application keys, or the OAuth token
    assert spec["security"] == [
        {"X-App-Id": [], "X-App-Token": []},
        {"X-Voucherify-OAuth": ["api", "orders"]},
    ]


def _validator(spec: dict, schema: dict) -> OAS30Validator:
    # local refs ("#/components/schemas/...") resolve against the root schema,
    # so the components travel with the schema under test
    return OAS30Validator({**schema, "components": spec["components"]})


def _examples(spec: dict, operations: dict):
    for oid, (_, _, op) in operations.items():
        for status, response in op["responses"].items():
            media = _resolve(spec, response)["content"]["application/json"]
            yield f"{oid} {status}", media
        body = op.get("requestBody")
        if body:
            yield f"{oid} request", body["content"]["application/json"]


def test_every_response_has_an_example_that_fits_its_schema(
    spec: dict, operations: dict
) -> None:
    seen = 0
    for where, media in _examples(spec, operations):
        assert "example" in media, where
        errors = list(_validator(spec, media["schema"]).iter_errors(media["example"]))
        assert not errors, f"{where}: {[e.message for e in errors]}"
        seen += 1
    assert seen == 6 * 3 + 4


def test_examples_include_nulls_for_nullable_fields(
    spec: dict, operations: dict
) -> None:
    nulls = []
    for where, media in _examples(spec, operations):

        def walk(node: object, path: str) -> None:
            if node is None:
                nulls.append(f"{where}:{path}")
            elif isinstance(node, dict):
                for k, v in node.items():
                    walk(v, f"{path}/{k}")
            elif isinstance(node, list):
                for i, v in enumerate(node):
                    walk(v, f"{path}/{i}")

        walk(media["example"], "")
    assert any(
        n.startswith("getOrder")
        or n.startswith("listOrders")
        or n.startswith("createOrder 200")
        for n in nulls
    )
    assert any(n.startswith("updateOrder 200") for n in nulls)


def test_a_wrong_example_is_caught_by_the_example_check(
    spec: dict, operations: dict
) -> None:
    # the check above is not vacuous: a string amount and an unknown status fail
    media = operations["getOrder"][2]["responses"]["200"]["content"]["application/json"]
    bad = {**media["example"], "amount": "27.00", "status": "SHIPPED"}
    messages = [e.message for e in _validator(spec, media["schema"]).iter_errors(bad)]
    assert any("'27.00'" in m for m in messages) and any(
        "SHIPPED" in m for m in messages
    ), messages
