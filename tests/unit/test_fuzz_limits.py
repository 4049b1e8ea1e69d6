"""Resource bombs (issue 7): refused or handled in under 10 s with bounded memory, measured in a fresh process.

Each input runs `python -m generator validate` in a child process that
reports its own peak RSS (`resource.getrusage(RUSAGE_SELF).ru_maxrss`) and
runs under an address-space limit, so a runaway input fails the test instead
of hurting the machine.  tests/unit/test_loader.py pins the messages for the
list-shaped alias bomb and 100,000 levels of JSON nesting; this file adds the
50 MB versions, YAML's own nesting and merge keys, and wide documents, and
checks time and memory rather than messages.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
HEAD_JSON = '{"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {}, '
HEAD_YAML = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n"
SECONDS = 10
#: peak RSS allowed (the interpreter with the generator imported is about 60 MB; a 50 MB file may be held a few times)
PEAK_MB = 1024
ADDRESS_SPACE = 4 * 1024**3

RUNNER = """
import resource, sys
resource.setrlimit(resource.RLIMIT_AS, ({limit}, {limit}))
from generator.cli import main
code = main(sys.argv[1:])
sys.stderr.flush()
# VmHWM is this process's own peak; ru_maxrss would keep the (possibly huge)
# peak of the pytest process that forked us, since Linux carries it over exec
peak_kb = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM:"))
print("\\n@@PEAK@@", peak_kb // 1024)
sys.exit(code)
"""


def _measure(spec: Path) -> tuple[int, str, float, int | None]:
    started = time.monotonic()
    try:
        proc = subprocess.run([sys.executable, "-c", RUNNER.format(limit=ADDRESS_SPACE), "validate", str(spec)],
                              cwd=spec.parent, capture_output=True, text=True, timeout=120,
                              env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO), "HOME": str(spec.parent)})
    except subprocess.TimeoutExpired:
        pytest.fail(f"validate {spec.name} ran for more than 120 s")
    elapsed = time.monotonic() - started
    peak = int(proc.stdout.rsplit("@@PEAK@@", 1)[1]) if "@@PEAK@@" in proc.stdout else None
    return proc.returncode, proc.stderr, elapsed, peak


def _assert_bounded(spec: Path, *, refused: bool) -> str:
    code, stderr, elapsed, peak = _measure(spec)
    assert code >= 0, f"the process died of signal {-code} ({spec.stat().st_size:,} byte input)"
    assert "Traceback" not in stderr and "MemoryError" not in stderr, stderr[-2000:]
    if refused:
        assert code == 2, stderr[-2000:]
        assert ": error: " in stderr
    else:
        assert code in (0, 2), stderr[-2000:]
    # refusals must be quick (issue 7: under 10 s); accepted big inputs get more room,
    # since they go through validation too and the suite may share the machine
    limit = SECONDS if refused else 3 * SECONDS
    assert elapsed < limit, f"took {elapsed:.1f} s"
    assert peak is not None and peak < PEAK_MB, f"peak RSS {peak} MB"
    return stderr


def test_50mb_deeply_nested_json_is_refused_quickly(tmp_path: Path) -> None:
    n = 25_000_000
    spec = tmp_path / "deep.json"
    spec.write_text(HEAD_JSON + '"x": ' + "[" * n + "]" * n + "}")
    assert spec.stat().st_size >= 50_000_000
    assert "nested too deeply" in _assert_bounded(spec, refused=True)


def test_50mb_deeply_nested_json_objects_are_refused_quickly(tmp_path: Path) -> None:
    n = 8_500_000
    spec = tmp_path / "deepobj.json"
    spec.write_text(HEAD_JSON + '"x": ' + '{"a":' * n + "1" + "}" * n + "}")
    assert "nested too deeply" in _assert_bounded(spec, refused=True)


@pytest.mark.parametrize("depth", [30_000, 12_000_000])
def test_deeply_nested_yaml_flow_collections_are_refused(tmp_path: Path, depth: int) -> None:
    """YAML's own syntax (not JSON in a .yaml file): `x: [[[[...]]]]`."""
    spec = tmp_path / "deep.yaml"
    spec.write_text(HEAD_YAML + "x: " + "[" * depth + "]" * depth + "\n")
    assert "nested too deeply" in _assert_bounded(spec, refused=True)


def test_deeply_nested_yaml_block_mappings_are_refused(tmp_path: Path) -> None:
    spec = tmp_path / "block.yaml"
    spec.write_text(HEAD_YAML + "x:\n" + "".join(" " * i + "a:\n" for i in range(1, 5000)) + " " * 5000 + "a: 1\n")
    _assert_bounded(spec, refused=True)


def test_yaml_merge_key_alias_bomb_is_refused(tmp_path: Path) -> None:
    """Billion laughs through `<<:` merge keys rather than lists."""
    lines = ["x-0: &a0 {k0: v}"]
    lines += [f"x-{i}: &a{i} {{<<: [*a{i - 1}, *a{i - 1}], k{i}: v}}" for i in range(1, 40)]
    spec = tmp_path / "merge.yaml"
    spec.write_text(HEAD_YAML + "\n".join(lines) + "\n")
    assert "alias" in _assert_bounded(spec, refused=True)


def test_alias_bomb_of_long_strings_is_refused(tmp_path: Path) -> None:
    """Few nodes, many bytes: one 1 MB string aliased a thousand times per level."""
    lines = ["x-0: &s0 '" + "a" * 1_000_000 + "'", "x-1: &s1 [" + ", ".join(["*s0"] * 1000) + "]",
             "x-2: &s2 [" + ", ".join(["*s1"] * 1000) + "]"]
    spec = tmp_path / "strings.yaml"
    spec.write_text(HEAD_YAML + "\n".join(lines) + "\n")
    _assert_bounded(spec, refused=True)


def test_50mb_wide_json_is_handled(tmp_path: Path) -> None:
    spec = tmp_path / "wide.json"
    spec.write_text(HEAD_JSON + '"x-data": [' + ", ".join(map(str, range(6_500_000))) + "]}")
    assert spec.stat().st_size >= 50_000_000
    _assert_bounded(spec, refused=False)


def test_50mb_wide_yaml_is_handled_or_refused_quickly(tmp_path: Path) -> None:
    spec = tmp_path / "wide.yaml"
    spec.write_text(HEAD_YAML + "x-data:\n" + "".join(f"- {i}\n" for i in range(5_200_000)))
    assert spec.stat().st_size >= 45_000_000
    _assert_bounded(spec, refused=False)


def test_50mb_string_is_handled(tmp_path: Path) -> None:
    spec = tmp_path / "string.json"
    spec.write_text(HEAD_JSON + '"x-s": "' + "\\u2028\\\"" * 4_000_000 + "a" * 10_000_000 + '"}')
    _assert_bounded(spec, refused=False)


@pytest.mark.parametrize("suffix", [".json", ".yaml"])
def test_an_integer_longer_than_python_parses_is_refused(tmp_path: Path, suffix: str) -> None:
    """Python refuses to parse integers over 4,300 digits (CVE-2020-10735); the loader must say so, not crash."""
    spec = tmp_path / f"bigint{suffix}"
    digits = "9" * 5000
    spec.write_text(HEAD_JSON + f'"x-n": {digits}}}' if suffix == ".json" else HEAD_YAML + f"x-n: {digits}\n")
    stderr = _assert_bounded(spec, refused=True)
    assert f"{spec.name}:" in stderr  # names the file (and the position)
