"""The generated client (async: AsyncApiClient / AsyncOrdersApi) over real HTTP (issue 3).

The same surface as the sync client, awaitable: all six operations, `*_with_http_info`,
errors, timeouts, connection failures, and concurrent calls with asyncio.gather.  Runs for
both generated packages (fixture `sdk`: spec/orders.yaml and voucherify-orders.json).
"""

from __future__ import annotations

import asyncio
import inspect
import json
import socket
import time
from datetime import datetime
from enum import Enum
from typing import Any, AsyncIterator

import pytest
import pytest_asyncio

KEYS = {"X-App-Id": "app-id-123", "X-App-Token": "app-token-456"}
WEIRD_ID = "ord/1?x=y#frag ment ünï✓"


def value(x: Any) -> Any:
    return x.value if isinstance(x, Enum) else x


@pytest_asyncio.fixture()
async def aapi(sdk, orders_server) -> AsyncIterator[Any]:
    config = sdk.pkg.Configuration(host=orders_server.url, api_key=dict(KEYS))
    async with sdk.pkg.AsyncApiClient(config) as client:
        yield sdk.pkg.AsyncOrdersApi(client)


def test_async_methods_are_coroutines_with_the_sync_signatures(sdk) -> None:
    sync_cls, async_cls = sdk.pkg.OrdersApi, sdk.pkg.AsyncOrdersApi
    names = [
        "create_order",
        "create_order_export",
        "get_order",
        "import_orders",
        "list_orders",
        "update_order",
    ]
    for name in names + [f"{n}_with_http_info" for n in names]:
        method = getattr(async_cls, name)
        assert inspect.iscoroutinefunction(method), name
        sync_params = list(
            inspect.signature(getattr(sync_cls, name)).parameters.values()
        )
        async_params = list(inspect.signature(method).parameters.values())
        assert [(p.name, p.kind, p.default) for p in async_params] == [
            (p.name, p.kind, p.default) for p in sync_params
        ], name


@pytest.mark.asyncio
async def test_all_six_operations(sdk, aapi, orders_server) -> None:
    from voucherify.models import (
        OrdersCreateRequestBody,
        OrdersExportCreateRequestBody,
        OrdersImportCreateRequestBodyItem,
        OrdersUpdateRequestBody,
        ParameterOrderListOrders,
    )

    created = await aapi.create_order(
        OrdersCreateRequestBody(amount=2700, status="PAID")
    )
    assert (created.amount, value(created.status)) == (2700, "PAID")
    assert orders_server.last().json() == {"amount": 2700, "status": "PAID"}
    assert orders_server.last().header("X-App-Id") == KEYS["X-App-Id"]
    assert orders_server.last().header("X-App-Token") == KEYS["X-App-Token"]

    fetched = await aapi.get_order(created.id)
    assert fetched.id == created.id and isinstance(fetched.created_at, datetime)
    assert orders_server.last().raw_path == f"/v1/orders/{created.id}"

    updated = await aapi.update_order(
        created.id, OrdersUpdateRequestBody(status="FULFILLED", metadata=None)
    )
    assert value(updated.status) == "FULFILLED" and updated.metadata is None
    assert orders_server.last().json() == {"status": "FULFILLED", "metadata": None}
    assert orders_server.last().method == "PUT"

    imported = await aapi.import_orders(
        [
            OrdersImportCreateRequestBodyItem(source_id="legacy-1", amount=5),
            {"source_id": "legacy-2"},
        ]
    )
    assert imported.async_action_id.startswith("aa_")
    assert orders_server.last().json() == [
        {"source_id": "legacy-1", "amount": 5},
        {"source_id": "legacy-2"},
    ]

    listed = await aapi.list_orders(
        limit=2, page=1, order=ParameterOrderListOrders.MINUS_CREATED_AT
    )
    assert sorted(orders_server.last().query) == [
        ("limit", "2"),
        ("order", "-created_at"),
        ("page", "1"),
    ]
    assert listed.total == 3 and len(listed.orders) == 2
    await aapi.list_orders()
    assert orders_server.last().raw_query == ""

    export = await aapi.create_order_export(
        OrdersExportCreateRequestBody(parameters={"fields": ["id", "amount"]})
    )
    assert value(export.status) == "SCHEDULED"
    assert orders_server.last().json() == {"parameters": {"fields": ["id", "amount"]}}


@pytest.mark.asyncio
async def test_concurrent_calls_with_gather(sdk, aapi, orders_server) -> None:
    for n in range(12):
        orders_server.store.put({"id": f"ord_{n}", "amount": n * 100})
    orders_server.delay = 0.2  # every answer waits: sequential calls would take 2.4 s
    start = time.monotonic()
    orders = await asyncio.gather(*(aapi.get_order(f"ord_{n}") for n in range(12)))
    elapsed = time.monotonic() - start
    assert [(o.id, o.amount) for o in orders] == [
        (f"ord_{n}", n * 100) for n in range(12)
    ]
    assert elapsed < 1.8, f"12 calls of 0.2 s took {elapsed:.2f} s: not concurrent"
    assert sorted(r.raw_path for r in orders_server.requests) == sorted(
        f"/v1/orders/ord_{n}" for n in range(12)
    )

    created = await asyncio.gather(
        *(aapi.create_order({"source_id": f"s{n}", "amount": n}) for n in range(5))
    )
    assert sorted(o.source_id for o in created) == [f"s{n}" for n in range(5)]
    assert len({o.id for o in created}) == 5


@pytest.mark.asyncio
async def test_path_ids_are_percent_encoded(sdk, aapi, orders_server) -> None:
    orders_server.store.put({"id": WEIRD_ID, "amount": 1})
    assert (await aapi.get_order(WEIRD_ID)).id == WEIRD_ID
    sent = orders_server.last()
    assert sent.segments == ["v1", "orders", WEIRD_ID]
    assert sent.raw_path.isascii() and not set(" ?#") & set(sent.raw_path)


@pytest.mark.asyncio
async def test_with_http_info_and_per_call_headers(sdk, aapi, orders_server) -> None:
    orders_server.store.put({"id": "ord_h", "amount": 42})
    response = await aapi.get_order_with_http_info(
        "ord_h", _headers={"X-Trace-Id": "t-1"}
    )
    assert response.status_code == 200
    assert {k.lower(): v for k, v in dict(response.headers.items()).items()}[
        "content-type"
    ] == "application/json"
    assert response.data.amount == 42
    assert json.loads(response.raw_data)["id"] == "ord_h"
    assert orders_server.last().header("X-Trace-Id") == "t-1"


@pytest.mark.asyncio
async def test_bearer_token(sdk, orders_server) -> None:
    pkg = sdk.pkg
    async with pkg.AsyncApiClient(
        pkg.Configuration(host=orders_server.url, access_token="tok-async")
    ) as client:
        assert (await pkg.AsyncOrdersApi(client).list_orders()).total == 0
    assert orders_server.last().header("Authorization") == "Bearer tok-async"
    assert orders_server.last().header("X-App-Id") is None


@pytest.mark.asyncio
async def test_errors(sdk, aapi, orders_server) -> None:
    exc = sdk.exceptions
    with pytest.raises(exc.NotFoundException) as caught:
        await aapi.get_order("ord_missing")
    assert caught.value.status == 404
    assert json.loads(caught.value.body)["key"] == "not_found"
    if sdk.ours:
        assert caught.value.data.key == "not_found"
    else:
        assert caught.value.data is None

    orders_server.fail_next(
        500, text="<html>Internal Server Error</html>", content_type="text/html"
    )
    with pytest.raises(exc.ServiceException) as caught:
        await aapi.list_orders()
    assert (caught.value.status, caught.value.body, caught.value.data) == (
        500,
        "<html>Internal Server Error</html>",
        None,
    )

    orders_server.fail_next(
        429,
        json={"code": 429, "message": "Too many requests"},
        headers={"Retry-After": "1"},
    )
    with pytest.raises(exc.TooManyRequestsException):
        await aapi.create_order({"amount": 1})

    pkg = sdk.pkg
    async with pkg.AsyncApiClient(pkg.Configuration(host=orders_server.url)) as client:
        with pytest.raises(exc.UnauthorizedException) as caught:
            await pkg.AsyncOrdersApi(client).list_orders()
    assert caught.value.status == 401 and isinstance(caught.value, pkg.ApiException)


@pytest.mark.asyncio
async def test_timeout_and_connection_errors(sdk, aapi, orders_server) -> None:
    exc = sdk.exceptions
    orders_server.store.put({"id": "ord_t"})
    orders_server.delay_next(3.0)
    start = time.monotonic()
    with pytest.raises(exc.ApiTimeoutError):
        await aapi.get_order("ord_t", _request_timeout=0.3)
    assert time.monotonic() - start < 2.5

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    pkg = sdk.pkg
    async with pkg.AsyncApiClient(
        pkg.Configuration(host=f"http://127.0.0.1:{port}", api_key=dict(KEYS))
    ) as client:
        with pytest.raises(exc.ApiConnectionError) as caught:
            await pkg.AsyncOrdersApi(client).list_orders()
    assert isinstance(caught.value, exc.OpenApiError)


@pytest.mark.asyncio
async def test_unknown_fields_and_enum_values_survive(sdk, aapi, orders_server) -> None:
    orders_server.store.put(
        {"id": "ord_u", "status": "ON_HOLD", "amount": 1, "loyalty_tier": "gold"}
    )
    order = await aapi.get_order("ord_u")
    assert value(order.status) == "ON_HOLD"
    as_dict = order.to_dict()
    assert (as_dict["status"], as_dict["loyalty_tier"]) == ("ON_HOLD", "gold")
    assert type(order).from_dict(as_dict).to_dict() == as_dict
