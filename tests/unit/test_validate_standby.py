"""The validator child forked at the start of a command (`background.Standby`, `standby.early_validation`).

It loads the spec itself and imports openapi-spec-validator while the run
imports its modules and loads the spec; the run hands it over or kills it.
None of that may change a finding, its order or an exit status, leave a
child behind, or print anything.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from generator import pipeline, standby
from generator.cli import main
from generator.loader import load
from generator.options import Options
from generator.validate import background, begin, validate
from test_pipeline_overlap import BROKEN  # a spec the validator rejects (and our checks do not)

REPO = Path(__file__).resolve().parents[2]
ORDERS_JSON = REPO / ".." / "shared" / "specs" / "voucherify-orders.json"
ORDERS_YAML = REPO / "spec" / "orders.yaml"


#: a spec of two files: its content hash covers both
MAIN = """\
openapi: 3.0.3
info: {title: Two files, version: "1"}
paths:
  /things:
    get:
      operationId: listThings
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "thing.yaml#/Thing"}
"""
THING = "Thing: {type: object, required: [], properties: {name: {type: string}}}\n"


def _messages(diagnostics) -> list[str]:  # type: ignore[no-untyped-def]
    return [d.render() for d in diagnostics]


def _reaped(pid: int) -> bool:
    """True when `pid` is no child of ours any more (it was reaped: no zombie left)."""
    try:
        os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        return True
    return False


@pytest.fixture
def standbys(monkeypatch: pytest.MonkeyPatch) -> list[background.Standby]:
    """Every standby the pipeline forks, with its child's pid kept in `first_pid`."""
    made: list[background.Standby] = []

    class Recording(background.Standby):
        def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
            super().__init__(*args, **kwargs)
            self.first_pid = self.pid
            self.handed_over = False
            made.append(self)

        def hand_over(self, version: str, content_hash: str) -> background.Child | None:
            child = super().hand_over(version, content_hash)
            self.handed_over = child is not None
            return child

    monkeypatch.setattr(background, "Standby", Recording)
    return made


@pytest.mark.parametrize("spec", [ORDERS_JSON, ORDERS_YAML, "broken"])
def test_a_standby_reports_what_in_process_validation_does(spec: Path | str, tmp_path: Path) -> None:
    if spec == "broken":
        spec = tmp_path / "broken.yaml"
        spec.write_text(BROKEN)
    assert isinstance(spec, Path)
    standby = background.Standby(spec)
    pid = standby.pid
    assert pid is not None
    loaded, _ = load(spec)
    expected = validate(loaded)
    validation = begin(loaded, background=True, standby=standby)
    standby.cancel()  # a no-op: it was handed over
    assert validation._job is not None and validation._job._pid == pid  # the standby's child validates
    assert _messages(validation.result()) == _messages(expected)
    assert expected or spec == ORDERS_YAML, "the other two have findings"
    assert _reaped(pid)


def test_cancel_kills_and_reaps_the_standby() -> None:
    standby = background.Standby(ORDERS_JSON)
    pid = standby.pid
    assert pid is not None
    standby.cancel()
    assert _reaped(pid)
    standby.cancel()  # harmless again
    assert standby.hand_over("3.0", "0" * 64) is None


def test_a_dead_standby_is_replaced_by_a_fresh_child() -> None:
    standby = background.Standby(ORDERS_JSON)
    assert standby.pid is not None
    os.kill(standby.pid, signal.SIGKILL)
    loaded, _ = load(ORDERS_JSON)
    validation = begin(loaded, background=True, standby=standby)
    job = validation._job
    assert job is not None and job._pid is not None and job._pid != standby.pid  # forked anew
    assert _messages(validation.result()) == _messages(validate(loaded))


def test_a_child_holding_another_document_sends_nothing_and_the_run_validates_itself() -> None:
    loaded, _ = load(ORDERS_JSON)
    standby = background.Standby(ORDERS_JSON)
    child = standby.hand_over("3.0", "0" * 64)  # not the hash of what the child loaded
    assert child is not None
    job = background.start(loaded.document, "3.0", fork=child)
    from generator.validate import spec_validator

    assert job.result() == spec_validator.run(loaded.document, "3.0")
    assert _reaped(child.pid)


def test_a_spec_changed_after_the_child_loaded_it_gives_the_findings_of_the_new_one(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(BROKEN)
    standby = background.Standby(spec)
    time.sleep(0.3)  # most likely loaded by now; either way the findings must be the new spec's
    spec.write_text(BROKEN.replace("objekt", "strin"))
    loaded, _ = load(spec)
    validation = begin(loaded, background=True, standby=standby)
    standby.cancel()
    found = _messages(validation.result())
    assert found == _messages(validate(loaded))
    assert any("strin" in m for m in found) and not any("objekt" in m for m in found)


def test_cli_findings_and_order_are_those_of_a_run_without_standby(capsys: pytest.CaptureFixture[str],
                                                                   standbys: list[background.Standby],
                                                                   tmp_path: Path) -> None:
    spec = tmp_path / "broken.yaml"
    spec.write_text(BROKEN)
    for command in ("validate", "generate", "check"):
        args = [command, str(spec)] + (["-o", str(tmp_path / "out"), "-j", "1"] if command != "validate" else [])
        assert main(args) == 2
        err = capsys.readouterr().err
        sequential = pipeline.run_front_end(spec, validate_only=command == "validate")
        assert isinstance(sequential, pipeline.Report)
        items = sequential.items
        if command == "validate":
            from generator.validate import for_validate_command

            items = for_validate_command(items)
        assert err.splitlines()[: len(items)] == _messages(items)
    assert len(standbys) == 3 and all(s.handed_over for s in standbys)
    assert all(_reaped(s.first_pid) for s in standbys if s.first_pid is not None)
    assert not (tmp_path / "out").exists()


def test_bad_input_and_exceptions_kill_the_standby(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                   standbys: list[background.Standby],
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("openapi: 3.0.3\ninfo: [unclosed\n")
    assert main(["generate", str(bad), "-o", str(tmp_path / "out"), "-j", "1"]) == 2
    assert "YAML syntax error" in capsys.readouterr().err
    import generator.ir.build as build

    def boom(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("the IR builder exploded")

    monkeypatch.setattr(build, "build_ir", boom)
    with pytest.raises(RuntimeError, match="exploded"):
        main(["generate", str(ORDERS_YAML), "-o", str(tmp_path / "out"), "-j", "1"])
    assert len(standbys) == 2
    assert all(s.first_pid is not None and _reaped(s.first_pid) for s in standbys)
    assert not standbys[0].handed_over


def test_no_standby_when_the_recorded_validation_will_be_used(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                              standbys: list[background.Standby],
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    args = [str(ORDERS_JSON), "-o", str(out), "--package-name", "voucherify", "-j", "1"]
    assert main(["generate", *args]) == 0
    first = capsys.readouterr()
    assert len(standbys) == 1 and standbys[0].handed_over
    started: list[str] = []
    real = background.start
    monkeypatch.setattr(background, "start", lambda d, v, **kw: started.append(v) or real(d, v, **kw))
    assert main(["check", *args]) == 0
    assert main(["generate", *args]) == 0
    assert len(standbys) == 1 and started == []  # told before loading: no child, no validator
    assert capsys.readouterr().err == first.err + first.err  # the recorded findings, located the same way
    assert main(["check", "--no-cache", *args]) == 0
    assert len(standbys) == 2 and standbys[1].handed_over and started == ["3.0"]


def test_a_multi_file_spec_with_a_usable_record_kills_its_standby_after_loading(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, standbys: list[background.Standby],
        monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "main.yaml").write_text(MAIN)
    (tmp_path / "thing.yaml").write_text(THING)
    out = tmp_path / "out"
    args = [str(tmp_path / "main.yaml"), "-o", str(out), "--package-name", "two", "-j", "1"]
    assert main(["generate", *args]) == 0
    first = capsys.readouterr().err
    assert "/required: warning" in first
    started: list[str] = []
    real = background.start
    monkeypatch.setattr(background, "start", lambda d, v, **kw: started.append(v) or real(d, v, **kw))
    assert main(["generate", *args]) == 0
    assert capsys.readouterr().err == first
    # the hash covers both files, so it could not be told before loading: forked, then killed, never handed over
    assert len(standbys) == 2 and not standbys[1].handed_over and started == []
    assert standbys[1].first_pid is not None and _reaped(standbys[1].first_pid)


def test_the_prediction_agrees_with_the_loaders_hash(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`standby.record_will_be_used` hashes the spec file as the loader does, with and without --ref-root."""
    folder = tmp_path / "specs" / "inner"
    folder.mkdir(parents=True)
    spec = folder / "spec.yaml"
    spec.write_text(BROKEN.replace("objekt", "object"))
    for ref_root in (None, tmp_path / "specs"):
        out = tmp_path / f"out-{ref_root is None}"
        extra = ["--ref-root", str(ref_root)] if ref_root is not None else []
        assert not standby.record_will_be_used(spec, ref_root, out)  # no manifest yet
        assert main(["generate", str(spec), "-o", str(out), "-j", "1", *extra]) == 0
        assert standby.record_will_be_used(spec, ref_root, out)
        other = tmp_path / "specs" if ref_root is None else None  # another ref root: another hash
        assert not standby.record_will_be_used(spec, other, out)
    spec.write_text(spec.read_text() + "\n")
    assert not standby.record_will_be_used(spec, None, tmp_path / "out-True")
    capsys.readouterr()


def test_children_never_write_to_our_stdout_or_stderr(tmp_path: Path) -> None:
    """In a fresh interpreter whose validator prints on both streams: none of it reaches the run's output."""
    probe = (
        "import os, sys\n"
        "from generator.validate import spec_validator\n"
        "real = spec_validator.run\n"
        "def noisy(*args, **kwargs):\n"
        "    print('CHILD-STDOUT', flush=True); print('CHILD-STDERR', file=sys.stderr, flush=True)\n"
        "    os.write(1, b'CHILD-FD1'); os.write(2, b'CHILD-FD2')\n"
        "    return real(*args, **kwargs)\n"
        "spec_validator.run = noisy\n"
        "from generator.cli import main\n"
        f"code = main(['generate', {str(ORDERS_JSON)!r}, '-o', {str(tmp_path / 'out')!r}, '-j', '1'])\n"
        f"code2 = main(['validate', {str(ORDERS_JSON)!r}])\n"
        "print('codes', code, code2)\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=tmp_path, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(REPO)})
    assert "codes 0 2" in done.stdout, done.stderr
    assert "CHILD" not in done.stdout + done.stderr
    assert done.stderr.count("`required` is an empty list") == 10


def test_a_waiting_standby_leaves_when_its_parent_is_gone(tmp_path: Path) -> None:
    probe = (
        "import os\n"
        "from generator.validate import background\n"
        f"standby = background.Standby(__import__('pathlib').Path({str(ORDERS_JSON)!r}))\n"
        "print(standby.pid, flush=True)\n"
        "os._exit(0)  # no cancel, no hand-over\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=tmp_path, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(REPO)})
    pid = int(done.stdout.split()[0])
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and _alive(pid):
        time.sleep(0.1)
    assert not _alive(pid)


def _alive(pid: int) -> bool:
    """The process exists and is not a zombie (an orphan's zombie is its new parent's to reap)."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return text[text.rindex(")") + 2] not in "ZX"


def test_early_validation_matches_the_front_end_it_was_forked_for(tmp_path: Path,
                                                                   standbys: list[background.Standby]) -> None:
    """A front end for another spec, ref root or manifest does not take the child; the block's end kills it."""
    options = Options(spec=ORDERS_YAML, output=tmp_path / "out", package_name="p")
    with standby.early_validation(options, use_manifest=True):
        assert standby.take_standby(ORDERS_YAML, None, None) is None  # another manifest
        assert standby.take_standby(ORDERS_JSON, None, tmp_path / "out") is None
        front = pipeline.front_end_or_raise(options, use_manifest=True)
        assert standby.take_standby(ORDERS_YAML, None, tmp_path / "out") is None  # taken once
    assert front.api.operations
    assert len(standbys) == 1 and standbys[0].handed_over
    with standby.early_validation(options, use_manifest=False):
        pass
    assert len(standbys) == 2 and not standbys[1].handed_over
    assert all(s.first_pid is not None and _reaped(s.first_pid) for s in standbys)
