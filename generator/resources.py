"""Where the tool's own files are: its templates, and a fingerprint of everything that shapes its output.

Importing this module is cheap (no Jinja, no black): `check` uses the
fingerprint to tell, before rendering anything, whether the output folder was
written by this very tool from this very spec.
"""

from __future__ import annotations

import hashlib
import os
import re
import sys
from functools import lru_cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _templates_root() -> Path:
    """`templates/`: inside the package when installed from a wheel (`generator/templates`,
    see pyproject.toml), else the repository's."""
    installed = _PACKAGE / "templates"
    return installed if installed.is_dir() else _PACKAGE.parent / "templates"


#: the folder holding one template folder per target (`python/`, ...)
TEMPLATES_ROOT = _templates_root()

#: the libraries whose versions can change what a run prints or writes
_LIBRARIES = ("black", "jinja2", "pyyaml", "openapi-spec-validator", "jsonschema")


def _files(root: Path) -> list[Path]:
    if not root.is_dir():
        return []
    return sorted(p for p in root.rglob("*")
                  if p.is_file() and "__pycache__" not in p.parts and p.suffix in (".py", ".jinja"))


@lru_cache(maxsize=1)
def tool_fingerprint() -> str:
    """sha256 over the tool's source and templates, the libraries' versions and Python's.

    Equal fingerprints mean the same code runs: unlike the version number, it
    changes with every edit of an editable install, so a recorded generation is
    never trusted across a change of the tool.
    """
    roots = [(_PACKAGE, "generator")]
    if TEMPLATES_ROOT.parent != _PACKAGE:
        roots.append((TEMPLATES_ROOT, "templates"))
    return fingerprint_of(roots)


def fingerprint_of(roots: list[tuple[Path, str]]) -> str:
    """sha256 over the `.py` and `.jinja` files under each (folder, label), the libraries' and Python's versions."""
    digest = hashlib.sha256()
    digest.update(f"python {sys.version_info[0]}.{sys.version_info[1]}\n".encode())
    for name in _LIBRARIES:
        digest.update(f"{name} {installed_version(name)}\n".encode())
    for root, label in roots:
        for path in _files(root):
            data = path.read_bytes()
            rel = path.relative_to(root).as_posix()
            digest.update(f"{label}/{rel} {len(data)}\n".encode("utf-8", "surrogateescape"))
            digest.update(data)
    return digest.hexdigest()


_SEPARATORS = re.compile(r"[-_.]+")


def _canonical(project: str) -> str:
    """A project name as installers spell it in folder names, compared case-blind (PEP 503, `_` for runs)."""
    return _SEPARATORS.sub("_", project).lower()


@lru_cache(maxsize=None)
def _dist_info_versions(folder: str) -> dict[str, str | None]:
    """Canonical project name -> version, from the `NAME-VERSION.dist-info` folders in `folder`
    (None where one project has several: the folder names cannot say which one Python uses)."""
    try:
        entries = os.listdir(folder or ".")
    except OSError:
        return {}
    found: dict[str, str | None] = {}
    for entry in entries:
        if entry.endswith(".dist-info"):
            name, _, version = entry[: -len(".dist-info")].rpartition("-")
            key = _canonical(name)
            found[key] = None if key in found else version
    return found


@lru_cache(maxsize=None)
def installed_version(project: str) -> str:
    """The installed version of `project` ("?" when it is not installed).

    What `importlib.metadata.version` says, read from the first `.dist-info`
    folder name on `sys.path` that names the project; only when none does (an
    egg, a zip, a custom finder) or one folder holds several, the answer comes
    from `importlib.metadata` itself.  Importing that and walking its finders
    costs about 25 ms, a tenth of a `check` on an up-to-date tree; listing the
    site-packages folders costs about 1 ms.
    """
    key = _canonical(project)
    for folder in sys.path:
        versions = _dist_info_versions(folder)
        if key in versions:
            version = versions[key]
            if version is None:
                break
            return version
    from importlib.metadata import PackageNotFoundError, version as metadata_version

    try:
        return metadata_version(project)
    except PackageNotFoundError:
        return "?"
