"""The orders resource, in memory, answering as Voucherify does.

Pure request -> (status, JSON) logic, no HTTP: `OrdersStore.handle(method, segments, query,
body)` is called by the HTTP layer in `tests/server/http.py`.  The shapes are those of
spec/orders.yaml and, equally, of the real Voucherify spec (`voucherify-orders.json`):
orders carry `object: "order"`, amounts in cents, items with `object: "order_item"`,
`customer`/`referrer` as `{id, object: "customer"}` references, `created_at` in ISO 8601
with milliseconds and `updated_at` null until the first update.
"""

from __future__ import annotations

import copy
import threading
from datetime import datetime, timezone
from typing import Any

STATUSES = ("CREATED", "PAID", "CANCELED", "FULFILLED")
SORTS = ("created_at", "-created_at", "updated_at", "-updated_at")
EXPORT_DEFAULT_FIELDS = ["id", "source_id", "status"]
MAX_IMPORT = 2000

Json = Any


class ApiError(Exception):
    """An error answer: status and Voucherify's error object."""

    def __init__(
        self,
        status: int,
        key: str,
        message: str,
        details: str | None = None,
        **extra: Json,
    ):
        super().__init__(message)
        self.status = status
        self.body = {
            "code": status,
            "key": key,
            "message": message,
            "details": details,
            **extra,
        }


def now_iso() -> str:
    return (
        datetime.now(timezone.utc)
        .isoformat(timespec="milliseconds")
        .replace("+00:00", "Z")
    )


def _int(value: Json, where: str, minimum: int | None = None) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ApiError(
            400, "invalid_payload", "Invalid payload", f"{where} must be an integer"
        )
    if minimum is not None and value < minimum:
        raise ApiError(
            400, "invalid_payload", "Invalid payload", f"{where} must be >= {minimum}"
        )
    return value


def _object(value: Json, where: str) -> dict:
    if not isinstance(value, dict):
        raise ApiError(
            400, "invalid_payload", "Invalid payload", f"{where} must be an object"
        )
    return value


class OrdersStore:
    """Orders by id, with the six operations of the API."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.orders: dict[str, dict] = {}
        #: customer source ID -> customer ID
        self.customers: dict[str, str] = {}
        self._seq = 0
        #: merged into every order object the server returns (unknown fields, odd enum values)
        self.order_extras: dict[str, Json] = {}
        #: merged into every response object at the top level
        self.response_extras: dict[str, Json] = {}

    def reset(self) -> None:
        with self._lock:
            self.orders.clear()
            self.customers.clear()
            self._seq = 0
            self.order_extras = {}
            self.response_extras = {}

    def _next_id(self, prefix: str) -> str:
        self._seq += 1
        return f"{prefix}_{self._seq:020d}"

    # -- seeding from tests ---------------------------------------------------------
    def put(self, order: dict) -> dict:
        """Store `order` as given (plus `id`/`object`/`created_at` when missing); return it."""
        with self._lock:
            stored = copy.deepcopy(order)
            stored.setdefault("id", self._next_id("ord"))
            stored.setdefault("object", "order")
            stored.setdefault("created_at", now_iso())
            stored.setdefault("updated_at", None)
            self.orders[stored["id"]] = stored
            return copy.deepcopy(stored)

    # -- dispatch -------------------------------------------------------------------
    def handle(
        self, method: str, segments: list[str], query: list[tuple[str, str]], body: Json
    ) -> tuple[int, Json]:
        """`segments` are the decoded path segments after `/v1/orders` (at most one)."""
        with self._lock:
            if not segments:
                if method == "GET":
                    return 200, self._finish(self._list(query))
                if method == "POST":
                    return 200, self._finish(
                        self._render(self._create(_object(body, "body")))
                    )
            elif len(segments) == 1:
                (name,) = segments
                if method == "POST" and name == "import":
                    return 200, self._finish(self._import(body))
                if method == "POST" and name == "export":
                    return 200, self._finish(self._export(_object(body, "body")))
                if method == "GET":
                    return 200, self._finish(self._render(self._find(name)))
                if method == "PUT":
                    return 200, self._finish(
                        self._render(
                            self._update(self._find(name), _object(body, "body"))
                        )
                    )
            raise ApiError(
                404,
                "not_found",
                "Resource not found",
                f"No route for {method} on this path",
            )

    def _finish(self, payload: dict) -> dict:
        return {**payload, **copy.deepcopy(self.response_extras)}

    def _render(self, order: dict) -> dict:
        return {**copy.deepcopy(order), **copy.deepcopy(self.order_extras)}

    def _find(self, key: str) -> dict:
        order = self.orders.get(key)
        if order is None:
            order = next(
                (o for o in self.orders.values() if o.get("source_id") == key), None
            )
        if order is None:
            raise ApiError(
                404,
                "not_found",
                "Resource not found",
                f"Cannot find order with id {key}",
                resource_id=key,
                resource_type="order",
            )
        return order

    # -- operations -----------------------------------------------------------------
    def _list(self, query: list[tuple[str, str]]) -> dict:
        params = dict(query)
        try:
            limit = int(params.get("limit", "10"))
            page = int(params.get("page", "1"))
        except ValueError:
            raise ApiError(
                400,
                "invalid_query_params",
                "Invalid query params",
                "limit and page must be integers",
            )
        if not 1 <= limit <= 100:
            raise ApiError(
                400,
                "invalid_query_params",
                "Invalid query params",
                "limit must be between 1 and 100",
            )
        if page < 1:
            raise ApiError(
                400, "invalid_query_params", "Invalid query params", "page must be >= 1"
            )
        sort = params.get("order", "created_at")
        if sort not in SORTS:
            raise ApiError(
                400,
                "invalid_query_params",
                "Invalid query params",
                f"order must be one of {SORTS}",
            )
        field = sort.lstrip("-")
        orders = sorted(
            self.orders.values(),
            key=lambda o: (o.get(field) or "", o["id"]),
            reverse=sort.startswith("-"),
        )
        chunk = orders[(page - 1) * limit : page * limit]
        return {
            "object": "list",
            "data_ref": "orders",
            "orders": [self._render(o) for o in chunk],
            "total": len(orders),
        }

    def _create(self, body: dict) -> dict:
        existing = None
        for key in ("id", "source_id"):
            if body.get(key) is not None:
                try:
                    existing = self._find(body[key])
                    break
                except ApiError:
                    pass
        if existing is not None:  # upsert mode
            return self._update(existing, body)
        order: dict[str, Json] = {
            "id": body.get("id") or self._next_id("ord"),
            "source_id": body.get("source_id"),
            "created_at": now_iso(),
            "updated_at": None,
            "status": "CREATED",
            "metadata": {},
            "items": [],
            "customer_id": None,
            "referrer_id": None,
            "object": "order",
        }
        self._apply(order, body)
        self.orders[order["id"]] = order
        return order

    def _update(self, order: dict, body: dict) -> dict:
        self._apply(order, body)
        order["updated_at"] = now_iso()
        return order

    def _apply(self, order: dict, body: dict) -> None:
        if "status" in body:
            if body["status"] not in STATUSES:
                raise ApiError(
                    400,
                    "invalid_payload",
                    "Invalid payload",
                    f"status must be one of {STATUSES}",
                )
            order["status"] = body["status"]
        if "source_id" in body and body["source_id"] is not None:
            order["source_id"] = body["source_id"]
        if "metadata" in body:
            order["metadata"] = (
                None
                if body["metadata"] is None
                else dict(_object(body["metadata"], "metadata"))
            )
        if "items" in body:
            if not isinstance(body["items"], list):
                raise ApiError(
                    400, "invalid_payload", "Invalid payload", "items must be an array"
                )
            order["items"] = [
                self._item(_object(item, f"items[{i}]"), i)
                for i, item in enumerate(body["items"])
            ]
        for who in ("customer", "referrer"):
            if body.get(who) is not None:
                person = _object(body[who], who)
                person_id = person.get("id") or self._customer_id(
                    person.get("source_id")
                )
                order[who] = {"id": person_id, "object": "customer"}
                order[f"{who}_id"] = person_id
        if body.get("referrer_id") is not None and "referrer" not in body:
            order["referrer_id"] = body["referrer_id"]
            order["referrer"] = {"id": body["referrer_id"], "object": "customer"}
        items = order.get("items") or []
        items_amount = sum(item.get("amount") or 0 for item in items)
        if "amount" in body and body["amount"] is not None:
            order["amount"] = _int(body["amount"], "amount", 0)
        elif items:
            order["amount"] = items_amount
        order["amount"] = order.get("amount") or 0
        if "initial_amount" in body and body["initial_amount"] is not None:
            order["initial_amount"] = _int(body["initial_amount"], "initial_amount", 0)
        else:
            order.setdefault("initial_amount", order["amount"])
        discount = body.get("discount_amount")
        order["discount_amount"] = (
            _int(discount, "discount_amount", 0)
            if discount is not None
            else order.get("discount_amount") or 0
        )
        order["items_discount_amount"] = sum(
            item.get("discount_amount") or 0 for item in items
        )
        order["total_discount_amount"] = (
            order["discount_amount"] + order["items_discount_amount"]
        )
        order["total_amount"] = order["amount"] - order["total_discount_amount"]

    def _customer_id(self, source_id: Json) -> str:
        """The customer with this source ID, created on first sight (as Voucherify upserts customers)."""
        if source_id is None:
            return self._next_id("cust")
        if str(source_id) not in self.customers:
            self.customers[str(source_id)] = self._next_id("cust")
        return self.customers[str(source_id)]

    def _item(self, item: dict, index: int) -> dict:
        out = {"object": "order_item", **copy.deepcopy(item)}
        quantity = _int(item.get("quantity", 1), f"items[{index}].quantity", 0)
        if item.get("price") is not None:
            price = _int(item["price"], f"items[{index}].price", 0)
            out.setdefault("amount", price * quantity)
        if "related_object" not in out:
            out["related_object"] = (
                "sku" if item.get("sku_id") or item.get("sku") else "product"
            )
        out["quantity"] = quantity
        if out.get("amount") is not None:
            out["subtotal_amount"] = out["amount"] - (out.get("discount_amount") or 0)
        return out

    def _import(self, body: Json) -> dict:
        if not isinstance(body, list):
            raise ApiError(
                400,
                "invalid_payload",
                "Invalid payload",
                "The request body must be an array of orders",
            )
        if len(body) > MAX_IMPORT:
            raise ApiError(
                400,
                "too_many_orders",
                "Too many orders",
                f"At most {MAX_IMPORT} orders per import",
            )
        for i, order in enumerate(body):
            self._create(_object(order, f"body[{i}]"))
        return {"async_action_id": self._next_id("aa")}

    def _export(self, body: dict) -> dict:
        parameters = body.get("parameters") or {}
        parameters = _object(parameters, "parameters")
        fields = parameters.get("fields") or EXPORT_DEFAULT_FIELDS
        if not isinstance(fields, list) or not all(isinstance(f, str) for f in fields):
            raise ApiError(
                400,
                "invalid_payload",
                "Invalid payload",
                "parameters.fields must be an array of strings",
            )
        echoed = {k: v for k, v in parameters.items() if k in ("order", "filters")}
        return {
            "id": self._next_id("exp"),
            "object": "export",
            "created_at": now_iso(),
            "status": "SCHEDULED",
            "channel": "API",
            "exported_object": "order",
            "parameters": {**echoed, "fields": list(fields)},
            "result": None,
            "user_id": None,
        }
