"""Path safety: every relative path is checked, and symlinks cannot lead writes outside the output."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator.diagnostics import InputError
from generator.options import Options
from generator.output import check_tree, write_tree
from generator.output.paths import check_inside, check_relative_paths, path_problem

SPEC_HASH = "0" * 64

GOOD = ["a.py", "pkg/models/order.py", "docs/Order.md", "pkg/__init__.py", "py.typed", ".gitignore",
        "caf\u00e9/x.py", "x" * 150 + ".md"]

BAD = {
    "": "empty",
    "/etc/passwd": "absolute",
    "C:/x.py": "absolute",
    "c:x.py": "absolute",
    "../x.py": "'..'",
    "pkg/../../x.py": "'..'",
    "pkg/..": "'..'",
    "./x.py": "'.'",
    "pkg//x.py": "empty",
    "pkg/": "empty",
    "a\x00b.py": "NUL",
    "pkg\\x.py": "backslash",
    "pkg/CON": "device",
    "pkg/con.py": "device",
    "aux/x.py": "device",
    "pkg/LPT1.txt": "device",
    "pkg/COM\u00b9.md": "device",
    "pkg/x.py ": "space or dot",
    "pkg/x.": "space or dot",
    "ab:c.py": "':'",
    "a|b.py": "'|'",
    "a?b.py": "'?'",
    "a\nb.py": "'\\n'",
    "a\x1bb.py": "'\\x1b'",
    "x" * 200: "characters long",
    "\ud800.py": "surrogate",
}


@pytest.mark.parametrize("rel", GOOD)
def test_good_paths_are_accepted(rel: str) -> None:
    assert path_problem(rel) is None


@pytest.mark.parametrize("rel,why", sorted(BAD.items()))
def test_bad_paths_are_refused_with_the_reason(rel: str, why: str) -> None:
    problem = path_problem(rel)
    assert problem is not None and why in problem
    with pytest.raises(InputError) as info:
        check_relative_paths([rel])
    assert repr(rel) in info.value.diagnostics[0].message


def test_non_string_path_is_refused() -> None:
    assert "not a string" in (path_problem(b"x.py") or "")


def test_paths_equal_but_for_case_collide() -> None:
    with pytest.raises(InputError, match="differ only in case"):
        check_relative_paths(["pkg/Order.py", "pkg/order.py"])


def test_every_bad_path_is_reported_at_once() -> None:
    with pytest.raises(InputError) as info:
        check_relative_paths(["../a", "/b", "ok.py", "c\x00"])
    assert len(info.value.diagnostics) == 3


def test_symlinked_parent_pointing_outside_is_refused(tmp_path: Path) -> None:
    out = tmp_path / "out"
    (out / "pkg").mkdir(parents=True)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    os.symlink(elsewhere, out / "pkg" / "models")
    check_inside(out, ["pkg/a.py", "pkg/new/b.py"])  # fine
    with pytest.raises(InputError, match="outside the output folder"):
        check_inside(out, ["pkg/models/order.py"])


def test_writer_refuses_escaping_paths_and_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "out"
    options = Options(spec=Path("spec.yaml"), output=out)
    for rel in ["../evil.py", "/tmp/evil.py", "a/../../evil.py", "nul.txt"]:
        with pytest.raises(InputError):
            write_tree({"ok.py": "x = 1\n", rel: "boom\n"}, options, SPEC_HASH)
        with pytest.raises(InputError):
            check_tree({"ok.py": "x = 1\n", rel: "boom\n"}, options, SPEC_HASH)
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_writer_refuses_a_write_through_a_symlink_leading_outside(tmp_path: Path) -> None:
    out = tmp_path / "out"
    options = Options(spec=Path("spec.yaml"), output=out)
    write_tree({"pkg/a.py": "a = 1\n"}, options, SPEC_HASH)
    secret = tmp_path / "secret"
    secret.mkdir()
    os.symlink(secret, out / "pkg" / "models")  # the user's (or an attacker's) link
    with pytest.raises(InputError, match="outside the output folder"):
        write_tree({"pkg/a.py": "a = 1\n", "pkg/models/x.py": "x = 1\n"}, options, SPEC_HASH)
    assert list(secret.iterdir()) == []


def test_manifest_listing_an_unsafe_path_is_not_trusted(tmp_path: Path) -> None:
    out = tmp_path / "out"
    options = Options(spec=Path("spec.yaml"), output=out)
    write_tree({"a.py": "a = 1\n"}, options, SPEC_HASH)
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    manifest = out / ".sdkgen-manifest.json"
    manifest.write_text(manifest.read_text().replace('"a.py"', '"../victim.txt"'))
    with pytest.raises(InputError, match="unsafe path"):
        write_tree({"a.py": "a = 1\n"}, options, SPEC_HASH)
    assert victim.read_text() == "keep me"
    # --force regenerates (the broken manifest is replaced) and still never touches the victim
    write_tree({"a.py": "a = 1\n"}, options.with_(force=True), SPEC_HASH)
    assert victim.read_text() == "keep me"
    assert check_tree({"a.py": "a = 1\n"}, options, SPEC_HASH).clean
