"""Shared pytest options.

`--update-snapshots` regenerates every committed snapshot tree (generated/python
and tests/snapshots/<name>/) through the normal `generate` path instead of
comparing against it:

    python -m pytest tests/test_snapshots.py --update-snapshots

Compiled templates (`generator/template_cache.py`) go to a folder of this test
session (`SDKGEN_CACHE_DIR`), never into the real home's ~/.cache; subprocesses
started with `os.environ` inherit it.

Property tests (hypothesis) run a fixed, derandomized set of examples by
default, so CI gives the same verdict on every run; to look for new failing
examples, run them with `--hypothesis-profile=explore` (random, more examples).
"""

from __future__ import annotations

from typing import Iterator

import pytest
from hypothesis import settings

settings.register_profile("repeatable", derandomize=True, database=None)
settings.register_profile("explore", derandomize=False, max_examples=1000)
settings.load_profile("repeatable")


@pytest.fixture(scope="session", autouse=True)
def _template_cache_in_a_session_folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SDKGEN_CACHE_DIR", str(tmp_path_factory.mktemp("sdkgen-cache")))
        yield


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
