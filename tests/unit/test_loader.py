"""The loader: YAML and JSON, lazy positions, multi-file bundling, confinement, hostile input."""

from __future__ import annotations

import json
import os
import socket
from pathlib import Path

import pytest

from generator.diagnostics import InputError
from generator.loader import load
from generator.validate.refs import iter_refs

REPO = Path(__file__).resolve().parents[2]
MULTI = REPO / "tests" / "specs" / "multifile"
SPECS = REPO / ".." / "shared" / "specs"

SPEC_YAML = """\
openapi: 3.0.3
info:
  title: Shop
  version: 1.0.0
paths:
  /orders/{orderId}:
    get:
      operationId: getOrder
      parameters:
        - name: orderId
          in: path
          required: true
          schema:
            type: string
      responses:
        '200':
          description: The order
components:
  schemas:
    Order:
      type: object
      properties:
        on:
          type: boolean
        created:
          type: string
          example: 2024-01-01
        parent:
          $ref: '#/components/schemas/Order'
"""


def _line_col(text: str, needle: str, occurrence: int = 0) -> tuple[int, int]:
    """1-based line and column of the n-th occurrence of `needle` in `text`."""
    index = -1
    for _ in range(occurrence + 1):
        index = text.index(needle, index + 1)
    line = text.count("\n", 0, index) + 1
    return line, index - (text.rfind("\n", 0, index) + 1) + 1


def _write(folder: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)


# ---------------------------------------------------------------- reading and positions


def test_yaml_and_json_give_the_same_document_and_json_is_chosen_by_content(tmp_path: Path) -> None:
    (tmp_path / "spec.yaml").write_text(SPEC_YAML)
    as_json = json.dumps(load(tmp_path / "spec.yaml")[0].document, indent=2)
    (tmp_path / "spec-json.yaml").write_text(as_json)  # JSON text in a .yaml file
    from_yaml, diags_yaml = load(tmp_path / "spec.yaml")
    from_json, diags_json = load(tmp_path / "spec-json.yaml")
    assert diags_yaml == diags_json == []
    assert from_json.document == from_yaml.document
    assert from_json.files[0].is_json and not from_yaml.files[0].is_json


def test_yaml_keys_stay_text_and_dates_stay_strings(tmp_path: Path) -> None:
    (tmp_path / "spec.yaml").write_text(SPEC_YAML)
    doc = load(tmp_path / "spec.yaml")[0].document
    props = doc["components"]["schemas"]["Order"]["properties"]
    assert list(props) == ["on", "created", "parent"]  # `on` is not the boolean True
    assert props["created"]["example"] == "2024-01-01"
    assert list(doc["paths"]["/orders/{orderId}"]["get"]["responses"]) == ["200"]


@pytest.mark.parametrize("as_json", [False, True])
def test_positions_of_nested_pointers(tmp_path: Path, as_json: bool) -> None:
    spec = tmp_path / ("spec.json" if as_json else "spec.yaml")
    if as_json:
        (tmp_path / "src.yaml").write_text(SPEC_YAML)
        spec.write_text(json.dumps(load(tmp_path / "src.yaml")[0].document, indent=2))
    else:
        spec.write_text(SPEC_YAML)
    text = spec.read_text()
    loaded, _ = load(spec)
    q = '"' if as_json else ""
    cases = {
        "/paths/~1orders~1{orderId}/get/responses/200/description": f"{q}description",
        "/components/schemas/Order/properties/on/type": _nth_type(as_json),
        "/paths/~1orders~1{orderId}/get/parameters/0": f"{q}name{q}" if as_json else "- name",
    }
    for pointer, needle in cases.items():
        needle_text, occurrence = needle if isinstance(needle, tuple) else (needle, 0)
        line, col = _line_col(text, needle_text, occurrence)
        if pointer.endswith("/0"):  # an array item: where the item starts
            line, col = _open_brace_before(text, needle_text) if as_json else (line, col + 2)
        loc = loaded.locate(pointer)
        assert loc is not None and (loc.file, loc.line, loc.column) == (str(spec), line, col), pointer


def _nth_type(as_json: bool) -> tuple[str, int]:
    # the `type` under `on` is the third `type` key in the document (string, object, boolean)
    return ('"type"' if as_json else "type:", 2)


def _open_brace_before(text: str, needle: str) -> tuple[int, int]:
    index = text.rindex("{", 0, text.index(needle))
    return text.count("\n", 0, index) + 1, index - (text.rfind("\n", 0, index) + 1) + 1


def test_missing_pointer_points_at_its_deepest_existing_ancestor(tmp_path: Path) -> None:
    (tmp_path / "spec.yaml").write_text(SPEC_YAML)
    loaded, _ = load(tmp_path / "spec.yaml")
    loc = loaded.locate("/info/version/nothing/here")
    assert (loc.line, loc.column) == _line_col(SPEC_YAML, "version")
    assert loaded.locate("") is not None and loaded.locate("").line == 1


def test_full_voucherify_spec_loads_as_is_and_locates_lazily() -> None:
    spec = SPECS / "voucherify-full.json"
    loaded, diagnostics = load(spec)
    assert diagnostics == []
    assert loaded.document == json.loads(spec.read_text())
    text = spec.read_text()
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.strip() == '"CustomerId": {')
    loc = loaded.locate("/components/schemas/CustomerId")
    assert (loc.line, loc.column) == (start + 1, lines[start].index('"') + 1)


# ---------------------------------------------------------------- refs across files


def test_multifile_spec_is_bundled_with_only_local_refs() -> None:
    loaded, diagnostics = load(MULTI / "openapi.yaml")
    assert diagnostics == []
    doc = loaded.document
    refs = [node["$ref"] for _, node in iter_refs(doc)]
    assert refs and all(ref.startswith("#/components/schemas/") for ref in refs)
    schemas = doc["components"]["schemas"]
    # named by the root's key, by the target's key in the other file, or by the file stem
    assert list(schemas) == ["Order", "Error", "order_list", "item", "Customer", "Address"]
    # path item, operation, parameter, body and response refs are inlined
    orders = doc["paths"]["/orders"]
    assert orders["get"]["operationId"] == "listOrders"
    assert orders["post"]["requestBody"]["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/Order"}
    assert orders["post"]["responses"]["400"]["description"] == "The request was not valid"
    # a ref back into the root file becomes a local ref
    assert orders["post"]["responses"]["400"]["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/Error"}
    item = doc["paths"]["/orders/{orderId}"]
    assert item["parameters"][0]["name"] == "orderId"
    assert item["get"]["operationId"] == "getOrder"
    example = item["get"]["responses"]["200"]["content"]["application/json"]["examples"]["order"]
    assert example["value"]["note"] == {"$ref": "this is data, not a reference"}  # data stays data


def test_refs_inside_referenced_files_resolve_relative_to_that_file_and_recursion_is_kept() -> None:
    doc = load(MULTI / "openapi.yaml")[0].document
    schemas = doc["components"]["schemas"]
    assert schemas["Order"]["properties"]["parent"] == {"$ref": "#/components/schemas/Order"}
    assert schemas["Order"]["properties"]["items"]["items"] == {"$ref": "#/components/schemas/item"}
    assert schemas["item"]["properties"]["order"] == {"$ref": "#/components/schemas/Order"}  # mutual recursion
    assert schemas["Customer"]["properties"]["address"] == {"$ref": "#/components/schemas/Address"}


def test_locate_names_the_file_each_part_came_from() -> None:
    loaded, _ = load(MULTI / "openapi.yaml")
    expectations = {
        "/components/schemas/item/properties/order": ("schemas/item.yaml", "order:"),
        "/components/schemas/Address/properties/city": ("schemas/common.yaml", "city:"),
        "/components/schemas/Order/properties/parent": ("schemas/order.yaml", "parent:"),
        "/paths/~1orders~1{orderId}/get/responses/200/description": ("operations/get_order.yaml", "description:"),
        "/paths/~1orders~1{orderId}/parameters/0/name": ("components/parameters.yaml", "name:"),
        "/paths/~1orders/post/responses/400/description": ("components/responses.yaml", "description:"),
        "/paths/~1orders/get/operationId": ("paths/orders.yaml", "operationId:"),
        "/components/schemas/Error/properties/message": ("openapi.yaml", "message:"),
    }
    for pointer, (name, needle) in expectations.items():
        loc = loaded.locate(pointer)
        line, col = _line_col((MULTI / name).read_text(), needle)
        assert (loc.file, loc.line, loc.column) == (str(MULTI / name), line, col), pointer


def test_content_hash_covers_every_referenced_file(tmp_path: Path) -> None:
    import shutil

    copy = tmp_path / "multi"
    shutil.copytree(MULTI, copy)
    first = load(copy / "openapi.yaml")[0]
    assert len(first.files) == 11
    assert load(copy / "openapi.yaml")[0].content_hash == first.content_hash
    with (copy / "schemas" / "common.yaml").open("a") as fh:
        fh.write("# changed\n")
    assert load(copy / "openapi.yaml")[0].content_hash != first.content_hash


# ---------------------------------------------------------------- ref problems


HEAD = "openapi: 3.0.3\ninfo: {title: T, version: '1'}\n"


def test_a_file_that_includes_itself_is_a_loop(tmp_path: Path) -> None:
    _write(tmp_path, {"spec.yaml": HEAD + "paths:\n  /a:\n    $ref: a.yaml\n",
                      "a.yaml": "get:\n  $ref: a.yaml\n"})
    _, diagnostics = load(tmp_path / "spec.yaml")
    a = tmp_path / "a.yaml"
    assert [(d.code, d.message) for d in diagnostics] == [("ref-loop", f"$ref loop: {a} -> {a}")]


def test_urls_are_never_fetched(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the loader opened a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    _write(tmp_path, {"spec.yaml": HEAD + "paths: {}\ncomponents:\n  schemas:\n"
                      "    A: {$ref: 'http://127.0.0.1:9/a.yaml'}\n    B: {$ref: 'https://example.com/b.yaml#/B'}\n"})
    loaded, diagnostics = load(tmp_path / "spec.yaml")
    assert [d.code for d in diagnostics] == ["ref-remote", "ref-remote"]
    assert "download the file and refer to it by a relative path" in diagnostics[0].hint
    assert loaded.document["components"]["schemas"] == {"A": {}, "B": {}}


def test_refs_are_confined_to_the_spec_folder_even_through_symlinks(tmp_path: Path) -> None:
    _write(tmp_path, {"secret.yaml": "type: string\n",
                      "api/spec.yaml": HEAD + "paths: {}\ncomponents:\n  schemas:\n"
                                       "    A: {$ref: '../secret.yaml'}\n    B: {$ref: 'link.yaml'}\n"})
    os.symlink(tmp_path / "secret.yaml", tmp_path / "api" / "link.yaml")
    loaded, diagnostics = load(tmp_path / "api" / "spec.yaml")
    assert [d.code for d in diagnostics] == ["ref-outside-root", "ref-outside-root"]
    assert all("--ref-root" in d.hint for d in diagnostics)
    assert [d.pointer for d in diagnostics] == ["/components/schemas/A/$ref", "/components/schemas/B/$ref"]
    allowed, diagnostics = load(tmp_path / "api" / "spec.yaml", ref_root=tmp_path)
    assert diagnostics == []
    assert allowed.document["components"]["schemas"]["A"] == {"type": "string"}


def test_broken_external_refs_are_reported_where_they_are_used(tmp_path: Path) -> None:
    _write(tmp_path, {"spec.yaml": HEAD + "paths:\n  /a:\n    $ref: paths/a.yaml\n",
                      "paths/a.yaml": "get:\n  responses:\n    '200':\n      $ref: ../missing.yaml\n",
                      "bad.yaml": "a: [1,\n"})
    loaded, diagnostics = load(tmp_path / "spec.yaml")
    assert [d.code for d in diagnostics] == ["ref-unresolved"]
    loc = loaded.locate(diagnostics[0].pointer)
    assert (loc.file, loc.line, loc.column) == (str(tmp_path / "paths" / "a.yaml"), 4, 7)


def test_unparsable_referenced_file_names_its_own_position(tmp_path: Path) -> None:
    _write(tmp_path, {"spec.yaml": HEAD + "paths: {}\ncomponents:\n  schemas:\n    A: {$ref: bad.json}\n",
                      "bad.json": '{"type": "object",\n "properties": {]}\n'})
    _, diagnostics = load(tmp_path / "spec.yaml")
    assert len(diagnostics) == 1
    assert diagnostics[0].message.startswith(f"unresolved $ref 'bad.json': {tmp_path / 'bad.json'}:2:17: JSON syntax error")


# ---------------------------------------------------------------- hostile input


def test_alias_bomb_is_refused_without_expanding(tmp_path: Path) -> None:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for prev, name in zip("abcdefgh", "bcdefghi"):
        lines.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    (tmp_path / "spec.yaml").write_text(HEAD + "paths: {}\n" + "\n".join("x-" + line for line in lines) + "\n")
    with pytest.raises(InputError) as info:
        load(tmp_path / "spec.yaml")
    (d,) = info.value.diagnostics
    assert "alias bomb" in d.message and d.location.line is not None


def test_recursive_alias_is_refused(tmp_path: Path) -> None:
    (tmp_path / "spec.yaml").write_text(HEAD + "paths: {}\nx-loop: &a [1, *a]\n")
    with pytest.raises(InputError) as info:
        load(tmp_path / "spec.yaml")
    assert "recursive alias" in info.value.diagnostics[0].message
    assert (info.value.diagnostics[0].location.line, info.value.diagnostics[0].location.column) == (4, 16)


def test_small_aliases_are_fine(tmp_path: Path) -> None:
    (tmp_path / "spec.yaml").write_text(HEAD + "paths: {}\nx-a: &a {b: 1}\nx-c: *a\n")
    assert load(tmp_path / "spec.yaml")[0].document["x-c"] == {"b": 1}


@pytest.mark.parametrize("suffix", [".json", ".yaml"])
def test_absurd_nesting_is_refused_cleanly(tmp_path: Path, suffix: str) -> None:
    spec = tmp_path / f"spec{suffix}"
    spec.write_text('{"openapi": "3.0.3", "x": ' + "[" * 100_000 + "]" * 100_000 + "}")
    with pytest.raises(InputError) as info:
        load(spec)
    assert "nested too deeply" in info.value.diagnostics[0].message


def test_refs_that_fan_out_are_refused_without_building_the_expansion(tmp_path: Path) -> None:
    files = {"spec.yaml": HEAD + "paths:\n  /x:\n    $ref: f0.yaml\n", "f30.yaml": "c: 1\n"}
    for i in range(30):  # 2**30 copies of f30 if every ref were copied
        files[f"f{i}.yaml"] = f"a: {{$ref: f{i + 1}.yaml}}\nb: {{$ref: f{i + 1}.yaml}}\n"
    _write(tmp_path, files)
    with pytest.raises(InputError) as info:
        load(tmp_path / "spec.yaml")
    assert "expands the spec beyond" in info.value.diagnostics[0].message


def test_content_inlined_twice_is_shared_and_located_at_each_use(tmp_path: Path) -> None:
    _write(tmp_path, {"spec.yaml": HEAD + "paths:\n  /a:\n    $ref: item.yaml\n  /b:\n    $ref: item.yaml\n",
                      "item.yaml": "get:\n  responses:\n    '200': {description: ok}\n"})
    loaded, diagnostics = load(tmp_path / "spec.yaml")
    assert diagnostics == []
    paths = loaded.document["paths"]
    assert paths["/a"] == paths["/b"] == {"get": {"responses": {"200": {"description": "ok"}}}}
    for path in ("/a", "/b"):
        loc = loaded.locate(f"/paths/~1{path[1:]}/get/responses/200")
        assert (loc.file, loc.line, loc.column) == (str(tmp_path / "item.yaml"), 3, 5)


def test_a_ref_inside_another_files_schema_points_into_that_schema(tmp_path: Path) -> None:
    # split into files, a spec gives the models of the one file: no schema `id` of its own
    (tmp_path / "video.yaml").write_text("type: object\nproperties:\n  id: {type: integer}\n"
                                         "  parent: {$ref: '#/properties/id'}\n", encoding="utf-8")
    (tmp_path / "map.yaml").write_text("Tag:\n  type: object\n  properties:\n    label: {type: string}\n",
                                       encoding="utf-8")
    (tmp_path / "main.yaml").write_text(
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n"
        "    Info:\n      type: object\n      properties:\n"
        "        id: {$ref: 'video.yaml#/properties/id'}\n"
        "        label: {$ref: 'map.yaml#/Tag/properties/label'}\n"
        "    Video: {$ref: video.yaml}\n", encoding="utf-8")
    doc = load(tmp_path / "main.yaml")[0].document
    schemas = doc["components"]["schemas"]
    info = schemas["Info"]["properties"]
    assert info["id"] == {"$ref": "#/components/schemas/Video/properties/id"}
    assert schemas["Video"]["properties"]["parent"] == {"$ref": "#/components/schemas/Video/properties/id"}
    # a file of named schemas is not one schema: its entry is hoisted by its key, as before
    assert info["label"] == {"$ref": "#/components/schemas/label"}
    assert sorted(schemas) == ["Info", "Video", "label"]
