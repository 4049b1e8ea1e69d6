"""Loader limits (issue 7): special files, nesting depth, over-long integers and oversized YAML.

Each refusal is an `InputError` with one diagnostic naming the file and, where
there is one, the line and column.  tests/unit/test_fuzz_limits.py runs the
big versions in a child process (time, memory, no crash); these pin the
messages and positions in-process on small inputs.
"""

from __future__ import annotations

import json
import os
import signal
from pathlib import Path

import pytest

from generator.diagnostics import Diagnostic, InputError
from generator.loader import load, source, yaml_safe

REPO = Path(__file__).resolve().parents[2]
HEAD_YAML = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n"
HEAD_JSON = '{"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {},\n'


@pytest.fixture
def alarm():
    """Fail instead of hanging when a read blocks (a FIFO never ends)."""
    def fail(*_):
        raise TimeoutError("the loader blocked")
    previous = signal.signal(signal.SIGALRM, fail)
    signal.alarm(10)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


def _refusal(path: Path) -> Diagnostic:
    with pytest.raises(InputError) as info:
        load(path)
    (diagnostic,) = info.value.diagnostics
    return diagnostic


def _where(d: Diagnostic) -> tuple:
    assert d.location is not None
    return d.location.file, d.location.line, d.location.column


# ---------------------------------------------------------------- special files


def test_a_fifo_given_as_the_spec_is_refused_without_blocking(tmp_path: Path, alarm: None) -> None:
    os.mkfifo(tmp_path / "spec.yaml")
    d = _refusal(tmp_path / "spec.yaml")
    assert d.message == "this is a named pipe (FIFO), not a regular file; it is not read"
    assert _where(d) == (str(tmp_path / "spec.yaml"), None, None)


def test_a_device_given_as_the_spec_is_refused() -> None:
    d = _refusal(Path("/dev/null"))
    assert d.message == "this is a character device, not a regular file; it is not read"


def test_the_open_descriptor_is_checked_too(tmp_path: Path, alarm: None) -> None:
    """A regular file swapped for a FIFO between stat and open is refused on the descriptor, not read."""
    os.mkfifo(tmp_path / "pipe")
    with pytest.raises(source.SourceError) as info:
        source._read_bounded(tmp_path / "pipe")
    assert "named pipe" in info.value.message


def test_a_ref_to_a_fifo_is_an_unreadable_ref(tmp_path: Path, alarm: None) -> None:
    os.mkfifo(tmp_path / "pipe.yaml")
    (tmp_path / "spec.yaml").write_text(HEAD_YAML + "components:\n  schemas:\n    A: {$ref: 'pipe.yaml'}\n")
    loaded, diagnostics = load(tmp_path / "spec.yaml")
    (d,) = diagnostics
    assert d.pointer == "/components/schemas/A/$ref"
    assert d.message.endswith("pipe.yaml: this is a named pipe (FIFO), not a regular file; it is not read")
    assert _where(d.with_location(loaded.locate(d.pointer))) == (str(tmp_path / "spec.yaml"), 6, 9)


def test_a_file_over_the_size_limit_is_refused_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(source, "MAX_FILE_BYTES", 100)
    (tmp_path / "spec.json").write_text(HEAD_JSON + '"x": "' + "a" * 100 + '"}')
    assert "too large" in _refusal(tmp_path / "spec.json").message


# ---------------------------------------------------------------- nesting


def test_deep_yaml_flow_nesting_is_refused_where_it_crosses_the_limit(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(HEAD_YAML + "x: " + "[" * 30_000 + "]" * 30_000 + "\n")
    d = _refusal(spec)
    assert d.message == "the document is nested too deeply (more than 1,000 levels here)"
    # the document's mapping is level 1; the 1,000th bracket (column 4 + 999) is level 1,001
    assert _where(d) == (str(spec), 4, 1003)


def test_deep_compact_block_sequences_are_refused(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(HEAD_YAML + "x:\n  " + "- " * 5000 + "a\n")
    d = _refusal(spec)
    assert "nested too deeply" in d.message
    assert _where(d)[1] == 5


def test_quoted_brackets_do_not_count_as_nesting(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(HEAD_YAML + "x-a: '" + "[" * 5000 + "'\nx-b: [" + "'" + "]" * 3000 + "', 1]\n")
    document = load(spec)[0].document
    assert document["x-a"] == "[" * 5000 and document["x-b"] == ["]" * 3000, 1]


def test_nesting_below_the_limit_loads(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(HEAD_YAML + "x-deep: " + "[" * 900 + "]" * 900 + "\n")
    node = load(spec)[0].document["x-deep"]
    depth = 0
    while node != []:
        (node,) = node
        depth += 1
    assert depth == 899


def test_the_cheap_prefilter_skips_ordinary_specs() -> None:
    text = (REPO / "spec" / "orders.yaml").read_text()
    assert not yaml_safe._may_nest_deeper(text, yaml_safe.MAX_DEPTH)
    assert yaml_safe._may_nest_deeper("x: " + "[" * 999, yaml_safe.MAX_DEPTH)
    assert yaml_safe._may_nest_deeper("x:\n" + " " * 600 + "a: 1\n", yaml_safe.MAX_DEPTH)


def test_deep_json_names_the_place(tmp_path: Path) -> None:
    spec = tmp_path / "spec.json"
    spec.write_text(HEAD_JSON + '"x": "[[[[", "y":\n' + "[" * 5000 + "]" * 5000 + "}")
    d = _refusal(spec)
    assert d.message == "the document is nested too deeply to read (more than 1,000 levels here)"
    assert _where(d) == (str(spec), 3, 1000)  # the root object is level 1


# ---------------------------------------------------------------- integers


def test_a_json_integer_too_long_to_read_is_refused_with_its_position(tmp_path: Path) -> None:
    spec = tmp_path / "spec.json"
    spec.write_text(HEAD_JSON + '"x": "' + "9" * 5000 + '", "f": 1' + "0" * 5000 + '.5,\n  "n": -' + "9" * 5000 + "}")
    d = _refusal(spec)
    assert d.message == "this integer is too long (5,000 digits; at most 4,300 decimal digits can be read)"
    assert _where(d) == (str(spec), 3, 8)


@pytest.mark.parametrize("value, size", [("9" * 5000, "5,000 digits"), ("-" + "9" * 4301, "4,301 digits"),
                                         ("0x" + "f" * 4000, "4,002 characters")])
def test_a_yaml_integer_too_long_to_read_is_refused_with_its_position(tmp_path: Path, value: str, size: str) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(HEAD_YAML + "x-s: '" + "9" * 5000 + "'\nx-n: " + value + "\n")
    d = _refusal(spec)
    assert d.message == f"this integer is too long ({size}; at most 4,300 decimal digits can be read)"
    assert _where(d) == (str(spec), 5, 6)


def test_integers_up_to_the_limit_load(tmp_path: Path) -> None:
    (tmp_path / "spec.yaml").write_text(HEAD_YAML + "x-n: " + "9" * 4300 + "\nx-h: 0x1F\nx-s: 1_000\n")
    document = load(tmp_path / "spec.yaml")[0].document
    assert (document["x-n"], document["x-h"], document["x-s"]) == (10**4300 - 1, 31, 1000)
    (tmp_path / "spec.json").write_text(HEAD_JSON + '"x-n": ' + "9" * 4300 + "}")
    assert load(tmp_path / "spec.json")[0].document["x-n"] == 10**4300 - 1


# ---------------------------------------------------------------- YAML size


def test_yaml_over_its_limit_is_refused_with_a_pointer_to_json(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(source, "MAX_YAML_BYTES", 1000)
    data = {"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {}, "x-data": list(range(500))}
    (tmp_path / "spec.yaml").write_text(HEAD_YAML + "x-data:\n" + "".join(f"- {i}\n" for i in range(500)))
    d = _refusal(tmp_path / "spec.yaml")
    assert "too large to parse" in d.message and "convert it to JSON" in (d.hint or "")
    (tmp_path / "spec.json").write_text(json.dumps(data))
    assert load(tmp_path / "spec.json")[0].document == data


def test_oversized_yaml_that_is_plainly_deep_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(source, "MAX_YAML_BYTES", 1000)
    spec = tmp_path / "spec.yaml"
    spec.write_text(HEAD_YAML + "x: " + "[" * 3000 + "]" * 3000 + "\n")
    d = _refusal(spec)
    assert "nested too deeply" in d.message
    assert _where(d) == (str(spec), 4, 1004)
