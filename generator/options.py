"""Run options: one small frozen record, like black's `Mode`.

Defaults come from the `[tool.sdkgen]` table of the nearest pyproject.toml
(spec path, output folder, package name); command-line flags override them.
"""

from __future__ import annotations

import sys
from pathlib import Path

from .records import Record, replace


if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

TOOL_NAME = "sdkgen"
MANIFEST_NAME = ".sdkgen-manifest.json"


class Options(Record):
    """The options of one run: spec, output folder, package name and behaviour flags."""

    spec: Path
    output: Path
    package_name: str = "client"
    #: warnings fail the run
    strict: bool = False
    #: overwrite generated files that were edited by hand
    force: bool = False
    #: reuse formatted output recorded in the manifest
    use_cache: bool = True
    #: folder that external $refs must stay inside (default: the spec's folder)
    ref_root: Path | None = None
    #: how many lines of unified diff `check` prints at most
    diff_lines: int = 200
    #: black worker processes for cold runs (0: one per core)
    jobs: int = 0

    def with_(self, **changes: object) -> "Options":
        return replace(self, **changes)  # type: ignore[arg-type]


class ProjectDefaults(Record):
    """What `[tool.sdkgen]` says, with paths made absolute."""

    spec: Path | None = None
    output: Path | None = None
    package_name: str | None = None


def find_defaults(start: Path | None = None) -> ProjectDefaults:
    """Read `[tool.sdkgen]` from the nearest pyproject.toml above `start`."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        candidate = folder / "pyproject.toml"
        if candidate.is_file():
            try:
                data = tomllib.loads(candidate.read_text(encoding="utf-8"))
            except (OSError, tomllib.TOMLDecodeError):
                return ProjectDefaults()
            table = data.get("tool", {}).get(TOOL_NAME)
            if not isinstance(table, dict):
                continue
            spec = table.get("spec")
            output = table.get("output")
            name = table.get("package-name")
            return ProjectDefaults(
                spec=folder / spec if isinstance(spec, str) else None,
                output=folder / output if isinstance(output, str) else None,
                package_name=name if isinstance(name, str) else None,
            )
    return ProjectDefaults()
