"""A hostile spec: nothing in it runs, every name is safe, every text survives.

The spec uses keyword-named schemas and properties, quote- and
backslash-laden defaults and descriptions, Jinja syntax, path-like tags and
operationIds, names that collide once converted and a 300-character schema
name.  The generated package must compile, import and work, with the
payloads present as text only.
"""

from __future__ import annotations

import ast
import importlib
import sys
import types
from pathlib import Path

import black
import pytest

from generator.ir.build import build_ir
from generator.options import Options
from generator.targets.python import render_package

MARKER = "/tmp/sdkgen-pwned"
PAYLOAD = f"\"\"\"; __import__('os').system('touch {MARKER}'); x = '''\\"
JINJA = "{{ 7 * 7 }} {% for x in range(3) %}{{ x }}{% endfor %} {# c #}"
LONG = "Very" + "Long" * 74 + "Name"  # 300 characters

SPEC = {
    "openapi": "3.0.3",
    "info": {"title": PAYLOAD, "version": "1.0.0", "description": JINJA},
    "servers": [{"url": "https://example.com/{v}'\"", "variables": {"v": {"default": "a'b\"c\\"}}}],
    "tags": [{"name": "../../etc/passwd", "description": PAYLOAD}, {"name": "CON"}],
    "paths": {
        "/items/{id}": {
            "get": {
                "operationId": "../get item/..",
                "tags": ["../../etc/passwd"],
                "summary": PAYLOAD,
                "description": JINJA + "\r\n\x00\x1b[31m\u2028end",
                "parameters": [
                    {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}},
                    {"name": "class", "in": "query", "schema": {"type": "string", "default": PAYLOAD}},
                    {"name": "self", "in": "header", "schema": {"type": "string"}},
                    {"name": "x-'quote\"", "in": "cookie", "schema": {"type": "string"}},
                ],
                "responses": {"200": {"description": PAYLOAD,
                                      "content": {"application/json": {"schema": {"$ref": "#/components/schemas/class"}}}}},
            }
        },
        "/other": {
            "post": {
                "operationId": "getItem",  # collides with ../get item/.. after conversion
                "tags": ["con"],
                "responses": {"204": {"description": "nothing"}},
            }
        },
    },
    "components": {
        "schemas": {
            "class": {
                "type": "object",
                "description": PAYLOAD,
                "properties": {
                    "def": {"type": "string", "default": "it's \"quoted\" \\ and\nnewline"},
                    "model_config": {"type": "string"},
                    "self": {"type": "integer", "default": 3},
                    "Self": {"type": "string"},
                    "import": {"type": "string", "description": JINJA},
                    JINJA: {"type": "string"},
                    PAYLOAD: {"type": "string"},
                    "kind": {"$ref": "#/components/schemas/Kind"},
                },
            },
            "Class": {"type": "object", "properties": {"ApiClient": {"type": "string"}}},
            "ApiClient": {"type": "object", "properties": {"x": {"type": "string"}}},
            "Kind": {"type": "string", "enum": ["a", "A", PAYLOAD, JINJA, "", "None", "mro"],
                     "default": PAYLOAD},
            LONG: {"type": "object", "properties": {"v": {"type": "string"}}},
            "NUL": {"type": "string"},
        }
    },
}


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    root = tmp_path_factory.mktemp("hostile")
    api, _ = build_ir(types.SimpleNamespace(document=SPEC))
    files = render_package(api, Options(spec=root / "spec.json", output=root, package_name="hostile"))
    for rel, text in files.items():
        target = root / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(black.format_str(text, mode=black.Mode()) if rel.endswith(".py") else text)
    return root, files


def test_paths_are_safe_and_short(generated: tuple[Path, dict[str, str]]) -> None:
    root, files = generated
    for rel in files:
        parts = rel.split("/")
        assert all(p and p not in (".", "..") and not p.startswith(".") for p in parts), rel
        assert len(rel) < 200, rel
        assert parts[-1].split(".")[0].lower() not in ("con", "nul", "prn", "aux"), rel
        assert (root / rel).resolve().is_relative_to(root.resolve())


def test_every_module_compiles_and_imports_without_side_effects(generated: tuple[Path, dict[str, str]]) -> None:
    root, files = generated
    sys.path.insert(0, str(root))
    try:
        for rel in sorted(files):
            if rel.endswith(".py"):
                name = rel[:-3].replace("/", ".").removesuffix(".__init__")
                importlib.import_module(name)
        models = importlib.import_module("hostile.models")
        for name in models.__all__:
            cls = getattr(models, name)
            if hasattr(cls, "model_rebuild"):
                cls.model_rebuild(force=True)
    finally:
        sys.path.remove(str(root))
    assert not Path(MARKER).exists()


def test_payloads_are_only_literals(generated: tuple[Path, dict[str, str]]) -> None:
    _, files = generated
    for rel, text in files.items():
        if not rel.endswith(".py"):
            continue
        tree = ast.parse(text)
        for node in ast.walk(tree):
            # no name from the payload is ever code
            if isinstance(node, ast.Name):
                assert node.id not in ("__import__", "os", "system", "range"), (rel, node.id)
            if isinstance(node, ast.Attribute):
                assert node.attr != "system", rel


def test_texts_survive_verbatim(generated: tuple[Path, dict[str, str]]) -> None:
    root, _ = generated
    sys.path.insert(0, str(root))
    try:
        hostile = importlib.import_module("hostile")
        models = importlib.import_module("hostile.models")
        assert hostile.__doc__.startswith(PAYLOAD)
        cls = models.Class_2  # "Class" sorts before "class" and keeps the plain name
        assert cls.__doc__ == PAYLOAD
        obj = cls.from_dict({"def": "x", PAYLOAD: "p", JINJA: "j", "kind": PAYLOAD, "self": 1})
        assert obj.to_dict() == {"def": "x", PAYLOAD: "p", JINJA: "j", "kind": PAYLOAD, "self": 1}
        # `def` is a keyword; `self` is no attribute of a pydantic model, so it keeps its name
        assert cls().def_ == "it's \"quoted\" \\ and\nnewline" and cls().self == 3
        kind = models.Kind
        assert {m.value for m in kind} == {"a", "A", PAYLOAD, JINJA, "", "None", "mro"}
        assert kind.A.value == "a" and kind.A_2.value == "A"
        configuration = importlib.import_module("hostile.configuration")
        assert configuration.Configuration().host == "https://example.com/a'b\"c\\'\""
    finally:
        sys.path.remove(str(root))


def test_colliding_names_stay_distinct(generated: tuple[Path, dict[str, str]]) -> None:
    root, files = generated
    model_files = sorted(r for r in files if r.startswith("hostile/models/"))
    assert len(model_files) == len(SPEC["components"]["schemas"]) + 1  # + __init__
    sys.path.insert(0, str(root))
    try:
        models = importlib.import_module("hostile.models")
        assert {"Class", "Class_2", "ApiClient_"} <= set(models.__all__)
        api = importlib.import_module("hostile")
        methods = {n for cls in (api.EtcPasswdApi,) for n in vars(cls) if not n.startswith("_")}
        assert {"get_item", "get_item_with_http_info"} <= methods
        assert hasattr(api, "ConApi")
    finally:
        sys.path.remove(str(root))
