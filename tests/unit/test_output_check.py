"""check_tree: in-memory comparison, summary by path, bounded unified diff, nothing written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.options import MANIFEST_NAME, Options
from generator.output import check_tree, write_tree

SPEC_HASH = "12" * 32


def tree(tag: str = "one") -> dict[str, str]:
    files = {f"pkg/m{i}.py": f"def f{i}( x ):\n  return '{tag}'\n" for i in range(4)}
    files["README.md"] = f"# {tag}\n"
    return files


def snapshot(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture
def options(tmp_path: Path) -> Options:
    opts = Options(spec=Path("spec.yaml"), output=tmp_path / "out", jobs=1)
    write_tree(tree(), opts, SPEC_HASH)
    return opts


def test_fresh_generation_is_clean_and_check_skips_black(options: Options) -> None:
    outcome = check_tree(tree(), options, SPEC_HASH)
    assert outcome.clean and outcome.describe() == f"{outcome.output}: up to date\n"
    assert (outcome.formatted, outcome.cached) == (0, 4)
    assert check_tree(tree(), options.with_(use_cache=False), SPEC_HASH).formatted == 4


def test_spec_change_is_drift_with_a_diff_naming_the_changed_text(options: Options) -> None:
    files = tree()
    files["pkg/m2.py"] = "def f2( x ):\n  return 'two'\n"
    outcome = check_tree(files, options, SPEC_HASH)
    assert not outcome.clean
    text = outcome.describe(100)
    assert outcome.changed == ("pkg/m2.py", MANIFEST_NAME)
    assert "changed: pkg/m2.py, .sdkgen-manifest.json" in text
    assert "--- a/pkg/m2.py\n+++ b/pkg/m2.py\n" in text
    assert '-    return "one"\n+    return "two"' in text


def test_added_and_removed_files_are_listed(options: Options) -> None:
    files = tree()
    del files["pkg/m3.py"]
    files["pkg/new.py"] = "n = 1\n"
    outcome = check_tree(files, options, SPEC_HASH)
    assert outcome.added == ("pkg/new.py",) and outcome.removed == ("pkg/m3.py",)
    text = outcome.describe(100)
    assert "\nadded: pkg/new.py\n" in text and "\nremoved: pkg/m3.py\n" in text
    assert "--- /dev/null\n+++ b/pkg/new.py" in text and "--- a/pkg/m3.py\n+++ /dev/null" in text


def test_hand_edits_are_drift_and_user_files_are_not(options: Options) -> None:
    out = options.output
    (out / "mine.py").write_text("mine = True\n")
    (out / "pkg" / "helpers").mkdir()
    (out / "pkg" / "helpers" / "x.txt").write_text("x")
    assert check_tree(tree(), options, SPEC_HASH).clean
    (out / "pkg/m0.py").write_text((out / "pkg/m0.py").read_text().replace("one", "hacked"))
    outcome = check_tree(tree(), options, SPEC_HASH)
    assert outcome.changed == ("pkg/m0.py",)
    assert '-    return "hacked"\n+    return "one"' in outcome.describe()


def test_deleted_generated_file_is_drift(options: Options) -> None:
    (options.output / "pkg/m1.py").unlink()
    assert check_tree(tree(), options, SPEC_HASH).added == ("pkg/m1.py",)


def test_missing_manifest_with_files_present_is_drift(options: Options) -> None:
    (options.output / MANIFEST_NAME).unlink()
    outcome = check_tree(tree(), options, SPEC_HASH)
    assert outcome.added == (MANIFEST_NAME,) and not outcome.changed
    assert f"added: {MANIFEST_NAME}" in outcome.describe()


def test_missing_output_folder_is_drift(tmp_path: Path) -> None:
    outcome = check_tree(tree(), Options(spec=Path("s"), output=tmp_path / "none"), SPEC_HASH)
    assert set(outcome.added) == set(tree()) | {MANIFEST_NAME}
    assert "does not exist" in outcome.describe() and "---" not in outcome.describe()
    assert not (tmp_path / "none").exists()


def test_spec_hash_change_alone_is_drift_in_the_manifest(options: Options) -> None:
    outcome = check_tree(tree(), options, "34" * 32)
    assert outcome.changed == (MANIFEST_NAME,)
    assert '- "spec": "' + "12" * 32 in outcome.describe()


def test_tool_versions_in_the_manifest_are_not_drift(options: Options) -> None:
    manifest = options.output / MANIFEST_NAME
    data = json.loads(manifest.read_text())
    data["generator"] = "0.0.1"
    data["black"] = "25.1.0"
    data["format"] = "black 25.1.0 line-length=88"
    manifest.write_text(json.dumps(data, indent=2))
    outcome = check_tree(tree(), options, SPEC_HASH)
    assert outcome.clean and outcome.formatted == 4  # the cache is not trusted across formatters


def test_diff_is_bounded(options: Options) -> None:
    files = {p: t.replace("one", "other") for p, t in tree().items()}
    outcome = check_tree(files, options, SPEC_HASH)
    full = outcome.describe(10_000).splitlines()
    short = outcome.describe(5).splitlines()
    header = [line for line in full if not line.startswith(("---", "+++", "@@", "-", "+", " "))]
    assert len(short) == len(header) + 5 + 1
    assert short[-1].startswith("... ") and "more diff line(s) not shown" in short[-1]
    assert outcome.describe(0).splitlines()[-1].startswith("... ")


def test_check_writes_nothing(options: Options) -> None:
    before = snapshot(options.output)
    parent = sorted(p.name for p in options.output.parent.iterdir())
    check_tree(tree("changed"), options, SPEC_HASH)
    assert snapshot(options.output) == before
    assert sorted(p.name for p in options.output.parent.iterdir()) == parent
