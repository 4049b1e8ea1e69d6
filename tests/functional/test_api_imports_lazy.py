"""Importing an API class imports no model; an operation names its types on its first call.

For both orders packages (fixture `sdk`), a fresh interpreter imports `OrdersApi` and
`AsyncOrdersApi` and must find no `voucherify.models.*` module loaded.  Then, over real HTTP
against the orders server, the first calls still validate request bodies into the model
classes (a bad dict is refused before anything is sent) and parse responses into them,
loading only the models of the operations called.
"""

from __future__ import annotations

import json
import subprocess
import sys

KEYS = {"X-App-Id": "app-id-123", "X-App-Token": "app-token-456"}

PROGRAM = """
import asyncio, json, sys

def loaded():
    return sorted(m for m in sys.modules if m.startswith("voucherify.models."))

from voucherify import ApiClient, ApiValueError, AsyncApiClient, AsyncOrdersApi, Configuration, OrdersApi
import voucherify.api.orders_api as module

report = {"after_import": loaded(), "resolved_before_call": "responses" in vars(module._CREATE_ORDER)}
config = Configuration(host=sys.argv[1], api_key=json.loads(sys.argv[2]))
with ApiClient(config) as client:
    api = OrdersApi(client)
    report["after_client"] = loaded()
    try:
        api.create_order({"amount": "a lot", "status": "PAID"})
    except ApiValueError as exc:
        report["refused"] = str(exc).startswith("invalid request body")
    order = api.create_order({"amount": 2700, "status": "PAID"})
    models = sys.modules["voucherify.models"]
    report["created"] = [type(order) is models.OrdersCreateResponseBody, order.id, order.amount]
    report["typed"] = type(order) is module._CREATE_ORDER.responses["200"]["application/json"]
    report["cached"] = "responses" in vars(module._CREATE_ORDER) and "body" in vars(module._CREATE_ORDER)
    report["after_create"] = loaded()
    report["other_operation_resolved"] = "responses" in vars(module._CREATE_ORDER_EXPORT)

async def get(order_id):
    async with AsyncApiClient(config) as client:
        return await AsyncOrdersApi(client).get_order(order_id)

got = asyncio.run(get(order.id))
report["got"] = [type(got) is models.OrdersGetResponseBody, got.id, got.amount]
print(json.dumps(report))
"""


def test_api_classes_import_no_model_and_calls_still_use_the_models(
    sdk, orders_server
) -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROGRAM, orders_server.url, json.dumps(KEYS)],
        cwd=sdk.root,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["after_import"] == [] and report["after_client"] == []
    assert report["resolved_before_call"] is False
    # the invalid body was refused by the model's validation, before any request went out
    assert report["refused"] is True
    is_model, order_id, amount = report["created"]
    assert [(r.method, r.path) for r in orders_server.requests] == [
        ("POST", "/v1/orders"),
        ("GET", f"/v1/orders/{order_id}"),
    ]
    assert orders_server.requests[0].json() == {"amount": 2700, "status": "PAID"}
    # the responses were parsed into the operations' model classes
    assert (is_model, order_id.startswith("ord_"), amount) == (True, True, 2700)
    assert report["typed"] is True
    assert report["got"] == [True, order_id, 2700]
    # the first call named its operation's types once, and loaded only what they need
    assert report["cached"] is True and report["other_operation_resolved"] is False
    loaded = set(report["after_create"])
    assert {
        "voucherify.models.orders_create_request_body",
        "voucherify.models.orders_create_response_body",
    } <= loaded
    assert "voucherify.models.orders_export_create_request_body" not in loaded
    assert "voucherify.models.orders_get_response_body" not in loaded
