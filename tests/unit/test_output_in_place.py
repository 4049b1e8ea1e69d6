"""write_tree's in-place, journaled commit for small change sets (generator/output/inplace.py).

Each behaviour is checked against the staging + exchange path: the same
regeneration runs twice, once in each mode, from identical starting folders,
and the two folders (files, links, folder and file modes) and results must
be equal.  Then crashes: at every step of the commit (simulated), by kill -9
(real), and recovery of committed, uncommitted and hostile journals.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import re
import shutil
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path
from typing import Callable, Iterator

import pytest

from generator.diagnostics import InputError
from generator.options import MANIFEST_NAME, Options
from generator.output import WriteResult, check_tree, inplace, swap, write_tree
from generator.records import replace

SPEC_HASH = "ab" * 32
REPO = Path(__file__).resolve().parents[2]


def tree(tag: str = "", *, changed: int = 2, pages: int = 40) -> dict[str, str]:
    """Docs pages and a few models; `tag` changes `changed` files (the first models and page 0)."""
    files = {f"docs/pages/page{i:03}.md": f"# page {i}\n" + "text\n" * 5 for i in range(pages)}
    files.update({f"pkg/models/m{i}.py": f"class M{i}( object ):\n  x:int={i}\n" for i in range(4)})
    files["pkg/__init__.py"] = "from .models import *\n"
    for i in range(changed - 1):
        files[f"pkg/models/m{i}.py"] += f"  note='{tag}'\n"
    files["docs/pages/page000.md"] += tag
    return files


def snapshot(root: Path) -> dict[str, object]:
    """Everything in `root`: files (bytes, mode), links (target), folders (mode).

    The manifest's `inputs` (a fingerprint of the tool's own source) is masked:
    it changes whenever someone edits the tool while the tests run.
    """
    out: dict[str, object] = {}
    for folder, dirs, files in os.walk(root):
        for name in dirs + files:
            path = os.path.join(folder, name)
            rel = os.path.relpath(path, root)
            st = os.lstat(path)
            if stat.S_ISLNK(st.st_mode):
                out[rel] = ("link", os.readlink(path))
            elif stat.S_ISDIR(st.st_mode):
                out[rel] = ("folder", stat.S_IMODE(st.st_mode))
            else:
                data = Path(path).read_bytes()
                if rel == MANIFEST_NAME:  # the tool's fingerprint changes whenever its source is edited
                    data = re.sub(rb'"inputs": "[0-9a-f]{64}"', b'"inputs": "..."', data)
                out[rel] = ("file", data, stat.S_IMODE(st.st_mode))
    return out


def staging_leftovers(out: Path) -> list[str]:
    return [p.name for p in out.parent.iterdir() if p.name.startswith(".sdkgen-")]


@contextlib.contextmanager
def spy_in_place() -> Iterator[list[list[str]]]:
    """Record the paths each in-place commit wrote (monkeypatch-free: also usable around other patches)."""
    calls: list[list[str]] = []
    real = inplace.commit

    def spying(plan, written, removed, emptied):  # type: ignore[no-untyped-def]
        calls.append(list(written))
        return real(plan, written, removed, emptied)

    inplace.commit = spying  # type: ignore[assignment]
    try:
        yield calls
    finally:
        inplace.commit = real  # type: ignore[assignment]


def both_ways(tmp_path: Path, old: dict[str, str], new: dict[str, str],
              prepare: Callable[[Path], None] = lambda out: None, *, force: bool = False,
              expect_in_place: bool = True) -> tuple[Path, Path, WriteResult]:
    """Write `old`, `prepare` the folder, write `new`: once in place, once by staging; compare; the folders."""
    outs, results = [], []
    for mode in ("in-place", "staging"):
        out = tmp_path / mode / "out"
        options = Options(spec=Path("s"), output=out, package_name="shop", jobs=1, force=force)
        write_tree(old, options.with_(force=False), SPEC_HASH)
        prepare(out)
        limit = inplace.IN_PLACE_MAX_CHANGES if mode == "in-place" else 0
        with pytest.MonkeyPatch.context() as mp, spy_in_place() as calls:
            mp.setattr(inplace, "IN_PLACE_MAX_CHANGES", limit)
            results.append(write_tree(new, options, SPEC_HASH))
        assert bool(calls) == (mode == "in-place" and expect_in_place), mode
        assert staging_leftovers(out) == []
        outs.append(out)
    assert snapshot(outs[0]) == snapshot(outs[1])
    assert replace(results[0], output=Path()) == replace(results[1], output=Path())
    return outs[0], outs[1], results[0]


# --- same results as the staging path --------------------------------------------------------


def test_a_small_change_is_applied_in_place_with_the_staging_paths_result(tmp_path: Path) -> None:
    roots = {}

    def remember(out: Path) -> None:
        roots[out] = os.stat(out).st_ino

    in_place, staged, result = both_ways(tmp_path, tree(), tree("v2"), remember)
    assert result.written == ("docs/pages/page000.md", "pkg/models/m0.py")
    assert (result.unchanged, result.removed) == (43, ())
    assert (in_place / "pkg/models/m0.py").read_text().endswith("note = \"v2\"\n")
    # The in-place commit leaves the output folder itself where it was; the exchange puts a new one there.
    assert os.stat(in_place).st_ino == roots[in_place]
    if swap._libc_renameat2():
        assert os.stat(staged).st_ino != roots[staged]
    assert check_tree(tree("v2"), Options(spec=Path("s"), output=in_place, package_name="shop"), SPEC_HASH).clean


def test_only_the_changed_files_and_the_manifest_are_staged(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    options = Options(spec=Path("s"), output=out, jobs=1)
    write_tree(tree(), options, SPEC_HASH)
    staged: list[list[str]] = []
    real_sync = swap.sync_tree

    def spying(root: Path, written: list[str]) -> None:
        staged.append(sorted(os.listdir(root)))
        real_sync(root, written)

    monkeypatch.setattr(swap, "sync_tree", spying)
    write_tree(tree("v2"), options, SPEC_HASH)
    assert staged == [["f0", "f1", "manifest"]]


def test_removed_files_and_the_folders_they_empty_match_the_staging_path(tmp_path: Path) -> None:
    old = dict(tree(), **{"pkg/api/orders_api.py": "x=1\n", "docs/api/OrdersApi.md": "# Orders\n",
                          "pkg/deep/a/b/c.py": "y=2\n", "pkg/gone/g.py": "z=3\n"})

    def prepare(out: Path) -> None:
        (out / "docs/api/extra.md").write_text("mine\n")  # keeps docs/api
        (out / "pkg/gone/keep/me").mkdir(parents=True)  # an empty folder of the user's keeps pkg/gone
        (out / "NOTES.txt").write_text("mine too")
        (out / "mine/deep").mkdir(parents=True)
        os.symlink("NOTES.txt", out / "notes-link")

    in_place, _, result = both_ways(tmp_path, old, tree(), prepare)
    assert result.removed == ("docs/api/OrdersApi.md", "pkg/api/orders_api.py", "pkg/deep/a/b/c.py",
                              "pkg/gone/g.py")
    assert result.kept == 3
    assert not (in_place / "pkg/api").exists() and not (in_place / "pkg/deep").exists()
    assert (in_place / "docs/api/extra.md").read_text() == "mine\n"
    assert (in_place / "pkg/gone/keep/me").is_dir() and not (in_place / "pkg/gone/g.py").exists()
    assert os.readlink(in_place / "notes-link") == "NOTES.txt"


def test_new_folders_and_folder_permissions_match_the_staging_path(tmp_path: Path) -> None:
    new = dict(tree(), **{"pkg/api/sub/orders.py": "x=1\n"})

    def prepare(out: Path) -> None:
        (out / "private").mkdir()
        (out / "private" / "keys.txt").write_text("mine")
        os.chmod(out / "private", 0o700)
        os.chmod(out / "pkg" / "models", 0o750)
        os.chmod(out / "pkg", 0o711)

    in_place, _, _ = both_ways(tmp_path, tree(), new, prepare)
    modes = {rel: stat.S_IMODE(os.stat(in_place / rel).st_mode) for rel in ("private", "pkg/models", "pkg")}
    assert modes == {"private": 0o700, "pkg/models": 0o750, "pkg": 0o711}


def test_a_folder_we_may_not_write_is_left_to_the_staging_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The staging path writes only into folders of its own; in place, every touched folder must be writable."""
    out = tmp_path / "out"
    options = Options(spec=Path("s"), output=out, jobs=1)
    write_tree(tree(), options, SPEC_HASH)
    locked = str(out / "docs" / "pages")
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda path, mode, **kw: path != locked and real_access(path, mode, **kw))
    with spy_in_place() as calls:
        write_tree(tree("v2"), options, SPEC_HASH)
    assert calls == [] and (out / "docs/pages/page000.md").read_text().endswith("v2")


def test_hand_edited_and_foreign_files_are_refused_the_same_way(tmp_path: Path) -> None:
    out = tmp_path / "out"
    options = Options(spec=Path("s"), output=out, jobs=1)
    write_tree(tree(), options, SPEC_HASH)
    (out / "docs/pages/page000.md").write_text("# edited\n")
    (out / "pkg/extra.py").write_text("# mine\n")
    before = snapshot(out)
    with spy_in_place() as calls:
        with pytest.raises(InputError) as info:
            write_tree(dict(tree("v2"), **{"pkg/extra.py": "x=1\n"}), options, SPEC_HASH)
    messages = [d.message for d in info.value.diagnostics]
    assert len(messages) == 2 and "page000.md" in messages[0] and "not written by sdkgen" in messages[1]
    assert snapshot(out) == before and staging_leftovers(out) == [] and calls == []

    def edit(folder: Path) -> None:
        (folder / "docs/pages/page000.md").write_text("# edited\n")
        (folder / "pkg/extra.py").write_text("# mine\n")

    in_place, _, _ = both_ways(tmp_path / "forced", tree(), dict(tree("v2"), **{"pkg/extra.py": "x=1\n"}),
                               edit, force=True)
    assert (in_place / "pkg/extra.py").read_text() == "x = 1\n"


def test_a_user_file_in_the_way_of_a_new_folder_is_refused(tmp_path: Path) -> None:
    out = tmp_path / "out"
    options = Options(spec=Path("s"), output=out, jobs=1, force=True)
    write_tree(tree(), options, SPEC_HASH)
    (out / "pkg/api").write_text("a file of mine")
    with pytest.raises(InputError, match="in the way"):
        write_tree(dict(tree(), **{"pkg/api/orders.py": "x=1\n"}), options, SPEC_HASH)
    assert (out / "pkg/api").read_text() == "a file of mine" and staging_leftovers(out) == []


def test_a_symlinked_output_folder_is_updated_in_place_through_the_link(tmp_path: Path) -> None:
    real = tmp_path / "real"
    real.mkdir()
    os.symlink(real, tmp_path / "link")
    options = Options(spec=Path("s"), output=tmp_path / "link", jobs=1)
    write_tree(tree(), options, SPEC_HASH)
    with spy_in_place() as calls:
        write_tree(tree("v2"), options, SPEC_HASH)
    assert calls and (tmp_path / "link").is_symlink()
    assert (real / "docs/pages/page000.md").read_text().endswith("v2")
    assert staging_leftovers(real) == [] and sorted(p.name for p in tmp_path.iterdir()) == ["link", "real"]


def test_a_removed_path_through_a_symlinked_folder_is_left_to_the_staging_path(tmp_path: Path) -> None:
    """A manifest listing `link/gen.py` (link -> real, inside): unlinking in place would delete real/gen.py."""
    out = tmp_path / "out"
    options = Options(spec=Path("s"), output=out, jobs=1)
    files = dict(tree(), **{"real/gen.py": "x = 1\n"})
    write_tree(files, options, SPEC_HASH)
    os.symlink("real", out / "link")
    manifest = json.loads((out / MANIFEST_NAME).read_text())
    manifest["files"]["link/gen.py"] = manifest["files"].pop("real/gen.py")
    (out / MANIFEST_NAME).write_text(json.dumps(manifest))
    with spy_in_place() as calls:
        result = write_tree(tree(), options, SPEC_HASH)
    assert calls == [] and result.removed == ("link/gen.py",)
    assert (out / "real/gen.py").read_text() == "x = 1\n" and os.readlink(out / "link") == "real"


def test_big_change_sets_and_cold_runs_take_the_staging_path(tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    options = Options(spec=Path("s"), output=out, jobs=1)
    with spy_in_place() as calls:
        write_tree(tree(pages=20), options, SPEC_HASH)  # cold
        write_tree(tree("v2", changed=5, pages=20), options, SPEC_HASH)  # 5 of 25: more than one in eight
        write_tree(tree("v2", changed=5, pages=60), options, SPEC_HASH)  # 40 added
        with monkeypatch.context() as mp:
            mp.setattr(inplace, "IN_PLACE_MAX_CHANGES", 4)
            write_tree(tree("v3", changed=5, pages=60), options, SPEC_HASH)  # 5 > 4
    assert calls == []
    with spy_in_place() as calls:
        write_tree(tree("v4", changed=5, pages=60), options, SPEC_HASH)  # 5 of 65
    assert calls == [["docs/pages/page000.md", "pkg/models/m0.py", "pkg/models/m1.py",
                      "pkg/models/m2.py", "pkg/models/m3.py"]]


def test_a_failure_before_the_commit_leaves_the_old_tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    options = Options(spec=Path("s"), output=out, jobs=1)
    write_tree(tree(), options, SPEC_HASH)
    before = snapshot(out)

    def full(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(swap, "sync_tree", full)
    with spy_in_place() as calls, pytest.raises(OSError):
        write_tree(tree("v2"), options, SPEC_HASH)
    assert calls and snapshot(out) == before and staging_leftovers(out) == []


# --- crashes ---------------------------------------------------------------------------------


class Killed(BaseException):
    """What the simulated kill raises: nothing of the process runs after it (except raising again)."""


@contextlib.contextmanager
def dies_after(allowed: int) -> Iterator[list[int]]:
    """Every file-system change after the first `allowed` raises `Killed` (as if the process died there)."""
    count = [0]
    with pytest.MonkeyPatch.context() as mp:
        for name in ("replace", "rename", "unlink", "rmdir", "mkdir"):
            real = getattr(os, name)

            def dying(*args, _real=real, **kwargs):  # type: ignore[no-untyped-def]
                count[0] += 1
                if count[0] > allowed:
                    raise Killed
                return _real(*args, **kwargs)

            mp.setattr(os, name, dying)
        yield count


USER_FILE = b"my own notes\n"


def _reference(tmp_path: Path, files: dict[str, str], name: str) -> dict[str, object]:
    out = tmp_path / "refs" / name
    write_tree(files, Options(spec=Path("s"), output=out, jobs=1), SPEC_HASH)
    (out / "NOTES.txt").write_bytes(USER_FILE)
    return snapshot(out)


def test_a_crash_at_any_step_is_recovered_to_the_old_or_the_new_tree(tmp_path: Path) -> None:
    old = dict(tree(), **{"pkg/gone/deep/g.py": "z=3\n"})
    new = dict(tree("v2", changed=3), **{"pkg/new/n.py": "n=1\n"})
    refs = {"old": _reference(tmp_path, old, "old"), "new": _reference(tmp_path, new, "new")}
    template = tmp_path / "template" / "out"
    shutil.copytree(tmp_path / "refs" / "old", template, symlinks=True)
    outcomes = []
    for allowed in range(100):
        out = tmp_path / f"run{allowed}" / "out"
        shutil.copytree(template, out, symlinks=True)
        options = Options(spec=Path("s"), output=out, jobs=1)
        with spy_in_place() as calls:
            try:
                with dies_after(allowed):
                    write_tree(new, options, SPEC_HASH)
                finished = True
            except Killed:
                finished = False
        assert calls, "the in-place path must run"
        committed = [p for p in swap.leftovers(out) if inplace.committed(p, out)]
        mixed = snapshot(out) not in refs.values()
        swap.recover(out)
        where = f"(killed after {allowed} changes)"
        assert staging_leftovers(out) == [], where
        found = snapshot(out)
        assert found in refs.values(), f"neither the old nor the new tree {where}"
        if committed:
            assert found == refs["new"], f"a committed journal was not rolled forward {where}"
        outcomes.append(("new" if found == refs["new"] else "old", bool(committed), mixed))
        if finished:
            break
    else:
        pytest.fail("the update never finished")
    assert outcomes[0] == ("old", False, False) and outcomes[-1] == ("new", False, False)
    assert ("new", True, True) in outcomes  # a half-done tree that recovery completed


CHILD = r"""
import sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[2])
from generator.options import Options
from generator.output import write_tree
sys.path.insert(0, sys.argv[3])
from test_output_in_place import kill_tree
options = Options(spec=Path("s"), output=Path(sys.argv[1]), jobs=1)
trees = [kill_tree("A"), kill_tree("B")]
deadline = time.monotonic() + 60
i = 0
while time.monotonic() < deadline:
    write_tree(trees[i % 2], options, "ab" * 32)
    if i == 0:
        print("ready", flush=True)
    i += 1
"""


def kill_tree(tag: str) -> dict[str, str]:
    """Two trees that differ in five files (three changed, one only in each): the in-place path runs."""
    files = {f"docs/section{i // 50}/page{i}.md": f"# page {i}\n" + "text\n" * 20 for i in range(250)}
    files.update({f"pkg/mod{i}.py": f"VALUE = '{tag if i < 2 else ''}{i}'\n" for i in range(10)})
    files["docs/section0/page0.md"] += tag
    files[f"only_{tag}/file.txt"] = tag
    return files


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL semantics")
def test_kill_9_during_in_place_updates_recovers_to_the_old_or_the_new_tree(tmp_path: Path) -> None:
    refs = {tag: _reference(tmp_path, kill_tree(tag), tag) for tag in "AB"}
    out = tmp_path / "out"
    options = Options(spec=Path("s"), output=out, jobs=1)
    write_tree(kill_tree("A"), options, SPEC_HASH)
    with spy_in_place() as calls:  # the pair takes the in-place path
        write_tree(kill_tree("B"), options, SPEC_HASH)
        write_tree(kill_tree("A"), options, SPEC_HASH)
    assert len(calls) == 2
    (out / "NOTES.txt").write_bytes(USER_FILE)
    seed = random.randrange(1 << 30)
    rng = random.Random(seed)
    seen = set()
    for attempt in range(8):
        child = subprocess.Popen([sys.executable, "-c", CHILD, str(out), str(REPO), str(Path(__file__).parent)],
                                 stdout=subprocess.PIPE, text=True)
        try:
            assert child.stdout is not None and child.stdout.readline() == "ready\n"
            time.sleep(rng.uniform(0.0, 0.4))
        finally:
            os.kill(child.pid, signal.SIGKILL)
            child.wait()
        where = f"(seed {seed}, attempt {attempt})"
        swap.recover(out)
        assert swap.leftovers(out) == [], where
        found = snapshot(out)
        assert found["NOTES.txt"][1] == USER_FILE, f"the user's file was lost {where}"  # type: ignore[index]
        matches = [tag for tag, ref in refs.items() if found == ref]
        assert matches, f"the output is neither the old nor the new tree {where}"
        seen.add(matches[0])
    assert seen


# --- recovery of journals --------------------------------------------------------------------


def _killed_after_commit(tmp_path: Path) -> tuple[Path, Path, dict[str, object], dict[str, object]]:
    """An output whose in-place update to `tree('v2')` died right after the commit: (out, staging, old, new)."""
    old_ref = _reference(tmp_path, dict(tree(), **{"pkg/gone/g.py": "z=3\n"}), "old")
    new_ref = _reference(tmp_path, tree("v2"), "new")
    out = tmp_path / "work" / "out"
    shutil.copytree(tmp_path / "refs" / "old", out, symlinks=True)

    def killed(*args: object) -> None:
        raise Killed

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(inplace, "_apply", killed)
        with pytest.raises(Killed):
            write_tree(tree("v2"), Options(spec=Path("s"), output=out, jobs=1), SPEC_HASH)
    [staging] = swap.leftovers(out)
    assert inplace.committed(staging, out) and snapshot(out) == old_ref
    return out, staging, old_ref, new_ref


def test_a_committed_journal_is_rolled_forward_even_twice(tmp_path: Path) -> None:
    out, staging, _, new_ref = _killed_after_commit(tmp_path)
    copy = tmp_path / "copy"
    shutil.copytree(staging, copy)
    assert swap.recover(out) == 1
    assert snapshot(out) == new_ref and staging_leftovers(out) == []
    shutil.copytree(copy, staging)  # the same journal once more (e.g. its deletion was lost): nothing changes
    assert swap.recover(out) == 1
    assert snapshot(out) == new_ref and staging_leftovers(out) == []


def test_two_committed_journals_are_both_distrusted(tmp_path: Path) -> None:
    """Each run recovers before it commits, so sdkgen never leaves two: neither is applied."""
    out, staging, old_ref, _ = _killed_after_commit(tmp_path)
    shutil.copytree(staging, swap.staging_path(out))
    assert swap.recover(out) == 2
    assert snapshot(out) == old_ref and staging_leftovers(out) == []


def test_a_generate_after_a_killed_update_completes_it_first(tmp_path: Path) -> None:
    out, _, _, new_ref = _killed_after_commit(tmp_path)
    result = write_tree(tree("v2"), Options(spec=Path("s"), output=out, jobs=1), SPEC_HASH)
    assert (result.cleaned, result.written, result.removed) == (1, (), ())
    assert snapshot(out) == new_ref


def test_an_uncommitted_journal_is_deleted_and_the_old_tree_stays(tmp_path: Path) -> None:
    out, staging, old_ref, _ = _killed_after_commit(tmp_path)
    os.rename(staging / inplace.JOURNAL, staging / inplace.JOURNAL_TMP)  # as if killed just before the rename
    assert not inplace.committed(staging, out)
    assert swap.recover(out) == 1
    assert snapshot(out) == old_ref and staging_leftovers(out) == []


def test_a_journal_whose_target_the_user_edited_since_is_not_applied(tmp_path: Path) -> None:
    out, _, old_ref, _ = _killed_after_commit(tmp_path)
    (out / "pkg/models/m0.py").write_text("# my fix\n")
    swap.recover(out)
    assert (out / "pkg/models/m0.py").read_text() == "# my fix\n"
    assert snapshot(out) == dict(old_ref, **{"pkg/models/m0.py": snapshot(out)["pkg/models/m0.py"]})
    assert staging_leftovers(out) == []
    with pytest.raises(InputError, match="m0.py"):  # the next run sees the edit as one
        write_tree(tree("v2"), Options(spec=Path("s"), output=out, jobs=1), SPEC_HASH)


def _outside(tmp_path: Path) -> Path:
    outside = tmp_path / "outside"
    outside.mkdir(exist_ok=True)
    (outside / "victim.txt").write_text("precious\n")
    (outside / "empty").mkdir(exist_ok=True)
    return outside


def _edit_journal(staging: Path, edit: Callable[[list[dict[str, object]]], None]) -> None:
    path = staging / inplace.JOURNAL
    data = json.loads(path.read_text())
    edit(data["steps"])
    path.write_text(json.dumps(data))


HOSTILE_PATHS = ["../outside/victim.txt", "../../outside/victim.txt", "/etc/hostname", "{outside}/victim.txt",
                 "pkg/../../outside/victim.txt", "link/victim.txt", "link/new.txt", "link/empty", "..", "."]


@pytest.mark.parametrize("kind", ["move", "unlink", "rmdir"])
@pytest.mark.parametrize("hostile", HOSTILE_PATHS)
def test_a_hostile_journal_touches_nothing_outside_nor_in_the_output(tmp_path: Path, kind: str,
                                                                       hostile: str) -> None:
    out, staging, old_ref, _ = _killed_after_commit(tmp_path)
    outside = _outside(tmp_path)
    os.symlink(outside, out / "link")
    old_ref = snapshot(out)
    before_outside = snapshot(outside)
    path = hostile.format(outside=outside)

    def edit(steps: list[dict[str, object]]) -> None:
        step = steps[0]
        if kind == "move":
            step["path"] = path
            step["before"] = "1" * 64
        else:
            steps.insert(0, {"kind": kind, "path": path, "source": None, "after": None,
                             "before": None if kind == "rmdir" else step["before"]})

    _edit_journal(staging, edit)
    swap.recover(out)
    assert snapshot(outside) == before_outside
    assert snapshot(out) == old_ref  # nothing applied
    assert staging_leftovers(out) == []


@pytest.mark.parametrize("case", ["source-link", "source-escape", "other-output", "manifest-not-last",
                                  "unknown-kind", "bad-hash", "not-json", "deep-json", "link-in-the-way"])
def test_a_corrupt_journal_or_staging_folder_applies_nothing(tmp_path: Path, case: str) -> None:
    out, staging, old_ref, _ = _killed_after_commit(tmp_path)
    outside = _outside(tmp_path)
    before_outside = snapshot(outside)
    journal = staging / inplace.JOURNAL
    data = json.loads(journal.read_text())
    steps = data["steps"]
    if case == "source-link":  # the staged file replaced by a link to a file outside
        os.unlink(staging / steps[0]["source"])
        os.symlink(outside / "victim.txt", staging / steps[0]["source"])
    elif case == "source-escape":
        steps[0]["source"] = "../../outside/victim.txt"
    elif case == "other-output":
        data["output"] = "elsewhere"
    elif case == "manifest-not-last":
        steps.append(steps.pop(0))
    elif case == "unknown-kind":
        steps[0]["kind"] = "chmod"
    elif case == "bad-hash":
        steps[0]["after"] = "0" * 64
    elif case == "link-in-the-way":  # the parent folder of a target swapped for a link to outside
        parent = out / steps[0]["path"].rsplit("/", 1)[0]
        shutil.rmtree(parent)
        os.symlink(outside, parent)
        old_ref = snapshot(out)
    text = {"not-json": "{not json", "deep-json": "[" * 200_000 + "]" * 200_000}.get(case, json.dumps(data))
    journal.write_text(text)
    swap.recover(out)
    assert snapshot(outside) == before_outside
    assert snapshot(out) == old_ref
    assert staging_leftovers(out) == []


def test_a_committed_journal_that_cannot_be_applied_stops_the_run_and_is_kept(tmp_path: Path,
                                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    out, staging, _, new_ref = _killed_after_commit(tmp_path)

    def denied(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied", str(out / "pkg"))

    with monkeypatch.context() as mp:
        mp.setattr(inplace.os, "replace", denied)
        with pytest.raises(InputError, match="interrupted run"):
            swap.recover(out)
    assert inplace.committed(staging, out)
    swap.recover(out)
    assert snapshot(out) == new_ref and staging_leftovers(out) == []
