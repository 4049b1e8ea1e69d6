"""Shared pytest options.

`--update-snapshots` regenerates every committed snapshot tree (generated/python
and tests/snapshots/<name>/) through the normal `generate` path instead of
comparing against it:

    python -m pytest tests/test_snapshots.py --update-snapshots
"""

from __future__ import annotations

import pytest


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-snapshots",
        action="store_true",
        default=False,
        help="regenerate the committed snapshot trees instead of comparing against them",
    )


@pytest.fixture
def update_snapshots(request: pytest.FixtureRequest) -> bool:
    """True when the run was asked to rewrite the snapshots."""
    return bool(request.config.getoption("--update-snapshots"))
