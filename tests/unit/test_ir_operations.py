"""IR building: operations, parameters, bodies, responses, security, servers, tags, webhooks."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
import yaml

from generator.diagnostics import Level
from generator.ir.build import build_ir
from generator.ir.model import (
    ApiKeyLocation,
    ApiKeyScheme,
    ArrayType,
    Example,
    HttpScheme,
    JsonObject,
    MISSING,
    OAuth2Scheme,
    OpenIdConnectScheme,
    ParameterLocation as L,
    PrimitiveKind as K,
    PrimitiveType,
    RefType,
    SecurityRequirement,
)

SPECS = Path(__file__).parent / "ir_specs"


def build(document: dict):
    return build_ir(SimpleNamespace(document=document))


@pytest.fixture(scope="module")
def built():
    return build(yaml.safe_load((SPECS / "operations.yaml").read_text()))


@pytest.fixture(scope="module")
def api(built):
    return built[0]


def op(api, method, path):
    return next(o for o in api.operations if (o.method, o.path) == (method, path))


def test_operations_in_spec_order_of_paths_then_methods(api):
    assert [(o.method, o.path) for o in api.operations] == [
        ("get", "/things/{thingId}"), ("put", "/things/{thingId}"), ("delete", "/things/{thingId}"),
        ("get", "/uploads"), ("post", "/uploads"), ("post", "/forms"), ("post", "/lists"),
    ]
    assert api.declared_operations == 7


def test_derived_operation_ids(api):
    get = op(api, "get", "/things/{thingId}")
    assert (get.operation_id, get.derived_id) == ("get_things_thing_id", True)
    assert op(api, "post", "/uploads").operation_id == "post_uploads"
    assert (op(api, "delete", "/things/{thingId}").operation_id,
            op(api, "delete", "/things/{thingId}").derived_id) == ("deleteThing", False)


def test_derived_ids_avoid_collisions():
    doc = {"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {
        "/a-b": {"get": {"responses": {}}},
        "/a_b": {"get": {"responses": {}}},
        "/x": {"get": {"operationId": "get_a_b_3", "responses": {}}},
    }}
    api, _ = build(doc)
    assert [o.operation_id for o in api.operations] == ["get_a_b", "get_a_b_2", "get_a_b_3"]


def test_path_item_parameters_merge_and_operation_overrides(api):
    get = op(api, "get", "/things/{thingId}")
    assert [(p.name, p.location) for p in get.parameters] == [
        ("thingId", L.PATH), ("X-Trace", L.HEADER), ("verbose", L.QUERY),
        ("filter", L.QUERY), ("session", L.COOKIE), ("ids", L.QUERY), ("sort", L.QUERY)]
    verbose = get.parameters[2]
    assert verbose.type == PrimitiveType(K.INTEGER) and verbose.description == "overridden"
    put = op(api, "put", "/things/{thingId}")
    assert put.parameters[2].type == PrimitiveType(K.BOOLEAN)


def test_parameter_styles_defaults_and_examples(api):
    params = {p.name: p for p in op(api, "get", "/things/{thingId}").parameters}
    assert (params["thingId"].style, params["thingId"].explode, params["thingId"].required) == ("simple", False, True)
    assert (params["X-Trace"].style, params["X-Trace"].explode) == ("simple", False)
    assert (params["verbose"].style, params["verbose"].explode) == ("form", True)
    assert (params["session"].style, params["session"].default) == ("form", "abc")
    assert (params["ids"].explode, params["ids"].type) == (False, ArrayType(PrimitiveType(K.INTEGER)))
    assert (params["filter"].style, params["filter"].explode) == ("deepObject", True)
    assert params["filter"].type == RefType("ParameterFilterGetThingsThingId")
    assert params["sort"].type == RefType("ParameterSortGetThingsThingId")
    assert (params["sort"].example, params["verbose"].example) == ("asc", MISSING)
    assert params["thingId"].pointer == "/components/parameters/ThingId"


def test_parameters_given_by_content_keep_their_media_type():
    api, diagnostics = build({
        "openapi": "3.0.3", "info": {"title": "t", "version": "1"},
        "paths": {"/search": {"get": {"operationId": "search", "parameters": [
            {"name": "where", "in": "query",
             "content": {"application/json": {"schema": {"type": "object",
                                                          "properties": {"name": {"type": "string"}}}}}},
            {"name": "q", "in": "query", "schema": {"type": "string"}},
        ], "responses": {"200": {"description": "ok"}}}}},
    })
    where, q = api.operations[0].parameters
    assert (where.media_type, where.type) == ("application/json", RefType("ParameterWhereSearch"))
    assert q.media_type is None
    assert diagnostics == []


def test_request_bodies(api):
    put = op(api, "put", "/things/{thingId}").request_body
    assert put.name == "thing" and put.contents[0].type == RefType("Thing") and not put.required
    upload = op(api, "post", "/uploads").request_body
    assert upload.required and upload.description == "The file" and upload.name == "body"
    assert upload.contents[0].type == PrimitiveType(K.BINARY)
    form = op(api, "post", "/forms").request_body
    assert [c.media_type for c in form.contents] == [
        "application/x-www-form-urlencoded", "multipart/form-data", "text/plain"]
    assert [c.type for c in form.contents] == [
        RefType("PostFormRequestBody"), RefType("PostFormRequestBodyMultipart"), PrimitiveType(K.STRING)]
    assert api.schema("PostFormRequestBodyMultipart").properties[0].type == PrimitiveType(K.BINARY, "binary")
    assert op(api, "post", "/lists").request_body.name == "Thing"
    assert op(api, "get", "/uploads").request_body is None


def test_responses_headers_and_examples(api):
    get = op(api, "get", "/things/{thingId}")
    assert [r.status for r in get.responses] == ["200", "404", "default"]
    ok, missing, default = get.responses
    assert ok.description == "the thing" and ok.is_success and not default.is_success
    assert [(h.name, h.type, h.required) for h in ok.headers] == [
        ("X-Rate-Limit", PrimitiveType(K.INTEGER), True), ("X-Ref", PrimitiveType(K.STRING), False)]
    content = ok.contents[0]
    assert content.type == RefType("Thing")
    assert [e.name for e in content.examples] == ["", "first", "shared"]
    assert content.examples[1] == Example("first", JsonObject((("id", "t1"), ("name", None))), "The first")
    assert content.examples[2].value == JsonObject((("id", "shared"),))
    assert missing.contents == ()
    assert default.contents[0].type == RefType("GetThingsThingIdResponseDefault")
    download = op(api, "get", "/uploads").responses[0].contents[0]
    assert download.type == PrimitiveType(K.BINARY, "binary")
    stored = op(api, "post", "/uploads").responses[0].contents
    assert [c.type for c in stored] == [PrimitiveType(K.BINARY), PrimitiveType(K.STRING)]


def test_security_document_default_override_and_none(api):
    document_level = (SecurityRequirement((("ApiKeyHeader", ()), ("Bearer", ()))),
                      SecurityRequirement((("OAuth", ("read",)),)))
    assert op(api, "get", "/things/{thingId}").security == document_level
    assert op(api, "delete", "/things/{thingId}").security == ()
    assert op(api, "put", "/things/{thingId}").security == (
        SecurityRequirement(()), SecurityRequirement((("Basic", ()),)))


def test_security_schemes_of_all_kinds(api):
    kinds = {s.name: s for s in api.security_schemes}
    assert list(kinds) == ["ApiKeyHeader", "ApiKeyQuery", "ApiKeyCookie", "Basic", "Bearer", "OAuth", "OIDC"]
    assert kinds["ApiKeyHeader"] == ApiKeyScheme("ApiKeyHeader", "X-Key", ApiKeyLocation.HEADER, "key")
    assert kinds["ApiKeyQuery"].location == ApiKeyLocation.QUERY
    assert kinds["ApiKeyCookie"].location == ApiKeyLocation.COOKIE
    assert kinds["Basic"] == HttpScheme("Basic", "basic")
    assert kinds["Bearer"] == HttpScheme("Bearer", "bearer", "JWT")
    oauth = kinds["OAuth"]
    assert isinstance(oauth, OAuth2Scheme)
    assert [f.kind for f in oauth.flows] == ["clientCredentials", "authorizationCode"]
    assert oauth.flows[0].scopes == (("read", "Read things"), ("write", "Write things"))
    assert oauth.flows[1].refresh_url == "https://auth.example.com/refresh"
    assert isinstance(kinds["OIDC"], OpenIdConnectScheme)


def test_tags_declared_then_used(api):
    assert [t.name for t in api.tags] == ["things", "unused", "default", "files"]
    assert api.tags[0].description == "Things"
    assert op(api, "post", "/uploads").tags == ("files", "things")
    assert op(api, "put", "/things/{thingId}").tags == ("default",)


def test_servers_and_info(api):
    assert (api.title, api.version, api.description) == ("Operations", "2.0", "Operations fixture")
    main, relative = api.servers
    assert main.url == "https://{region}.example.com/{base}"
    assert [(v.name, v.default, v.enum) for v in main.variables] == [("region", "eu", ("eu", "us")),
                                                                   ("base", "v1", ())]
    assert relative.url == "/relative" and relative.variables == ()


def test_the_fixtures_only_diagnostic_is_its_relative_server(built):
    assert [(d.pointer, d.code) for d in built[1]] == [("/servers/1/url", "ir-server")]


def test_webhooks_and_path_item_refs_31():
    api, diagnostics = build(yaml.safe_load((SPECS / "openapi31.yaml").read_text()))
    assert diagnostics == []
    assert [o.operation_id for o in api.operations] == ["listEvents", "sharedGet"]
    assert api.operations[1].path == "/shared"
    assert [(w.operation_id, w.path, w.method, w.derived_id) for w in api.webhooks] == [
        ("newEvent", "newEvent", "post", True), ("onEventGone", "eventGone", "post", False)]
    assert api.webhooks[0].request_body.contents[0].type == RefType("Event")


def test_messy_operations_warn_and_build_the_rest():
    doc = {"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {
        "/a": {
            "parameters": "nope",
            "get": {"parameters": [{"name": "q", "in": "query"}, {"in": "query"}, "x",
                                   {"name": "p", "in": "body", "schema": {}}],
                    "security": [{"Nope": []}],
                    "requestBody": {"content": {}},
                    "responses": {"200": {"description": "ok", "content": {
                        "application/json": {"examples": {"a": {"externalValue": "http://x"}, "b": {}}}}}},
                    "callbacks": {"cb": {}}},
            "post": "not an operation",
        },
        "/b": ["not", "a", "path", "item"],
        "/c": {"get": {"operationId": "c", "responses": {"200": {"$ref": "#/components/responses/Missing"}}}},
    }}
    api, diagnostics = build(doc)
    assert [o.operation_id for o in api.operations] == ["get_a", "c"]
    get = api.operations[0]
    assert [(p.name, p.type) for p in get.parameters] == [("q", PrimitiveType(K.STRING))]
    assert get.security == () and get.request_body is None
    assert get.responses[0].contents[0].type is None
    assert get.responses[0].contents[0].examples == ()
    assert all(d.pointer for d in diagnostics)
    levels = {(d.level, d.pointer) for d in diagnostics}
    assert (Level.WARNING, "/paths/~1a/get/parameters/0") in levels
    assert (Level.WARNING, "/paths/~1a/get/callbacks") in levels
    assert (Level.WARNING, "/paths/~1a/post") in levels
    assert (Level.WARNING, "/paths/~1b") in levels
    assert any(d.level == Level.ERROR and "Missing" in d.message for d in diagnostics)
    assert api.declared_operations == 3  # /a get and post, /c get


def test_inline_schemas_of_shared_components_are_named_after_the_component():
    inline = {"type": "object", "properties": {"message": {"type": "string"}}}
    doc = {"openapi": "3.0.3", "info": {"title": "t", "version": "1"},
           "paths": {
               "/a": {"get": {"operationId": "getA",
                              "parameters": [{"$ref": "#/components/parameters/filter"}],
                              "requestBody": {"$ref": "#/components/requestBodies/Upload"},
                              "responses": {"404": {"$ref": "#/components/responses/NotFound"},
                                            "500": {"$ref": "#/components/responses/ServerErrorResponse"}}}},
               "/b": {"get": {"operationId": "getB",
                              "responses": {"404": {"$ref": "#/components/responses/NotFound"}}}},
           },
           "components": {
               "parameters": {"filter": {"name": "filter", "in": "query", "schema": dict(inline)}},
               "requestBodies": {"Upload": {"content": {"application/json": {"schema": dict(inline)}}}},
               "responses": {
                   "NotFound": {"description": "nf", "content": {"application/json": {"schema": dict(inline)}}},
                   "ServerErrorResponse": {"description": "e", "content": {"application/json": {"schema": dict(inline)}}},
               },
           }}
    api, diagnostics = build(doc)
    assert diagnostics == []
    a, b = api.operations
    assert a.parameters[0].type == RefType("ParameterFilter")
    assert a.request_body.contents[0].type == RefType("UploadRequestBody")
    assert a.request_body.name == "UploadRequestBody"
    assert [r.contents[0].type for r in a.responses] == [RefType("NotFoundResponse"),
                                                         RefType("ServerErrorResponse")]
    assert b.responses[0].contents[0].type == RefType("NotFoundResponse")
