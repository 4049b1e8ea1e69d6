"""Issue 7: bad input gets one clear message per problem, even when the spec's own text is hostile.

The corpus in tests/invalid/ pins the message of each kind of broken spec;
these tests feed the *messages* hostile text: names with newlines and
terminal escapes (a message that prints them raw can forge extra lines or
rewrite a CI log), YAML tags that would construct Python objects, numbers
Python refuses to parse, path templates the validator chokes on.  Every
answer: exit 2, no traceback, nothing written, nothing executed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
FORGED = "spec.json:1:1: /: error: FORGED everything is fine"
EVIL = f"a\n{FORGED}\x1b[2J\x1b[31m\r\u2028\x85\x00b"


def _generate(folder: Path, spec: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "generator", "generate", spec, "-o", "out", "--package-name", "p"],
                          cwd=folder, capture_output=True, text=True, timeout=60,
                          env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO), "HOME": str(folder)})


def _raw_controls(text: str) -> list[str]:
    return sorted({f"U+{ord(c):04X}" for c in text
                   if c != "\n" and (unicodedata.category(c) in ("Cc", "Zl", "Zp"))})


def test_names_cannot_forge_message_lines_or_send_terminal_escapes(tmp_path: Path) -> None:
    doc = {"openapi": "3.0.3", "info": {"title": "t", "version": "1"},
           "paths": {p: {"get": {"operationId": EVIL, "responses": {"200": {"description": "ok"}}}} for p in ("/x", "/y")},
           "components": {"schemas": {"S": {"type": "object", "properties": {
               EVIL: {"$ref": "#/components/schemas/Missing"}}}}}}
    (tmp_path / "spec.json").write_text(json.dumps(doc))
    proc = _generate(tmp_path, "spec.json")
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.split("\n")
    assert not any(line.startswith(FORGED) for line in lines), "a spec name forged a diagnostic line"
    assert _raw_controls(proc.stderr) == [], "spec text reached the terminal unescaped"
    assert len([line for line in lines if line]) == 3  # two problems and the summary, one line each
    assert not (tmp_path / "out").exists()


def test_yaml_python_tags_are_refused_not_constructed(tmp_path: Path) -> None:
    (tmp_path / "spec.yaml").write_text(
        "openapi: 3.0.3\ninfo:\n  title: !!python/object/apply:os.system ['touch PWNED']\n  version: '1'\n"
        "  x-a: !!python/name:os.system\n  x-b: !!python/object/new:pathlib.Path ['PWNED2']\npaths: {}\n")
    proc = _generate(tmp_path, "spec.yaml")
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    first = proc.stderr.split("\n")[0]
    assert first.startswith("spec.yaml:3:")
    assert "python/object/apply:os.system" in first
    assert not list(tmp_path.glob("PWNED*")) and not (tmp_path / "out").exists()


def test_unknown_yaml_tags_are_refused_or_kept_as_data(tmp_path: Path) -> None:
    (tmp_path / "spec.yaml").write_text(
        "openapi: 3.0.3\ninfo: {title: !custom 'x', version: '1'}\npaths: {}\nx-set: !!set {a, b}\n")
    proc = _generate(tmp_path, "spec.yaml")
    assert "Traceback" not in proc.stderr
    if proc.returncode == 2:
        assert proc.stderr.startswith("spec.yaml:2:")
    else:
        assert proc.returncode == 0, proc.stderr


@pytest.mark.parametrize("name", ["a*b", "a:b", "a!r", "x:>10", "\x85*\x15", "0", "a.b", "a[0]"])
def test_path_templates_with_format_syntax_generate_or_are_located(tmp_path: Path, name: str) -> None:
    """openapi-spec-validator parses `{name}` as a format string; names with format syntax must not confuse anyone."""
    doc = {"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {f"/things/{{{name}}}": {"get": {
        "parameters": [{"name": name, "in": "path", "required": True, "schema": {"type": "string"}}],
        "responses": {"200": {"description": "ok"}}}}}}
    (tmp_path / "spec.json").write_text(json.dumps(doc, indent=1))
    proc = _generate(tmp_path, "spec.json")
    assert "Traceback" not in proc.stderr
    if proc.returncode == 0:  # accepted: then it must have generated working code
        check = subprocess.run([sys.executable, "-c", "import p.api as a; [getattr(a, n) for n in a.__all__]"],
                               cwd=tmp_path / "out", capture_output=True, text=True, timeout=60)
        assert check.returncode == 0, check.stderr
        return
    assert proc.returncode == 2
    first = proc.stderr.split("\n")[0]
    assert f"/paths/~1things~1{{{name}}}" in first, f"the message does not point at the path: {first}"


def test_a_spec_folder_named_like_a_payload_is_fine(tmp_path: Path) -> None:
    """File names are data too: a spec in a folder named with quotes, Jinja and a newline still generates."""
    folder = tmp_path / "x\"'{{ 7*7 }} $(touch PWNED)\nname"
    folder.mkdir()
    (folder / "spec.yaml").write_text("openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n"
                                      "      operationId: getA\n      responses:\n        '200': {description: ok}\n")
    proc = _generate(folder, "spec.yaml")
    assert proc.returncode == 0, proc.stderr
    assert not list(tmp_path.rglob("PWNED"))
    assert os.path.isfile(folder / "out" / "p" / "__init__.py")


def test_a_value_nested_deeper_than_the_stages_can_walk_is_refused_without_a_traceback(tmp_path: Path) -> None:
    """The loader allows 1,000 levels; a later stage that runs out of stack first still answers clearly."""
    deep: object = 1
    for _ in range(600):
        deep = [deep]
    doc = {"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {},
           "components": {"schemas": {"A": {"type": "object", "properties": {"x": {"default": deep}}}}}}
    (tmp_path / "spec.json").write_text(json.dumps(doc))
    proc = _generate(tmp_path, "spec.json")
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    assert "nested too deeply" in proc.stderr and "$ref" in proc.stderr
    assert not (tmp_path / "out").exists()
