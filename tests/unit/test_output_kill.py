"""kill -9 at random moments: the output is always the complete old tree or the complete new one.

A child process regenerates the same output over and over, alternating
between two trees that differ in every file (and in which files exist), with
a user file beside them.  The test kills it with SIGKILL at random moments,
then compares the folder with the two reference trees, and checks that the
next run cleans up the staging the killed run left behind.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from generator.options import Options
from generator.output import swap, write_tree

REPO = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL semantics")

CHILD = r"""
import sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[3])
from generator.options import Options
from generator.output import write_tree
sys.path.insert(0, sys.argv[4])
from test_output_kill import make_tree
options = Options(spec=Path("s"), output=Path(sys.argv[1]), jobs=1)
use_exchange = sys.argv[2] == "exchange"
trees = [make_tree("A"), make_tree("B")]
deadline = time.monotonic() + 60
i = 0
while time.monotonic() < deadline:
    write_tree(trees[i % 2], options, "0" * 64, use_exchange=use_exchange)
    if i == 0:
        print("ready", flush=True)
    i += 1
"""


def make_tree(tag: str) -> dict[str, str]:
    files = {f"docs/section{i // 50}/page{i}.md": f"# page {i} {tag}\n" + "text\n" * 20 for i in range(250)}
    files.update({f"pkg/mod{i}.py": f"VALUE = '{tag}{i}'\n" for i in range(10)})
    files[f"only_{tag}/file.txt"] = tag  # each tree has a file the other lacks
    return files


def snapshot(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def references(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, bytes]]:
    base = tmp_path_factory.mktemp("refs")
    refs = {}
    for tag in "AB":
        write_tree(make_tree(tag), Options(spec=Path("s"), output=base / tag, jobs=1), "0" * 64)
        refs[tag] = snapshot(base / tag)
    assert refs["A"] != refs["B"]
    return refs


@pytest.mark.parametrize("mode", ["exchange", "fallback"])
def test_kill_9_leaves_the_old_or_the_new_tree(tmp_path: Path, references, mode: str) -> None:  # type: ignore[no-untyped-def]
    if mode == "exchange" and not swap._libc_renameat2():
        pytest.skip("renameat2 not available; the fallback case covers this system")
    seed = random.randrange(1 << 30)
    rng = random.Random(seed)
    out = tmp_path / "out"
    user_file = b"my own notes\n"
    write_tree(make_tree("A"), Options(spec=Path("s"), output=out, jobs=1), "0" * 64)
    (out / "NOTES.txt").write_bytes(user_file)
    seen = set()
    for attempt in range(6):
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(out), mode, str(REPO), str(Path(__file__).parent)],
            stdout=subprocess.PIPE, text=True,
        )
        try:
            assert child.stdout is not None and child.stdout.readline() == "ready\n"
            time.sleep(rng.uniform(0.0, 0.6))
        finally:
            os.kill(child.pid, signal.SIGKILL)
            child.wait()
        where = f"(seed {seed}, attempt {attempt}, mode {mode})"
        if mode == "fallback" and not out.exists():
            # killed between the two renames: the backup is complete, the next run restores it
            assert [p for p in swap.leftovers(out) if p.name.startswith(swap.BACKUP_PREFIX)], where
            seen.add("recovered")
            swap.recover(out)
        found = snapshot(out)
        assert found.pop("NOTES.txt", None) == user_file, f"the user's file was lost {where}"
        matches = [tag for tag, ref in references.items() if found == ref]
        assert matches, f"the output is neither the old nor the new tree {where}"
        seen.add(matches[0])
        # the next run cleans up whatever staging the killed run left behind
        write_tree(make_tree(matches[0]), Options(spec=Path("s"), output=out, jobs=1), "0" * 64)
        assert swap.leftovers(out) == [], where
    assert seen & {"A", "B"}
