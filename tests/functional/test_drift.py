"""Issue 5's "Done when", through the real CLI (`python -m generator`) on tests/specs/drift_base.yaml.

Two runs give identical trees; `check` passes on a fresh generation and fails
with exit 1 and a diff naming the changed text after a spec change; removing an
operation removes its files and keeps the user's; hand-edited files stop the
run unless --force; a failed run writes nothing; a killed run leaves the old or
the new tree.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from generator.options import MANIFEST_NAME

REPO = Path(__file__).resolve().parents[2]
BASE_SPEC = REPO / "tests" / "specs" / "drift_base.yaml"
PACKAGE = "drift"


def sdkgen(*args: str | Path, cwd: Path | None = None, seed: str = "0") -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONHASHSEED=seed, PYTHONPATH=str(REPO))
    return subprocess.run([sys.executable, "-m", "generator", *map(str, args)], capture_output=True, text=True,
                          cwd=cwd or REPO, env=env, timeout=120)


def generate(spec: Path, out: Path, *extra: str, **kw: object) -> subprocess.CompletedProcess[str]:
    return sdkgen("generate", spec, "-o", out, "--package-name", PACKAGE, *extra, **kw)  # type: ignore[arg-type]


def check(spec: Path, out: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return sdkgen("check", spec, "-o", out, "--package-name", PACKAGE, *extra)


def tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def manifest_files(root: Path) -> set[str]:
    return set(json.loads((root / MANIFEST_NAME).read_text())["files"])


@pytest.fixture
def spec(tmp_path: Path) -> Path:
    copy = tmp_path / "spec" / "openapi.yaml"
    copy.parent.mkdir()
    copy.write_text(BASE_SPEC.read_text())
    return copy


def edit(spec: Path, old: str, new: str) -> None:
    text = spec.read_text()
    assert old in text
    spec.write_text(text.replace(old, new))


def test_two_runs_give_identical_trees(spec: Path, tmp_path: Path) -> None:
    first, second = tmp_path / "one", tmp_path / "two"
    run = generate(spec, first, seed="1")
    assert run.returncode == 0, run.stderr
    # another hash seed and another working folder (paths given relative to it)
    run = generate(Path("spec/openapi.yaml"), Path("two"), cwd=tmp_path, seed="2")
    assert run.returncode == 0, run.stderr
    assert tree(first) == tree(second)
    assert MANIFEST_NAME in tree(first) and len(tree(first)) > 5
    again = generate(spec, first, seed="3")
    assert again.returncode == 0 and "0 written, 0 removed" in again.stdout
    assert tree(first) == tree(second)


#: properties each with a finding the validator tolerates: jsonschema visits a schema's
#: `properties` through a set, so its findings come in an order that follows the hash seed
_MANY_FINDINGS = """\
openapi: 3.0.3
info: {title: Findings, version: "1.0"}
paths: {}
components:
  schemas:
    Thing:
      type: object
      properties:
""" + "".join(f"        p{i}: {{type: object, required: []}}\n" for i in range(12))


def test_findings_and_manifest_do_not_depend_on_the_hash_seed(tmp_path: Path) -> None:
    spec = tmp_path / "findings.yaml"
    spec.write_text(_MANY_FINDINGS)
    runs = [generate(spec, tmp_path / f"out{seed}", seed=seed) for seed in ("1", "2", "3")]
    for run in runs:
        assert run.returncode == 0, run.stderr
        assert run.stderr.count("`required` is an empty list") == 12
    reports = [run.stderr.replace(str(tmp_path), "") for run in runs]
    assert reports[0] == reports[1] == reports[2]
    assert tree(tmp_path / "out1")[MANIFEST_NAME] == tree(tmp_path / "out2")[MANIFEST_NAME] == \
        tree(tmp_path / "out3")[MANIFEST_NAME]
    # sorted by pointer (names as text: p0, p1, p10, p11, p2, ...)
    lines = [line for line in reports[0].splitlines() if "`required` is an empty list" in line]
    assert [line.split("/properties/")[1].split("/")[0] for line in lines] == sorted(f"p{i}" for i in range(12))
    validate = [sdkgen("validate", spec, seed=seed) for seed in ("1", "2")]
    assert validate[0].returncode == validate[1].returncode == 2
    assert validate[0].stdout + validate[0].stderr == validate[1].stdout + validate[1].stderr


def test_check_passes_fresh_and_fails_with_a_diff_after_a_spec_change(spec: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert generate(spec, out).returncode == 0
    clean = check(spec, out)
    assert clean.returncode == 0, clean.stdout + clean.stderr
    assert "up to date" in clean.stdout

    before = tree(out)
    edit(spec, "The name the pet answers to.", "What the owner calls it at dinner time.")
    drift = check(spec, out)
    assert drift.returncode == 1, drift.stdout + drift.stderr
    assert "changed: " in drift.stdout and f"{PACKAGE}/models/pet.py" in drift.stdout
    plus = [line for line in drift.stdout.splitlines() if line.startswith("+") and not line.startswith("+++")]
    minus = [line for line in drift.stdout.splitlines() if line.startswith("-") and not line.startswith("---")]
    assert any("What the owner calls it at dinner time." in line for line in plus)
    assert any("The name the pet answers to." in line for line in minus)
    assert tree(out) == before  # check writes nothing

    short = check(spec, out, "--diff-lines", "3")
    assert short.returncode == 1 and "more diff line(s) not shown" in short.stdout
    assert generate(spec, out).returncode == 0
    assert check(spec, out).returncode == 0


def test_hand_edits_are_drift_and_user_files_are_not(spec: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert generate(spec, out).returncode == 0
    (out / "NOTES.md").write_text("mine\n")
    (out / PACKAGE / "extra.py").write_text("X = 1\n")
    assert check(spec, out).returncode == 0
    model = out / PACKAGE / "models" / "store.py"
    model.write_text(model.read_text() + "# tweaked by hand\n")
    drift = check(spec, out)
    assert drift.returncode == 1 and f"changed: {PACKAGE}/models/store.py" in drift.stdout
    assert "-# tweaked by hand" in drift.stdout


def test_missing_manifest_is_drift(spec: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert generate(spec, out).returncode == 0
    (out / MANIFEST_NAME).unlink()
    drift = check(spec, out)
    assert drift.returncode == 1 and f"added: {MANIFEST_NAME}" in drift.stdout


def test_removing_an_operation_removes_its_files_and_keeps_the_users(spec: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert generate(spec, out).returncode == 0
    before = manifest_files(out)
    mine = {"NOTES.md": "mine\n", f"{PACKAGE}/api/custom_api.py": "# my own API helpers\n",
            f"{PACKAGE}/models/my_model.py": "class Mine: ...\n", "scripts/run.sh": "echo hi\n"}
    for rel, text in mine.items():
        (out / rel).parent.mkdir(parents=True, exist_ok=True)
        (out / rel).write_text(text)

    text = spec.read_text()
    start, end = text.index("  /stores:"), text.index("components:")
    spec.write_text(text[:start] + text[end:])  # listStores and its path are gone
    edit(spec, "  - name: stores\n", "")
    edit(spec, text[text.index("    Store:"):], "")  # and the Store schema
    run = generate(spec, out)
    assert run.returncode == 0, run.stderr

    gone = before - manifest_files(out)
    assert {f"{PACKAGE}/api/stores_api.py", f"{PACKAGE}/models/store.py"} <= gone
    for rel in gone:
        assert not (out / rel).exists(), rel
    assert "stores" not in (out / PACKAGE / "api" / "__init__.py").read_text().lower()
    for rel, text in mine.items():
        assert (out / rel).read_text() == text, rel
    assert check(spec, out).returncode == 0
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".sdkgen-")]


def test_hand_edited_files_stop_the_run_unless_forced(spec: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert generate(spec, out).returncode == 0
    pet = out / PACKAGE / "models" / "pet.py"
    api = out / PACKAGE / "api" / "pets_api.py"
    pet.write_text(pet.read_text() + "# my fix\n")
    api.write_text(api.read_text() + "# my other fix\n")
    edit(spec, "Returns the pet with this id.", "Returns one pet.")
    before = tree(out)
    run = generate(spec, out)
    assert run.returncode == 2
    assert f"{PACKAGE}/models/pet.py" in run.stderr and f"{PACKAGE}/api/pets_api.py" in run.stderr
    assert "--force" in run.stderr and "nothing was written" in run.stderr
    assert "Traceback" not in run.stderr
    assert tree(out) == before
    forced = generate(spec, out, "--force")
    assert forced.returncode == 0, forced.stderr
    assert "# my fix" not in pet.read_text() and "Returns one pet." in api.read_text()
    assert check(spec, out).returncode == 0


def test_a_failed_run_writes_nothing(spec: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert generate(spec, out).returncode == 0
    before = tree(out)
    edit(spec, '$ref: "#/components/schemas/Pet"', '$ref: "#/components/schemas/Nope"')
    run = generate(spec, out)
    assert run.returncode == 2 and "Nope" in run.stderr and "Traceback" not in run.stderr
    assert tree(out) == before
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".sdkgen-")]


def test_a_killed_run_leaves_the_old_or_the_new_tree(spec: Path, tmp_path: Path) -> None:
    old_spec, new_spec = spec, tmp_path / "spec" / "new.yaml"
    new_spec.write_text(spec.read_text().replace("A pet for sale.", "A pet, for sale or not.")
                        .replace("Returns every store that sells pets.", "Lists the stores."))
    references = {}
    for name, s in (("old", old_spec), ("new", new_spec)):
        assert generate(s, tmp_path / f"ref_{name}").returncode == 0
        references[name] = tree(tmp_path / f"ref_{name}")
    assert references["old"] != references["new"]

    out = tmp_path / "out"
    seed = random.randrange(1 << 30)
    rng = random.Random(seed)
    outcomes = []
    for attempt in range(3):
        assert generate(old_spec, out).returncode == 0
        env = dict(os.environ, PYTHONPATH=str(REPO))
        child = subprocess.Popen([sys.executable, "-m", "generator", "generate", str(new_spec), "-o", str(out),
                                  "--package-name", PACKAGE, "--no-cache"],
                                 cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.2, 2.0))
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        found = tree(out)
        matches = [name for name, ref in references.items() if ref == found]
        assert matches, f"neither the old nor the new tree after kill -9 (seed {seed}, attempt {attempt})"
        outcomes.append(matches[0])
        # the next run cleans up any staging the killed one left
        assert generate(new_spec, out).returncode == 0
        assert not [p for p in tmp_path.iterdir() if p.name.startswith(".sdkgen-")]
        assert tree(out) == references["new"]
