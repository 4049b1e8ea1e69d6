"""`resources.installed_version`: what `importlib.metadata.version` says, read from folder names."""

from __future__ import annotations

import sys
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import pytest

from generator import resources
from generator.resources import installed_version


@pytest.fixture(autouse=True)
def _fresh_caches() -> object:
    resources._dist_info_versions.cache_clear()
    installed_version.cache_clear()
    yield
    resources._dist_info_versions.cache_clear()
    installed_version.cache_clear()


@pytest.mark.parametrize("project", ["black", "Jinja2", "jinja2", "PyYAML", "openapi-spec-validator",
                                     "openapi_spec_validator", "jsonschema", "typing-extensions", "pydantic",
                                     "httpx", "sdkgen"])
def test_agrees_with_importlib_metadata(project: str) -> None:
    assert installed_version(project) == version(project)


def test_a_project_that_is_not_installed() -> None:
    with pytest.raises(PackageNotFoundError):
        version("no-such-project-sdkgen-test")
    assert installed_version("no-such-project-sdkgen-test") == "?"


def _folder(tmp_path: Path, *names: str) -> Path:
    for name in names:
        (tmp_path / name).mkdir()
    return tmp_path


def test_reads_the_first_folder_on_the_path_and_canonicalises_names(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first = _folder(tmp_path / "a", "Some.Project-1.2.3.dist-info")
    second = _folder(tmp_path / "b", "some_project-9.9.dist-info")
    monkeypatch.setattr(sys, "path", [str(first), str(second)])
    assert installed_version("some-project") == "1.2.3"
    assert installed_version("SOME_PROJECT") == "1.2.3"


def test_several_versions_in_one_folder_defer_to_importlib_metadata(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _folder(tmp_path, "twice-1.0.dist-info", "twice-2.0.dist-info")
    monkeypatch.setattr(sys, "path", [str(folder)])
    asked: list[str] = []

    def metadata_version(project: str) -> str:
        asked.append(project)
        return "2.0"

    monkeypatch.setattr("importlib.metadata.version", metadata_version)
    assert installed_version("twice") == "2.0"
    assert asked == ["twice"]


def test_a_path_entry_that_is_not_a_folder_is_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _folder(tmp_path, "real-3.1.dist-info")
    monkeypatch.setattr(sys, "path", [str(tmp_path / "missing"), str(tmp_path / "archive.zip"), str(folder)])
    assert installed_version("real") == "3.1"
