"""The "Done when" spec of issue 7, built in Python so every escape is explicit.

`build()` returns the document; `tests/hostile/done_when.json` is this
document written out (kept in sync by a test; regenerate with
`python -m tests.hostile.hostile_spec`), so the CLI can be pointed at it by
hand.  Every text position holds a payload from `payloads.py`; every name
position holds keywords, path-like names, names colliding after conversion
and a 300-character schema name.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .payloads import TOUCH, rich_text, short_text

HERE = Path(__file__).resolve().parent
DONE_WHEN = HERE / "done_when.json"

KEYWORD_NAMES = ("class", "def", "import", "None", "True", "lambda", "self", "model_config", "schema",
                 "json", "copy", "validate", "dict", "__init__", "__class__")
PATH_LIKE = ("../../etc/passwd", "a/b", "C:\\x", ".hidden", "CON", "nul", "__init__")
#: schema names that collide once converted (components keys must match [A-Za-z0-9._-]+)
COLLIDING_SCHEMAS = ("Order", "order", "ORDER", "foo-bar", "foo_bar", ".hidden", "CON", "nul", "Con")
LONG_NAME = ("VeryLongSchemaName" * 17)[:300]
#: property names: keywords, pydantic's attributes, path-like and colliding names, runtime names
PROPERTY_NAMES = (*KEYWORD_NAMES, *PATH_LIKE[:-1], "Order", "order", "ORDER", "foo-bar", "foo_bar",
                  "from_dict", "to_dict", "model_fields", "_private", "123", "", " ", "a b", "\u00e9t\u00e9",
                  "\u65e5\u672c", "\U0001f600", "x\x00y", 'quote"d', "back\\slash")
CASE_ENUM = ("a", "A", "b", "B", "-", "+", "*", "!=", "<>", "", " ", '"', "'", "\\", "../x", "\x00", "None",
             "name", "value", "_missing_", "mro", "a b", "A_B", "a-b", "\u00e9", "e\u0301", "{{ 7*7 }}", TOUCH,
             '"""', "\r\n", "\u2028")
MIXED_ENUM = ("1", 1, True, False, 0, "true", None)
OPERATION_IDS = (*PATH_LIKE, "getOrder", "get_order", "GetOrder", "get-order", "list", "list_with_http_info",
                 "api_client", "mro", "__class__", "self", "class", "import", "to_dict", "_request_timeout",
                 "\u65e5\u672c", "123start")
TAGS = ("../../etc/passwd", "a/b", "C:\\x", ".hidden", "CON", "nul", "__init__", "Order", "order", "ORDER",
        "foo-bar", "foo_bar", "1st", "api", "models", "default", "Default", "\u00e9t\u00e9", "")
ODD_HEADERS = ('X-Weird"Header', "X-Back\\slash", "X-Semi;colon", "x-lower", "X-LOWER", "Content-Type",
               "X-Jinja-{{7*7}}")
#: JSON examples of every kind
EVERY_JSON: Any = {
    "null": None, "true": True, "false": False, "zero": 0, "negative": -1, "big": 2**70, "float": 1.5,
    "tiny": 5e-324, "huge": 1.7976931348623157e308, "negzero": -0.0, "string": "s", "empty": "",
    "unicode": "\u65e5\u672c \U0001f600 \u202e\u200f", "control": "\x00\x01\x1f\x7f", "quotes": "\"'\"\"\"'''\\",
    "jinja": "{{ 7*7 }} {% raw %}", "payload": TOUCH, "array": [None, True, 1, 1.5, "x", [], {}, [[[]]]],
    "object": {"": "empty key", '"': "quote key", "\\": "backslash key", "\x00": "nul key",
               "{{ 7*7 }}": TOUCH, "nested": {"deeper": {"deepest": [{"a": None}]}}},
    "emptyArray": [], "emptyObject": {},
}


def _prop(where: str, schema: dict[str, Any]) -> dict[str, Any]:
    return {**schema, "description": rich_text(where)}


def _keywords_model() -> dict[str, Any]:
    props: dict[str, Any] = {}
    for i, name in enumerate(PROPERTY_NAMES):
        where = f"property {name!r}"
        kind = i % 4
        if kind == 0:
            props[name] = _prop(where, {"type": "string", "default": short_text(where)})
        elif kind == 1:
            props[name] = _prop(where, {"type": "integer", "default": i, "example": i})
        elif kind == 2:
            props[name] = _prop(where, {"type": "string", "nullable": True, "example": short_text(where)})
        else:
            props[name] = _prop(where, {"$ref": "#/components/schemas/CaseEnum"} if name else {"type": "boolean"})
    # $ref siblings are ignored in 3.0; keep the enum refs bare
    for name, schema in props.items():
        if "$ref" in schema:
            props[name] = {"$ref": schema["$ref"]}
    return {"type": "object", "title": "Keywords", "description": rich_text("schema Keywords"),
            "required": ["class", "self"], "properties": props, "example": {"class": "c", "self": "s"}}


def _schemas() -> dict[str, Any]:
    schemas: dict[str, Any] = {"Keywords": _keywords_model()}
    for name in KEYWORD_NAMES:
        schemas[name] = {
            "type": "object", "description": rich_text(f"schema {name}"),
            "properties": {
                name: _prop(f"schema {name} property {name}", {"type": "string", "default": short_text(name)}),
                "which": {"type": "string", "default": name, "enum": [name]},
                "next": {"$ref": f"#/components/schemas/{name}"},
            },
        }
    for name in COLLIDING_SCHEMAS:
        schemas[name] = {"type": "object", "description": rich_text(f"schema {name}"),
                         "properties": {"which": {"type": "string", "default": name},
                                        "also": {"$ref": "#/components/schemas/Order"}}}
    schemas[LONG_NAME] = {
        "type": "object", "description": rich_text("schema " + LONG_NAME),
        "properties": {
            "nested" + "Deeper" * 40: {"type": "object", "properties": {
                "evenDeeper" * 20: {"type": "object", "properties": {"leaf": {"type": "string"}}}}},
            "items" * 30: {"type": "array", "items": {"type": "object", "properties": {"x": {"type": "string"}}}},
        },
    }
    schemas["CaseEnum"] = {"type": "string", "enum": list(CASE_ENUM), "description": rich_text("schema CaseEnum")}
    schemas["SymbolEnum"] = {"type": "string", "enum": ["-", "+", "*", "/", "<", ">", "=", "!", "@", "#", "$", "%",
                                                         "&", "~", ".", "..", "--", "++", "?", "|", "^", "`", ",",
                                                         ";", ":", "(", ")", "[", "]", "{", "}", "\\", '"', "'"],
                            "description": rich_text("schema SymbolEnum")}
    schemas["IntEnum"] = {"type": "integer", "enum": [1, -1, 0, 2**40, -(2**40)], "description": rich_text("schema IntEnum")}
    schemas["NumberEnum"] = {"type": "number", "enum": [1.5, -1.5, 0.1, 1e300],
                            "description": rich_text("schema NumberEnum")}
    schemas["MixedEnum"] = {"enum": list(MIXED_ENUM), "nullable": True, "description": rich_text("schema MixedEnum")}
    schemas["VarnamesEnum"] = {"type": "string", "enum": ["x", "y", "z", "w"],
                               "x-enum-varnames": ["class", "__init__", "a b", "class"],
                               "description": rich_text("schema VarnamesEnum"),
                               "x-enum-descriptions": [rich_text(f"enum x-enum-descriptions {i}") for i in range(4)]}
    schemas["Patterned"] = {
        "type": "object", "description": rich_text("schema Patterned"),
        "properties": {
            "quoted": {"type": "string", "pattern": "^[\\w\"']+\\\\d{2}\"\"\"$"},
            "backslashes": {"type": "string", "pattern": "^\\\\\\\\server\\\\share\\\\[^\\\\]+$"},
            "unicode": {"type": "string", "pattern": "^[\\u00e9\\u65e5]+$", "minLength": 1, "maxLength": 10},
            "jinja": {"type": "string", "pattern": "^\\{\\{ 7\\*7 \\}\\}$"},
        },
    }
    schemas["Examples"] = {"type": "object", "description": rich_text("schema Examples"),
                           "additionalProperties": True, "example": EVERY_JSON,
                           "properties": {"anything": {"example": EVERY_JSON},
                                          "list": {"type": "array", "items": {}, "example": EVERY_JSON["array"]}}}
    schemas["Defaults"] = {
        "type": "object", "description": rich_text("schema Defaults"),
        "properties": {
            "tripleDouble": {"type": "string", "default": '"""'},
            "tripleSingle": {"type": "string", "default": "'''"},
            "backslash": {"type": "string", "default": "\\"},
            "endsInBackslash": {"type": "string", "default": "text\\"},
            "namedEscape": {"type": "string", "default": "\\N{BULLET}"},
            "hexEscape": {"type": "string", "default": "\\x00"},
            "realNul": {"type": "string", "default": "\x00"},
            "controls": {"type": "string", "default": "\x01\x1b[31m\x7f"},
            "crlf": {"type": "string", "default": "line1\r\nline2"},
            "lineSeparator": {"type": "string", "default": "a\u2028b\u2029c"},
            "rtl": {"type": "string", "default": "\u202eevil\u202c\u200f"},
            "emoji": {"type": "string", "default": "\U0001f600\U0001f468\u200d\U0001f469\u200d\U0001f467"},
            "payload": {"type": "string", "default": f'"""; {TOUCH}#'},
            "jinja": {"type": "string", "default": "{{ 7*7 }}{% raw %}"},
            "object": {"type": "object", "additionalProperties": True, "default": EVERY_JSON["object"]},
            "array": {"type": "array", "items": {}, "default": EVERY_JSON["array"]},
            "integer": {"type": "integer", "default": 2**70},
            "number": {"type": "number", "default": -0.0},
            "nullable": {"type": "string", "nullable": True, "default": None},
        },
    }
    schemas["Cat"] = {"type": "object", "required": ["class"], "description": rich_text("schema Cat"), "properties": {
        "class": {"type": "string"}, "meow\"s": {"type": "boolean"}}}
    schemas["Dog"] = {"type": "object", "required": ["class"], "description": rich_text("schema Dog"), "properties": {
        "class": {"type": "string"}, "bark's": {"type": "boolean"}}}
    schemas["Pet"] = {"oneOf": [{"$ref": "#/components/schemas/Cat"}, {"$ref": "#/components/schemas/Dog"}],
                      "discriminator": {"propertyName": "class", "mapping": {
                          '../cat"': "#/components/schemas/Cat", "{{ 7*7 }}": "#/components/schemas/Dog"}},
                      "description": rich_text("schema Pet")}
    schemas["Composed"] = {"allOf": [{"$ref": "#/components/schemas/class"}, {
        "type": "object", "properties": {"self": {"type": "string", "description": rich_text("Composed self")}},
        "nullable": True}], "description": rich_text("schema Composed")}
    schemas["Hoisting"] = {"type": "object", "description": rich_text("schema Hoisting"), "properties": {
        "../x": {"type": "object", "properties": {"y": {"type": "string"}}},
        "titled": {"type": "object", "title": "../../evil/title", "properties": {"z": {"type": "string"}}},
        "con": {"type": "object", "title": "CON", "properties": {"z": {"type": "string"}}},
        "arr": {"type": "array", "items": {"type": "string", "enum": ["a", "A"]}},
    }}
    return schemas


def _operation(op_id: str, tag: str, i: int) -> dict[str, Any]:
    where = f"operation {op_id!r}"
    op: dict[str, Any] = {
        "operationId": op_id, "tags": [tag], "summary": short_text(f"summary of {op_id}"),
        "description": rich_text(where),
        "responses": {"200": {"description": rich_text(f"{where} response 200"),
                              "headers": {h: {"description": rich_text(f"{where} header {h}"),
                                              "schema": {"type": "string"}} for h in ODD_HEADERS[:3]},
                              "content": {"application/json": {
                                  "schema": {"$ref": f"#/components/schemas/{KEYWORD_NAMES[i % len(KEYWORD_NAMES)]}"},
                                  "examples": {'ex"ample': {"summary": short_text("example summary"),
                                                            "value": EVERY_JSON}}}}},
                      "default": {"description": rich_text(f"{where} default response")}},
    }
    if i % 3 == 0:
        op["requestBody"] = {"description": rich_text(f"{where} body"), "required": True,
                             "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Keywords"}}}}
    return op


def _paths() -> dict[str, Any]:
    paths: dict[str, Any] = {}
    for i, op_id in enumerate(OPERATION_IDS):
        paths[f"/ops/{i}"] = {"post" if i % 3 == 0 else "get": _operation(op_id, TAGS[i % len(TAGS)], i)}
    wires = [("class", "path"), ("self", "path"), ("_request_timeout", "query"), ("_headers", "query"),
             ("api_client", "query"), ("from", "query"), ("a[b]", "query"), ("page.size", "query"),
             ("order", "query"), *((h, "header") for h in ODD_HEADERS), ("session id", "cookie")]
    params = [{"name": name, "in": where, "required": where == "path", "schema": {"type": "string"},
               "description": rich_text(f"parameter {name}")} for name, where in wires]
    params[5]["schema"]["default"] = short_text("from default")
    params[7]["schema"] = {"type": "integer", "default": 10}
    params[8]["schema"] = {"$ref": "#/components/schemas/CaseEnum"}
    paths["/items/{class}/{self}"] = {
        "summary": short_text("path item summary"), "description": rich_text("path item"),
        "get": {"tags": ["Order"], "parameters": params, "description": rich_text("derived id operation"),
                "responses": {"200": {"description": "ok", "content": {"application/json": {
                    "schema": {"$ref": "#/components/schemas/Pet"}}}}}},
        "put": {"operationId": "putItem", "tags": ["order"], "parameters": params[:2],
                "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Examples"}}}},
                "responses": {"204": {"description": "no content"}}},
    }
    paths["/untagged"] = {"get": {"operationId": "untagged", "responses": {"200": {"description": "ok"}},
                                  "security": [{'key"header': []}, {"basic": []}, {"oauth": ['read:"all"']}]}}
    paths["/schemas"] = {"get": {"operationId": "everySchema", "tags": ["a/b"], "responses": {"200": {
        "description": "ok", "content": {"application/json": {"schema": {"type": "object", "properties": {
            name: {"$ref": f"#/components/schemas/{name}"} for name in _schema_names()}}}}}}}}
    return paths


def _schema_names() -> list[str]:
    return ["Keywords", *KEYWORD_NAMES, *COLLIDING_SCHEMAS, LONG_NAME, "CaseEnum", "SymbolEnum", "IntEnum",
            "NumberEnum", "MixedEnum", "VarnamesEnum", "Patterned", "Examples", "Defaults", "Pet", "Composed",
            "Hoisting"]


def build() -> dict[str, Any]:
    return {
        "openapi": "3.0.3",
        "info": {"title": short_text("title"), "version": "1.0\"'\\", "description": rich_text("info")},
        "servers": [
            {"url": "https://example.com/{region}/\"quoted\"/'single'/\\back/{{ 7*7 }}",
             "description": rich_text("server"),
             "variables": {"region": {"default": "eu\"'\\", "enum": ["eu\"'\\", "us"],
                                      "description": rich_text("server variable")}}},
            {"url": "/relative?x=\"y\"&z='w'"},
        ],
        "tags": [{"name": t, "description": rich_text(f"tag {t}")} for t in TAGS],
        "security": [{'key"header': []}],
        "paths": _paths(),
        "components": {
            "schemas": _schemas(),
            "securitySchemes": {
                'key"header': {"type": "apiKey", "in": "header", "name": "X-Key\"'\\",
                               "description": rich_text("api key header")},
                "class": {"type": "apiKey", "in": "query", "name": "class", "description": rich_text("api key query")},
                "cookie": {"type": "apiKey", "in": "cookie", "name": "a b", "description": rich_text("cookie")},
                "basic": {"type": "http", "scheme": "basic", "description": rich_text("basic")},
                "oauth": {"type": "oauth2", "description": rich_text("oauth"), "flows": {"clientCredentials": {
                    "tokenUrl": "https://example.com/token?\"'", "scopes": {'read:"all"': rich_text("scope")}}}},
            },
        },
    }


def write(path: Path = DONE_WHEN) -> None:
    path.write_text(json.dumps(build(), indent=1, ensure_ascii=True) + "\n", encoding="ascii")


if __name__ == "__main__":
    write()
