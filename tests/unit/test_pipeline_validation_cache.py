"""The manifest records openapi-spec-validator's findings; an unchanged spec is not validated again.

`generate` and `check` skip the validator when the manifest's `validation`
entry names the current spec hash, validator version and tool version, and
report the recorded findings instead: stdout, stderr and every byte written
must be what an uncached run gives.  A changed spec, `--no-cache`, other
versions or an entry of the wrong shape all mean validating again; the
`validate` command always validates.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import generator
from generator.cli import main
from generator.diagnostics import Diagnostic, Level
from generator.options import MANIFEST_NAME
from generator.output import manifest as mf
from generator.validate import TOLERABLE, background
from generator.validate.record import ValidationRecord, validator_id

REPO = Path(__file__).resolve().parents[2]
ORDERS_JSON = REPO / ".." / "shared" / "specs" / "voucherify-orders.json"

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
        colour: {type: string, enum: []}
"""


@pytest.fixture
def runs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Counts the validator runs (each starts a `background` job)."""
    started: list[str] = []
    real = background.start

    def counting(document: dict, version: str, *, fork: bool = True) -> background.Job:
        started.append(version)
        return real(document, version, fork=fork)

    monkeypatch.setattr(background, "start", counting)
    return started


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def _cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _generate(capsys: pytest.CaptureFixture[str], spec: Path, out: Path, *extra: str) -> tuple[int, str, str]:
    return _cli(capsys, "generate", str(spec), "-o", str(out), "--package-name", "things", "-j", "1", *extra)


def _check(capsys: pytest.CaptureFixture[str], spec: Path, out: Path, *extra: str) -> tuple[int, str, str]:
    return _cli(capsys, "check", str(spec), "-o", str(out), "--package-name", "things", "-j", "1", *extra)


def _manifest(out: Path) -> dict:
    return json.loads((out / MANIFEST_NAME).read_text())


def _edit_manifest(out: Path, change) -> None:  # type: ignore[no-untyped-def]
    data = _manifest(out)
    change(data)
    (out / MANIFEST_NAME).write_text(json.dumps(data, sort_keys=True, indent=1) + "\n")


@pytest.fixture
def spec(tmp_path: Path) -> Path:
    path = tmp_path / "things.yaml"
    path.write_text(SPEC)
    return path


def test_the_manifest_records_the_findings(capsys: pytest.CaptureFixture[str], spec: Path, tmp_path: Path,
                                           runs: list[str]) -> None:
    out = tmp_path / "out"
    code, _, err = _generate(capsys, spec, out)
    assert code == 0 and runs == ["3.0"]
    assert "things.yaml:17:7: /components/schemas/Thing/required: warning: `required` is an empty list" in err
    data = _manifest(out)
    record = data["validation"]
    assert record["spec"] == data["spec"] and record["tool"] == generator.__version__
    assert record["validator"] == validator_id() and "openapi-spec-validator" in record["validator"]
    assert [(f["level"], f["code"], f["pointer"]) for f in record["findings"]] == [  # by pointer
        ("warning", TOLERABLE, "/components/schemas/Thing/properties/colour/enum"),
        ("warning", TOLERABLE, "/components/schemas/Thing/required"),
    ]
    assert all("line" not in json.dumps(f) for f in record["findings"])  # recorded unlocated


def test_cached_runs_print_and_write_exactly_what_uncached_runs_do(capsys: pytest.CaptureFixture[str], spec: Path,
                                                                   tmp_path: Path, runs: list[str]) -> None:
    cached, fresh = tmp_path / "cached", tmp_path / "fresh"
    first = _generate(capsys, spec, cached)
    assert len(runs) == 1
    again = _generate(capsys, spec, cached)
    assert len(runs) == 1, "the recorded validation was used"
    _generate(capsys, spec, fresh)
    _edit_manifest(fresh, lambda d: d.pop("validation"))  # the same run, but nothing recorded to reuse
    uncached = _generate(capsys, spec, fresh)
    assert len(runs) == 3
    assert first[0] == again[0] == uncached[0] == 0
    assert again[2] == first[2] == uncached[2] != ""  # stderr: the same warnings, located the same way
    assert again[1].replace(str(cached), "") == uncached[1].replace(str(fresh), "")
    assert _tree(cached) == _tree(fresh)
    # check on the up-to-date tree: cached and --no-cache give the same report
    clean = _check(capsys, spec, cached)
    assert len(runs) == 3
    clean_uncached = _check(capsys, spec, cached, "--no-cache")
    assert len(runs) == 4
    assert clean == clean_uncached and clean[0] == 0
    assert clean[2] == first[2]


def test_strict_fails_on_recorded_warnings_as_on_fresh_ones(capsys: pytest.CaptureFixture[str], spec: Path,
                                                            tmp_path: Path, runs: list[str]) -> None:
    out = tmp_path / "out"
    _generate(capsys, spec, out)
    before = _tree(out)
    cached = _generate(capsys, spec, out, "--strict")
    fresh = _generate(capsys, spec, out, "--strict", "--no-cache")
    assert cached == fresh and cached[0] == 2
    assert len(runs) == 2
    assert _tree(out) == before


def test_a_changed_spec_is_validated_again(capsys: pytest.CaptureFixture[str], spec: Path, tmp_path: Path,
                                           runs: list[str]) -> None:
    out = tmp_path / "out"
    _generate(capsys, spec, out)
    spec.write_text(SPEC.replace("colour: {type: string, enum: []}", "colour: {type: string}"))
    code, _, err = _generate(capsys, spec, out)
    assert code == 0 and len(runs) == 2
    assert "/enum" not in err and "/required: warning" in err
    assert [f["pointer"] for f in _manifest(out)["validation"]["findings"]] == ["/components/schemas/Thing/required"]
    spec.write_text(SPEC.replace("colour: {type: string, enum: []}", "colour: {type: strin}"))
    code, _, err = _check(capsys, spec, out)
    assert code == 2 and len(runs) == 3 and "strin" in err  # a real error, found because it validated


def test_no_cache_validates_again(capsys: pytest.CaptureFixture[str], spec: Path, tmp_path: Path,
                                  runs: list[str]) -> None:
    out = tmp_path / "out"
    first = _generate(capsys, spec, out)
    again = _generate(capsys, spec, out, "--no-cache")
    assert len(runs) == 2 and first[2] == again[2]


def test_other_validator_or_tool_versions_validate_again(capsys: pytest.CaptureFixture[str], spec: Path,
                                                         tmp_path: Path, runs: list[str],
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    import generator.validate as validate_module

    out = tmp_path / "out"
    _generate(capsys, spec, out)
    _edit_manifest(out, lambda d: d["validation"].update(validator="openapi-spec-validator 0.1.0, jsonschema 1.0"))
    _generate(capsys, spec, out)
    assert len(runs) == 2
    assert _manifest(out)["validation"]["validator"] == validator_id()  # rewritten with the current one
    monkeypatch.setattr(validate_module, "__version__", "99.0.0")
    _generate(capsys, spec, out)
    assert len(runs) == 3


@pytest.mark.parametrize("tamper", [
    pytest.param(lambda d: d.update(validation="garbage"), id="not-an-object"),
    pytest.param(lambda d: d.update(validation={"spec": d["spec"]}), id="keys-missing"),
    pytest.param(lambda d: d["validation"].update(spec="0" * 64), id="other-spec"),
    pytest.param(lambda d: d["validation"].update(spec=None), id="spec-not-a-string"),
    pytest.param(lambda d: d["validation"].update(findings={"a": 1}), id="findings-not-a-list"),
    pytest.param(lambda d: d["validation"]["findings"].append("x"), id="finding-not-an-object"),
    pytest.param(lambda d: d["validation"]["findings"][0].update(level="error"), id="an-error"),
    pytest.param(lambda d: d["validation"]["findings"][0].update(code="validator"), id="not-tolerable"),
    pytest.param(lambda d: d["validation"]["findings"][0].update(extra=1), id="unknown-key"),
    pytest.param(lambda d: d["validation"]["findings"][0].pop("hint"), id="missing-key"),
    pytest.param(lambda d: d["validation"]["findings"][0].update(message=["x"]), id="message-not-a-string"),
    pytest.param(lambda d: d["validation"]["findings"][0].update(message="\x1b[2Jforged\nline"), id="control-chars"),
    pytest.param(lambda d: d["validation"]["findings"][0].update(pointer="components"), id="not-a-pointer"),
])
def test_a_tampered_validation_entry_is_ignored(capsys: pytest.CaptureFixture[str], spec: Path, tmp_path: Path,
                                                runs: list[str], tamper) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "out"
    first = _generate(capsys, spec, out)
    good = _tree(out)
    _edit_manifest(out, tamper)
    again = _generate(capsys, spec, out)  # neither a crash nor a refusal: the spec is validated again
    assert len(runs) == 2
    assert again[0] == 0 and again[2] == first[2]
    assert _tree(out) == good  # the manifest is rewritten with the right record
    _edit_manifest(out, tamper)
    assert _check(capsys, spec, out)[2] == first[2] and len(runs) == 3


def test_a_manifest_that_is_not_json_validates_again(capsys: pytest.CaptureFixture[str], spec: Path, tmp_path: Path,
                                                     runs: list[str]) -> None:
    out = tmp_path / "out"
    first = _generate(capsys, spec, out)
    (out / MANIFEST_NAME).write_text('{"manifest": 1, "validation": ')
    code, stdout, err = _check(capsys, spec, out)
    assert code == 1 and len(runs) == 2 and err == first[2]  # drift (the manifest), reported after validating
    code, _, err = _generate(capsys, spec, out, "--force")
    assert code == 0 and len(runs) == 3 and err == first[2]


def test_a_record_naming_this_spec_is_trusted(capsys: pytest.CaptureFixture[str], spec: Path, tmp_path: Path,
                                              runs: list[str]) -> None:
    """What the lead accepted: a hand-made record can skip validation of the spec whose hash it names."""
    out = tmp_path / "out"
    _generate(capsys, spec, out)
    _edit_manifest(out, lambda d: d["validation"].update(findings=[]))
    code, _, err = _generate(capsys, spec, out)
    assert code == 0 and len(runs) == 1 and err == ""


def test_validate_never_uses_the_record(capsys: pytest.CaptureFixture[str], spec: Path, tmp_path: Path,
                                        runs: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.sdkgen]\nspec = "things.yaml"\noutput = "out"\n'
                                             'package-name = "things"\n')
    monkeypatch.chdir(tmp_path)
    assert _cli(capsys, "generate", "-j", "1")[0] == 0
    assert len(runs) == 1
    code, _, err = _cli(capsys, "validate")
    assert code == 2 and len(runs) == 2 and "/components/schemas/Thing/required: error" in err


def test_the_public_api_records_and_reuses_it_too(spec: Path, tmp_path: Path, runs: list[str]) -> None:
    out = tmp_path / "out"
    generator.generate(spec, out, package_name="things", jobs=1)
    assert "validation" in _manifest(out) and len(runs) == 1
    assert generator.check(spec, out, package_name="things", jobs=1).clean
    assert len(runs) == 1
    generator.generate(spec, out, package_name="things", jobs=1, use_cache=False)
    assert len(runs) == 2


def test_check_on_an_up_to_date_tree_does_not_import_the_validator(tmp_path: Path) -> None:
    out = tmp_path / "out"
    generator.generate(ORDERS_JSON, out, package_name="voucherify")
    probe = (
        "import sys\n"
        "from generator.cli import main\n"
        f"code = main(['check', {str(ORDERS_JSON)!r}, '-o', {str(out)!r}, '--package-name', 'voucherify'])\n"
        "print(code, sorted(m for m in sys.modules if m.split('.')[0] in "
        "('openapi_spec_validator', 'jsonschema', 'black') or m == 'generator.validate.background'))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, cwd=tmp_path,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    # neither the validator nor black was imported, and no validator child was forked (it would import them there)
    assert done.stdout.splitlines()[-1] == "0 []", done.stdout
    assert done.stderr.count("warning: `required` is an empty list") == 5
    again = subprocess.run([sys.executable, "-c", probe.replace("'check',", "'check', '--no-cache',")],
                           capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120)
    assert again.stderr == done.stderr
    assert "generator.validate.background" in again.stdout  # the control: --no-cache does validate


def test_record_round_trip_and_manifest_parse() -> None:
    finding = Diagnostic(Level.WARNING, "/a/required", "empty", None, code=TOLERABLE)
    record = ValidationRecord("c" * 64, validator_id(), generator.__version__, (finding,))
    assert ValidationRecord.from_data(json.loads(json.dumps(record.to_data()))) == record
    manifest = mf.build({}, spec_hash="c" * 64, package="p", generator_version="0", black_version="1",
                        format_id="f", validation=record)
    assert mf.parse(manifest.to_json().encode()).validation == record
    assert manifest.to_json() == mf.parse(manifest.to_json().encode()).to_json()  # deterministic
    # a record for another spec is not written; a garbage one leaves the rest of the manifest usable
    other = mf.build({}, spec_hash="d" * 64, package="p", generator_version="0", black_version="1",
                     format_id="f", validation=record)
    assert other.validation is None and "validation" not in other.to_json()
    data = json.loads(manifest.to_json())
    data["validation"] = [1, 2]
    parsed = mf.parse(json.dumps(data).encode())
    assert parsed.validation is None and parsed.package == "p"
    assert manifest.drift_view() == other.drift_view().replace("d" * 64, "c" * 64)
