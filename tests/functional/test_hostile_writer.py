"""Issue 7: the writer refuses any path that resolves outside the output folder (checked, not assumed).

The renderer should never produce a bad path, so these tests hand the
writer's public API (`generator.output.write_tree` / `check_tree`) malicious
paths directly, as a renderer bug or a hostile name would, and plant hostile
state in the output folder (symlinked folders, a manifest listing paths
outside).  Every case must raise `InputError` and leave every file, inside
and outside the output folder, exactly as it was.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest

from generator.diagnostics import InputError
from generator.options import MANIFEST_NAME, Options
from generator.output import check_tree, write_tree

GOOD = {"pkg/__init__.py": "X = 1\n", "README.md": "# ok\n"}
SPEC_HASH = "0" * 64

BAD_PATHS = [
    "../x.py", "/abs.py", "a/../../x.py", "a/../b.py", "./x.py", "x/./y.py", "a//b.py", "", "a/", "/",
    "..", ".", "nul.py", "NUL", "con/x.py", "Com1.txt", "lpt9.py", "aux.tar.gz", "prn", "C:/x.py", "C:x.py",
    "c:\\x.py", "a\\b.py", "..\\x.py", "x\x00y.py", "x\ny.py", "x\ry.py", "x\x1b.py", "a<b.py", "a>b.py",
    'a"b.py', "a|b.py", "a?b.py", "a*b.py", "a:b.py", "trailing.", "trailing ", "dir./x.py", "\ud800.py",
    "a/" + "b" * 256 + ".py", "x/" * 100 + "y.py", MANIFEST_NAME, MANIFEST_NAME + "/x.py",
]


def _snapshot(folder: Path) -> dict[str, str]:
    """Every entry under `folder` with what it is (link target, file hash, or folder)."""
    out = {}
    for dirpath, dirs, files in os.walk(folder):
        for name in dirs + files:
            path = Path(dirpath, name)
            rel = str(path.relative_to(folder))
            if path.is_symlink():
                out[rel] = "-> " + os.readlink(path)
            elif path.is_file():
                out[rel] = hashlib.sha256(path.read_bytes()).hexdigest()
            else:
                out[rel] = "dir"
    return out


@pytest.fixture
def place(tmp_path: Path) -> Path:
    """tmp/work (the cwd), tmp/work/out (the output), tmp/outside/victim.txt (must survive)."""
    (tmp_path / "work").mkdir()
    (tmp_path / "outside").mkdir()
    (tmp_path / "outside" / "victim.txt").write_text("precious\n")
    (tmp_path / "victim.py").write_text("precious = True\n")
    return tmp_path


def _options(place: Path, **kw: object) -> Options:
    return Options(spec=place / "spec.yaml", output=place / "work" / "out", package_name="pkg", jobs=1, **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", BAD_PATHS, ids=[repr(p)[1:-1][:40] or "empty" for p in BAD_PATHS])
def test_unsafe_path_is_refused_and_nothing_is_written(place: Path, bad: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(place / "work")
    before = _snapshot(place)
    with pytest.raises(InputError) as info:
        write_tree({**GOOD, bad: "print('pwned')\n"}, _options(place), SPEC_HASH)
    assert info.value.diagnostics, "an InputError without a message"
    assert _snapshot(place) == before


def test_paths_equal_on_case_insensitive_file_systems_are_refused(place: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(place / "work")
    before = _snapshot(place)
    for pair in (("pkg/Order.py", "pkg/order.py"), ("docs/A.md", "DOCS/a.md"), ("\u00e9.md", "e\u0301.md")):
        with pytest.raises(InputError):
            write_tree({**GOOD, **{p: "x = 1\n" for p in pair}}, _options(place), SPEC_HASH)
    assert _snapshot(place) == before


def test_a_symlinked_subfolder_pointing_outside_is_refused(place: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(place / "work")
    write_tree(GOOD, _options(place), SPEC_HASH)  # a real previous generation
    out = place / "work" / "out"
    os.symlink(place / "outside", out / "docs")  # planted: out/docs -> ../../outside
    os.symlink("../../outside", out / "pkg" / "sub")
    before = _snapshot(place)
    for target in ("docs/victim.txt", "docs/new.md", "pkg/sub/victim.txt", "pkg/sub/x/y.py"):
        with pytest.raises(InputError) as info:
            write_tree({**GOOD, target: "pwned\n"}, _options(place, force=True), SPEC_HASH)
        assert "outside the output folder" in str(info.value)
    assert _snapshot(place) == before
    assert (place / "outside" / "victim.txt").read_text() == "precious\n"


def test_a_symlinked_package_folder_is_not_written_through(place: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The generated package folder itself replaced by a link to elsewhere."""
    monkeypatch.chdir(place / "work")
    out = place / "work" / "out"
    out.mkdir()
    os.symlink(place / "outside", out / "pkg")
    before = _snapshot(place)
    with pytest.raises(InputError):
        write_tree(GOOD, _options(place, force=True), SPEC_HASH)
    assert _snapshot(place) == before


def _plant_manifest(out: Path, files: dict[str, str]) -> None:
    """A manifest (as a hostile pull request could commit it) claiming `files` were generated."""
    manifest = json.loads((out / MANIFEST_NAME).read_text())
    for rel in files:
        manifest["files"][rel] = {"render": "a" * 64, "final": hashlib.sha256(files[rel].encode()).hexdigest()}
    (out / MANIFEST_NAME).write_text(json.dumps(manifest))


@pytest.mark.parametrize("claimed", ["../victim.py", "../../victim.py", "/etc/hostname", "a/../../victim.py",
                                     "..\\victim.py", "pkg/../../victim.py"])
def test_a_manifest_listing_paths_outside_never_deletes_or_reads_them(place: Path, claimed: str,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """Regeneration removes files the manifest lists and the new output lacks: never outside the folder."""
    monkeypatch.chdir(place / "work")
    write_tree(GOOD, _options(place), SPEC_HASH)
    out = place / "work" / "out"
    _plant_manifest(out, {claimed: "precious = True\n"})
    before = _snapshot(place)
    for force in (False, True):
        try:
            write_tree({"pkg/__init__.py": "X = 2\n"}, _options(place, force=force), SPEC_HASH)
        except InputError:
            pass
        assert (place / "victim.py").read_text() == "precious = True\n"
        assert (place / "outside" / "victim.txt").read_text() == "precious\n"
    assert {k: v for k, v in _snapshot(place).items() if not k.startswith("work")} == \
        {k: v for k, v in before.items() if not k.startswith("work")}


def test_a_manifest_path_through_a_symlink_is_not_deleted(place: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(place / "work")
    write_tree(GOOD, _options(place), SPEC_HASH)
    out = place / "work" / "out"
    os.symlink(place / "outside", out / "link")
    _plant_manifest(out, {"link/victim.txt": "precious\n"})
    for force in (False, True):
        with pytest.raises(InputError):
            write_tree({"pkg/__init__.py": "X = 2\n"}, _options(place, force=force), SPEC_HASH)
    assert (place / "outside" / "victim.txt").read_text() == "precious\n"


def test_check_never_shows_the_content_of_files_outside(place: Path, monkeypatch: pytest.MonkeyPatch,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    """`check` prints diffs of files it believes generated: a planted manifest must not make it leak others."""
    monkeypatch.chdir(place / "work")
    write_tree(GOOD, _options(place), SPEC_HASH)
    out = place / "work" / "out"
    secret = place / "outside" / "victim.txt"
    os.symlink(place / "outside", out / "link")
    _plant_manifest(out, {"link/victim.txt": "other\n"})
    try:
        outcome = check_tree({**GOOD, "link/victim.txt": "other\n"}, _options(place), SPEC_HASH)
        text = outcome.describe(1000)
    except InputError as exc:
        text = str(exc)
    assert "precious" not in text + capsys.readouterr().out
    assert secret.read_text() == "precious\n"


def test_the_output_folder_must_not_contain_the_current_folder(place: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Replacing the output folder wholesale must never take the user's working tree with it."""
    monkeypatch.chdir(place / "work")
    before = _snapshot(place)
    for output in (place / "work", place, Path("/")):
        with pytest.raises(InputError):
            write_tree(GOOD, Options(spec=place / "s.yaml", output=output, package_name="pkg", jobs=1), SPEC_HASH)
    assert _snapshot(place) == before
