"""validate(): every problem at once, ours preferred over the validator's, tolerable ones as warnings."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.diagnostics import Level
from generator.loader import load
from generator.validate import TOLERABLE, for_validate_command, validate

REPO = Path(__file__).resolve().parents[2]
SPECS = REPO / ".." / "shared" / "specs"
HEAD = "openapi: 3.0.3\ninfo: {title: T, version: '1'}\n"


def _validate(tmp_path: Path, text: str, name: str = "spec.yaml"):  # type: ignore[no-untyped-def]
    spec = tmp_path / name
    spec.write_text(text)
    loaded, load_diagnostics = load(spec)
    return loaded, load_diagnostics + validate(loaded)


def test_voucherify_orders_has_only_tolerable_findings_located_in_the_file() -> None:
    spec = SPECS / "voucherify-orders.json"
    loaded, _ = load(spec)
    diagnostics = validate(loaded)
    assert diagnostics and all(d.level is Level.WARNING and d.code == TOLERABLE for d in diagnostics)
    pointers = [d.pointer for d in diagnostics]
    assert "/components/schemas/CustomerId/required" in pointers
    assert len(pointers) == len(set(pointers))  # each finding once, though both validator phases see it
    lines = spec.read_text().splitlines()
    start = next(i for i, line in enumerate(lines) if line.strip() == '"CustomerId": {')
    required = next(i for i in range(start, len(lines)) if lines[i].strip().startswith('"required": []'))
    loc = loaded.locate("/components/schemas/CustomerId/required")
    assert (loc.line, loc.column) == (required + 1, lines[required].index('"required"') + 1)
    assert all(d.level is Level.ERROR for d in for_validate_command(diagnostics))


def test_every_problem_is_reported_not_just_the_first(tmp_path: Path) -> None:
    _, diagnostics = _validate(tmp_path, """\
openapi: 3.0.3
info:
  title: T
paths:
  /a/{id}:
    get:
      operationId: same
      responses:
        '200':
          content: {}
  /b:
    get:
      operationId: same
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Nope'}
""")
    assert [(d.code, d.pointer) for d in diagnostics] == [
        ("no-info-version", "/info/version"),
        ("ref-unresolved", "/paths/~1b/get/responses/200/content/application~1json/schema/$ref"),
        ("undeclared-path-parameter", "/paths/~1a~1{id}/get"),
        ("duplicate-operation-id", "/paths/~1b/get/operationId"),
        ("validator", "/paths/~1a~1{id}/get/responses/200/description"),
    ]
    duplicate = diagnostics[3]
    assert duplicate.message == "duplicate operationId 'same': GET /b repeats the one of GET /a/{id} " \
                                f"({tmp_path / 'spec.yaml'}:7:7)"


def test_ours_win_over_the_validator_for_the_same_problem(tmp_path: Path) -> None:
    _, diagnostics = _validate(tmp_path, "openapi: 3.0.3\ninfo: {title: T}\npaths: {}\n")
    assert [d.message for d in diagnostics] == ["`info.version` is missing"]


def test_swagger_2_is_answered_with_how_to_convert_and_nothing_else(tmp_path: Path) -> None:
    _, diagnostics = _validate(tmp_path, "swagger: '2.0'\ninfo: {title: T, version: '1'}\npaths: {}\n")
    (d,) = diagnostics
    assert "Swagger 2.0 is not supported" in d.message
    assert "swagger2openapi" in d.hint and "Convert to OpenAPI 3" in d.hint


def test_pure_ref_loops_are_errors_but_recursive_schemas_are_fine(tmp_path: Path) -> None:
    _, diagnostics = _validate(tmp_path, HEAD + """\
paths: {}
components:
  schemas:
    Node:
      type: object
      properties:
        children: {type: array, items: {$ref: '#/components/schemas/Node'}}
    Self: {$ref: '#/components/schemas/Self'}
""")
    assert [(d.code, d.message) for d in diagnostics] == [
        ("ref-loop", "$ref loop: #/components/schemas/Self -> #/components/schemas/Self")]


def test_path_parameters_from_the_path_item_and_by_ref_count(tmp_path: Path) -> None:
    _, diagnostics = _validate(tmp_path, HEAD + """\
paths:
  /a/{id}/{sub}:
    parameters:
      - {name: id, in: path, required: true, schema: {type: string}}
    get:
      parameters:
        - $ref: '#/components/parameters/Sub'
      responses:
        '200': {description: ok}
components:
  parameters:
    Sub: {name: sub, in: path, required: true, schema: {type: string}}
""")
    assert diagnostics == []


def test_openapi_3_1_is_validated_with_the_3_1_rules(tmp_path: Path) -> None:
    ok = "openapi: 3.1.0\ninfo: {title: T, version: '1'}\npaths: {}\n" \
         "components:\n  schemas:\n    A: {type: [string, 'null'], examples: [x]}\n"
    assert _validate(tmp_path, ok)[1] == []
    bad = ok.replace("type: [string, 'null']", "type: strin")
    diagnostics = _validate(tmp_path, bad)[1]
    assert [(d.level, d.pointer) for d in diagnostics] == [(Level.ERROR, "/components/schemas/A/type")]


def test_validator_findings_inside_refs_are_reported_at_the_definition(tmp_path: Path) -> None:
    _, diagnostics = _validate(tmp_path, HEAD + """\
paths:
  /a:
    get:
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/A'}
components:
  schemas:
    A:
      type: object
      required: []
      properties:
        b: {type: string, default: 3}
""")
    assert sorted((d.level, d.pointer, d.code) for d in diagnostics) == [
        (Level.WARNING, "/components/schemas/A/properties/b/default", TOLERABLE),
        (Level.WARNING, "/components/schemas/A/required", TOLERABLE),
    ]


def test_hostile_pattern_defaults_do_not_hang_the_validator(tmp_path: Path) -> None:
    _, diagnostics = _validate(tmp_path, HEAD + "paths: {}\ncomponents:\n  schemas:\n"
                               "    A: {type: string, pattern: '^(a+)+$', default: '" + "a" * 40 + "!'}\n")
    assert diagnostics == []


def test_a_spec_that_breaks_the_validator_still_gets_a_report(tmp_path: Path) -> None:
    _, diagnostics = _validate(tmp_path, HEAD + """\
paths:
  /a:
    get:
      parameters:
        - {in: query, schema: {type: string}}
        - {in: query, schema: {type: string}}
      responses:
        '200': {description: ok}
""")
    assert diagnostics and all(d.level is Level.ERROR for d in diagnostics)
    assert "required field 'name' is missing" in [d.message for d in diagnostics]


def test_unresolved_external_refs_are_not_reported_twice(tmp_path: Path) -> None:
    _, diagnostics = _validate(tmp_path, HEAD + """\
paths:
  /a:
    get:
      responses:
        '200': {$ref: missing.yaml}
""")
    assert [d.code for d in diagnostics] == ["ref-unresolved"]


@pytest.mark.parametrize("version", ["3.0.0", "3.0.3", "3.1.0", "3.1.1"])
def test_supported_versions(tmp_path: Path, version: str) -> None:
    text = f"openapi: {version}\ninfo: {{title: T, version: '1'}}\npaths: {{}}\n"
    assert _validate(tmp_path, text)[1] == []


def test_full_voucherify_spec_has_no_errors_only_its_empty_required_lists() -> None:
    loaded, load_diagnostics = load(SPECS / "voucherify-full.json")
    diagnostics = load_diagnostics + validate(loaded)
    assert diagnostics
    assert {(d.level, d.code) for d in diagnostics} == {(Level.WARNING, TOLERABLE)}
    assert all(d.pointer.endswith("/required") for d in diagnostics)


def test_the_validator_backend_is_pinned_whatever_the_environment_says() -> None:
    """openapi-spec-validator would pick jsonschema-rs from the environment (or wherever it is
    installed); our findings are read from jsonschema's errors, so the backend is pinned."""
    import os
    import subprocess
    import sys

    probe = (
        "from generator.validate import spec_validator as sv\n"
        "sv._validator_classes()\n"
        "from openapi_spec_validator.schemas.backend import get_validator_backend\n"
        "print(get_validator_backend())\n"
    )
    env = dict(os.environ, OPENAPI_SPEC_VALIDATOR_SCHEMA_VALIDATOR_BACKEND="jsonschema-rs")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "jsonschema"
