"""Path safety for everything the writer touches.

Every relative path (from the renderer or from an old manifest) is checked
before use, never assumed: it must be a plain relative POSIX path made of
portable file names, and once joined to the output folder (with the symlinks
of existing parents resolved) it must still lie inside that folder.
"""

from __future__ import annotations

import os
import re
import unicodedata
from pathlib import Path
from typing import Iterable

from ..diagnostics import Diagnostic, InputError, error

#: generated paths stay below this many characters (relative to the output folder)
MAX_RELATIVE_LENGTH = 199
#: one path component (most file systems cap a name at 255 bytes)
MAX_COMPONENT_BYTES = 255

# Names Windows reserves for devices, with or without an extension ("con.txt").
_WINDOWS_DEVICES = frozenset(
    ["CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"]
    + [f"{kind}{n}" for kind in ("COM", "LPT") for n in (*"123456789", "\u00b9", "\u00b2", "\u00b3")]
)
# Characters Windows refuses in a file name, plus every control character.
_FORBIDDEN_CHARS = re.compile(r'[<>:"|?*\\\x00-\x1f\x7f]')


def path_problem(rel: object) -> str | None:
    """Why `rel` is not a safe relative output path, or None when it is."""
    if not isinstance(rel, str):
        return f"is not a string ({type(rel).__name__})"
    if not rel:
        return "is empty"
    if "\x00" in rel:
        return "contains a NUL character"
    if "\\" in rel:
        return "contains a backslash (paths use '/')"
    if rel.startswith("/") or re.match(r"^[A-Za-z]:", rel):
        return "is absolute"
    if len(rel) > MAX_RELATIVE_LENGTH:
        return f"is {len(rel)} characters long (at most {MAX_RELATIVE_LENGTH})"
    for part in rel.split("/"):
        if part in ("", "."):
            return "has an empty or '.' component"
        if part == "..":
            return "has a '..' component"
        bad = _FORBIDDEN_CHARS.search(part)
        if bad:
            return f"has the character {bad.group()!r} in {part!r}"
        if part.endswith((" ", ".")):
            return f"has a component ending in a space or dot ({part!r})"
        if part.split(".")[0].rstrip(" ").upper() in _WINDOWS_DEVICES:
            return f"uses the Windows device name {part!r}"
        if len(part.encode("utf-8", "surrogatepass")) > MAX_COMPONENT_BYTES:
            return f"has a component longer than {MAX_COMPONENT_BYTES} bytes"
        try:
            part.encode("utf-8")
        except UnicodeEncodeError:
            return "is not valid unicode (lone surrogate)"
    return None


def _key(rel: str) -> str:
    """What two paths look like to a case-insensitive, normalising file system."""
    return unicodedata.normalize("NFC", rel).casefold()


def check_relative_paths(paths: Iterable[str], *, what: str = "generated file") -> None:
    """Refuse unsafe paths, and paths that collide on case-insensitive file systems."""
    problems: list[Diagnostic] = []
    seen: dict[str, str] = {}
    for rel in sorted(paths, key=str):
        why = path_problem(rel)
        if why:
            problems.append(error("", f"{what} path {rel!r} {why}; refusing to write it",
                                  "this is a bug in sdkgen or a hostile input; nothing was written"))
            continue
        key = _key(rel)
        if key in seen:
            problems.append(error("", f"{what} paths {seen[key]!r} and {rel!r} differ only in case or unicode form",
                                  "they would overwrite each other on macOS and Windows"))
        seen.setdefault(key, rel)
    if problems:
        raise InputError(problems)


def check_inside(root: Path, paths: Iterable[str], *, what: str = "generated file") -> None:
    """Refuse paths that resolve outside `root` (through symlinks of existing parents, or the file itself).

    Each distinct parent folder is resolved once, so this stays linear in the
    number of files.
    """
    real_root = os.path.realpath(root)
    inside = real_root.rstrip(os.sep) + os.sep
    resolved: dict[str, str] = {}
    problems = []
    for rel in sorted(paths):
        parent, _, name = rel.rpartition("/")
        if parent not in resolved:
            resolved[parent] = os.path.realpath(to_native(Path(real_root), parent)) if parent else real_root
        target = os.path.join(resolved[parent], name)
        if os.path.islink(target):
            target = os.path.realpath(target)
        if not target.startswith(inside):
            problems.append(error("", f"{what} {rel!r} would be written to {target}, outside the output folder {real_root}",
                                  "a symlink inside the output folder points elsewhere; remove it"))
    if problems:
        raise InputError(problems)


def to_native(root: Path, rel: str) -> str:
    """The OS path of a checked relative path under `root`."""
    return os.path.join(root, *rel.split("/"))
