"""The generated client (sync), driven over real HTTP against the orders server (issue 3).

Every test runs for the package generated from spec/orders.yaml and for the one generated
from the real ../shared/specs/voucherify-orders.json (fixture `sdk`, both named
`voucherify`), except the few that need what only our spec declares (`orders_sdk`: the
`Error` model of the error responses, the reference's response model names).  What went
over the wire is read from the server's request log, not from the client.
"""

from __future__ import annotations

import inspect
import json
import re
import socket
import subprocess
import sys
import time
from datetime import datetime, timezone
from enum import Enum
from typing import Any

import pytest

# the application keys the `config` fixture configures (tests/functional/conftest.py)
KEYS = {"X-App-Id": "app-id-123", "X-App-Token": "app-token-456"}

WEIRD_ID = "ord/1?x=y#frag ment ünï✓"
ISO_DATETIME = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$")


def value(x: Any) -> Any:
    """The wire value of an enum member (or of anything else, unchanged)."""
    return x.value if isinstance(x, Enum) else x


def comparable(data: Any) -> Any:
    """JSON-ish data with date-times as instants and enums as values, for equality checks."""
    if isinstance(data, dict):
        return {k: comparable(v) for k, v in data.items()}
    if isinstance(data, (list, tuple)):
        return [comparable(v) for v in data]
    if isinstance(data, Enum):
        return comparable(data.value)
    if isinstance(data, datetime):
        return data.astimezone(timezone.utc)
    if isinstance(data, str) and ISO_DATETIME.match(data):
        return datetime.fromisoformat(data.replace("Z", "+00:00")).astimezone(
            timezone.utc
        )
    return data


def lower_keys(headers: Any) -> dict[str, str]:
    return {k.lower(): v for k, v in dict(headers.items()).items()}


# -- the surface ---------------------------------------------------------------------------
def test_package_layout_and_names(sdk) -> None:
    pkg_dir = sdk.root / "voucherify"
    for rel in (
        "api/orders_api.py",
        "models/orders_create_request_body.py",
        "models/parameter_order_list_orders.py",
        "configuration.py",
        "api_client.py",
        "api_response.py",
        "exceptions.py",
        "py.typed",
    ):
        assert (pkg_dir / rel).is_file(), rel
    assert (sdk.root / "pyproject.toml").is_file()
    from voucherify import (  # noqa: F401  (the names the issue promises)
        ApiClient,
        ApiException,
        AsyncApiClient,
        AsyncOrdersApi,
        Configuration,
        OrdersApi,
    )
    from voucherify.models import (
        OrdersCreateRequestBody,
        ParameterOrderListOrders,
    )  # noqa: F401

    assert ParameterOrderListOrders.MINUS_CREATED_AT.value == "-created_at"
    assert ParameterOrderListOrders("updated_at").value == "updated_at"
    exc = sdk.exceptions
    for name in (
        "BadRequestException",
        "UnauthorizedException",
        "ForbiddenException",
        "NotFoundException",
        "ConflictException",
        "UnprocessableEntityException",
        "TooManyRequestsException",
        "ServiceException",
    ):
        assert issubclass(getattr(exc, name), ApiException), name
    assert issubclass(ApiException, exc.OpenApiError)
    assert issubclass(exc.ApiTimeoutError, exc.OpenApiError)
    assert issubclass(exc.ApiConnectionError, exc.OpenApiError)


def test_signatures_follow_the_reference(sdk) -> None:
    api_cls = sdk.pkg.OrdersApi

    def params(method: str) -> list[tuple[str, Any, Any]]:
        sig = inspect.signature(getattr(api_cls, method))
        return [
            (p.name, p.kind, p.default)
            for p in sig.parameters.values()
            if p.name != "self"
        ]

    pos, kw = inspect.Parameter.POSITIONAL_OR_KEYWORD, inspect.Parameter.KEYWORD_ONLY
    empty = inspect.Parameter.empty
    expected_required = {
        "create_order": ["orders_create_request_body"],
        "create_order_export": ["orders_export_create_request_body"],
        "get_order": ["order_id"],
        "import_orders": ["orders_import_create_request_body_item"],
        "list_orders": [],
        "update_order": ["order_id", "orders_update_request_body"],
    }
    for method, required in expected_required.items():
        for variant in (method, f"{method}_with_http_info"):
            got = params(variant)
            assert [(n, k, d) for n, k, d in got[: len(required)]] == [
                (n, pos, empty) for n in required
            ], variant
            rest = {n: (k, d) for n, k, d in got[len(required) :]}
            assert (
                rest.pop("_request_timeout")[0] == kw and rest.pop("_headers")[0] == kw
            ), variant
            if method == "list_orders":
                assert rest == {
                    "limit": (kw, None),
                    "page": (kw, None),
                    "order": (kw, None),
                }
            else:
                assert rest == {}, variant


def test_configuration_defaults_to_the_spec_server(sdk) -> None:
    config = sdk.pkg.Configuration()
    assert (
        config.host == "https://api.voucherify.io"
    )  # voucherify-orders.json: {cluster} at its default
    assert sdk.pkg.Configuration(host="http://localhost:1").host == "http://localhost:1"


def test_importing_the_package_imports_no_model(sdk) -> None:
    code = (
        "import sys; import voucherify; "
        "print([m for m in sys.modules if m.startswith('voucherify.models.')])"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        cwd=sdk.root,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert out.stdout.strip() == "[]"


# -- the six operations, and what went over the wire -----------------------------------------------
def test_create_order(sdk, api, orders_server) -> None:
    from voucherify.models import OrdersCreateRequestBody

    order = api.create_order(OrdersCreateRequestBody(amount=2700, status="PAID"))
    assert order.id.startswith("ord_")
    assert (order.amount, value(order.status)) == (2700, "PAID")
    assert (
        isinstance(order.created_at, datetime) and order.created_at.tzinfo is not None
    )
    assert order.updated_at is None

    sent = orders_server.last()
    assert (sent.method, sent.path, sent.raw_query) == ("POST", "/v1/orders", "")
    assert sent.json() == {
        "amount": 2700,
        "status": "PAID",
    }  # only the fields that were set
    assert sent.header("Content-Type").split(";")[0] == "application/json"
    assert "application/json" in sent.header("Accept")
    assert sent.header("X-App-Id") == KEYS["X-App-Id"]
    assert sent.header("X-App-Token") == KEYS["X-App-Token"]
    assert sent.header("Authorization") is None
    # the package and the API's version, from configuration.USER_AGENT
    from voucherify.configuration import USER_AGENT

    assert sent.header("User-Agent") == USER_AGENT
    assert USER_AGENT.startswith("voucherify-python/") and len(USER_AGENT) > len("voucherify-python/")


def test_create_order_with_nested_models(orders_sdk, orders_server) -> None:
    pkg = orders_sdk.pkg
    from voucherify.models import Customer, OrderItem, OrdersCreateRequestBody

    body = OrdersCreateRequestBody(
        source_id="web-7",
        items=[
            OrderItem(product_id="prod_1", quantity=2, price=450),
            {"sku_id": "sku_9", "quantity": 1, "price": 100},
        ],
        customer=Customer(source_id="jane@example.com", name="Jane"),
        metadata={"channel": "web", "tags": ["a", "b"], "nested": {"n": 1}},
    )
    with pkg.ApiClient(
        pkg.Configuration(host=orders_server.url, api_key=dict(KEYS))
    ) as client:
        order = pkg.OrdersApi(client).create_order(body)
    assert orders_server.last().json() == {
        "source_id": "web-7",
        "items": [
            {"product_id": "prod_1", "quantity": 2, "price": 450},
            {"sku_id": "sku_9", "quantity": 1, "price": 100},
        ],
        "customer": {"source_id": "jane@example.com", "name": "Jane"},
        "metadata": {"channel": "web", "tags": ["a", "b"], "nested": {"n": 1}},
    }
    assert order.amount == 1000
    assert [(i.product_id, i.sku_id, i.amount) for i in order.items] == [
        ("prod_1", None, 900),
        (None, "sku_9", 100),
    ]
    assert value(order.items[1].related_object) == "sku"
    assert order.customer.id == order.customer_id
    assert order.metadata == {"channel": "web", "tags": ["a", "b"], "nested": {"n": 1}}


def test_read_only_fields_of_a_model_from_a_response_are_not_sent_back(orders_sdk, orders_server) -> None:
    pkg = orders_sdk.pkg
    from voucherify.models import OrderItem, OrdersCreateRequestBody

    # OrderItem's `object` and `subtotal_amount` are readOnly: set by the server, left out of requests
    item = OrderItem.from_dict({"object": "order_item", "product_id": "prod_1", "quantity": 2,
                                "subtotal_amount": 900, "unknown_to_the_spec": 1})
    assert item.to_dict()["subtotal_amount"] == 900  # kept as it came, outside requests
    with pkg.ApiClient(pkg.Configuration(host=orders_server.url, api_key=dict(KEYS))) as client:
        pkg.OrdersApi(client).create_order(OrdersCreateRequestBody(items=[item]))
        sent = orders_server.last().json()
        assert sent["items"] == [{"product_id": "prod_1", "quantity": 2, "unknown_to_the_spec": 1}]
        pkg.OrdersApi(client).create_order({"items": [item.to_dict()]})  # a dict is checked as the model
        assert orders_server.last().json()["items"] == sent["items"]


def test_responses_are_the_reference_models(orders_sdk, orders_server) -> None:
    # the reference: "OrdersCreateResponseBody CreateOrder (...)", "OrdersGetResponseBody GetOrder (...)", ...
    pkg, models = orders_sdk.pkg, orders_sdk.models
    with pkg.ApiClient(
        pkg.Configuration(host=orders_server.url, api_key=dict(KEYS))
    ) as client:
        api = pkg.OrdersApi(client)
        created = api.create_order({"amount": 1})
        assert isinstance(created, models.OrdersCreateResponseBody)
        assert isinstance(api.get_order(created.id), models.OrdersGetResponseBody)
        assert isinstance(
            api.update_order(created.id, {"amount": 2}), models.OrdersUpdateResponseBody
        )
        assert isinstance(api.list_orders(), models.OrdersListResponseBody)
        assert isinstance(
            api.import_orders([{"amount": 3}]), models.OrdersImportCreateResponseBody
        )
        assert isinstance(
            api.create_order_export({}), models.OrdersExportCreateResponseBody
        )


def test_create_order_accepts_a_dict_and_validates_it(sdk, api, orders_server) -> None:
    order = api.create_order(
        {"amount": 500, "source_id": "dict-1", "status": "CREATED"}
    )
    assert (order.amount, order.source_id, value(order.status)) == (
        500,
        "dict-1",
        "CREATED",
    )
    assert orders_server.last().json() == {
        "amount": 500,
        "source_id": "dict-1",
        "status": "CREATED",
    }

    before = len(orders_server.requests)
    with pytest.raises(
        ValueError
    ):  # pydantic's ValidationError or the package's own ValueError
        api.create_order({"amount": "a lot"})
    assert len(orders_server.requests) == before  # nothing was sent


def test_get_order(sdk, api, orders_server) -> None:
    stored = orders_server.store.put(
        {"id": "ord_1", "source_id": "src-1", "status": "PAID", "amount": 1200}
    )
    order = api.get_order("ord_1")
    assert (order.id, order.source_id, order.amount, value(order.status)) == (
        "ord_1",
        "src-1",
        1200,
        "PAID",
    )
    assert order.created_at == datetime.fromisoformat(
        stored["created_at"].replace("Z", "+00:00")
    )
    sent = orders_server.last()
    assert (sent.method, sent.raw_path, sent.body) == ("GET", "/v1/orders/ord_1", b"")
    assert sent.header("Content-Type") is None
    assert api.get_order("src-1").id == "ord_1"  # by source ID


def test_path_ids_are_percent_encoded_as_one_segment(sdk, api, orders_server) -> None:
    orders_server.store.put({"id": WEIRD_ID, "amount": 1})
    assert api.get_order(WEIRD_ID).id == WEIRD_ID
    assert api.update_order(WEIRD_ID, {"amount": 2}).amount == 2
    for sent in orders_server.requests:
        assert sent.segments == ["v1", "orders", WEIRD_ID], sent.raw_path
        assert sent.raw_query == ""
        assert sent.raw_path.isascii() and not set(" ?#") & set(
            sent.raw_path
        ), sent.raw_path


def test_update_order_sends_only_what_was_set_and_null_for_explicit_none(
    sdk, api, orders_server
) -> None:
    from voucherify.models import OrdersUpdateRequestBody

    orders_server.store.put(
        {"id": "ord_2", "amount": 100, "status": "PAID", "metadata": {"a": 1}}
    )
    updated = api.update_order("ord_2", OrdersUpdateRequestBody(status="CANCELED"))
    assert (value(updated.status), updated.amount, updated.metadata) == (
        "CANCELED",
        100,
        {"a": 1},
    )
    assert isinstance(updated.updated_at, datetime)
    assert orders_server.last().json() == {"status": "CANCELED"}
    assert (orders_server.last().method, orders_server.last().path) == (
        "PUT",
        "/v1/orders/ord_2",
    )

    cleared = api.update_order("ord_2", OrdersUpdateRequestBody(metadata=None))
    assert orders_server.last().body.replace(b" ", b"") == b'{"metadata":null}'
    assert cleared.metadata is None


def test_list_orders_query_string(sdk, api, orders_server) -> None:
    from voucherify.models import ParameterOrderListOrders

    for n in range(3):
        orders_server.store.put(
            {
                "id": f"ord_{n}",
                "amount": n,
                "created_at": f"2024-01-0{n + 1}T00:00:00.000Z",
            }
        )

    everything = api.list_orders()
    assert (
        orders_server.last().raw_query == ""
    )  # unset optional parameters are not sent
    assert (value(everything.object), value(everything.data_ref), everything.total) == (
        "list",
        "orders",
        3,
    )
    assert [o.id for o in everything.orders] == ["ord_0", "ord_1", "ord_2"]

    page = api.list_orders(
        limit=2, page=1, order=ParameterOrderListOrders.MINUS_CREATED_AT
    )
    assert sorted(orders_server.last().query) == [
        ("limit", "2"),
        ("order", "-created_at"),
        ("page", "1"),
    ]
    assert [o.id for o in page.orders] == ["ord_2", "ord_1"]
    assert page.total == 3

    api.list_orders(order="updated_at")  # the plain wire value works too
    assert orders_server.last().query == [("order", "updated_at")]
    api.list_orders(page=2)
    assert orders_server.last().query == [("page", "2")]


def test_import_orders_sends_an_array(sdk, api, orders_server) -> None:
    from voucherify.models import OrdersImportCreateRequestBodyItem

    result = api.import_orders(
        [
            OrdersImportCreateRequestBodyItem(
                source_id="legacy-1", status="PAID", amount=12500
            ),
            OrdersImportCreateRequestBodyItem(source_id="legacy-2"),
        ]
    )
    assert result.async_action_id.startswith("aa_")
    sent = orders_server.last()
    assert (sent.method, sent.path) == ("POST", "/v1/orders/import")
    assert sent.json() == [
        {"source_id": "legacy-1", "status": "PAID", "amount": 12500},
        {"source_id": "legacy-2"},
    ]
    assert {o["source_id"] for o in orders_server.store.orders.values()} == {
        "legacy-1",
        "legacy-2",
    }

    api.import_orders(
        [{"source_id": "legacy-3", "metadata": {"purchased_at": "2021-11-20"}}]
    )
    assert orders_server.last().json() == [
        {"source_id": "legacy-3", "metadata": {"purchased_at": "2021-11-20"}}
    ]


def test_create_order_export(sdk, api, orders_server) -> None:
    from voucherify.models import OrdersExportCreateRequestBody

    body = OrdersExportCreateRequestBody(
        parameters={
            "fields": ["id", "status", "total_amount"],
            "filters": {"junction": "and"},
        }
    )
    export = api.create_order_export(body)
    sent = orders_server.last()
    assert (sent.method, sent.path) == ("POST", "/v1/orders/export")
    assert sent.json() == {
        "parameters": {
            "fields": ["id", "status", "total_amount"],
            "filters": {"junction": "and"},
        }
    }
    assert export.id.startswith("exp_")
    assert (
        value(export.status),
        value(export.object),
        value(export.exported_object),
    ) == ("SCHEDULED", "export", "order")
    # `fields` by wire name: the attribute name is the naming rules' business
    assert export.parameters.to_dict()["fields"] == ["id", "status", "total_amount"]
    assert export.result is None and export.user_id is None
    assert isinstance(export.created_at, datetime)

    default = api.create_order_export(OrdersExportCreateRequestBody())
    assert orders_server.last().json() == {}
    assert default.to_dict()["parameters"] == {"fields": ["id", "source_id", "status"]}


# -- *_with_http_info -------------------------------------------------------------------------
def test_with_http_info(sdk, api, orders_server) -> None:
    from voucherify.api_response import ApiResponse

    orders_server.store.put({"id": "ord_h", "amount": 42})
    response = api.get_order_with_http_info("ord_h")
    assert isinstance(response, ApiResponse)
    assert response.status_code == 200
    headers = lower_keys(response.headers)
    assert headers["content-type"] == "application/json"
    assert headers["x-request-id"].startswith("v-")
    assert (response.data.id, response.data.amount) == ("ord_h", 42)
    assert json.loads(response.raw_data)["id"] == "ord_h"

    created = api.create_order_with_http_info({"amount": 7})
    assert created.status_code == 200 and created.data.amount == 7
    listed = api.list_orders_with_http_info(limit=1)
    assert listed.data.total == 2 and json.loads(listed.raw_data)["total"] == 2
    assert orders_server.last().query == [("limit", "1")]


# -- auth -----------------------------------------------------------------------------------------
def test_access_token_is_sent_as_bearer(sdk, orders_server) -> None:
    pkg = sdk.pkg
    with pkg.ApiClient(
        pkg.Configuration(host=orders_server.url, access_token="tok-789")
    ) as client:
        assert pkg.OrdersApi(client).list_orders().total == 0
    sent = orders_server.last()
    assert sent.header("Authorization") == "Bearer tok-789"
    assert sent.header("X-App-Id") is None and sent.header("X-App-Token") is None


def test_no_credentials_gives_unauthorized(sdk, orders_server) -> None:
    pkg = sdk.pkg
    with pkg.ApiClient(pkg.Configuration(host=orders_server.url)) as client:
        with pytest.raises(sdk.exceptions.UnauthorizedException) as caught:
            pkg.OrdersApi(client).list_orders()
    error = caught.value
    assert isinstance(error, pkg.ApiException)
    assert error.status == 401 and error.reason == "Unauthorized"
    assert json.loads(error.body)["key"] == "unauthorized"
    for name in ("X-App-Id", "X-App-Token", "Authorization"):
        assert orders_server.last().header(name) is None
    if sdk.ours:
        assert (error.data.code, error.data.key, error.data.message) == (
            401,
            "unauthorized",
            "Unauthorized",
        )


def test_per_call_headers(sdk, api, orders_server) -> None:
    orders_server.store.put({"id": "ord_x"})
    api.get_order("ord_x", _headers={"X-Trace-Id": "trace-1", "Accept-Language": "pl"})
    sent = orders_server.last()
    assert (
        sent.header("X-Trace-Id") == "trace-1"
        and sent.header("Accept-Language") == "pl"
    )
    assert sent.header("X-App-Id") == KEYS["X-App-Id"]
    api.get_order("ord_x")
    assert orders_server.last().header("X-Trace-Id") is None  # per call, not sticky


# -- errors ---------------------------------------------------------------------------------
def test_not_found_carries_status_reason_headers_body_and_data(
    sdk, api, orders_server
) -> None:
    with pytest.raises(sdk.exceptions.NotFoundException) as caught:
        api.get_order("ord_missing")
    error = caught.value
    assert isinstance(error, sdk.pkg.ApiException)
    assert (error.status, error.reason) == (404, "Not Found")
    assert lower_keys(error.headers)["content-type"] == "application/json"
    assert isinstance(error.body, str)
    assert json.loads(error.body)["details"] == "Cannot find order with id ord_missing"
    if sdk.ours:
        assert isinstance(error.data, sdk.models.Error)
        assert (error.data.code, error.data.key, error.data.resource_id) == (
            404,
            "not_found",
            "ord_missing",
        )
        assert error.data.request_id.startswith("v-")
    else:  # voucherify-orders.json declares no error responses
        assert error.data is None


STATUS_EXCEPTIONS = [
    (400, "BadRequestException"),
    (401, "UnauthorizedException"),
    (403, "ForbiddenException"),
    (404, "NotFoundException"),
    (409, "ConflictException"),
    (422, "UnprocessableEntityException"),
    (429, "TooManyRequestsException"),
    (500, "ServiceException"),
    (502, "ServiceException"),
    (503, "ServiceException"),
]


@pytest.mark.parametrize(("status", "name"), STATUS_EXCEPTIONS)
def test_each_status_raises_its_exception(
    sdk, api, orders_server, status: int, name: str
) -> None:
    payload = {
        "code": status,
        "key": f"k{status}",
        "message": f"m{status}",
        "details": None,
    }
    orders_server.fail_next(status, json=payload, headers={"Retry-After": "7"})
    with pytest.raises(getattr(sdk.exceptions, name)) as caught:
        api.list_orders()
    error = caught.value
    assert type(error).__name__ == name and isinstance(error, sdk.pkg.ApiException)
    assert error.status == status
    assert lower_keys(error.headers)["retry-after"] == "7"
    assert json.loads(error.body) == payload
    if sdk.ours:  # '4XX' and 'default' both declare Error
        assert (
            error.data.code,
            error.data.key,
            error.data.message,
            error.data.details,
        ) == (
            status,
            f"k{status}",
            f"m{status}",
            None,
        )


def test_other_4xx_is_still_an_api_exception(sdk, api, orders_server) -> None:
    orders_server.fail_next(418, text="I'm a teapot")
    with pytest.raises(sdk.pkg.ApiException) as caught:
        api.list_orders()
    assert caught.value.status == 418 and caught.value.body == "I'm a teapot"


@pytest.mark.parametrize(
    ("status", "content_type", "body"),
    [
        (
            500,
            "text/html",
            b"<html><body><h1>500 Internal Server Error</h1></body></html>",
        ),
        (502, "text/html; charset=utf-8", b"<html><body>Bad gateway</body></html>"),
        (404, "application/json", b"{not json"),  # claims JSON, is not
        (503, None, b""),
    ],
)
def test_non_json_error_bodies_never_hide_the_error(
    sdk, api, orders_server, status, content_type, body
) -> None:
    orders_server.fail_next(status, body=body, content_type=content_type)
    expected = (
        sdk.exceptions.ServiceException
        if status >= 500
        else sdk.exceptions.NotFoundException
    )
    with pytest.raises(expected) as caught:
        api.get_order("ord_1")
    error = caught.value
    assert error.status == status
    assert error.body == body.decode()
    assert error.data is None
    assert str(status) in str(error)


def test_server_side_validation_error(sdk, api, orders_server) -> None:
    # the client sends a status the spec does not list (open enums); the server rejects it
    orders_server.store.put({"id": "ord_v"})
    with pytest.raises(sdk.exceptions.BadRequestException) as caught:
        api.update_order("ord_v", {"status": "SHIPPED"})
    assert orders_server.last().json() == {"status": "SHIPPED"}
    assert caught.value.status == 400
    assert json.loads(caught.value.body)["key"] == "invalid_payload"


# -- transport ------------------------------------------------------------------------------
def test_timeout_raises_the_package_timeout_error(sdk, api, orders_server) -> None:
    orders_server.store.put({"id": "ord_t"})
    orders_server.delay_next(3.0)
    start = time.monotonic()
    with pytest.raises(sdk.exceptions.ApiTimeoutError) as caught:
        api.get_order("ord_t", _request_timeout=0.3)
    assert time.monotonic() - start < 2.5
    assert isinstance(caught.value, sdk.exceptions.OpenApiError)
    orders_server.reset()
    orders_server.store.put({"id": "ord_t"})
    assert (
        api.get_order("ord_t", _request_timeout=5).id == "ord_t"
    )  # the client still works


def test_connection_refused_raises_the_package_connection_error(sdk) -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    pkg = sdk.pkg
    with pkg.ApiClient(
        pkg.Configuration(host=f"http://127.0.0.1:{port}", api_key=dict(KEYS))
    ) as client:
        with pytest.raises(sdk.exceptions.ApiConnectionError) as caught:
            pkg.OrdersApi(client).list_orders()
    assert isinstance(caught.value, sdk.exceptions.OpenApiError)


# -- responses the spec does not foresee ----------------------------------------------------------
def test_unknown_fields_and_enum_values_survive(sdk, api, orders_server) -> None:
    raw = {
        "id": "ord_u",
        "object": "order",
        "status": "ON_HOLD",  # not in the spec's enum
        "amount": 300,
        "created_at": "2024-03-01T10:15:30.123Z",
        "updated_at": None,
        "loyalty_tier": "gold",  # not in the spec at all
        "shipping": {"carrier": "DHL", "eta_days": 2},
        "items": [
            {
                "object": "order_item",
                "product_id": "prod_1",
                "quantity": 1,
                "price": 300,
                "amount": 300,
                "related_object": "bundle",
                "gift_wrap": True,
            }
        ],
        "metadata": {},
    }
    orders_server.store.put(raw)
    response = api.get_order_with_http_info("ord_u")
    order = response.data
    assert value(order.status) == "ON_HOLD"
    assert value(order.items[0].related_object) == "bundle"
    as_dict = order.to_dict()
    assert as_dict["loyalty_tier"] == "gold"
    assert as_dict["shipping"] == {"carrier": "DHL", "eta_days": 2}
    assert as_dict["items"][0]["gift_wrap"] is True
    assert comparable(as_dict) == comparable(json.loads(response.raw_data))
    again = type(order).from_dict(as_dict)
    assert comparable(again.to_dict()) == comparable(as_dict)
    assert comparable(json.loads(order.to_json())) == comparable(
        json.loads(response.raw_data)
    )
    assert comparable(type(order).from_json(order.to_json()).to_dict()) == comparable(
        as_dict
    )


def test_extra_fields_in_every_answer(sdk, api, orders_server) -> None:
    orders_server.order_extras.update({"status": "ARCHIVED", "channel_id": "ch_1"})
    orders_server.response_extras["livemode"] = False
    created = api.create_order({"amount": 1, "status": "PAID"})
    assert (
        value(created.status) == "ARCHIVED"
        and created.to_dict()["channel_id"] == "ch_1"
    )
    listed = api.list_orders()
    assert listed.to_dict()["livemode"] is False
    assert listed.to_dict()["orders"][0]["channel_id"] == "ch_1"
    assert value(listed.orders[0].status) == "ARCHIVED"
    assert api.import_orders([{"amount": 1}]).to_dict()["livemode"] is False
