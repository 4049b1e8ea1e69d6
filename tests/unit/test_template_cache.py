"""Compiled templates are kept across runs (`generator/template_cache.py`), safely and without changing a byte.

Every test points `SDKGEN_CACHE_DIR` at its own tmp folder (the suite's
conftest already keeps the real home out of it) and rebuilds the Jinja
environment, which a process otherwise creates once.
"""

from __future__ import annotations

import io
import marshal
import os
import pickle
import stat
import subprocess
import sys
from pathlib import Path
from typing import Iterator

import jinja2
import pytest
from jinja2.bccache import bc_magic

import generator
from generator import template_cache
from generator.cli import main
from generator.targets.python import render

REPO = Path(__file__).resolve().parents[2]
ORDERS_JSON = REPO / ".." / "shared" / "specs" / "voucherify-orders.json"


@pytest.fixture(autouse=True)
def fresh_environment() -> Iterator[None]:
    render.environment.cache_clear()
    yield
    render.environment.cache_clear()


@pytest.fixture
def compiles(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the templates Jinja compiles (instead of loading them from the cache)."""
    seen: list[str] = []
    real = jinja2.Environment.compile

    def counting(self, source, name=None, filename=None, raw=False, defer_init=False):  # type: ignore[no-untyped-def]
        seen.append(str(name))
        return real(self, source, name, filename, raw, defer_init)

    monkeypatch.setattr(jinja2.Environment, "compile", counting)
    return seen


def _generate(tmp_path: Path, name: str, capsys: pytest.CaptureFixture[str]) -> dict[str, bytes]:
    render.environment.cache_clear()  # a new run: a new environment, reading the cache folder anew
    out = tmp_path / name
    assert main(["generate", str(ORDERS_JSON), "-o", str(out), "--package-name", "voucherify", "-j", "1"]) == 0
    capsys.readouterr()
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


def _cache_files(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.bc"))


def test_where_the_cache_goes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    tag = template_cache.folder_tag()
    assert tag is not None
    assert generator.__version__ in tag and sys.implementation.cache_tag in tag and jinja2.__version__ in tag
    home = tmp_path / "home"
    monkeypatch.setenv("HOME", str(home))
    cases = [
        ({template_cache.ENV_VAR: str(tmp_path / "moved")}, tmp_path / "moved" / tag),
        ({template_cache.ENV_VAR: str(tmp_path / "moved"), "XDG_CACHE_HOME": str(tmp_path / "x")},
         tmp_path / "moved" / tag),
        ({template_cache.ENV_VAR: ""}, None),  # turned off
        ({template_cache.ENV_VAR: "", "XDG_CACHE_HOME": str(tmp_path / "x")}, None),
        ({"XDG_CACHE_HOME": str(tmp_path / "x")}, tmp_path / "x" / "sdkgen" / tag),
        ({"XDG_CACHE_HOME": "relative/x"}, home / ".cache" / "sdkgen" / tag),  # the XDG spec: ignored
        ({}, home / ".cache" / "sdkgen" / tag),
    ]
    for environ, expected in cases:
        assert template_cache.cache_folder(environ) == expected, environ
    monkeypatch.chdir(tmp_path)
    assert template_cache.cache_folder({template_cache.ENV_VAR: "rel"}) == tmp_path / "rel" / tag


def test_output_is_byte_identical_without_cache_cold_and_warm(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                              capsys: pytest.CaptureFixture[str],
                                                              compiles: list[str]) -> None:
    monkeypatch.setenv(template_cache.ENV_VAR, "")
    off = _generate(tmp_path, "off", capsys)
    templates = len(compiles)
    assert templates > 10 and render.environment().bytecode_cache is None
    monkeypatch.setenv(template_cache.ENV_VAR, str(tmp_path / "cache"))
    cold = _generate(tmp_path, "cold", capsys)
    assert len(compiles) == 2 * templates
    assert len(_cache_files(tmp_path / "cache")) == templates
    warm = _generate(tmp_path, "warm", capsys)
    assert len(compiles) == 2 * templates, "the warm run compiled nothing"
    assert off == cold == warm


def test_folders_and_files_are_private(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv(template_cache.ENV_VAR, str(tmp_path / "cache"))
    _generate(tmp_path, "out", capsys)
    folder = template_cache.cache_folder()
    assert folder is not None and folder.parent == tmp_path / "cache"
    for path in (folder.parent, folder):
        assert stat.S_IMODE(path.stat().st_mode) == 0o700
    files = list(folder.iterdir())
    assert files and all(p.suffix == ".bc" and stat.S_IMODE(p.stat().st_mode) == 0o600 for p in files)  # no temp files


def test_folders_others_could_write_to_are_not_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str], compiles: list[str]) -> None:
    monkeypatch.setenv(template_cache.ENV_VAR, str(tmp_path / "cache"))
    reference = _generate(tmp_path, "reference", capsys)
    folder = template_cache.cache_folder()
    assert folder is not None
    env = render.environment()
    assert template_cache.bytecode_cache(env) is not None
    for path, mode in ((folder, 0o777), (folder, 0o770), (folder.parent, 0o757)):
        path.chmod(mode)
        assert template_cache.bytecode_cache(env) is None, (path, oct(mode))
        path.chmod(0o700)
    real_uid = os.geteuid()
    monkeypatch.setattr(os, "geteuid", lambda: real_uid + 1)  # the folder is someone else's
    assert template_cache.bytecode_cache(env) is None
    before = len(compiles)
    assert _generate(tmp_path, "not-mine", capsys) == reference
    assert len(compiles) - before == len(_cache_files(folder)), "nothing was loaded from it"


def test_cache_files_others_could_write_to_are_not_loaded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                          capsys: pytest.CaptureFixture[str],
                                                          compiles: list[str]) -> None:
    monkeypatch.setenv(template_cache.ENV_VAR, str(tmp_path / "cache"))
    reference = _generate(tmp_path, "first", capsys)
    files = _cache_files(tmp_path / "cache")
    for path in files:
        path.chmod(0o666)
    before = len(compiles)
    assert _generate(tmp_path, "second", capsys) == reference
    assert len(compiles) - before == len(files)
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in _cache_files(tmp_path / "cache"))  # replaced


def _damaged(data: bytes, how: str) -> bytes:
    payload = template_cache.unwrap(data)
    assert payload is not None
    reader = io.BytesIO(payload)
    assert reader.read(len(bc_magic)) == bc_magic
    pickle.load(reader)  # the checksum of the template's source
    head, code = payload[: reader.tell()], payload[reader.tell():]
    assert isinstance(marshal.loads(code), type(compile("", "", "exec")))
    if how == "truncated-file":
        return data[: len(data) // 2]
    if how == "magic-only":
        return data[: len(template_cache.MAGIC)]
    if how == "garbage":
        return bytes(range(256)) * 4
    if how == "flipped-byte":
        return data[:-10] + bytes([data[-10] ^ 0xFF]) + data[-9:]
    if how == "truncated-marshal":  # a whole, valid file around a truncated code object
        return template_cache.wrap(head + code[: len(code) // 2])
    if how == "truncated-checksum":
        return template_cache.wrap(payload[: len(bc_magic) + 3])
    if how == "not-code":
        return template_cache.wrap(head + marshal.dumps(42))
    if how == "empty":
        return b""
    raise AssertionError(how)


@pytest.mark.parametrize("how", ["truncated-file", "magic-only", "garbage", "flipped-byte", "truncated-marshal",
                                 "truncated-checksum", "not-code", "empty"])
def test_damaged_cache_files_are_compiled_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str], compiles: list[str],
                                                how: str) -> None:
    monkeypatch.setenv(template_cache.ENV_VAR, str(tmp_path / "cache"))
    reference = _generate(tmp_path, "first", capsys)
    files = _cache_files(tmp_path / "cache")
    for path in files:
        path.write_bytes(_damaged(path.read_bytes(), how))
    before = len(compiles)
    assert _generate(tmp_path, "damaged", capsys) == reference
    assert len(compiles) - before == len(files)
    for path in _cache_files(tmp_path / "cache"):  # written again, whole
        assert template_cache.unwrap(path.read_bytes()) is not None
    before = len(compiles)
    assert _generate(tmp_path, "repaired", capsys) == reference
    assert len(compiles) == before


def test_unusable_locations_mean_running_without_the_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv(template_cache.ENV_VAR, "")
    reference = _generate(tmp_path, "reference", capsys)
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(template_cache.ENV_VAR, str(blocker / "cache"))
    assert _generate(tmp_path, "under-a-file", capsys) == reference
    assert render.environment().bytecode_cache is None
    # a folder that cannot be written to (read-only file system, full disk): tried once, then left alone
    monkeypatch.setenv(template_cache.ENV_VAR, str(tmp_path / "cache"))
    attempts: list[str] = []

    def refuse(*args, **kwargs):  # type: ignore[no-untyped-def]
        attempts.append("mkstemp")
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr(template_cache.tempfile, "mkstemp", refuse)
    assert _generate(tmp_path, "read-only", capsys) == reference
    assert attempts == ["mkstemp"] and _cache_files(tmp_path / "cache") == []


def test_a_write_that_fails_midway_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    """Files appear under their name only whole (`os.replace` of a finished temporary file)."""
    monkeypatch.setenv(template_cache.ENV_VAR, "")
    reference = _generate(tmp_path, "reference", capsys)
    monkeypatch.setenv(template_cache.ENV_VAR, str(tmp_path / "cache"))
    real_fdopen = os.fdopen

    class HalfWriter(io.RawIOBase):
        def __init__(self, fd: int) -> None:
            self._file = real_fdopen(fd, "wb")

        def write(self, data) -> int:  # type: ignore[no-untyped-def, override]
            self._file.write(bytes(data[: len(data) // 2]))
            self._file.flush()
            raise OSError(28, "No space left on device")

        def close(self) -> None:
            self._file.close()
            super().close()

    def fdopen(fd: int, mode: str = "r", *args, **kwargs):  # type: ignore[no-untyped-def]
        return HalfWriter(fd) if mode == "wb" else real_fdopen(fd, mode, *args, **kwargs)  # only the cache writes "wb"

    monkeypatch.setattr(template_cache.os, "fdopen", fdopen)
    assert _generate(tmp_path, "disk-full", capsys) == reference
    folder = template_cache.cache_folder()
    assert folder is not None and list(folder.iterdir()) == []  # neither a partial file nor a temporary one


def test_concurrent_runs_share_the_cache_safely(tmp_path: Path) -> None:
    """Two processes filling the same empty cache at once: same output, every file whole."""
    env = {**os.environ, template_cache.ENV_VAR: str(tmp_path / "cache"), "PYTHONPATH": str(REPO)}
    runs = [subprocess.Popen([sys.executable, "-m", "generator", "generate", str(ORDERS_JSON), "-o",
                              str(tmp_path / f"out{i}"), "--package-name", "voucherify", "-j", "1"],
                             env=env, cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            for i in range(2)]
    for proc in runs:
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
    trees = [{p.relative_to(tmp_path / f"out{i}").as_posix(): p.read_bytes()
              for p in sorted((tmp_path / f"out{i}").rglob("*")) if p.is_file()} for i in range(2)]
    assert trees[0] == trees[1]
    files = _cache_files(tmp_path / "cache")
    assert files and all(template_cache.unwrap(p.read_bytes()) is not None for p in files)
    assert not [p for p in (tmp_path / "cache").rglob("*") if p.is_file() and p.suffix != ".bc"]


def test_environment_settings_are_part_of_the_key(tmp_path: Path, compiles: list[str]) -> None:
    """Code compiled under other syntax settings (here: trim_blocks) is never loaded."""
    (tmp_path / "t.jinja").write_text("{% if true %}\nx\n{% endif %}\n")
    folder = tmp_path / "cache" / "t"

    def env(trim: bool) -> jinja2.Environment:
        made = jinja2.Environment(loader=jinja2.FileSystemLoader(str(tmp_path)), trim_blocks=trim)
        made.bytecode_cache = template_cache.bytecode_cache(made, folder)
        return made

    assert env(True).get_template("t.jinja").render() == "x\n"
    assert env(False).get_template("t.jinja").render() == "\nx\n"
    assert len(compiles) == 2
    assert env(True).get_template("t.jinja").render() == "x\n"
    assert env(False).get_template("t.jinja").render() == "\nx\n"
    assert len(compiles) == 2 and len(_cache_files(folder)) == 2
