"""The test server itself, driven with plain httpx: it is the oracle of the client tests,
so it is tested on its own (routes, shapes, auth, recording, scripted faults, shutdown).
"""

from __future__ import annotations

import json
import socket
import time

import httpx
import pytest

from .http import OrdersServer

KEYS = {"X-App-Id": "app-id", "X-App-Token": "app-token"}


@pytest.fixture(scope="module")
def server():
    with OrdersServer() as running:
        yield running


@pytest.fixture()
def http(server: OrdersServer):
    server.reset()
    with httpx.Client(base_url=server.url, headers=KEYS, timeout=5) as client:
        yield client


def test_create_get_update_list(server: OrdersServer, http: httpx.Client) -> None:
    created = http.post(
        "/v1/orders",
        json={
            "source_id": "web-1",
            "status": "PAID",
            "items": [{"product_id": "prod_1", "quantity": 3, "price": 900}],
            "customer": {"source_id": "jane@example.com"},
            "metadata": {"channel": "web"},
        },
    )
    assert created.status_code == 200, created.text
    order = created.json()
    assert order["object"] == "order" and order["id"].startswith("ord_")
    assert order["amount"] == 2700 and order["total_amount"] == 2700
    assert order["items"][0] == {
        "object": "order_item",
        "product_id": "prod_1",
        "quantity": 3,
        "price": 900,
        "amount": 2700,
        "subtotal_amount": 2700,
        "related_object": "product",
    }
    assert order["customer"] == {"id": order["customer_id"], "object": "customer"}
    assert order["updated_at"] is None and order["created_at"].endswith("Z")

    assert http.get(f"/v1/orders/{order['id']}").json() == order
    assert http.get("/v1/orders/web-1").json()["id"] == order["id"]  # by source ID

    updated = http.put(
        f"/v1/orders/{order['id']}", json={"status": "CANCELED", "metadata": None}
    ).json()
    assert (updated["status"], updated["metadata"], updated["amount"]) == (
        "CANCELED",
        None,
        2700,
    )
    assert updated["updated_at"] is not None

    upserted = http.post(
        "/v1/orders", json={"source_id": "web-1", "amount": 100}
    ).json()
    assert upserted["id"] == order["id"] and upserted["amount"] == 100

    listing = http.get("/v1/orders").json()
    assert (listing["object"], listing["data_ref"], listing["total"]) == (
        "list",
        "orders",
        1,
    )
    assert [o["id"] for o in listing["orders"]] == [order["id"]]


def test_list_paging_and_sorting(http: httpx.Client) -> None:
    ids = [http.post("/v1/orders", json={"amount": n}).json()["id"] for n in range(5)]
    assert [
        o["id"]
        for o in http.get("/v1/orders", params={"limit": 2, "page": 2}).json()["orders"]
    ] == ids[2:4]
    newest_first = http.get("/v1/orders", params={"order": "-created_at"}).json()[
        "orders"
    ]
    assert [o["id"] for o in newest_first] == ids[::-1]
    for bad in (
        {"limit": 0},
        {"limit": 101},
        {"page": 0},
        {"order": "amount"},
        {"limit": "x"},
    ):
        response = http.get("/v1/orders", params=bad)
        assert response.status_code == 400, bad
        assert response.json()["key"] == "invalid_query_params"


def test_import_and_export(server: OrdersServer, http: httpx.Client) -> None:
    response = http.post(
        "/v1/orders/import", json=[{"source_id": "a", "amount": 1}, {"source_id": "b"}]
    )
    assert response.status_code == 200
    assert response.json()["async_action_id"].startswith("aa_")
    assert {o["source_id"] for o in http.get("/v1/orders").json()["orders"]} == {
        "a",
        "b",
    }
    assert http.post("/v1/orders/import", json={"source_id": "a"}).status_code == 400

    export = http.post("/v1/orders/export", json={}).json()
    assert export["status"] == "SCHEDULED" and export["exported_object"] == "order"
    assert export["parameters"] == {"fields": ["id", "source_id", "status"]}
    assert export["result"] is None and export["user_id"] is None
    export = http.post(
        "/v1/orders/export",
        json={
            "parameters": {
                "fields": ["id", "metadata.channel"],
                "filters": {"junction": "and"},
            }
        },
    ).json()
    assert export["parameters"] == {
        "fields": ["id", "metadata.channel"],
        "filters": {"junction": "and"},
    }


def test_errors_have_voucherify_shape(http: httpx.Client) -> None:
    missing = http.get("/v1/orders/nope")
    assert missing.status_code == 404
    body = missing.json()
    assert (body["code"], body["key"], body["resource_id"]) == (
        404,
        "not_found",
        "nope",
    )
    assert body["request_id"].startswith("v-")
    assert http.post("/v1/orders", json={"status": "SHIPPED"}).status_code == 400
    assert (
        http.post(
            "/v1/orders", content=b"{", headers={"Content-Type": "application/json"}
        ).status_code
        == 400
    )
    assert (
        http.post(
            "/v1/orders", content=b"{}", headers={"Content-Type": "text/plain"}
        ).status_code
        == 415
    )
    assert http.get("/v2/orders").status_code == 404


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"X-App-Id": "only-the-id"},
        {"X-App-Token": "only-the-token"},
        {"Authorization": "Basic abc"},
    ],
)
def test_auth_is_required(server: OrdersServer, headers: dict) -> None:
    server.reset()
    response = httpx.get(f"{server.url}/v1/orders", headers=headers)
    assert response.status_code == 401
    assert response.json()["key"] == "unauthorized"
    assert (
        httpx.get(
            f"{server.url}/v1/orders", headers={"Authorization": "Bearer tok"}
        ).status_code
        == 200
    )


def test_requests_are_recorded_as_sent(
    server: OrdersServer, http: httpx.Client
) -> None:
    order = server.store.put({"id": "a/b?c#d é", "amount": 5})
    response = http.get("/v1/orders/a%2Fb%3Fc%23d%20%C3%A9", headers={"X-Trace": "t1"})
    assert response.json() == order
    http.get("/v1/orders?limit=5&order=-created_at&tag=a&tag=b")
    http.put("/v1/orders/x", json={"metadata": None})
    got, listed, put = server.requests
    assert got.raw_path == "/v1/orders/a%2Fb%3Fc%23d%20%C3%A9"
    assert got.segments == ["v1", "orders", "a/b?c#d é"]
    assert got.header("x-trace") == "t1" and got.header("X-App-Id") == "app-id"
    assert listed.query == [
        ("limit", "5"),
        ("order", "-created_at"),
        ("tag", "a"),
        ("tag", "b"),
    ]
    assert listed.raw_query == "limit=5&order=-created_at&tag=a&tag=b"
    assert (put.method, put.body, put.json()) == (
        "PUT",
        b'{"metadata":null}',
        {"metadata": None},
    )


def test_scripted_answers_extras_and_delays(
    server: OrdersServer, http: httpx.Client
) -> None:
    server.fail_next(
        502, text="<html><h1>Bad gateway</h1></html>", content_type="text/html"
    )
    server.fail_next(
        429,
        json={"code": 429, "message": "Too many requests"},
        headers={"Retry-After": "3"},
    )
    first, second, third = (http.get("/v1/orders") for _ in range(3))
    assert (first.status_code, first.headers["content-type"], first.text) == (
        502,
        "text/html",
        "<html><h1>Bad gateway</h1></html>",
    )
    assert (
        second.status_code,
        second.headers["retry-after"],
        second.json()["code"],
    ) == (429, "3", 429)
    assert third.status_code == 200

    server.order_extras.update({"status": "ON_HOLD", "loyalty_tier": "gold"})
    server.response_extras["livemode"] = False
    order = http.post("/v1/orders", json={"status": "PAID"}).json()
    assert (order["status"], order["loyalty_tier"], order["livemode"]) == (
        "ON_HOLD",
        "gold",
        False,
    )

    server.delay_next(1.0)
    with pytest.raises(httpx.ReadTimeout):
        http.get("/v1/orders", timeout=0.2)
    server.reset()  # wakes the delayed answer; the server keeps serving
    start = time.monotonic()
    assert http.get("/v1/orders").status_code == 200
    assert time.monotonic() - start < 0.9


def test_stop_frees_the_port() -> None:
    server = OrdersServer().start()
    port = server.port
    server.delay_next(30)
    with pytest.raises(httpx.ReadTimeout):
        httpx.get(f"{server.url}/v1/orders", headers=KEYS, timeout=0.2)
    start = time.monotonic()
    server.stop()
    assert time.monotonic() - start < 5
    with socket.socket() as probe:
        assert probe.connect_ex(("127.0.0.1", port)) != 0
    assert json.loads(json.dumps([r.method for r in server.requests])) == ["GET"]
