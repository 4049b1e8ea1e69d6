"""The generator's own code type-checks (mypy, as configured by its annotations)."""

from __future__ import annotations

from pathlib import Path

import pytest

mypy_api = pytest.importorskip("mypy.api")

REPO = Path(__file__).resolve().parents[2]


def test_the_generator_passes_mypy(tmp_path: Path) -> None:
    stdout, stderr, status = mypy_api.run(
        ["--no-incremental", "--cache-dir", str(tmp_path / ".mypy_cache"), "--ignore-missing-imports",
         "--no-error-summary", str(REPO / "generator")])
    errors = [line for line in stdout.splitlines() if ": error:" in line]
    assert status == 0 and not errors, stdout + stderr
