"""black in-process with a fixed mode; the process pool gives the same bytes as one process."""

from __future__ import annotations

import subprocess
import sys

import pytest

from generator.diagnostics import InputError
from generator.output import formatting
from generator.output.formatting import format_id, format_sources


def _module(i: int) -> str:
    return (
        f"from typing import Optional\nclass Model{i}( object ):\n  '''Doc {i}'''\n"
        f"  def to_dict(self,a = {i},b:Optional[int]=None): return {{'a':a,'b':b, 'values':[1,2,3,{i}]}}\n"
    )


def test_python_files_are_formatted_and_others_pass_through() -> None:
    out = format_sources({"a.py": "x=( 1 )\n", "README.md": "x=( 1 )\n", "b.pyi": "def f( ):...\n"}, jobs=1)
    assert out == {"a.py": "x = 1\n", "README.md": "x=( 1 )\n", "b.pyi": "def f(): ...\n"}


def test_mode_is_fixed_whatever_the_users_black_config(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "pyproject.toml").write_text("[tool.black]\nline-length = 40\nskip-string-normalization = true\n")
    monkeypatch.chdir(tmp_path)
    long_call = "result = some_function('argument_one', 'argument_two', 'three')\n"
    assert format_sources({"a.py": long_call}, jobs=1)["a.py"] == long_call.replace("'", '"')


def test_pool_and_single_process_give_identical_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    sources = {f"pkg/models/m{i:03}.py": _module(i) for i in range(60)}
    sources["pkg/py.typed"] = ""
    single = format_sources(sources, jobs=1)
    monkeypatch.setattr(formatting, "POOL_MIN_FILES", 2)
    monkeypatch.setattr(formatting, "POOL_MIN_BYTES", 0)
    calls = []
    real = formatting.ProcessPoolExecutor

    def spy(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(kwargs)
        return real(*args, **kwargs)

    monkeypatch.setattr(formatting, "ProcessPoolExecutor", spy)
    pooled = format_sources(sources, jobs=2)
    assert [c["max_workers"] for c in calls] == [2]  # the pool really ran
    assert pooled == single
    assert "class Model7(object):" in pooled["pkg/models/m007.py"]


def test_small_sets_stay_in_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(formatting, "ProcessPoolExecutor", None)  # would fail if used
    assert format_sources({f"m{i}.py": _module(i) for i in range(5)}, jobs=2)


def test_batches_are_balanced_and_complete() -> None:
    items = [(f"f{i}", "x" * (i * 37 % 500 + 1)) for i in range(100)]
    batches = formatting._batches(items, 6)
    assert sorted(kv for b in batches for kv in b) == sorted(items)
    loads = [sum(len(s) for _, s in b) for b in batches]
    assert max(loads) - min(loads) <= 500


def test_invalid_python_is_an_input_error_naming_every_file() -> None:
    with pytest.raises(InputError) as info:
        format_sources({"pkg/bad.py": "def (:\n", "pkg/ok.py": "x=1\n", "pkg/worse.py": "class\n"}, jobs=1)
    messages = [d.message for d in info.value.diagnostics]
    assert len(messages) == 2
    assert "pkg/bad.py" in messages[0] and "not valid Python" in messages[0]
    assert "pkg/worse.py" in messages[1]


def test_format_id_names_black_version_and_mode() -> None:
    import black

    assert format_id().startswith(f"black {black.__version__} line-length=88")


def test_a_broken_pool_falls_back_to_formatting_in_process(monkeypatch: pytest.MonkeyPatch) -> None:
    from concurrent.futures.process import BrokenProcessPool

    class Broken:
        def __init__(self, *args, **kwargs):  # type: ignore[no-untyped-def]
            pass

        def __enter__(self):  # type: ignore[no-untyped-def]
            return self

        def __exit__(self, *exc):  # type: ignore[no-untyped-def]
            return False

        def map(self, *args):  # type: ignore[no-untyped-def]
            raise BrokenProcessPool("a worker was killed")

    sources = {f"m{i}.py": _module(i) for i in range(10)}
    monkeypatch.setattr(formatting, "POOL_MIN_FILES", 2)
    monkeypatch.setattr(formatting, "POOL_MIN_BYTES", 0)
    monkeypatch.setattr(formatting, "ProcessPoolExecutor", Broken)
    assert format_sources(sources, jobs=2) == format_sources(sources, jobs=1)


def test_a_worker_leaves_no_cyclic_garbage_after_a_batch() -> None:
    # run as a worker process would: black's parse trees are cyclic, and the worker frees them per batch
    code = (
        "import gc\n"
        "from generator.output import formatting\n"
        "formatting._worker_init()\n"
        "assert gc.get_freeze_count() > 1000, gc.get_freeze_count()\n"
        "batch = [(f'm{i}.py', f'class M{i}(object):\\n  x=1\\n  def f(self):  return [1,2,3]\\n') for i in range(20)]\n"
        "gc.disable()\n"  # only the batch's own collection may free its trees
        "out = formatting._format_in_worker(batch)\n"
        "assert len(out) == 20 and 'class M3(object):' in out[3][1]\n"
        "print(gc.collect())\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "0"  # nothing left for a later collection
