"""The overlapped pipeline gives exactly what the sequential one gives.

openapi-spec-validator runs in a forked child while the IR is built, rendered
and formatted (issue 8); black workers start early and take rendered files
before validation is done.  None of that may change a message, an exit
status or a byte.
"""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

from generator import pipeline
from generator.cli import main
from generator.diagnostics import InputError
from generator.loader import load
from generator.options import Options
from generator.output.formatting import FormatPool, format_sources
from generator.validate import begin, validate
from generator.validate import background

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO / ".." / "shared" / "specs"
ORDERS_JSON = SHARED / "voucherify-orders.json"

BROKEN = """\
openapi: 3.0.3
info: {title: T, version: "1"}
paths:
  /a:
    get:
      operationId: getA
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {type: objekt, properties: {x: {type: string}}}
components:
  schemas:
    Thing: {type: object, required: []}
"""


def _messages(diagnostics) -> list[str]:  # type: ignore[no-untyped-def]
    return [d.render() for d in diagnostics]


@pytest.mark.parametrize("spec", [ORDERS_JSON, REPO / "spec" / "orders.yaml"])
def test_background_validation_reports_what_in_process_validation_does(spec: Path) -> None:
    loaded, _ = load(spec)
    expected = validate(loaded)
    job = begin(loaded, background=True)
    assert _messages(job.result()) == _messages(expected)


def test_background_validation_of_a_broken_spec(tmp_path: Path) -> None:
    spec = tmp_path / "broken.yaml"
    spec.write_text(BROKEN)
    loaded, _ = load(spec)
    expected = validate(loaded)
    assert any("objekt" in d.message for d in expected)
    assert _messages(begin(loaded, background=True).result()) == _messages(expected)


def test_a_killed_validator_child_is_replaced_by_validating_in_process() -> None:
    from generator.validate import spec_validator

    loaded, _ = load(ORDERS_JSON)
    expected = spec_validator.run(loaded.document, "3.0")
    assert expected[0], "the orders spec has validator findings (empty `required` lists)"
    job = background.start(loaded.document, "3.0")
    assert job._pid is not None  # really forked
    os.kill(job._pid, signal.SIGKILL)
    assert job.result() == expected


def test_cancel_stops_the_child() -> None:
    loaded, _ = load(ORDERS_JSON)
    job = background.start(loaded.document, "3.0")
    pid = job._pid
    job.cancel()
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)  # already reaped


def test_validation_errors_win_over_a_failing_speculative_render(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """The IR and render run before validation is done; their failures count only on a valid spec."""
    spec = tmp_path / "broken.yaml"
    spec.write_text(BROKEN)
    out = tmp_path / "out"
    options = Options(spec=spec, output=out, package_name="pkg")
    import generator.targets.python as target

    def boom(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("render exploded")

    monkeypatch.setattr(target, "render_package", boom)
    with pytest.raises(InputError) as info:
        pipeline.produce(options)
    loaded, load_diagnostics = load(spec)
    sequential = pipeline.run_front_end(spec)  # stops after validation, never renders
    assert isinstance(sequential, pipeline.Report)
    assert _messages(info.value.diagnostics) == _messages(sequential.items)
    # On a valid spec the render's failure is the run's failure, as before.
    with pytest.raises(RuntimeError, match="render exploded"):
        pipeline.produce(Options(spec=REPO / "spec" / "orders.yaml", output=out, package_name="pkg"))
    assert not out.exists()


def test_prefetched_formatting_gives_the_bytes_of_in_process_formatting() -> None:
    sources = {f"pkg/m{i:03}.py": f"class M{i}( object ):\n  x : int=( {i} )\n" * 40 for i in range(80)}
    sources["pkg/README.md"] = "not python ( )\n"
    single = format_sources(sources, jobs=1)
    pool = FormatPool(2).start()
    try:
        pool.prefetch({p: s for p, s in sources.items() if p < "pkg/m040"})
        changed = dict(sources)
        changed["pkg/m001.py"] = "y=( 1 )\n"  # text differs from what was prefetched: formatted anew
        out = format_sources(changed, jobs=1, pool=pool)
    finally:
        pool.close()
    assert out == {**single, "pkg/m001.py": "y = 1\n"}


def test_pool_and_no_pool_generate_identical_trees(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = REPO / "spec" / "orders.yaml"
    trees = []
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}"
        assert main(["generate", str(spec), "-o", str(out), "--package-name", "voucherify", "-j", jobs]) == 0
        trees.append({p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()})
        assert main(["check", str(spec), "-o", str(out), "--package-name", "voucherify", "-j", jobs]) == 0
    assert trees[0] == trees[1]
    assert capsys.readouterr().err.count("warning") == 0


@pytest.mark.parametrize(("size", "when"), [
    (1024, "later"),            # tiny: only if formatting turns out big (`prefetch`)
    (64 * 1024, "after-load"),  # mid-sized: after loading, black imported once and inherited
    (2 * 1024 * 1024, "now"),   # big: before loading, so the workers do not carry the spec
])
def test_when_the_black_pool_starts(tmp_path: Path, size: int, when: str) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_bytes(b"#" * size)
    pool = pipeline.early_format_pool(Options(spec=spec, output=tmp_path / "out", package_name="p", jobs=2))
    assert pool is not None
    try:
        assert (pool._executor is not None) == (when == "now")
        assert pool.start_after_loading == (when == "after-load")
    finally:
        pool.close()
    # with a manifest to use, no early start at all; with one core, no pool
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / ".sdkgen-manifest.json").write_text("{}")
    pool = pipeline.early_format_pool(Options(spec=spec, output=tmp_path / "out", package_name="p", jobs=2))
    assert pool is not None and pool._executor is None and not pool.start_after_loading
    assert pipeline.early_format_pool(Options(spec=spec, output=tmp_path / "x", package_name="p", jobs=1)) is None


def test_a_pool_started_after_loading_formats_what_in_process_black_does(tmp_path: Path) -> None:
    spec = REPO / "spec" / "orders.yaml"
    pool = pipeline.early_format_pool(Options(spec=spec, output=tmp_path / "out", package_name="voucherify", jobs=2))
    assert pool is not None and pool.start_after_loading
    try:
        rendered = pipeline.produce(Options(spec=spec, output=tmp_path / "out", package_name="voucherify", jobs=2), pool)
        assert pool._executor is not None  # started by the front end, and fed by the render
        py = {p: s for p, s in rendered.files.items() if p.endswith(".py")}
        assert format_sources(py, jobs=2, pool=pool) == format_sources(py, jobs=1)
    finally:
        pool.close()


def test_the_validator_child_finds_the_same_without_requests(tmp_path: Path) -> None:
    """The child makes `import requests` fail (jsonschema_path then uses urllib); the findings are the same.

    In a fresh interpreter, so that the child really imports the validator itself.
    """
    probe = (
        "import sys\n"
        "from generator.loader import load\n"
        "from generator.validate import background, spec_validator\n"
        f"loaded, _ = load({str(ORDERS_JSON)!r})\n"
        "job = background.start(loaded.document, '3.0')\n"
        "assert job._pid is not None\n"
        "in_child = job.result()\n"
        "assert 'openapi_spec_validator' not in sys.modules\n"
        "in_parent = spec_validator.run(loaded.document, '3.0')\n"
        "assert 'requests' in sys.modules and sys.modules['requests'] is not None\n"
        "assert in_child == in_parent and in_child[0], (in_child, in_parent)\n"
        "print('same', len(in_child[0]))\n"
    )
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=tmp_path, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("same ")
