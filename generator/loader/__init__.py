"""Loading a spec: read YAML/JSON, bundle multi-file `$ref`s, find positions lazily.

    from generator.loader import load, LoadedSpec
    loaded, diagnostics = load(Path("spec/orders.yaml"))     # InputError if unreadable
    loaded.document            # the bundled document (only "#/..." refs remain)
    loaded.locate("/paths/~1orders/get")   # Location(file, line, column) or None
    loaded.content_hash        # sha256 over every file read

Unreadable input (missing file, folder, binary, empty, syntax error, top level
not a mapping, YAML alias bomb) raises `InputError`.  Problems with `$ref`s
(unresolved, remote, outside the allowed folder, loops) come back as
diagnostics so that validation can still report everything else.
"""

from __future__ import annotations

from pathlib import Path

from ..diagnostics import Diagnostic, InputError, Level, Location
from .bundle import Bundler, TooBig
from . import pointer as jp
from .source import SourceError, SourceFile, read_source
from .spec import LoadedSpec, content_hash

__all__ = ["LoadedSpec", "load"]


def load(path: Path, *, ref_root: Path | None = None) -> tuple[LoadedSpec, list[Diagnostic]]:
    path = Path(path)
    display = str(path)
    try:
        root = read_source(path, display)
    except SourceError as exc:
        raise InputError([_unreadable(display, exc)]) from None
    if not isinstance(root.data, dict):
        names: dict[type, str] = {list: "a list", str: "a single string"}
        kind = names.get(type(root.data), f"a {type(root.data).__name__}")
        line, column = root.position([])
        raise InputError([Diagnostic(
            Level.ERROR, "", f"the top level of the spec is {kind}, not a mapping",
            "an OpenAPI document is a mapping with `openapi`, `info` and `paths` keys",
            Location(display, line, column), code="not-a-mapping")])
    if ref_root is not None:
        allowed, allowed_display = Path(ref_root).resolve(), str(ref_root)
        if not allowed.is_dir():
            raise InputError([Diagnostic(Level.ERROR, "", f"--ref-root {ref_root} is not a folder",
                                         "pass the folder that external $refs may read from",
                                         Location(str(ref_root)), code="usage")])
    else:
        allowed, allowed_display = root.path.parent, str(path.parent)
    bundler = Bundler(root, allowed, allowed_display)
    try:
        document = bundler.bundle()
    except TooBig:
        raise InputError([Diagnostic(
            Level.ERROR, "", f"resolving the $refs expands the spec beyond {MAX_NODES:,} nodes",
            "references that fan out multiply the document; check for refs that include each other",
            Location(display), code="too-big")]) from None
    except RecursionError:
        raise InputError([Diagnostic(Level.ERROR, "", "the document is nested too deeply to process",
                                     "a real spec nests a few dozen levels; check for runaway nesting",
                                     Location(display), code="too-deep")]) from None
    files = list(bundler.files.values())
    loaded = LoadedSpec(
        root_file=path,
        document=document,
        content_hash=content_hash(files, allowed),
        files=tuple(files),
        unresolved=frozenset(bundler.unresolved),
        _mounts=bundler.mounts,
    )
    return loaded, _unique(loaded, bundler.diagnostics) + _repeated_keys(files)


def _repeated_keys(files: list[SourceFile]) -> list[Diagnostic]:
    """A warning per key given twice in one object (the parsers keep the later value silently)."""
    out = []
    for source in files:
        for dup in source.duplicates:
            segments = [*jp.split(dup.pointer), dup.key]
            line, column = (dup.line, dup.column) if dup.line is not None else source.position(segments)
            out.append(Diagnostic(
                Level.WARNING, jp.join(segments),
                f"the key {dup.key!r} is given twice in this object; the later value is used and the "
                "earlier one is ignored", "remove one of them: JSON and YAML objects must not repeat a key",
                Location(source.display, line, column), code="duplicate-key"))
    return out


def _unreadable(display: str, exc: SourceError) -> Diagnostic:
    return Diagnostic(Level.ERROR, "", exc.message, exc.hint, Location(display, exc.line, exc.column),
                      code="unreadable")


def _unique(loaded: LoadedSpec, diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    """One diagnostic per place in a file (a file inlined twice reports its problems once)."""
    seen: set[tuple] = set()
    out = []
    for d in diagnostics:
        origin = loaded.origin(d.pointer)
        key = (origin[0].path, tuple(origin[1]), d.message) if origin else (d.pointer, d.message)
        if key not in seen:
            seen.add(key)
            out.append(d)
    return out


from .bundle import MAX_BUNDLED_NODES as MAX_NODES  # noqa: E402
