"""meta_pass: openapi-spec-validator's meta-schema phase on a skeleton gives exactly its findings.

Every test compares `spec_validator.run(document, version)` (fast pass) with
`run(..., fast_meta=False)` (jsonschema over the whole document, as the
library does it): findings and crash note must be equal, order included.
Real specs, the specs other tests use, hand-made documents holding each
value the two JSON Schema libraries might judge differently, and random
mutations of small valid documents (tests/unit/meta_pass_kitchen_sink.yaml
and the feature specs).
"""

from __future__ import annotations

import copy
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings, strategies as st

from generator.loader import load
from generator.loader.yaml_safe import load_yaml
from generator.validate import meta_pass, spec_validator
from generator.validate.document import check_version

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO / ".." / "shared" / "specs"
SINK = load_yaml((Path(__file__).parent / "meta_pass_kitchen_sink.yaml").read_text())
#: the specs of the repository that other tests generate from or validate
REPO_SPECS = sorted(
    [REPO / "spec" / "orders.yaml", REPO / "tests" / "hostile" / "done_when.json",
     *(REPO / "tests" / "specs").glob("*.yaml"), *(REPO / "tests" / "specs").glob("*/openapi.yaml"),
     *(REPO / "tests" / "unit" / "ir_specs").glob("*.yaml"), *(REPO / "tests" / "invalid").glob("*/spec.yaml")])


def _document(path: Path) -> tuple[dict[str, Any], str] | None:
    try:
        loaded, _ = load(path)
    except Exception:  # noqa: BLE001 - unreadable on purpose (tests/invalid): nothing to validate
        return None
    _, version, _ = check_version(loaded.document)
    return (loaded.document, version) if version else None


def _python(version: str) -> Any:
    return spec_validator._validator_classes()[version].schema_validator


def _same(document: dict[str, Any], version: str) -> tuple[list[spec_validator.Finding], str | None]:
    fast = spec_validator.run(document, version)
    slow = spec_validator.run(document, version, fast_meta=False)
    assert fast == slow
    return fast


def _count(node: Any) -> int:
    if isinstance(node, dict):
        return 1 + sum(_count(v) for v in node.values())
    if isinstance(node, list):
        return 1 + sum(_count(v) for v in node)
    return 0


# ---------------------------------------------------------------- real specs


@pytest.mark.parametrize("name", ["voucherify-full.json", "voucherify-orders.json"])
def test_the_voucherify_specs_get_the_same_findings(name: str) -> None:
    found = _document(SHARED / name)
    assert found is not None
    findings, crash = _same(*found)
    assert findings and crash is None  # their empty `required` lists, at least


@pytest.mark.parametrize("path", REPO_SPECS, ids=lambda p: str(p.relative_to(REPO)))
def test_the_repository_specs_get_the_same_findings(path: Path) -> None:
    found = _document(path)
    if found is None:
        assert "invalid" in path.parts  # only the unreadable ones there have nothing to validate
        return
    _same(*found)


@pytest.mark.parametrize("name", sorted(SINK))
def test_the_kitchen_sink_documents_are_valid_and_use_the_fast_pass(name: str) -> None:
    version = name[-3:]
    assert _same(SINK[name], version) == ([], None)
    assert meta_pass.skeleton_errors(_python(version), SINK[name]) == []


def test_the_full_spec_is_checked_on_a_small_skeleton(monkeypatch: pytest.MonkeyPatch) -> None:
    found = _document(SHARED / "voucherify-full.json")
    assert found is not None
    document, version = found
    results: list[Any] = []
    real = meta_pass.skeleton_errors

    def spy(python: Any, doc: Any) -> Any:
        results.append(real(python, doc))
        return results[-1]

    monkeypatch.setattr(meta_pass, "skeleton_errors", spy)
    spec_validator.run(document, version)
    assert len(results) == 1 and results[0] is not None, "the run fell back to the full pass"
    plan = meta_pass.plan(_python(version), document)
    assert plan is not None
    # jsonschema sees the dirty schemas' paths down to their errors, and stubs: a small part of the document
    assert _count(plan.skeleton) * 4 < _count(document)
    assert len(plan.stubs) > 1000


# ---------------------------------------------------------------- values the libraries may judge differently


def _doc30(**components: Any) -> dict[str, Any]:
    return {"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {}, "components": components}


BIG_SCHEMA = {"type": "object", "description": "BIG-SCHEMA-TEXT", "properties": {f"p{i}": {"type": "string"} for i in range(5)}}

ODD_CASES = {
    # Python's `$` matches before a final newline: the key matches the components pattern in jsonschema only
    "newline key": _doc30(schemas={"Ok\n": {"type": "strin"}, "Fine": BIG_SCHEMA}),
    "unicode digit response code": {"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {
        "/a": {"get": {"responses": {"2\u0660\u0660": {"description": 1}, "200": {"description": "ok"}}}}}},
    "integral float where an integer belongs": _doc30(schemas={"A": {"type": "string", "maxLength": 10.0}, "B": BIG_SCHEMA}),
    "negative zero": _doc30(schemas={"A": {"type": "string", "minLength": -0.0}}),
    "float infinity and nan": _doc30(schemas={"A": {"maximum": float("inf"), "minimum": float("nan"), "type": 1},
                                              "B": {"multipleOf": float("-inf"), "maxItems": float("nan")}}),
    "huge integer": _doc30(schemas={"A": {"type": "string", "maxLength": 2**70, "minLength": -(2**70)}}),
    "booleans for integers": _doc30(schemas={"A": {"type": "string", "maxLength": True, "minItems": False}}),
    "integer for a boolean": _doc30(schemas={"A": {"type": "string", "nullable": 1, "readOnly": 0}}),
    "lone surrogate": _doc30(schemas={"A\ud800": {"type": "string"}, "B": {"description": "\ud800", "type": 1}}),
    "bearer with a newline": _doc30(securitySchemes={
        "b": {"type": "http", "scheme": "bearer\n", "bearerFormat": "JWT"}, "c": {"type": "http", "scheme": "Bearer\n"},
        "d": {"type": "http"}}),
    "duplicate parameters": {"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {"/a": {"get": {
        "parameters": [{"name": "q", "in": "query", "schema": BIG_SCHEMA}] * 2,
        "responses": {"200": {"description": "ok"}}}}}},
    "same parameters but for an integral float": {"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {
        "/a": {"get": {"parameters": [{"name": "q", "in": "query", "schema": {"maxLength": 1}},
                                      {"name": "q", "in": "query", "schema": {"maxLength": 1.0}}],
                       "responses": {"200": {"description": "ok"}}}}}},
    # the `not` error prints the whole parameter, its stubbed schema included
    "schema and content both": _doc30(parameters={"q": {
        "name": "q", "in": "query", "schema": BIG_SCHEMA, "content": {"application/json": {"schema": BIG_SCHEMA}}}}),
    # jsonschema visits additional properties in the order of a set of all their names
    "two faulty properties among many": _doc30(schemas={f"S{i}": {"type": "object", "properties": {
        f"bad{i}": "not a schema", **{f"ok{i}_{j}": BIG_SCHEMA for j in range(8)}, f"worse{i}": {"type": 1}}}
        for i in range(12)}),
    "empty required everywhere": _doc30(schemas={"A": {"required": [], "properties": {"b": {"required": []}, "c": BIG_SCHEMA}}}),
    "bad refs": _doc30(schemas={"A": {"$ref": 1}, "B": {"$ref": "#/x", "type": "string"}, "C": {"$ref": []}, "D": BIG_SCHEMA}),
    "non-string key": _doc30(schemas={"A": {"properties": {1: {"type": 1}}}, "B": BIG_SCHEMA}),
    "non-string key where a pattern looks": _doc30(schemas={1: {"type": "string"}, "B": BIG_SCHEMA}),
    "tuple": _doc30(schemas={"A": {"type": "object", "required": ("a",)}, "B": BIG_SCHEMA}),
    "not plain types": _doc30(schemas={"A": {"type": "object", "properties": {"a": {"type": "string", "enum": {"x"}}}}}),
    "3.1 unevaluated properties": {"openapi": "3.1.0", "info": {"title": "t", "version": "1", "bogus": {"a": [1]}},
                                   "paths": {"/a": {"get": {"responses": {"200": {"description": "ok", "x": 1}}}}}},
    "3.1 path parameter name": {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {"/a/{b}": {"get": {
        "parameters": [{"name": "b/c\n", "in": "path", "required": True, "schema": BIG_SCHEMA},
                       {"name": "d/", "in": "path", "required": True, "schema": BIG_SCHEMA}],
        "responses": {"200": {"description": "ok"}}}}}},
}


@pytest.mark.parametrize("case", sorted(ODD_CASES))
def test_values_the_libraries_may_judge_differently_get_the_same_findings(case: str) -> None:
    document = ODD_CASES[case]
    findings, crash = _same(document, document["openapi"][:3])
    assert findings or crash is not None, "the case should be invalid, or it shows nothing"


def test_messages_print_stubbed_values_as_they_were() -> None:
    findings, _ = _same(ODD_CASES["schema and content both"], "3.0")
    assert any("BIG-SCHEMA-TEXT" in f.message for f in findings)
    plan = meta_pass.plan(_python("3.0"), ODD_CASES["schema and content both"])
    assert plan is not None and any(path[-1] == "schema" for path in plan.stubs)


def test_a_document_deeper_than_the_stack_allows_runs_the_full_pass() -> None:
    deep: dict[str, Any] = {"type": "string"}
    for _ in range(300):
        deep = {"type": "object", "properties": {"a": deep}}
    document = _doc30(schemas={"Deep": deep, "Bad": {"type": 1}})
    assert meta_pass.plan(_python("3.0"), document) is None
    findings, crash = _same(document, "3.0")
    assert findings or crash


def test_without_jsonschema_rs_the_full_pass_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "jsonschema_rs", None)  # `import jsonschema_rs` raises ImportError
    document = _doc30(schemas={"A": {"required": []}, "B": BIG_SCHEMA})
    assert meta_pass.plan(_python("3.0"), document) is None
    assert _same(document, "3.0")[0]


# ---------------------------------------------------------------- random mutations of valid documents

BASES = {"3.0": [SINK["openapi-3.0"]], "3.1": [SINK["openapi-3.1"]]}
for _path in ("spec/orders.yaml", "tests/specs/params_styles.yaml", "tests/specs/unions_discriminator.yaml",
              "tests/specs/oas31_types.yaml", "tests/specs/webhooks_default_responses.yaml"):
    _found = _document(REPO / _path)
    assert _found is not None
    BASES[_found[1]].append(_found[0])

KEYS = ["type", "required", "properties", "items", "$ref", "maxLength", "minimum", "enum", "description", "x-a", "foo",
        "in", "name", "schema", "content", "responses", "scheme", "bearerFormat", "style", "explode", "nullable",
        "additionalProperties", "allOf", "oneOf", "not", "default", "example", "examples", "get", "/new", "200", "2XX",
        "default", "callbacks", "links", "headers", "encoding", "flows", "value", "summary", "servers", "url",
        "variables", "security", "tags", "webhooks", "pathItems", "discriminator", "format", "pattern", "uniqueItems",
        "minItems", "exclusiveMinimum", "requestBody", "parameters", "operationId", "const", "unevaluatedProperties",
        "", "\n", "a\n", "x-\n", "/a\n", "get\n", "200\n", "\u00e9", "\u0662\u0660\u0660", "2\u0660\u0660"]
SCALARS = st.one_of(
    st.none(), st.booleans(), st.sampled_from([0, 1, -1, 2**63, 2**64, 2**70, -(2**70)]), st.integers(-5, 200),
    st.sampled_from([10.0, -0.0, 1.5, 1e300, float("inf"), float("nan"), 5e-324]),
    st.sampled_from(["", "string", "a\n", "\u00e9", "\ud800", "bearer", "Bearer\n", "query", "path", "header", "cookie",
                     "form", "simple", "matrix", "http", "apiKey", "oauth2", "mutualTLS", "array", "object", "integer",
                     "#/components/schemas/X", "#/x", "3.0.3", "3.1.0"]),
    st.text(max_size=4))
FRAGMENTS = st.sampled_from([
    {}, {"$ref": "#/x"}, {"$ref": 1}, {"$ref": "#/x", "type": "string"}, {"type": "string"}, {"type": "foo"},
    {"required": []}, {"description": "d"}, {"name": "p", "in": "path", "schema": {"type": "string"}},
    {"name": "p", "in": "query", "required": True, "schema": {}, "content": {}}, {"description": "ok"},
    {"200": {"description": "ok"}}, {"get": {"responses": {"200": {"description": "x"}}}},
    {"type": "http", "scheme": "bearer", "bearerFormat": "JWT"}, {"type": "http", "scheme": "basic", "bearerFormat": "x"},
    {"maxLength": 10.0}, {"maxLength": 2**64}, {"properties": {"a": {"type": "strin"}}}, {"allOf": [{"required": []}]},
    {"oneOf": []}, {"type": "array", "items": {"enum": []}}, {"\u00e9": {}}, {"a\n": {"type": 1}}])
VALUES = st.recursive(
    st.one_of(SCALARS, FRAGMENTS),
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(st.sampled_from(KEYS), inner, max_size=3)),
    max_leaves=6)
#: (which container, what to do, a key, a value)
MUTATIONS = st.lists(st.tuples(st.integers(0, 10**6), st.sampled_from(["set", "delete", "rename", "replace", "dup"]),
                               st.sampled_from(KEYS), VALUES), min_size=1, max_size=6)


def _containers(node: Any) -> list[Any]:
    out = [node]
    for child in node.values() if isinstance(node, dict) else node:
        if isinstance(child, (dict, list)):
            out += _containers(child)
    return out


def _mutate(document: dict[str, Any], mutations: list[tuple[int, str, str, Any]]) -> dict[str, Any]:
    for where, what, key, value in mutations:
        containers = _containers(document)
        node = containers[where % len(containers)]
        value = copy.deepcopy(value)
        if isinstance(node, dict):
            names = list(node)
            if what == "delete" and names:
                del node[names[where % len(names)]]
            elif what == "rename" and names:
                node[key] = node.pop(names[where % len(names)])
            elif what == "replace" and names:
                node[names[where % len(names)]] = value
            else:
                node[key] = value
        elif what == "delete" and node:
            node.pop(where % len(node))
        elif what == "dup" and node:
            node.append(copy.deepcopy(node[where % len(node)]))
        elif what == "replace" and node:
            node[where % len(node)] = value
        else:
            node.append(value)
    return document


@pytest.mark.parametrize("version", ["3.0", "3.1"])
@settings(max_examples=150, deadline=None)
@given(base=st.integers(0, 10), mutations=MUTATIONS)
def test_mutated_documents_get_the_same_findings(version: str, base: int, mutations: list[Any]) -> None:
    bases = BASES[version]
    document = _mutate(copy.deepcopy(bases[base % len(bases)]), mutations)
    _same(document, version)
