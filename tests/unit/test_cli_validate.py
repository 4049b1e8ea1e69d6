"""`validate` through the CLI: every broken input in tests/invalid/ gets its one clear message.

Each case folder holds a broken spec (`spec.*`, or the arguments in `args.txt`)
and `expected.txt`, the exact diagnostic lines (`FILE:LINE:COL: <pointer>:
level: message (hint)`) the command must print.  The command runs in the
case folder so file names are short and machine independent.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from generator.cli import main

REPO = Path(__file__).resolve().parents[2]
INVALID = REPO / "tests" / "invalid"
SPECS = REPO / ".." / "shared" / "specs"
CASES = sorted(p.name for p in INVALID.iterdir() if (p / "expected.txt").is_file())


def _args(case: Path) -> list[str]:
    args = case / "args.txt"
    if args.is_file():
        return args.read_text().split()
    specs = sorted(p.relative_to(case).as_posix() for p in case.rglob("spec.*"))
    assert len(specs) == 1, f"{case.name}: exactly one spec.* expected, found {specs}"
    return specs


def _diagnostic_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines()
            if line and not line.startswith("sdkgen: ") and ": invalid (" not in line]


def test_corpus_covers_every_bad_input_the_issues_name() -> None:
    required = {"binary-file", "empty-file", "yaml-list", "json-syntax-error", "yaml-indentation-error",
                "swagger-2", "missing-info-version", "unresolved-local-ref", "unresolved-external-ref",
                "ref-loop", "duplicate-operation-id", "missing-file", "directory", "yaml-alias-bomb",
                "undeclared-path-parameter", "remote-ref", "ref-outside-root"}
    assert required <= set(CASES)


@pytest.mark.parametrize("name", CASES)
def test_invalid_spec_message(name: str, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]) -> None:
    case = INVALID / name
    monkeypatch.chdir(case)
    before = sorted(p.relative_to(case) for p in case.rglob("*"))
    code = main(["validate", *_args(case)])
    out, err = capfd.readouterr()
    assert code == 2
    expected = (case / "expected.txt").read_text().splitlines()
    assert _diagnostic_lines(err) == expected
    assert "Traceback" not in err and "Traceback" not in out
    assert sorted(p.relative_to(case) for p in case.rglob("*")) == before  # nothing written


@pytest.mark.parametrize("name", ["yaml-alias-bomb", "binary-file", "ref-loop-files", "json-syntax-error"])
def test_invalid_spec_in_a_fresh_process(name: str) -> None:
    """The real entry point: exit 2, the message, no traceback, quickly."""
    case = INVALID / name
    started = time.monotonic()
    proc = subprocess.run([sys.executable, "-m", "generator", "validate", *_args(case)], cwd=case,
                          capture_output=True, text=True, timeout=60,
                          env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"})
    assert proc.returncode == 2, proc.stderr
    assert _diagnostic_lines(proc.stderr) == (case / "expected.txt").read_text().splitlines()
    assert "Traceback" not in proc.stderr
    assert time.monotonic() - started < 10


def test_debug_flag_shows_the_traceback_and_still_exits_2(monkeypatch: pytest.MonkeyPatch,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(INVALID / "empty-file")
    assert main(["--debug", "validate", "spec.yaml"]) == 2  # bad input, not a crash of the tool
    err = capsys.readouterr().err
    assert "Traceback (most recent call last)" in err and "InputError" in err
    assert "the file is empty" in err.splitlines()[-2]  # the report follows the traceback


def test_voucherify_orders_empty_required_fails_validate_naming_customer_id() -> None:
    spec = SPECS / "voucherify-orders.json"
    proc = subprocess.run([sys.executable, "-m", "generator", "validate", str(spec)], cwd=REPO,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2
    text = spec.read_text()
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.strip() == '"CustomerId": {')
    required_line = next(i for i in range(start, len(lines)) if lines[i].strip().startswith('"required": []')) + 1
    column = lines[required_line - 1].index('"required"') + 1
    expected = (f"{spec}:{required_line}:{column}: /components/schemas/CustomerId/required: error: "
                "`required` is an empty list")
    assert any(line.startswith(expected) for line in proc.stderr.splitlines()), proc.stderr
    assert "Traceback" not in proc.stderr


def test_tolerable_findings_are_warnings_that_strict_turns_into_errors(tmp_path: Path,
                                                                      capfd: pytest.CaptureFixture[str]) -> None:
    from generator import pipeline
    from generator.diagnostics import Level, Report

    spec = tmp_path / "spec.yaml"
    spec.write_text("openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths: {}\n"
                    "components:\n  schemas:\n    Thing:\n      type: object\n      required: []\n")
    report = pipeline.run_front_end(spec, validate_only=True)
    assert isinstance(report, Report)
    assert [(d.level, d.pointer, d.code) for d in report] == [
        (Level.WARNING, "/components/schemas/Thing/required", "validator-tolerable")]
    assert str(report.items[0].location) == f"{spec}:8:7"
    assert not report.has_errors() and report.has_errors(strict=True)
    assert main(["validate", str(spec)]) == 2  # `validate` fails on every validator finding
    assert "error: `required` is an empty list" in capfd.readouterr().err


def test_valid_multifile_spec_exits_0(capfd: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(REPO / "tests" / "specs" / "multifile" / "openapi.yaml")]) == 0
    out, err = capfd.readouterr()
    assert "valid (0 warning(s))" in out
    assert err == ""


def test_ref_root_allows_a_folder_above_the_spec(monkeypatch: pytest.MonkeyPatch,
                                                 capfd: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "shared").mkdir()
    (tmp_path / "shared" / "order.yaml").write_text("type: object\nproperties:\n  id: {type: string}\n")
    (tmp_path / "api").mkdir()
    spec = tmp_path / "api" / "spec.yaml"
    spec.write_text("openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths: {}\n"
                    "components:\n  schemas:\n    Order:\n      $ref: ../shared/order.yaml\n")
    monkeypatch.chdir(tmp_path)
    assert main(["validate", "api/spec.yaml"]) == 2
    assert "points outside the allowed folder 'api'" in capfd.readouterr().err
    assert main(["validate", "api/spec.yaml", "--ref-root", "."]) == 0


def test_orders_spec_is_valid(capfd: pytest.CaptureFixture[str]) -> None:
    spec = REPO / "spec" / "orders.yaml"
    assert main(["validate", str(spec)]) == 0, capfd.readouterr().err


def test_ir_on_voucherify_orders_succeeds_with_warnings_and_strict_fails(capfd: pytest.CaptureFixture[str]) -> None:
    spec = str(SPECS / "voucherify-orders.json")
    assert main(["ir", spec]) == 0
    out, err = capfd.readouterr()
    assert "/components/schemas/CustomerId/required: warning: `required` is an empty list" in err
    assert out.lstrip().startswith("{")
    assert main(["ir", "--strict", spec]) == 2
    _, err = capfd.readouterr()
    assert "CustomerId/required: warning" in err and "Traceback" not in err


def test_generate_says_when_the_package_name_is_changed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = REPO / "tests" / "specs" / "enums.yaml"
    assert main(["generate", str(spec), "-o", str(tmp_path / "a"), "--package-name", "b2sdk"]) == 0
    assert "note:" not in capsys.readouterr().err and (tmp_path / "a" / "b2sdk" / "__init__.py").is_file()
    assert main(["generate", str(spec), "-o", str(tmp_path / "b"), "--package-name", "EnumsSdk"]) == 0
    assert "note: the package is named 'enums_sdk', not 'EnumsSdk'" in capsys.readouterr().err
    assert (tmp_path / "b" / "enums_sdk" / "__init__.py").is_file()
