"""The IR builder never raises on spec content, and every `RefType` it makes resolves.

Random documents mix the OpenAPI/JSON Schema vocabulary with junk values:
wrong types, dangling and looping refs, refs into the middle of schemas,
compositions of anything.
"""

from __future__ import annotations

from types import SimpleNamespace

from hypothesis import HealthCheck, given, settings, strategies as st

from generator.diagnostics import Level
from generator.ir.build import build_ir
from generator.ir.dump import dump_json
from generator.ir.model import ModelSchema, RefType

try:
    from test_ir_real_specs import all_types
except ImportError:  # pragma: no cover - tests laid out as a package
    from .test_ir_real_specs import all_types

NAMES = st.sampled_from(["A", "B", "C", "Order", "order", "A B", "é", "", "class", "x" * 120])
REFS = st.sampled_from([
    "#/components/schemas/A", "#/components/schemas/B", "#/components/schemas/C",
    "#/components/schemas/Missing", "#/components/schemas/A/properties/p", "#/components/schemas/B/items",
    "#/paths", "#/nope/x", "http://example.com/x.yaml", "other.yaml#/X", "#", 3,
])
TYPES = st.sampled_from(["string", "integer", "number", "boolean", "object", "array", "null", "date", 7,
                         ["string", "null"], ["object", "integer"], []])
SCALARS = st.one_of(st.none(), st.booleans(), st.integers(-3, 3), st.floats(allow_nan=False, width=16),
                    st.text(max_size=4))

schema_keys = st.sampled_from([
    "type", "format", "nullable", "enum", "const", "properties", "items", "additionalProperties",
    "allOf", "oneOf", "anyOf", "required", "$ref", "discriminator", "title", "minLength", "maximum",
    "exclusiveMinimum", "prefixItems", "default", "example", "examples", "x-enum-varnames",
])


def _schema(children):
    value_for = {
        "type": TYPES, "$ref": REFS, "title": NAMES, "format": st.sampled_from(["binary", "date-time", 1]),
        "nullable": st.one_of(st.booleans(), SCALARS),
        "enum": st.one_of(st.lists(SCALARS, max_size=4), SCALARS),
        "properties": st.one_of(st.dictionaries(NAMES, children, max_size=3), SCALARS),
        "items": st.one_of(children, st.lists(children, max_size=2)),
        "additionalProperties": st.one_of(children, st.booleans()),
        "allOf": st.one_of(st.lists(children, max_size=3), children),
        "oneOf": st.one_of(st.lists(children, max_size=3), SCALARS),
        "anyOf": st.lists(children, max_size=3),
        "required": st.one_of(st.lists(NAMES, max_size=3), SCALARS),
        "discriminator": st.one_of(st.fixed_dictionaries({"propertyName": NAMES}, optional={
            "mapping": st.dictionaries(NAMES, st.one_of(REFS, NAMES), max_size=2)}), SCALARS),
        "prefixItems": st.lists(children, max_size=2),
    }

    @st.composite
    def build(draw):
        keys = draw(st.lists(schema_keys, min_size=1, max_size=5, unique=True))
        return {k: draw(value_for.get(k, SCALARS)) for k in keys}

    model = st.builds(lambda props, extra: {"type": "object", "properties": props, **extra},
                      st.dictionaries(NAMES, children, max_size=3),
                      st.dictionaries(schema_keys, children, max_size=2))
    # mostly schema objects, sometimes junk
    return st.one_of(model, build(), build(), build(), st.booleans(), SCALARS)


SCHEMAS = st.recursive(st.one_of(st.just({}), st.builds(dict, type=TYPES), st.builds(lambda r: {"$ref": r}, REFS)),
                       _schema, max_leaves=12)

PARAMETER = st.fixed_dictionaries({}, optional={
    "name": NAMES, "in": st.sampled_from(["query", "path", "header", "cookie", "body", 1]),
    "schema": SCHEMAS, "style": st.sampled_from(["form", "deepObject", 3]), "explode": SCALARS,
    "$ref": REFS, "content": st.dictionaries(st.sampled_from(["application/json", "text/plain"]),
                                             st.fixed_dictionaries({"schema": SCHEMAS}), max_size=1),
})
MEDIA = st.dictionaries(st.sampled_from(["application/json", "application/octet-stream", "text/plain",
                                         "multipart/form-data"]),
                        st.one_of(st.fixed_dictionaries({}, optional={"schema": SCHEMAS, "example": SCALARS,
                                                                      "examples": st.dictionaries(NAMES, SCALARS)}),
                                  SCALARS), max_size=2)
RESPONSES = st.dictionaries(st.sampled_from(["200", "4XX", "default", "x-y"]),
                            st.one_of(st.fixed_dictionaries({"content": MEDIA}), SCALARS), max_size=2)
OPERATION = st.one_of(st.fixed_dictionaries({"responses": st.one_of(RESPONSES, RESPONSES, SCALARS)}, optional={
    "operationId": st.one_of(NAMES, SCALARS), "tags": st.one_of(st.lists(NAMES, max_size=2), SCALARS),
    "parameters": st.one_of(st.lists(PARAMETER, max_size=3), SCALARS),
    "requestBody": st.one_of(st.fixed_dictionaries({"content": MEDIA}), st.builds(lambda r: {"$ref": r}, REFS)),
    "callbacks": SCALARS,
    "security": st.one_of(st.lists(st.dictionaries(NAMES, st.lists(NAMES, max_size=1), max_size=2), max_size=2),
                          SCALARS),
}), st.just("junk"))
DOCUMENTS = st.fixed_dictionaries({
    "openapi": st.sampled_from(["3.0.3", "3.1.0", "3.1.0", "3.0.3", 3, None]),
    "components": st.fixed_dictionaries({"schemas": st.dictionaries(st.sampled_from(["A", "B", "C", "D"]),
                                                                    SCHEMAS, min_size=1, max_size=4)}),
    "paths": st.dictionaries(st.sampled_from(["/a", "/a/{id}", "/b", "x-ext"]),
                             st.one_of(st.fixed_dictionaries({"get": OPERATION}, optional={
                                 "post": OPERATION, "parameters": st.lists(PARAMETER, max_size=2), "$ref": REFS}),
                                 st.fixed_dictionaries({"get": OPERATION}), SCALARS), min_size=1, max_size=3),
})


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(DOCUMENTS)
def test_random_documents_build_and_refs_resolve(document):
    api, diagnostics = build_ir(SimpleNamespace(document=document))
    names = {s.name for s in api.schemas}
    assert set(document["components"]["schemas"]) <= names
    for t in all_types(api):
        if isinstance(t, RefType):
            assert t.name in names
    for schema in api.schemas:
        if isinstance(schema, ModelSchema):
            assert set(schema.parents) <= names
    assert all(d.level in (Level.INFO, Level.WARNING, Level.ERROR) for d in diagnostics)
    assert dump_json(api) == dump_json(build_ir(SimpleNamespace(document=document))[0])
