"""The runtime modules the formatter skips are the same for every spec and already black's output.

`render.PREFORMATTED_FILES` lists package modules that black never sees:
formatting them again would change nothing.  That holds only if their render
does not depend on the spec or the options (checked on specs with different
servers, security schemes and names, under package names of every length)
and black leaves their text as it is.
"""

from __future__ import annotations

from pathlib import Path

import black
import pytest

from generator.ir.build import build_ir
from generator.loader import load
from generator.options import Options
from generator.output.formatting import _mode
from generator.targets.python import render_package
from generator.targets.python.render import PACKAGE_FILES, PREFORMATTED_FILES

REPO = Path(__file__).resolve().parents[2]
SPECS = [REPO / "spec" / "orders.yaml", REPO / "tests" / "specs" / "auth_kinds.yaml",
         REPO / "tests" / "specs" / "naming_collisions.yaml", REPO / "tests" / "specs" / "webhooks_default_responses.yaml"]
PACKAGES = ["voucherify", "x", "a_package_name_long_enough_to_push_any_line_that_held_it_past_the_limit"]


@pytest.fixture(scope="module")
def renders() -> list[dict[str, str]]:
    found = []
    for spec in SPECS:
        loaded, _ = load(spec)
        api, _ = build_ir(loaded)
        for package in PACKAGES:
            files = render_package(api, Options(spec=spec, output=spec.parent, package_name=package))
            found.append({p.split("/", 1)[1]: t for p, t in files.items() if p.startswith(package + "/")})
    return found


def test_the_listed_files_are_package_modules() -> None:
    assert PREFORMATTED_FILES <= set(PACKAGE_FILES)
    assert all(p.endswith(".py") for p in PREFORMATTED_FILES)


@pytest.mark.parametrize("path", sorted(PREFORMATTED_FILES))
def test_render_is_the_same_for_every_spec_and_package(renders: list[dict[str, str]], path: str) -> None:
    texts = {r[path] for r in renders}
    assert len(texts) == 1, f"{path} depends on the spec or the options: it cannot skip black"


@pytest.mark.parametrize("path", sorted(PREFORMATTED_FILES))
def test_black_leaves_the_render_unchanged(renders: list[dict[str, str]], path: str) -> None:
    text = renders[0][path]
    assert black.format_str(text, mode=_mode(False)) == text, f"{path} is not in black's style: fix the template"
