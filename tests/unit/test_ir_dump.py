"""`dump_json`: the IR as deterministic JSON with a kind tag on every union member."""

from __future__ import annotations

import json
from types import SimpleNamespace

from generator.ir.build import build_ir
from generator.ir.dump import dump_json


def dumped(schemas: dict, paths: dict | None = None, **extra) -> dict:
    doc = {"openapi": "3.1.0", "info": {"title": "Tï", "version": "1"}, "paths": paths or {},
           "components": {"schemas": schemas}, **extra}
    text = dump_json(build_ir(SimpleNamespace(document=doc))[0])
    assert text.isascii()
    return json.loads(text)


def test_kind_tags_and_defaults_left_out():
    out = dumped({
        "M": {"type": "object", "required": ["a"], "properties": {
            "a": {"type": "string", "format": "date"},
            "b": {"type": "array", "items": {"$ref": "#/components/schemas/E"}},
            "c": {"type": ["integer", "null"], "default": None},
            "d": {"oneOf": [{"type": "string"}, {"type": "object", "additionalProperties": {"type": "number"}}]},
        }},
        "E": {"enum": ["x", 1, None]},
        "U": {"anyOf": [{"$ref": "#/components/schemas/M"}, {"const": "none"}]},
        "A": {"type": "string", "description": "désolé"},
    })
    schemas = {s["name"]: s for s in out["schemas"]}
    assert [s["kind"] for s in out["schemas"]] == ["alias", "enum", "model", "union"]
    a, b, c, d = schemas["M"]["properties"]
    assert a == {"name": "a", "type": {"kind": "string", "format": "date"}, "required": True,
                 "pointer": "/components/schemas/M/properties/a"}
    assert b["type"] == {"kind": "array", "items": {"kind": "nullable", "inner": {"kind": "ref", "name": "E"}}}
    assert c["type"] == {"kind": "nullable", "inner": {"kind": "integer"}} and c["default"] is None
    assert "default" not in a and "example" not in a
    assert d["type"] == {"kind": "union", "variants": [
        {"kind": "string"}, {"kind": "map", "values": {"kind": "number"}}], "exclusive": True}
    assert schemas["E"]["values"] == ["x", 1] and schemas["E"]["nullable"] is True
    assert schemas["E"]["base"] == "any"
    assert schemas["U"]["variants"][1] == {"kind": "const", "value": "none"}
    assert schemas["A"]["description"] == "désolé"
    assert out["title"] == "Tï"


def test_security_scheme_kinds():
    doc = {"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {},
           "components": {"securitySchemes": {
               "k": {"type": "apiKey", "in": "query", "name": "key"},
               "h": {"type": "http", "scheme": "bearer"},
               "o": {"type": "oauth2", "flows": {"password": {"tokenUrl": "/t", "scopes": {}}}},
               "i": {"type": "openIdConnect", "openIdConnectUrl": "/oidc"},
               "m": {"type": "mutualTLS"},
           }}}
    api, diagnostics = build_ir(SimpleNamespace(document=doc))
    out = json.loads(dump_json(api))
    assert [s["kind"] for s in out["security_schemes"]] == ["apiKey", "http", "oauth2", "openIdConnect"]
    assert [d.pointer for d in diagnostics] == ["/components/securitySchemes/m/type"]


def test_dump_is_stable_text():
    doc = {"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {},
           "components": {"schemas": {"B": {"type": "string"}, "A": {"type": "integer"}}}}
    first = dump_json(build_ir(SimpleNamespace(document=doc))[0])
    second = dump_json(build_ir(SimpleNamespace(document=doc))[0])
    assert first == second
    assert first.startswith('{\n  "title": "t",')
    assert [s["name"] for s in json.loads(first)["schemas"]] == ["A", "B"]
