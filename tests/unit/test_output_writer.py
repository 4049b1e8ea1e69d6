"""write_tree: manifest, cache, ownership, hand edits, atomic replacement and recovery."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from generator import __version__
from generator.diagnostics import InputError
from generator.options import MANIFEST_NAME, Options
from generator.output import check_tree, swap, write_tree
from generator.output.formatting import black_version

SPEC_HASH = "ab" * 32
REPO = Path(__file__).resolve().parents[2]


def tree(n: int = 6, tag: str = "") -> dict[str, str]:
    files = {f"pkg/models/m{i}.py": f"class M{i}( object ):\n  x:int={i}\n  note='{tag}'\n" for i in range(n)}
    files["pkg/__init__.py"] = "from .models import *\n"
    files["docs/M0.md"] = f"# M0 {tag}\n"
    return files


def snapshot(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture
def options(tmp_path: Path) -> Options:
    return Options(spec=Path("spec.yaml"), output=tmp_path / "sub" / "out", package_name="shop", jobs=1)


def test_first_run_writes_formatted_files_and_a_manifest(options: Options) -> None:
    result = write_tree(tree(), options, SPEC_HASH)
    out = options.output
    assert result.describe() == "8 written, 0 removed, 0 unchanged; black: 7 formatted, 0 cached"
    assert (out / "pkg/models/m1.py").read_text() == 'class M1(object):\n    x: int = 1\n    note = ""\n'
    assert (out / "docs/M0.md").read_text() == "# M0 \n"  # not Python: untouched
    manifest = json.loads((out / MANIFEST_NAME).read_text())
    assert manifest["generator"] == __version__ and manifest["black"] == black_version()
    assert manifest["spec"] == SPEC_HASH and manifest["package"] == "shop"
    assert sorted(manifest["files"]) == sorted(tree())
    assert list(manifest) == sorted(manifest)
    assert not [p for p in out.parent.iterdir() if p.name.startswith(".sdkgen-")]


def test_output_is_byte_identical_whatever_the_dict_order(tmp_path: Path, options: Options) -> None:
    write_tree(tree(), options, SPEC_HASH)
    other = options.with_(output=tmp_path / "again")
    write_tree(dict(reversed(list(tree().items()))), other, SPEC_HASH)
    assert snapshot(options.output) == snapshot(other.output)


def test_output_is_byte_identical_across_hash_seeds_and_folders(tmp_path: Path) -> None:
    script = (
        "import sys; from pathlib import Path; sys.path.insert(0, sys.argv[2])\n"
        "from generator.options import Options; from generator.output import write_tree\n"
        "files = {f'p/m{i}.py': f'x = {{{i}, \"a\", \"b\"}}\\n' for i in range(20)}\n"
        "write_tree(files, Options(spec=Path('s'), output=Path(sys.argv[1])), '0' * 64)\n"
    )
    trees = []
    for seed, cwd in (("1", tmp_path), ("2", REPO)):
        out = tmp_path / f"out{seed}"
        env = dict(os.environ, PYTHONHASHSEED=seed)
        subprocess.run([sys.executable, "-c", script, str(out), str(REPO)], check=True, env=env, cwd=cwd)
        trees.append(snapshot(out))
    assert trees[0] == trees[1]


def test_second_run_changes_nothing_and_skips_black(options: Options) -> None:
    write_tree(tree(), options, SPEC_HASH)
    before = {p: os.stat(options.output / p).st_ino for p in tree()}
    result = write_tree(tree(), options, SPEC_HASH)
    assert result.describe() == "0 written, 0 removed, 8 unchanged; black: 0 formatted, 7 cached"
    assert {p: os.stat(options.output / p).st_ino for p in tree()} == before  # nothing rewritten


def test_no_cache_formats_everything_and_gives_the_same_bytes(options: Options) -> None:
    write_tree(tree(), options, SPEC_HASH)
    first = snapshot(options.output)
    result = write_tree(tree(), options.with_(use_cache=False), SPEC_HASH)
    assert (result.formatted, result.cached) == (7, 0)
    assert snapshot(options.output) == first


def test_cache_is_not_trusted_after_a_formatter_change(options: Options) -> None:
    write_tree(tree(), options, SPEC_HASH)
    manifest = options.output / MANIFEST_NAME
    data = json.loads(manifest.read_text())
    data["format"] = "black 1.0 line-length=88"
    manifest.write_text(json.dumps(data))
    result = write_tree(tree(), options, SPEC_HASH)
    assert (result.formatted, result.cached) == (7, 0)
    assert json.loads(manifest.read_text())["format"] != "black 1.0 line-length=88"


def test_cache_only_covers_files_whose_render_is_unchanged(options: Options) -> None:
    write_tree(tree(), options, SPEC_HASH)
    files = tree()
    files["pkg/models/m2.py"] = "class M2( object ):\n  y:str='changed'\n"
    result = write_tree(files, options, SPEC_HASH)
    assert (result.formatted, result.cached) == (1, 6)
    assert result.written == ("pkg/models/m2.py",)
    assert (options.output / "pkg/models/m2.py").read_text() == 'class M2(object):\n    y: str = "changed"\n'


def test_removed_files_go_with_their_emptied_folders_and_user_files_stay(options: Options) -> None:
    out = options.output
    files = tree()
    files["pkg/api/orders_api.py"] = "x=1\n"
    files["docs/api/OrdersApi.md"] = "# Orders\n"
    write_tree(files, options, SPEC_HASH)
    (out / "pkg/models/custom.py").write_text("# mine\n")
    (out / "NOTES.txt").write_text("mine too")
    (out / "mine" / "deep").mkdir(parents=True)
    (out / "docs/api/extra.md").write_text("mine\n")
    os.symlink("NOTES.txt", out / "notes-link")
    ino = os.stat(out / "NOTES.txt").st_ino

    result = write_tree(tree(), options, SPEC_HASH)
    assert result.removed == ("docs/api/OrdersApi.md", "pkg/api/orders_api.py")
    assert not (out / "pkg/api").exists()  # emptied: removed
    assert (out / "docs/api/extra.md").read_text() == "mine\n"  # not emptied: kept
    assert (out / "pkg/models/custom.py").read_text() == "# mine\n"
    assert (out / "NOTES.txt").read_text() == "mine too"
    assert os.stat(out / "NOTES.txt").st_ino == ino  # carried over by hard link, not rewritten
    assert (out / "mine" / "deep").is_dir()  # the user's empty folder stays
    assert os.readlink(out / "notes-link") == "NOTES.txt"
    assert check_tree(tree(), options, SPEC_HASH).clean


def test_folders_keep_their_permissions_across_a_regeneration(options: Options) -> None:
    out = options.output
    write_tree(tree(), options, SPEC_HASH)
    (out / "private").mkdir()
    (out / "private" / "keys.txt").write_text("mine")  # a folder holding only a file of the user's
    os.chmod(out / "private", 0o700)
    os.chmod(out / "pkg" / "models", 0o750)  # a generated folder
    os.chmod(out / "pkg", 0o711)  # a generated folder holding only folders and files
    write_tree(tree(tag="v2"), options, SPEC_HASH)
    assert (out / "private" / "keys.txt").read_text() == "mine"
    modes = {rel: stat.S_IMODE(os.stat(out / rel).st_mode) for rel in ("private", "pkg/models", "pkg")}
    assert modes == {"private": 0o700, "pkg/models": 0o750, "pkg": 0o711}


def test_hand_edited_files_stop_the_run_unless_forced(options: Options) -> None:
    out = options.output
    write_tree(tree(), options, SPEC_HASH)
    (out / "pkg/models/m1.py").write_text("# my fix\n")
    (out / "docs/M0.md").write_text("# edited\n")
    before = snapshot(out)
    with pytest.raises(InputError) as info:
        write_tree(tree(tag="v2"), options, SPEC_HASH)
    messages = [d.message for d in info.value.diagnostics]
    assert len(messages) == 2
    assert "docs/M0.md" in messages[0] and "pkg/models/m1.py" in messages[1]
    assert "--force" in (info.value.diagnostics[0].hint or "")
    assert snapshot(out) == before  # nothing written
    write_tree(tree(tag="v2"), options.with_(force=True), SPEC_HASH)
    assert (out / "docs/M0.md").read_text() == "# M0 v2\n"
    assert "my fix" not in (out / "pkg/models/m1.py").read_text()


def test_hand_edited_file_that_would_be_removed_also_stops_the_run(options: Options) -> None:
    write_tree(tree(), options, SPEC_HASH)
    (options.output / "pkg/models/m5.py").write_text("# precious\n")
    with pytest.raises(InputError, match="m5.py"):
        write_tree(tree(n=5), options, SPEC_HASH)
    assert (options.output / "pkg/models/m5.py").read_text() == "# precious\n"


def test_user_file_at_a_generated_path_is_not_clobbered(options: Options) -> None:
    out = options.output
    write_tree(tree(), options, SPEC_HASH)
    (out / "pkg/extra.py").write_text("# mine\n")
    files = dict(tree(), **{"pkg/extra.py": "x=1\n"})
    with pytest.raises(InputError, match="not written by sdkgen"):
        write_tree(files, options, SPEC_HASH)
    assert (out / "pkg/extra.py").read_text() == "# mine\n"
    write_tree(files, options.with_(force=True), SPEC_HASH)
    assert (out / "pkg/extra.py").read_text() == "x = 1\n"


def test_existing_identical_files_without_manifest_are_adopted(options: Options) -> None:
    write_tree(tree(), options, SPEC_HASH)
    (options.output / MANIFEST_NAME).unlink()
    result = write_tree(tree(), options, SPEC_HASH)
    assert result.written == () and (options.output / MANIFEST_NAME).exists()


def test_user_file_in_the_way_of_a_generated_folder_is_refused_even_with_force(options: Options) -> None:
    write_tree(tree(), options, SPEC_HASH)
    (options.output / "pkg/api").write_text("a file of mine")
    files = dict(tree(), **{"pkg/api/orders.py": "x=1\n"})
    with pytest.raises(InputError, match="in the way"):
        write_tree(files, options.with_(force=True), SPEC_HASH)
    assert (options.output / "pkg/api").read_text() == "a file of mine"


def test_corrupt_manifest_stops_the_run_unless_forced(options: Options) -> None:
    write_tree(tree(), options, SPEC_HASH)
    (options.output / MANIFEST_NAME).write_text("{not json")
    with pytest.raises(InputError, match="manifest"):
        write_tree(tree(), options, SPEC_HASH)
    write_tree(tree(), options.with_(force=True), SPEC_HASH)
    assert check_tree(tree(), options, SPEC_HASH).clean


def test_bad_input_creates_no_folders(tmp_path: Path) -> None:
    options = Options(spec=Path("s"), output=tmp_path / "a" / "b" / "out")
    with pytest.raises(InputError):
        write_tree({"x.py": "def (:\n"}, options, SPEC_HASH)
    assert list(tmp_path.iterdir()) == []


def test_unreadable_user_folder_stops_the_run(options: Options, monkeypatch: pytest.MonkeyPatch) -> None:
    write_tree(tree(), options, SPEC_HASH)
    private = options.output / "private"
    private.mkdir()
    (private / "secret.txt").write_text("x")
    real_scandir = os.scandir

    def scandir(path):  # type: ignore[no-untyped-def]  # what chmod 000 does for a non-root user
        if Path(path) == private:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    with pytest.raises(InputError, match="cannot be read"):
        write_tree(tree(tag="v2"), options, SPEC_HASH)
    monkeypatch.undo()
    assert (private / "secret.txt").read_text() == "x"
    assert (options.output / "docs/M0.md").read_text() == "# M0 \n"  # old tree untouched


def test_output_that_is_a_file_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "out"
    target.write_text("not a folder")
    with pytest.raises(InputError, match="not a folder"):
        write_tree(tree(), Options(spec=Path("s"), output=target), SPEC_HASH)
    with pytest.raises(InputError, match="not a folder"):
        check_tree(tree(), Options(spec=Path("s"), output=target), SPEC_HASH)
    assert target.read_text() == "not a folder"


def test_output_containing_the_working_folder_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "out" / "inner").mkdir(parents=True)
    monkeypatch.chdir(tmp_path / "out" / "inner")
    with pytest.raises(InputError, match="contains the current folder"):
        write_tree(tree(), Options(spec=Path("s"), output=tmp_path / "out"), SPEC_HASH)


def test_invalid_python_writes_nothing(options: Options) -> None:
    write_tree(tree(), options, SPEC_HASH)
    before = snapshot(options.output)
    with pytest.raises(InputError, match="not valid Python"):
        write_tree(dict(tree(tag="v2"), **{"pkg/broken.py": "def (:\n"}), options, SPEC_HASH)
    assert snapshot(options.output) == before


@pytest.mark.parametrize("existing", ["absent", "empty"])
def test_a_cold_run_stages_unformatted_files_early_and_gives_the_same_tree(options: Options, tmp_path: Path,
                                                                          existing: str) -> None:
    """Cold runs put docs into the staging folder while black works; the bytes are the same."""
    options.output.parent.mkdir(parents=True)
    if existing == "empty":
        options.output.mkdir()
    from generator.output import writer

    staged: list[str] = []
    real_start = writer._EarlyStaging.start

    def spying(self, finals):  # type: ignore[no-untyped-def]
        staged.extend(finals)
        real_start(self, finals)

    writer._EarlyStaging.start = spying  # type: ignore[method-assign]
    try:
        write_tree(tree(), options, SPEC_HASH)
    finally:
        writer._EarlyStaging.start = real_start  # type: ignore[method-assign]
    assert staged == ["docs/M0.md"]  # only what needs no formatting
    reference = options.with_(output=tmp_path / "reference")
    write_tree(tree(), reference, SPEC_HASH)  # its parent does not exist: no early staging
    assert snapshot(options.output) == snapshot(reference.output)
    assert not [p for p in options.output.parent.iterdir() if p.name.startswith(".sdkgen-")]


def test_a_cold_run_failing_after_early_staging_leaves_nothing(options: Options) -> None:
    options.output.parent.mkdir(parents=True)
    with pytest.raises(InputError, match="not valid Python"):
        write_tree(dict(tree(), **{"pkg/broken.py": "def (:\n"}), options, SPEC_HASH)
    assert not os.path.lexists(options.output)
    assert list(options.output.parent.iterdir()) == []


def test_symlinked_output_folder_is_written_through(tmp_path: Path) -> None:
    real = tmp_path / "real"
    real.mkdir()
    os.symlink(real, tmp_path / "link")
    write_tree(tree(), Options(spec=Path("s"), output=tmp_path / "link"), SPEC_HASH)
    assert (tmp_path / "link").is_symlink() and (real / "pkg/__init__.py").is_file()


def test_only_the_manifest_changes_when_only_the_spec_hash_does(options: Options) -> None:
    write_tree(tree(), options, SPEC_HASH)
    ino = os.stat(options.output).st_ino
    result = write_tree(tree(), options, "cd" * 32)
    assert result.written == ()
    assert os.stat(options.output).st_ino == ino  # no tree swap for a manifest-only change
    assert json.loads((options.output / MANIFEST_NAME).read_text())["spec"] == "cd" * 32
    assert not [p for p in options.output.parent.iterdir() if p.name.startswith(".sdkgen-")]


# --- atomic replacement ----------------------------------------------------------------


def test_a_run_failing_while_staging_leaves_the_old_tree_and_no_staging(options: Options,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    write_tree(tree(), options, SPEC_HASH)
    before = snapshot(options.output)
    from generator.output import writer

    def boom(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(writer.swap, "sync_tree", boom)
    with pytest.raises(OSError):
        write_tree(tree(tag="v2"), options, SPEC_HASH)
    assert snapshot(options.output) == before
    assert not [p for p in options.output.parent.iterdir() if p.name.startswith(".sdkgen-")]


def test_the_swap_is_an_exchange_on_linux(options: Options, monkeypatch: pytest.MonkeyPatch) -> None:
    if not swap._libc_renameat2():
        pytest.skip("renameat2 is not available here (the fallback is tested below)")
    write_tree(tree(), options, SPEC_HASH)
    used = []
    real = swap.exchange
    monkeypatch.setattr(swap, "exchange", lambda a, b: used.append(real(a, b)) or used[-1])
    write_tree(tree(tag="v2"), options, SPEC_HASH)
    assert used == [True]
    assert (options.output / "docs/M0.md").read_text() == "# M0 v2\n"


def test_fallback_without_exchange_replaces_the_tree(options: Options) -> None:
    write_tree(tree(), options, SPEC_HASH)
    (options.output / "mine.txt").write_text("mine")
    write_tree(tree(tag="v2"), options, SPEC_HASH, use_exchange=False)
    assert (options.output / "docs/M0.md").read_text() == "# M0 v2\n"
    assert (options.output / "mine.txt").read_text() == "mine"
    assert not [p for p in options.output.parent.iterdir() if p.name.startswith(".sdkgen-")]


def test_next_run_cleans_leftover_staging(options: Options) -> None:
    write_tree(tree(), options, SPEC_HASH)
    leftover = swap.staging_path(options.output)
    (leftover / "pkg").mkdir(parents=True)
    (leftover / "pkg" / "half.py").write_text("half")
    unrelated = options.output.parent / ".sdkgen-staging-other-0123456789abcdef"
    unrelated.mkdir()
    result = write_tree(tree(), options, SPEC_HASH)
    assert result.cleaned == 1 and not leftover.exists()
    assert unrelated.exists()  # another output's staging is not ours to delete


def test_run_killed_between_the_fallback_renames_is_recovered(options: Options) -> None:
    """Simulate kill -9 after `output -> backup` and before `staging -> output`."""
    write_tree(tree(), options, SPEC_HASH)
    old = snapshot(options.output)
    staging = swap.staging_path(options.output)
    staging.mkdir()
    (staging / "partial.py").write_text("x")
    os.rename(options.output, swap.backup_path(options.output, staging))
    assert not options.output.exists()
    assert swap.recover(options.output) == 1
    assert snapshot(options.output) == old
    assert not [p for p in options.output.parent.iterdir() if p.name.startswith(".sdkgen-")]
