"""Field defaults in the Python target: every JSON kind, checked against the field's type.

Each literal is evaluated (with the enum classes it names stubbed) and must
equal the spec's default; defaults that do not fit the type are dropped to None.
"""

from __future__ import annotations

import ast
import enum
import types
from typing import Any

import pytest

from generator.ir.build import build_ir
from generator.targets.python import build_views
from generator.targets.python.view_defaults import MAX_DEPTH
from generator.targets.python.view_models import ModelView

HOSTILE_KEYS = {'q"uote': 1, "back\\slash": [None, True], "nul\x00": {"{{ 7*7 }}": "{% raw %}"}, "'''": "\"\"\""}


def _nested(depth: int) -> Any:
    value: Any = []
    for _ in range(depth):
        value = [value]
    return value


PROPS: dict[str, tuple[dict[str, Any], Any]] = {
    # wire name: (schema, expected Python value of the default; None = dropped)
    "object": ({"type": "object", "additionalProperties": True, "default": HOSTILE_KEYS}, HOSTILE_KEYS),
    "array": ({"type": "array", "items": {}, "default": [HOSTILE_KEYS, "x", 1.5, None]}, [HOSTILE_KEYS, "x", 1.5, None]),
    "emptyList": ({"type": "array", "items": {"type": "string"}, "default": []}, []),
    "emptyMap": ({"type": "object", "additionalProperties": {"type": "integer"}, "default": {}}, {}),
    "typedMap": ({"type": "object", "additionalProperties": {"type": "array", "items": {"type": "integer"}},
                  "default": {"a": [1, 2]}}, {"a": [1, 2]}),
    "freeAny": ({"default": {"k": [1]}}, {"k": [1]}),
    "numbers": ({"type": "array", "items": {"type": "number"}, "default": [1, 2.5, -0.0]}, [1, 2.5, -0.0]),
    "bigInt": ({"type": "integer", "default": 2**70}, 2**70),
    "flag": ({"type": "boolean", "default": False}, False),
    "quoted": ({"type": "string", "default": "a\"b'c\\\n\x00\u2028"}, "a\"b'c\\\n\x00\u2028"),
    "nullable": ({"type": "string", "nullable": True, "default": None}, None),
    "colors": ({"type": "array", "items": {"$ref": "#/components/schemas/Color"}, "default": ["re\"d", "blue"]},
               ["Color.RE_D", "Color.BLUE"]),
    "tags": ({"$ref": "#/components/schemas/Tags"}, None),
    "tagsDefault": ({"allOf": [{"$ref": "#/components/schemas/Tags"}], "default": ["a"]}, ["a"]),
    # do not fit the type: dropped
    "wrongItems": ({"type": "array", "items": {"type": "string"}, "default": [1]}, None),
    "boolForInt": ({"type": "integer", "default": True}, None),
    "intForBool": ({"type": "boolean", "default": 1}, None),
    "listForMap": ({"type": "object", "additionalProperties": True, "default": [1]}, None),
    "notAMember": ({"type": "array", "items": {"$ref": "#/components/schemas/Color"}, "default": ["green"]}, None),
    "modelObject": ({"allOf": [{"$ref": "#/components/schemas/Inner"}], "default": {"x": "1"}}, None),
    "dateString": ({"type": "string", "format": "date", "default": "2024-01-01"}, None),
    "tooDeep": ({"default": _nested(MAX_DEPTH + 1)}, None),
}

SPEC = {
    "openapi": "3.0.3",
    "info": {"title": "Defaults", "version": "1"},
    "paths": {},
    "components": {"schemas": {
        "Color": {"type": "string", "enum": ["re\"d", "blue"]},
        "Tags": {"type": "array", "items": {"type": "string"}},
        "Inner": {"type": "object", "properties": {"x": {"type": "string"}}},
        "Defaults": {"type": "object", "properties": {wire: schema for wire, (schema, _) in PROPS.items()}},
    }},
}


class Color(str, enum.Enum):
    RE_D = 're"d'
    BLUE = "blue"


@pytest.fixture(scope="module")
def fields() -> dict[str, Any]:
    api, _ = build_ir(types.SimpleNamespace(document=SPEC))
    view = build_views(api, "defaults")
    model = next(s for s in view.schemas if s.schema.name == "Defaults")
    assert isinstance(model, ModelView)
    return {f.wire_name: f for f in model.fields}


@pytest.mark.parametrize("wire", sorted(PROPS))
def test_default_literal_evaluates_to_the_spec_default(fields: dict[str, Any], wire: str) -> None:
    literal = fields[wire].default
    ast.parse(literal, mode="eval")  # one expression, nothing else
    value = eval(literal, {"__builtins__": {}}, {"Color": Color})  # noqa: S307 - our own literal
    expected = PROPS[wire][1]
    if isinstance(expected, list) and expected and all(str(e).startswith("Color.") for e in expected):
        expected = [eval(e, {}, {"Color": Color}) for e in expected]  # noqa: S307
    assert value == expected
    assert type(value) is type(expected)
    if wire == "numbers":  # -0.0 keeps its sign, 1 stays an int
        assert [type(v) for v in value] == [int, float, float] and str(value[2]) == "-0.0"


def test_enum_members_in_lists_are_members_not_strings(fields: dict[str, Any]) -> None:
    assert fields["colors"].default == "[Color.RE_D, Color.BLUE]"


def test_defaults_are_single_line_literals_without_template_syntax_interpreted(fields: dict[str, Any]) -> None:
    literal = fields["object"].default
    assert "\n" not in literal and "\x00" not in literal
    assert "{{ 7*7 }}" in literal and "49" not in literal
