"""The shortcut before rendering (`generator.output.memo`).

A folder written by this very tool from this very spec (same inputs key in
the manifest, every listed file still as written) is not rendered again:
`generate` and `check` stop after the front end and print exactly what the
full path prints.  Any difference (a hand edit, a deleted file, another spec,
another tool, --no-cache) takes the full path, which explains the drift.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import generator.targets.python as python_target
from generator import resources
from generator.cli import main
from generator.options import MANIFEST_NAME

SPEC = """\
openapi: 3.0.3
info: {title: Things, version: "1"}
paths:
  /things:
    get:
      operationId: listThings
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Thing"}
components:
  schemas:
    Thing:
      type: object
      required: []
      properties:
        colour: {type: string, description: The colour.}
"""


@pytest.fixture
def renders(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Counts the renders (each is a full-path run)."""
    seen: list[str] = []
    real = python_target.render_package

    def counting(api, options, *args):  # type: ignore[no-untyped-def]
        seen.append(options.package_name)
        return real(api, options, *args)

    monkeypatch.setattr(python_target, "render_package", counting)
    return seen


@pytest.fixture
def spec(tmp_path: Path) -> Path:
    path = tmp_path / "things.yaml"
    path.write_text(SPEC)
    return path


def _cli(capsys: pytest.CaptureFixture[str], command: str, spec: Path, out: Path, *extra: str) -> tuple[int, str, str]:
    code = main([command, str(spec), "-o", str(out), "--package-name", "things", "-j", "1", *extra])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_an_unchanged_folder_is_not_rendered_again_and_reports_what_the_full_path_does(
        capsys: pytest.CaptureFixture[str], spec: Path, tmp_path: Path, renders: list[str]) -> None:
    out = tmp_path / "out"
    first = _cli(capsys, "generate", spec, out)
    assert first[0] == 0 and len(renders) == 1
    inputs = json.loads((out / MANIFEST_NAME).read_text())["inputs"]
    assert len(inputs) == 64
    written = _tree(out)

    again = _cli(capsys, "generate", spec, out)
    clean = _cli(capsys, "check", spec, out)
    assert len(renders) == 1, "neither run rendered"
    assert again[0] == clean[0] == 0
    assert _tree(out) == written

    full_generate = _cli(capsys, "generate", spec, out, "--no-cache")
    full_check = _cli(capsys, "check", spec, out, "--no-cache")
    assert len(renders) == 3
    assert full_generate[0] == full_check[0] == 0
    # same stdout (but black's counts: --no-cache formats everything but the pre-formatted runtime) and the
    # same warnings
    python_files = sum(1 for path in written if path.endswith(".py"))
    assert again[1] == re.sub(r"black: \d+ formatted, \d+ cached", f"black: 0 formatted, {python_files} cached",
                              full_generate[1])
    assert f"black: {python_files} formatted" not in full_generate[1]
    assert "0 written, 0 removed" in again[1]
    assert clean == full_check
    assert again[2] == first[2] == clean[2] != ""  # `required: []` is still reported on every run
    assert _tree(out) == written


@pytest.mark.parametrize("damage", ["edit", "delete", "replace-with-folder"])
def test_a_damaged_file_takes_the_full_path(capsys: pytest.CaptureFixture[str], spec: Path, tmp_path: Path,
                                            renders: list[str], damage: str) -> None:
    out = tmp_path / "out"
    assert _cli(capsys, "generate", spec, out)[0] == 0
    target = out / "things" / "models" / "thing.py"
    if damage == "edit":
        target.write_text(target.read_text() + "# mine\n")
    elif damage == "delete":
        target.unlink()
    else:
        target.unlink()
        target.mkdir()
    code, stdout, _ = _cli(capsys, "check", spec, out)
    assert code == 1 and len(renders) == 2
    assert "things/models/thing.py" in stdout
    if damage == "edit":
        assert "-# mine" in stdout  # the diff comes from a real render


def test_another_spec_or_tool_takes_the_full_path(capsys: pytest.CaptureFixture[str], spec: Path, tmp_path: Path,
                                                  renders: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    assert _cli(capsys, "generate", spec, out)[0] == 0
    spec.write_text(SPEC.replace("The colour.", "The colour as the owner sees it."))
    code, stdout, _ = _cli(capsys, "check", spec, out)
    assert code == 1 and "as the owner sees it" in stdout and len(renders) == 2
    assert _cli(capsys, "generate", spec, out)[0] == 0 and len(renders) == 3
    assert _cli(capsys, "check", spec, out)[0] == 0 and len(renders) == 3

    # an edited template or tool source changes the fingerprint: the recorded generation is not trusted
    monkeypatch.setattr(resources, "tool_fingerprint", lambda: "0" * 64)
    assert _cli(capsys, "check", spec, out)[0] == 0 and len(renders) == 4
    assert _cli(capsys, "generate", spec, out)[0] == 0 and len(renders) == 5
    assert _cli(capsys, "check", spec, out)[0] == 0 and len(renders) == 5  # recorded anew


@pytest.mark.parametrize("change", ["drop-inputs", "garbage-inputs", "drop-validation", "old-generator"])
def test_a_manifest_that_is_not_what_this_run_writes_takes_the_full_path(
        capsys: pytest.CaptureFixture[str], spec: Path, tmp_path: Path, renders: list[str], change: str) -> None:
    out = tmp_path / "out"
    assert _cli(capsys, "generate", spec, out)[0] == 0
    written = _tree(out)
    data = json.loads((out / MANIFEST_NAME).read_text())
    if change == "drop-inputs":
        del data["inputs"]
    elif change == "garbage-inputs":
        data["inputs"] = "not a hash"
    elif change == "drop-validation":
        del data["validation"]
    else:
        data["generator"] = "0.0.1"
    (out / MANIFEST_NAME).write_text(json.dumps(data, sort_keys=True, indent=1) + "\n")
    assert _cli(capsys, "generate", spec, out)[0] == 0 and len(renders) == 2
    assert _tree(out) == written  # the full path wrote the manifest back as it was


def test_the_fingerprint_covers_every_source_and_template_byte(tmp_path: Path) -> None:
    package, templates = tmp_path / "generator", tmp_path / "templates"
    (package / "__pycache__").mkdir(parents=True)
    (templates / "python").mkdir(parents=True)
    (package / "a.py").write_text("x = 1\n")
    (templates / "python" / "t.jinja").write_text("{{ x }}\n")
    base = resources.fingerprint_of([(package, "generator"), (templates, "templates")])
    (package / "__pycache__" / "a.cpython-311.pyc").write_bytes(b"\0")
    (package / "notes.txt").write_text("not code")
    assert resources.fingerprint_of([(package, "generator"), (templates, "templates")]) == base
    (templates / "python" / "t.jinja").write_text("{{ y }}\n")
    assert resources.fingerprint_of([(package, "generator"), (templates, "templates")]) != base
    (templates / "python" / "t.jinja").write_text("{{ x }}\n")
    (package / "b.py").write_text("")
    assert resources.fingerprint_of([(package, "generator"), (templates, "templates")]) != base
    assert len(resources.tool_fingerprint()) == 64
