"""Render units: a unit whose key did not change renders the same bytes.

That is the claim a regeneration relies on when it keeps a schema's files
without rendering them (`targets.python.units`).  These tests mutate real
specs at random places (descriptions, examples, enums, properties, types,
references, composition, operations...), render both versions in full, and
compare every unit whose key is the same in both.  They also check that the
keys are not vacuous: units whose schema changed get a new key, and most
units of a local change keep theirs.
"""

from __future__ import annotations

import copy
import json
import random
from pathlib import Path
from typing import Any, Callable

import pytest
import yaml

from generator.diagnostics import Level
from generator.ir.build import build_ir
from generator.ir.digest import closure_digests
from generator.loader import load
from generator.options import Options
from generator.targets.python import render_package, render_units

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared" / "specs"
SPECS = {
    "voucherify-orders": SHARED / "voucherify-orders.json",
    "orders-yaml": REPO / "spec" / "orders.yaml",
    **{p.stem: p for p in sorted((REPO / "tests" / "specs").glob("*.yaml"))
       if p.stem in ("composition_allof", "enums", "recursion", "unions_discriminator", "unions_primitives",
                     "oas30_nullable", "oas31_types", "maps_and_freeform", "naming_collisions", "bodies")},
}
MUTATIONS_PER_SPEC = 24

Json = Any


def _render(doc: dict, tmp: Path, name: str) -> tuple[dict[str, str], dict[str, tuple[tuple[str, ...], str]]] | None:
    path = tmp / f"{name}.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    loaded, problems = load(path)
    if any(d.level >= Level.ERROR for d in problems):
        return None
    try:
        api, diagnostics = build_ir(loaded)
    except Exception:  # noqa: BLE001 - a mutation the IR builder refuses is simply not a sample
        return None
    if any(d.level >= Level.ERROR for d in diagnostics):
        return None
    options = Options(spec=path, output=tmp / "out", package_name="pkg")
    units = render_units(api, options.package_name)
    files = render_package(api, options, units)
    return files, {u.name: (u.paths, u.key) for u in units.units}


def _nodes(value: Json, pointer: tuple[object, ...] = ()) -> list[tuple[tuple[object, ...], dict]]:
    """Every object in the document with its path (keys and indexes)."""
    found = []
    if isinstance(value, dict):
        found.append((pointer, value))
        for k, v in value.items():
            found += _nodes(v, pointer + (k,))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            found += _nodes(v, pointer + (i,))
    return found


def _schema_names(doc: dict) -> list[str]:
    return sorted(doc.get("components", {}).get("schemas", {}))


def _mutate(doc: dict, rng: random.Random) -> str:
    """Change one thing somewhere in `doc` (in place); say what."""
    names = _schema_names(doc)
    schemas = [(p, n) for p, n in _nodes(doc) if p[:2] == ("components", "schemas") and len(p) >= 3
               and ("type" in n or "properties" in n or "$ref" in n or "allOf" in n or "oneOf" in n
                    or "anyOf" in n or "enum" in n)]
    operations = [(p, n) for p, n in _nodes(doc.get("paths", {}), ("paths",)) if len(p) == 3]
    some_ref = {"$ref": f"#/components/schemas/{rng.choice(names)}"} if names else {"type": "string"}

    def describe(n: dict) -> None:
        n["description"] = f"changed {rng.randrange(1000)}"

    def example(n: dict) -> None:
        n["example"] = rng.choice(["sample", 42, True, None, {"k": "v"}])

    def enum(n: dict) -> None:
        if isinstance(n.get("enum"), list):
            n["enum"].append(f"added_{rng.randrange(100)}")
        else:
            n["enum"] = ["a", "b"]
            n["type"] = "string"

    def add_property(n: dict) -> None:
        n.setdefault("type", "object")
        n.setdefault("properties", {})[f"added{rng.randrange(100)}"] = rng.choice([{"type": "integer"}, some_ref])

    def drop_property(n: dict) -> None:
        props = n.get("properties")
        if isinstance(props, dict) and props:
            del props[rng.choice(sorted(props))]

    def retype(n: dict) -> None:
        old = n.get("type")
        n["type"] = {"string": "integer", "integer": "string", "object": "array"}.get(old if isinstance(old, str) else "",
                                                                                  "string")
        if n["type"] == "array":
            n["items"] = some_ref

    def nullable(n: dict) -> None:
        n["nullable"] = not n.get("nullable", False)

    def reference(n: dict) -> None:
        n.clear()
        n.update(some_ref)

    def compose(n: dict) -> None:
        n.setdefault("allOf", []).append(some_ref)

    def union(n: dict) -> None:
        n.clear()
        n["oneOf"] = [some_ref, {"type": "string"}]

    def require(n: dict) -> None:
        props = n.get("properties")
        if isinstance(props, dict) and props:
            n["required"] = sorted(set(n.get("required", [])) ^ {rng.choice(sorted(props))})

    def default(n: dict) -> None:
        n["default"] = rng.choice(["d", 7, False])

    def fmt(n: dict) -> None:
        n["format"] = rng.choice(["date-time", "uuid", "int64", "binary"])

    def title(n: dict) -> None:
        n["title"] = f"Title {rng.randrange(100)}"

    schema_changes: list[Callable[[dict], None]] = [describe, example, enum, add_property, drop_property, retype,
                                                    nullable, reference, compose, union, require, default, fmt, title]

    def operation_change() -> str:
        pointer, op = rng.choice(operations)
        kind = rng.choice(["summary", "description", "parameter", "response"])
        if kind == "parameter":
            op.setdefault("parameters", []).append({"name": f"p{rng.randrange(100)}", "in": "query",
                                                    "schema": {"type": "string"}})
        elif kind == "response":
            op.setdefault("responses", {})["299"] = {"description": "x",
                                                     "content": {"application/json": {"schema": some_ref}}}
        else:
            op[kind] = f"changed {rng.randrange(1000)}"
        return f"operation {'/'.join(map(str, pointer))}: {kind}"

    if operations and rng.random() < 0.15:
        return operation_change()
    if names and rng.random() < 0.05:
        doc["components"]["schemas"][f"Added{rng.randrange(100)}"] = {"type": "object", "properties": {"a": some_ref}}
        return "new schema"
    pointer, node = rng.choice(schemas)
    change = rng.choice(schema_changes)
    change(node)
    return f"{'/'.join(map(str, pointer))}: {change.__name__}"


def _read(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    return json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)


@pytest.mark.parametrize("spec", sorted(SPECS))
def test_units_whose_key_is_unchanged_render_the_same_bytes(spec: str, tmp_path: Path) -> None:
    base_doc = _read(SPECS[spec])
    base = _render(base_doc, tmp_path, "base")
    assert base is not None
    base_files, base_units = base
    rng = random.Random(f"units {spec}")
    compared = changed = samples = 0
    for i in range(MUTATIONS_PER_SPEC):
        doc = copy.deepcopy(base_doc)
        what = _mutate(doc, rng)
        result = _render(doc, tmp_path, f"m{i}")
        if result is None:
            continue
        samples += 1
        files, units = result
        for name, (paths, key) in units.items():
            if name not in base_units or base_units[name][1] != key:
                changed += 1
                continue
            assert paths == base_units[name][0], f"{spec}, {what}: same key, other paths for {name}"
            for path in paths:
                assert files[path] == base_files[path], f"{spec}, {what}: {path} changed but its key did not"
            compared += 1
        assert set(files) >= {p for paths, _ in units.values() for p in paths}
    assert samples >= MUTATIONS_PER_SPEC // 2, "most mutations must give a usable spec"
    assert compared > 0 and changed > 0, (compared, changed)


def test_a_description_change_renews_the_keys_of_what_reaches_the_schema_only(tmp_path: Path) -> None:
    doc = _read(SHARED / "voucherify-orders.json")
    base = _render(doc, tmp_path, "base")
    assert base is not None
    edited = copy.deepcopy(doc)
    edited["components"]["schemas"]["OrderItem"]["description"] = "edited"
    result = _render(edited, tmp_path, "edited")
    assert result is not None
    renewed = {n for n, (_, key) in result[1].items() if base[1][n][1] != key}
    assert "OrderItem" in renewed
    reaches = {n for n, (paths, _) in base[1].items() if n != "OrderItem"}
    assert 0 < len(renewed) < len(reaches), renewed  # what contains order items, not everything
    assert "Referrer" not in renewed


def test_closure_digests_follow_references_and_cycles() -> None:
    loaded, _ = load(REPO / "tests" / "specs" / "recursion.yaml")
    api, _ = build_ir(loaded)
    digests = closure_digests(api)
    assert set(digests) == {s.name for s in api.schemas}
    # members of one cycle share their closure: each reaches the others
    assert len(set(digests.values())) < len(digests)
