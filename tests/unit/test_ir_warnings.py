"""Warnings the IR builder gives about specs that validate but will not work as their authors expect."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from generator.diagnostics import Level
from generator.ir.build import build_ir


def _build(**extra: object):  # type: ignore[no-untyped-def]
    document = {"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {}, **extra}
    return build_ir(SimpleNamespace(document=document))


@pytest.mark.parametrize("url", ["/v3", "api/v1", "//api.example.com/v1", "{base}/v1"])
def test_a_relative_server_url_is_warned_about(url: str) -> None:
    server = {"url": url, "variables": {"base": {"default": "/root"}}} if "{" in url else {"url": url}
    api, diagnostics = _build(servers=[server])
    [warning] = [d for d in diagnostics if d.code == "ir-server"]
    assert (warning.level, warning.pointer) == (Level.WARNING, "/servers/0/url")
    assert "is relative" in warning.message and "Configuration" in (warning.hint or "")
    assert api.servers[0].url == url  # kept as written: a client may still be given a host


@pytest.mark.parametrize("url", ["https://api.example.com/v1", "http://localhost:8080",
                                 "{scheme}://api.example.com", "wss://stream.example.com"])
def test_absolute_server_urls_are_fine(url: str) -> None:
    server = {"url": url, "variables": {"scheme": {"default": "https", "enum": ["https", "http"]}}}
    _, diagnostics = _build(servers=[server])
    assert [d for d in diagnostics if d.code == "ir-server"] == []


def test_a_schema_ref_to_a_response_component_is_warned_about() -> None:
    paths = {"/t": {"get": {"operationId": "getT", "responses": {"200": {"description": "ok", "content": {
        "application/json": {"schema": {"$ref": "#/components/responses/Thing"}}}}}}}}
    components = {"responses": {"Thing": {"description": "a thing", "content": {
        "application/json": {"schema": {"type": "object"}}}}}}
    _, diagnostics = _build(paths=paths, components=components)
    [warning] = [d for d in diagnostics if "not a schema" in d.message]
    assert warning.pointer == "/paths/~1t/get/responses/200/content/application~1json/schema/$ref"
    assert "components/responses entry" in warning.message
    # a ref into a component's own schema is fine
    paths["/t"]["get"]["responses"]["200"]["content"]["application/json"]["schema"] = {
        "$ref": "#/components/responses/Thing/content/application~1json/schema"}
    _, diagnostics = _build(paths=paths, components=components)
    assert [d for d in diagnostics if "not a schema" in d.message] == []


def test_a_ref_without_its_dollar_is_warned_about() -> None:
    paths = {"/t": {"get": {"operationId": "getT", "responses": {"200": {"description": "ok", "content": {
        "application/json": {"schema": {"ref": "#/components/schemas/T"}}}}}}}}
    _, diagnostics = _build(paths=paths, components={"schemas": {"T": {"type": "object"}}})
    [warning] = [d for d in diagnostics if "did you mean '$ref'" in d.message]
    assert warning.pointer == "/paths/~1t/get/responses/200/content/application~1json/schema/ref"


@pytest.mark.parametrize("where", ["header", "cookie"])
def test_header_and_cookie_names_that_http_cannot_carry_are_warned_about(where: str) -> None:
    params = [{"name": "bad name", "in": where, "schema": {"type": "string"}},
              {"name": "X-Good_Name.1", "in": where, "schema": {"type": "string"}},
              {"name": "any name at all", "in": "query", "schema": {"type": "string"}}]
    paths = {"/t": {"get": {"operationId": "getT", "parameters": params, "responses": {"204": {"description": "ok"}}}}}
    _, diagnostics = _build(paths=paths)
    warned = [d.pointer for d in diagnostics if "not a valid HTTP" in d.message]
    assert warned == ["/paths/~1t/get/parameters/0/name"]


def test_an_enum_of_objects_or_arrays_is_typed_without_it() -> None:
    from generator.ir.model import AliasSchema, EnumSchema, MapType, ModelSchema, PrimitiveKind, PrimitiveType

    schemas = {
        "Box": {"type": "object", "properties": {
            "marker": {"type": "object", "enum": [{}], "default": {}},          # Docker's slip
            "pair": {"type": "array", "items": {"type": "integer"}, "enum": [[1, 2], [3, 4]]},
            "mixed": {"enum": ["a", {"b": 1}]},
            "plain": {"type": "string", "enum": ["x", "y"]}}},
        "Marker": {"type": "object", "enum": [{"on": True}]},
    }
    api, diagnostics = _build(components={"schemas": schemas})
    warned = sorted(d.pointer for d in diagnostics if d.code == "ir-enum")
    assert warned == ["/components/schemas/Box/properties/marker/enum", "/components/schemas/Box/properties/mixed/enum",
                      "/components/schemas/Box/properties/pair/enum", "/components/schemas/Marker/enum"]
    box = api.schema("Box")
    assert isinstance(box, ModelSchema)
    types = {p.name: p.type for p in box.properties}
    assert isinstance(types["marker"], MapType) and types["pair"].__class__.__name__ == "ArrayType"
    assert types["mixed"] == PrimitiveType(PrimitiveKind.ANY)
    assert isinstance(api.schema(types["plain"].name), EnumSchema)  # type: ignore[union-attr]
    assert not any(isinstance(s, EnumSchema) and not s.values for s in api.schemas)  # no empty enum class
    assert isinstance(api.schema("Marker"), (AliasSchema, ModelSchema))


def test_booleans_in_a_string_enum_get_a_hint_about_yaml() -> None:
    _, diagnostics = _build(components={"schemas": {"Switch": {"type": "string", "enum": [True, False]},
                                                    "Count": {"type": "string", "enum": [1, 2]}}})
    hints = {d.pointer: d.hint for d in diagnostics if d.code == "ir-enum"}
    assert "quote" in (hints["/components/schemas/Switch/type"] or "")  # `enum: [on, off]` in YAML
    assert hints["/components/schemas/Count/type"] is None


def test_accept_content_type_and_authorization_header_parameters_are_ignored() -> None:
    params = [{"name": n, "in": "header", "required": True, "schema": {"type": "string"}}
              for n in ("Content-Type", "authorization", "ACCEPT", "X-Trace")]
    paths = {"/t": {"post": {"operationId": "postT", "parameters": params,
                             "responses": {"204": {"description": "done"}}}}}
    api, diagnostics = _build(paths=paths)
    assert [p.name for p in api.operations[0].parameters] == ["X-Trace"]  # OpenAPI: "SHALL be ignored"
    ignored = [d for d in diagnostics if d.code == "ir-parameter"]
    assert [(d.level, d.pointer) for d in ignored] == [
        (Level.INFO, f"/paths/~1t/post/parameters/{i}/name") for i in range(3)]
