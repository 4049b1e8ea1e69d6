"""`LoadedSpec`: the bundled document plus a way back to files and positions."""

from __future__ import annotations

import hashlib
from pathlib import Path

from ..diagnostics import Location
from . import pointer as jp
from ..records import Struct, field
from .source import SourceFile


class LoadedSpec(Struct, eq=False):
    """A spec as loaded: the bundled document, the files read, and where each pointer came from."""

    #: the spec file as it was given
    root_file: Path
    #: the bundled document: plain JSON data, only local ("#/...") refs left
    document: dict
    #: sha256 over the root file and every file it references (sorted by relative path)
    content_hash: str
    #: every file read, root first
    files: tuple[SourceFile, ...]
    #: bundled pointers where a broken external $ref was replaced by {}
    unresolved: frozenset[str] = frozenset()
    _mounts: dict[str, tuple[SourceFile, str]] = field(default_factory=dict)

    def origin(self, pointer: str) -> tuple[SourceFile, list[str]] | None:
        """The file a bundled pointer came from, and the pointer's segments in that file."""
        try:
            segments = jp.split(pointer)
        except ValueError:
            return None
        for depth in range(len(segments), -1, -1):
            mount = self._mounts.get(jp.join(segments[:depth]))
            if mount is not None:
                source, inner = mount
                return source, jp.split(inner) + segments[depth:]
        return None

    def locate(self, pointer: str) -> Location | None:
        """file:line:col of a pointer into the bundled document (its nearest existing ancestor)."""
        found = self.origin(pointer)
        if found is None:
            return None
        source, segments = found
        line, column = source.position(segments)
        return Location(source.display, line, column)


def content_hash(files: list[SourceFile], base: Path) -> str:
    def rel(source: SourceFile) -> str:
        return source.path.relative_to(base).as_posix() if source.path.is_relative_to(base) else source.path.as_posix()

    digest = hashlib.sha256()
    for source in sorted(files, key=rel):
        name = rel(source).encode("utf-8")
        digest.update(b"%d:%s:%d:" % (len(name), name, len(source.raw)))
        digest.update(source.raw)
    return digest.hexdigest()
