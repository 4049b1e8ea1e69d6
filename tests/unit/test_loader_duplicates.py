"""Keys given twice in one object: both parsers keep the later value, so the loader warns, naming where."""

from __future__ import annotations

import json
from pathlib import Path

from generator.diagnostics import Level
from generator.loader import load

YAML = """\
openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /pets:
    get:
      operationId: first
      operationId: second
      responses:
        '200': {description: ok}
"""


def _warnings(path: Path) -> list[tuple[str, int | None, str]]:
    loaded, diagnostics = load(path)
    return [(d.pointer, d.location.line if d.location else None, d.message)
            for d in diagnostics if d.level is Level.WARNING and d.code == "duplicate-key"]


def test_yaml_repeated_key_is_warned_about_at_its_second_line(tmp_path: Path) -> None:
    (tmp_path / "spec.yaml").write_text(YAML)
    [(pointer, line, message)] = _warnings(tmp_path / "spec.yaml")
    assert (pointer, line) == ("/paths/~1pets/get/operationId", 7)
    assert "'operationId' is given twice" in message and "later value is used" in message
    loaded, _ = load(tmp_path / "spec.yaml")
    assert loaded.document["paths"]["/pets"]["get"]["operationId"] == "second"


def test_json_repeated_key_is_warned_about(tmp_path: Path) -> None:
    text = ('{"openapi": "3.0.3", "info": {"title": "t", "version": "1", "title": "u"},\n'
            ' "paths": {"/a/b": {"get": {"responses": {}, "responses": {"200": {"description": "x"}}}}}}')
    (tmp_path / "spec.json").write_text(text)
    found = _warnings(tmp_path / "spec.json")
    assert sorted((p, line) for p, line, _ in found) == [("/info/title", 1), ("/paths/~1a~1b/get/responses", 2)]


def test_yaml_merge_keys_overridden_by_the_mapping_are_not_repeats(tmp_path: Path) -> None:
    text = YAML.replace("      operationId: second\n", "") + (
        "components:\n  schemas:\n    Base: &base {type: object, description: base}\n"
        "    Child:\n      <<: *base\n      description: child\n")
    (tmp_path / "spec.yaml").write_text(text)
    assert _warnings(tmp_path / "spec.yaml") == []
    loaded, _ = load(tmp_path / "spec.yaml")
    assert loaded.document["components"]["schemas"]["Child"]["description"] == "child"


def test_a_file_without_repeats_has_no_warning_and_json_that_is_yaml_is_read_once(tmp_path: Path) -> None:
    # starts like JSON but is YAML flow style: the failed JSON attempt leaves no stale notes
    (tmp_path / "spec.yaml").write_text("{openapi: 3.0.3, info: {title: t, version: '1'}, paths: {}}\n")
    assert _warnings(tmp_path / "spec.yaml") == []
    (tmp_path / "spec.json").write_text(json.dumps({"openapi": "3.0.3", "info": {"title": "t", "version": "1"},
                                                    "paths": {}}))
    assert _warnings(tmp_path / "spec.json") == []


def test_repeats_in_a_referenced_file_name_that_file(tmp_path: Path) -> None:
    (tmp_path / "spec.yaml").write_text(YAML.replace("      operationId: second\n", "").replace(
        "'200': {description: ok}", "'200': {$ref: 'responses.yaml#/Ok'}"))
    (tmp_path / "responses.yaml").write_text("Ok:\n  description: ok\n  description: fine\n")
    loaded, diagnostics = load(tmp_path / "spec.yaml")
    [warning] = [d for d in diagnostics if d.code == "duplicate-key"]
    assert warning.location is not None and warning.location.file.endswith("responses.yaml")
    assert (warning.pointer, warning.location.line) == ("/Ok/description", 3)
