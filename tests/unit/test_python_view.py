"""The Python target's view layer and renderer, on small specs through the IR builder."""

from __future__ import annotations

import ast
import types

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from generator.ir.build import build_ir
from generator.options import Options
from generator.targets.python import build_views, render_package
from generator.targets.python.literals import docstring, pyrepr, tuple_literal
from generator.targets.python.view_models import EnumView, ModelView, RootView

SPEC = {
    "openapi": "3.0.3",
    "info": {"title": "Shop", "version": "2024-01-01"},
    "servers": [{"url": "https://{region}.example.com", "variables": {"region": {"default": "eu"}}}],
    "tags": [{"name": "orders", "description": "Manage orders."}],
    "paths": {
        "/stores/{storeId}/orders/{orderId}": {
            "put": {
                "operationId": "updateOrder",
                "tags": ["orders"],
                "parameters": [
                    {"name": "verbose", "in": "query", "schema": {"type": "boolean"}},
                    {"name": "orderId", "in": "path", "required": True, "schema": {"type": "string"}},
                    {"name": "X-Req", "in": "header", "required": True, "schema": {"type": "string"}},
                    {"name": "storeId", "in": "path", "required": True, "schema": {"type": "integer"}},
                ],
                "requestBody": {"required": True, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Order"}}}},
                "responses": {
                    "200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Order"}}}},
                    "404": {"description": "no", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
                },
            }
        },
        "/orders": {
            "post": {
                "operationId": "importOrders",
                "tags": ["orders"],
                "requestBody": {"content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/Order"}}}}},
                "responses": {"204": {"description": "done"}},
            },
        },
    },
    "components": {
        "schemas": {
            "Order": {
                "type": "object",
                "required": ["id"],
                "properties": {
                    "id": {"type": "string"},
                    "createdAt": {"type": "string", "format": "date-time"},
                    "status": {"$ref": "#/components/schemas/Status"},
                    "parent": {"$ref": "#/components/schemas/Order"},
                    "limit": {"type": "integer", "default": 10},
                    "state": {"$ref": "#/components/schemas/Status", "default": "PAID"},
                    "label": {"type": "string", "default": "it's \"x\""},
                    "odd": {"type": "integer", "default": "ten"},
                },
            },
            "Status": {"type": "string", "enum": ["PAID", "paid", "-x"]},
            "Error": {"type": "object", "properties": {"message": {"type": "string"}}},
            "Ids": {"type": "array", "items": {"type": "string"}},
            "OrderResponse": {"allOf": [{"$ref": "#/components/schemas/Order"}], "description": "The order."},
        }
    },
}


@pytest.fixture(scope="module")
def view():  # type: ignore[no-untyped-def]
    api, _ = build_ir(types.SimpleNamespace(document=SPEC))
    return build_views(api, "shop")


def _schema(view, name):  # type: ignore[no-untyped-def]
    return next(s for s in view.schemas if s.schema.name == name)


def test_schema_views_by_kind(view) -> None:  # type: ignore[no-untyped-def]
    assert isinstance(_schema(view, "Order"), ModelView)
    assert isinstance(_schema(view, "Status"), EnumView)
    assert isinstance(_schema(view, "Ids"), RootView)
    assert _schema(view, "Ids").type.annotation == "list[str]"


def test_fields_keep_wire_names_and_render_defaults(view) -> None:  # type: ignore[no-untyped-def]
    fields = {f.wire_name: f for f in _schema(view, "Order").fields}
    assert (fields["createdAt"].name, fields["createdAt"].wire_literal) == ("created_at", '"createdAt"')
    assert fields["id"].wire_literal == "" and fields["id"].required and fields["id"].annotation == "str"
    assert fields["createdAt"].annotation == "datetime | None" and fields["createdAt"].default == "None"
    assert fields["limit"].default == "10"
    assert fields["state"].default == "Status.PAID"
    assert fields["label"].default == pyrepr("it's \"x\"")
    assert fields["odd"].default == "None"  # a default that does not fit the type is dropped


def test_an_alias_of_a_model_is_a_subclass_named_in_signatures(view) -> None:  # type: ignore[no-untyped-def]
    alias = _schema(view, "OrderResponse")
    assert isinstance(alias, ModelView) and alias.inherits and alias.base == "Order"
    assert [f.name for f in alias.fields] == [f.name for f in _schema(view, "Order").fields]  # for the docs
    assert alias.schema.parents == ("Order",)
    early = {(line.module, c) for line in alias.imports for c in line.clauses}
    assert (".order", "Order") in early and (".status", "Status") in early


def test_model_imports_enums_early_and_models_late(view) -> None:  # type: ignore[no-untyped-def]
    order = _schema(view, "Order")
    early = {(line.module, c) for line in order.imports for c in line.clauses}
    late = {(line.module, c) for line in order.late_imports for c in line.clauses}
    assert (".status", "Status") in early and ("datetime", "datetime") in early
    assert late == set()  # the only model it refers to is itself


def test_enum_members_are_distinct(view) -> None:  # type: ignore[no-untyped-def]
    members = [(m.name, m.value) for m in _schema(view, "Status").members]
    assert members == [("PAID", "PAID"), ("PAID_2", "paid"), ("MINUS_X", "-x")]


def test_operation_signature_order_and_runtime_data(view) -> None:  # type: ignore[no-untyped-def]
    (api,) = view.apis
    assert (api.names.class_name, api.names.async_class_name, api.names.module) == ("OrdersApi", "AsyncOrdersApi", "orders_api")
    update, import_ = api.operations
    # path parameters in path order, then required others, then the body; optional keyword-only
    assert [a.name for a in update.positional] == ["store_id", "order_id", "x_req", "order"]
    assert [a.name for a in update.keyword] == ["verbose"]
    assert update.keyword[0].annotation == "bool | None"
    assert [p.wire_name for p in update.params] == ["storeId", "orderId", "X-Req", "verbose"]
    assert update.body is not None and update.body.annotation == "Order | dict[str, Any]"
    assert update.returns.annotation == "Order"
    # the `Operation` constant names models through the lazy models package; annotations by class
    assert [(r.status, [m.runtime_type for m in r.contents]) for r in update.responses] == [("200", ["_m.Order"]), ("404", ["_m.Error"])]
    assert [m.type.annotation for r in update.responses for m in r.contents if m.type] == ["Order", "Error"]
    assert [m.runtime_type for m in import_.body_contents] == ["list[_m.Order]"]
    # models are imported for type checkers only; at run time just the lazy package
    assert [(i.module, i.clauses) for i in api.type_checking_imports] == [
        ("..models.error", ("Error",)), ("..models.order", ("Order",))]
    assert all(i.indent == "    " for i in api.type_checking_imports)
    assert ("..", ("models as _m",)) in [(i.module, i.clauses) for i in api.imports]
    assert not any(i.module.startswith("..models") for i in api.imports)
    assert (update.http_method, update.path) == ('"PUT"', '"/stores/{storeId}/orders/{orderId}"')
    assert import_.keyword[0].annotation == "Sequence[Order | dict[str, Any]] | None"
    assert import_.returns.annotation == "None"


def test_package_exports_and_servers(view) -> None:  # type: ignore[no-untyped-def]
    names = [e.name for e in view.exports]
    assert names == sorted(names) and {"OrdersApi", "AsyncOrdersApi", "ApiClient", "ApiException"} <= set(names)
    assert [e.name for e in view.model_exports] == ["Error", "Ids", "Order", "OrderResponse", "Status"]
    assert view.servers[0].url == '"https://{region}.example.com"'
    assert view.version == '"0.1.0"'  # the spec's version is not a valid package version


def test_rendered_files_parse_and_are_deterministic() -> None:
    api, _ = build_ir(types.SimpleNamespace(document=SPEC))
    options = Options(spec=None, output=None, package_name="shop")  # type: ignore[arg-type]
    first = render_package(api, options)
    assert first == render_package(api, options)
    code = sorted(p for p in first if not p.startswith("docs/"))
    assert code == [
        "README.md", "pyproject.toml", "shop/__init__.py", "shop/_base.py", "shop/_config.py", "shop/_runtime.py",
        "shop/api/__init__.py", "shop/api/orders_api.py", "shop/api_client.py", "shop/api_response.py",
        "shop/configuration.py", "shop/exceptions.py", "shop/models/__init__.py", "shop/models/error.py",
        "shop/models/ids.py", "shop/models/order.py", "shop/models/order_response.py", "shop/models/status.py",
        "shop/py.typed",
    ]
    for path, text in first.items():
        if path.endswith(".py"):
            ast.parse(text, path)


@pytest.mark.parametrize("text", ['a"""b', "ends with quote\"", "back\\slash", "nul\x00 esc\x1b", "line\u2028sep",
                                  "{{ jinja }}", "surrogate \ud800", "\r\n"])
def test_docstring_literals_evaluate_to_the_text(text: str) -> None:
    literal = docstring(text)
    assert ast.literal_eval(literal) == text.strip()
    assert all(ch == "\n" or ch.isprintable() for ch in literal)  # nothing raw that could end a line or the file


def test_tuple_literal() -> None:
    assert [tuple_literal(x) for x in ([], ["'a'"], ["'a'", "'b'"])] == ["()", "('a',)", "('a', 'b')"]


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.text())
@example("0\n" + "0" * 12 + "\x1f" * 6 + "\U00018cd6" * 2 + "\U0001dab0" + "\U0002ebe1" * 2)  # escapes push the quotes
def test_any_text_is_a_safe_docstring_and_literal(text: str) -> None:
    expected = "\n".join(line.rstrip() for line in text.strip().split("\n"))
    literal = docstring(text)
    value = ast.literal_eval(literal)
    if value != expected:  # black's layout: closing quotes that do not fit go on a line of their own
        assert value == expected + "\n" and len(literal.split("\n")[-2]) + 3 > 88, literal
    assert ast.literal_eval(pyrepr(text)) == text and "\n" not in pyrepr(text)
    compile(f"def f():\n    {docstring(text, 4)}\n", "<doc>", "exec")


def test_rendered_code_is_laid_out_as_black_lays_it_out() -> None:
    """Formatting is the costly stage: templates emit black's layout, so black only rewraps
    lines that spec names make longer than 88 columns."""
    import difflib

    import black

    api, _ = build_ir(types.SimpleNamespace(document=SPEC))
    files = render_package(api, Options(spec=None, output=None, package_name="shop"))  # type: ignore[arg-type]
    for path, text in files.items():
        if path.endswith(".py"):
            formatted = black.format_str(text, mode=black.Mode())
            changed = [line for line in difflib.unified_diff(text.splitlines(), formatted.splitlines(), lineterm="", n=0)
                       if line.startswith("-") and not line.startswith("---")]
            assert all(len(line) - 1 > 88 for line in changed), (path, changed)


def test_an_undescribed_tag_is_named_in_the_api_docstring_as_written() -> None:
    spec = {"openapi": "3.0.3", "info": {"title": "t", "version": "1"},
            "paths": {"/v": {"get": {"operationId": "getV", "tags": ["Videos\\Essentials"],
                                     "responses": {"204": {"description": "ok"}}}}}}
    api, _ = build_ir(types.SimpleNamespace(document=spec))
    files = render_package(api, Options(spec=None, output=None, package_name="t"))  # type: ignore[arg-type]
    module = ast.parse(files["t/api/videos_essentials_api.py"])
    classes = {node.name: ast.get_docstring(node) for node in module.body if isinstance(node, ast.ClassDef)}
    assert classes["VideosEssentialsApi"] == "Operations tagged 'Videos\\Essentials'."  # one backslash, not two
