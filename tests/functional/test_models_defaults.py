"""Structured and scalar defaults in generated models: imported, instantiated, and checked by mypy --strict."""

from __future__ import annotations

import importlib
import json
import sys
import types
from pathlib import Path
from typing import Any, Iterator

import black
import pytest

from generator.ir.build import build_ir
from generator.options import Options
from generator.targets.python import render_package

mypy_api = pytest.importorskip("mypy.api")

HOSTILE = {'q"uote': 1, "back\\slash": [None, True, 2**70], "nul\x00": {"{{ 7*7 }}": "{% raw %}"}, '"""': "'''"}

DEFAULTS: dict[str, tuple[dict[str, Any], Any]] = {
    "object": ({"type": "object", "additionalProperties": True}, HOSTILE),
    "array": ({"type": "array", "items": {}}, [HOSTILE, "x", 1.5, None, []]),
    "numbers": ({"type": "array", "items": {"type": "number"}}, [1, 2.5]),
    "colors": ({"type": "array", "items": {"$ref": "#/components/schemas/Color"}}, ["re\"d", "blue"]),
    "mixed": ({"type": "array", "items": {"$ref": "#/components/schemas/Mixed"}}, [True, 1, "a"]),
    "byMap": ({"type": "object", "additionalProperties": {"type": "array", "items": {"type": "integer"}}}, {"a": [1]}),
    "class": ({"type": "object", "additionalProperties": True}, {"k": "v"}),
    "big": ({"type": "integer"}, 2**70),
    "text": ({"type": "string"}, "a\"b'c\\\n\x00"),
    "flag": ({"type": "boolean"}, False),
}

SPEC = {
    "openapi": "3.0.3",
    "info": {"title": "Defaults", "version": "1"},
    "paths": {},
    "components": {"schemas": {
        "Color": {"type": "string", "enum": ["re\"d", "blue"]},
        "Mixed": {"enum": [1, True, "a"]},
        "Holder": {"type": "object", "properties": {w: {**s, "default": d} for w, (s, d) in DEFAULTS.items()}},
    }},
}


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Any]]:
    root = tmp_path_factory.mktemp("defaults")
    api, _ = build_ir(types.SimpleNamespace(document=SPEC))
    files = render_package(api, Options(spec=root / "spec.json", output=root, package_name="dflt_sdk"))
    for rel, text in files.items():
        target = root / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(black.format_str(text, mode=black.Mode()) if rel.endswith(".py") else text)
    sys.path.insert(0, str(root))
    try:
        yield root, importlib.import_module("dflt_sdk.models")
    finally:
        sys.path.remove(str(root))
        for name in [n for n in sys.modules if n == "dflt_sdk" or n.startswith("dflt_sdk.")]:
            del sys.modules[name]


def test_every_default_is_the_models_default_on_the_wire(package: tuple[Path, Any]) -> None:
    holder = package[1].Holder()
    dumped = holder.model_dump(mode="json", by_alias=True)
    for wire, (_, default) in DEFAULTS.items():
        assert json.dumps(dumped[wire]) == json.dumps(default), wire
    # defaults are not "set": to_dict sends nothing the caller did not set
    assert holder.to_dict() == {}


def test_enum_defaults_are_members(package: tuple[Path, Any]) -> None:
    models = package[1]
    holder = models.Holder()
    assert holder.colors == [models.Color('re"d'), models.Color.BLUE]
    assert all(isinstance(c, models.Color) for c in holder.colors)
    assert holder.mixed[0] is True and isinstance(holder.mixed[1], models.Mixed)


def test_each_instance_gets_a_fresh_copy(package: tuple[Path, Any]) -> None:
    holder_cls = package[1].Holder
    first, second = holder_cls(), holder_cls()
    first.object["nul\x00"]["{{ 7*7 }}"] = "changed"
    first.array.append("more")
    first.by_map["a"].append(2)
    assert second.object == HOSTILE and second.array == DEFAULTS["array"][1] and second.by_map == {"a": [1]}
    assert holder_cls().object == HOSTILE


def test_payload_text_stays_text_in_the_source(package: tuple[Path, Any]) -> None:
    source = next((package[0] / "dflt_sdk" / "models").glob("holder.py")).read_text(encoding="utf-8")
    assert "{{ 7*7 }}" in source and "\x00" not in source


def test_models_with_structured_defaults_pass_mypy_strict(package: tuple[Path, Any]) -> None:
    root = package[0]
    stdout, stderr, status = mypy_api.run(
        ["--strict", "--no-incremental", "--cache-dir", str(root / ".mypy_cache"), str(root / "dflt_sdk")]
    )
    assert status == 0, stdout + stderr
