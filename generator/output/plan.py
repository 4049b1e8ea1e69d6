"""Compare the rendered tree with the output folder: what is new, changed, gone, hand-edited.

Shared by `write_tree` and `check_tree`, so both see the same files and use
the same cache: a file is formatted only when the manifest cannot vouch for
the bytes already on disk.
"""

from __future__ import annotations

import os
import stat
import time
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from .. import __version__
from ..diagnostics import InputError, error
from ..options import MANIFEST_NAME, Options
from . import manifest as mf
from .formatting import FormatPool, black_version, format_id, format_sources, needs_formatting
from .paths import check_inside, check_relative_paths, to_native
from ..records import Record, field

if TYPE_CHECKING:
    from ..validate.record import ValidationRecord


class DiskFile(Record):
    """What is at a path: a regular file's bytes, or `other` (directory, symlink, device)."""

    data: bytes | None = None
    other: str | None = None
    #: sha256 of `data`, computed once when read (the cache and hand-edit checks share it)
    sha: str | None = None
    #: the file's identity and times when read (`still_as_read`)
    stamp: tuple[int, ...] | None = None

    @property
    def is_file(self) -> bool:
        return self.data is not None


MISSING = DiskFile()


def read_disk(root: Path, rel: str) -> DiskFile:
    native = to_native(root, rel)
    try:
        st = os.lstat(native)
    except (FileNotFoundError, NotADirectoryError):
        return MISSING
    if stat.S_ISLNK(st.st_mode):
        return DiskFile(other="a symlink")
    if stat.S_ISDIR(st.st_mode):
        return DiskFile(other="a folder")
    if not stat.S_ISREG(st.st_mode):
        return DiskFile(other="not a regular file")
    fd = os.open(native, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    with os.fdopen(fd, "rb") as fh:
        data = fh.read()
        stamp = _stamp(os.fstat(fh.fileno()))
    return DiskFile(data=data, sha=mf.sha256(data), stamp=stamp)


#: a file modified this recently may change again within the file system's clock tick unseen: read it again
RACY_SECONDS = 2.0


def _stamp(st: os.stat_result) -> tuple[int, ...] | None:
    if time.time_ns() - max(st.st_mtime_ns, st.st_ctime_ns) < RACY_SECONDS * 1e9:
        return None
    return (st.st_dev, st.st_ino, st.st_mode, st.st_size, st.st_mtime_ns, st.st_ctime_ns)


def still_as_read(root: Path, rel: str, known: DiskFile | None) -> DiskFile:
    """`known` (an earlier `read_disk` of `rel`) if the file provably has not changed since, else a new read.

    Compared like git's index: device, inode, mode, size, modification and
    change times; a file changed within `RACY_SECONDS` of the first read is read again.
    """
    if known is not None and known.stamp is not None:
        try:
            st = os.lstat(to_native(root, rel))
        except OSError:
            st = None
        if st is not None and stat.S_ISREG(st.st_mode) and _stamp(st) == known.stamp:
            return known
    return read_disk(root, rel)


def _edited(found: DiskFile, entry: mf.FileEntry) -> bool:
    if found == MISSING:
        return False  # deleted by hand: regenerated, nothing of the user's is lost
    return found.data is None or found.sha != entry.final


class RenderFacts(Record):
    """What a render knows about its files besides their text."""

    #: path -> its render unit's key (`targets.python.units`), recorded in the manifest
    keys: dict[str, str] = field(default_factory=dict)
    #: files not rendered because the folder holds them as they would be (`reuse.reusable`):
    #: path -> the manifest entry that vouched for them
    reused: dict[str, mf.FileEntry] = field(default_factory=dict)
    #: files read from the output folder earlier in the run: kept unless they changed since (`still_as_read`)
    read: dict[str, DiskFile] = field(default_factory=dict)
    #: Python files whose render is already black's output (the target's fixed runtime modules)
    preformatted: frozenset[str] = frozenset()


class Plan(Record):
    """What `make_plan` decided: every file's final bytes, the new manifest, and what the disk holds."""

    root: Path
    #: path -> the bytes the tool writes (manifest excluded)
    finals: dict[str, bytes]
    new_manifest: mf.Manifest
    old: mf.LoadedManifest
    #: what is on disk at every generated path, old and new
    disk: dict[str, DiskFile]
    formatted: int
    cached: int
    #: `new_manifest` as written (serialized once: it lists every file)
    manifest_bytes: bytes

    @property
    def old_files(self) -> dict[str, mf.FileEntry]:
        return self.old.manifest.files if self.old.manifest else {}

    def unchanged(self) -> list[str]:
        return sorted(p for p, b in self.finals.items() if self.disk[p].data == b)

    def changed(self) -> list[str]:
        return sorted(p for p, b in self.finals.items() if self.disk[p] != MISSING and self.disk[p].data != b)

    def added(self) -> list[str]:
        return sorted(p for p in self.finals if self.disk[p] == MISSING)

    def removed(self) -> list[str]:
        """Generated earlier, no longer produced, still on disk."""
        return sorted(p for p in self.old_files if p not in self.finals and self.disk[p] != MISSING)

    def hand_edited(self) -> list[str]:
        """Generated files whose bytes no longer match what the tool wrote."""
        return sorted(p for p, entry in self.old_files.items() if _edited(self.disk[p], entry))

    def foreign(self) -> list[str]:
        """New generated paths already taken by something the tool did not write, with other content."""
        return sorted(
            p for p, b in self.finals.items()
            if p not in self.old_files and self.disk[p] != MISSING and self.disk[p].data != b
        )


def _check_reserved(files: dict[str, str]) -> None:
    bad = [p for p in files if p == MANIFEST_NAME or p.startswith(MANIFEST_NAME + "/")]
    if bad:
        raise InputError([error("", f"generated file path {bad[0]!r} clashes with the manifest {MANIFEST_NAME}")])


def _encode(path: str, text: str) -> bytes:
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise InputError([error("", f"generated file {path} contains text that is not valid unicode "
                                    f"({exc.reason} at character {exc.start})",
                                "a lone surrogate from the spec reached the output unescaped; this is a bug in sdkgen")]) from None


def _reused_bytes(path: str, entry: mf.FileEntry, now: mf.FileEntry | None, found: DiskFile, root: Path) -> bytes:
    """A reused file's bytes, checked again now that the folder is locked."""
    if path in ("", MANIFEST_NAME) or now != entry or found.data is None or found.sha != entry.final:
        raise InputError([error("", f"{root / path}: changed while sdkgen was running",
                                "run sdkgen again once nothing else writes to the output folder")])
    return found.data


def to_prefetch(files: dict[str, str], options: Options, preformatted: frozenset[str] = frozenset()) -> dict[str, str]:
    """The Python files that `make_plan` will most likely format: those the manifest has no render for.

    Reads only the manifest (no file contents): a guess made before the
    output folder is locked, so that formatting can start early.  A wrong
    guess costs time, never bytes: `make_plan` decides for itself.
    """
    py = {p: s for p, s in files.items() if needs_formatting(p) and p not in preformatted}
    if not options.use_cache:
        return py
    old = mf.load(Path(os.path.abspath(options.output)))
    if old.manifest is None or old.manifest.format != format_id():
        return py
    entries = old.manifest.files
    return {p: s for p, s in py.items() if p not in entries or entries[p].render != mf.text_sha(s)}


def make_plan(files: dict[str, str], options: Options, spec_hash: str, root: Path,
              pool: FormatPool | None = None, validation: "ValidationRecord | None" = None,
              while_formatting: "Callable[[dict[str, bytes]], None] | None" = None,
              facts: "RenderFacts | None" = None) -> Plan:
    """Validate paths, read the folder, format what the cache cannot vouch for.

    `validation`: the validator's findings for the spec, recorded in the new manifest.
    `while_formatting`: called with the final bytes already known (files that need no
    formatting, cached ones) just before formatting starts, so the caller can put them
    somewhere while black works.
    `facts`: what the render knows about its files besides their text (`RenderFacts`).
    """
    facts = facts if facts is not None else RenderFacts()
    check_relative_paths(files)
    _check_reserved(files)
    old = mf.load(root)
    old_files = old.manifest.files if old.manifest else {}
    if root.is_dir():
        check_inside(root, files)
        check_inside(root, old_files, what="previously generated file")
    paths = sorted(set(files) | set(old_files))
    disk = ({p: still_as_read(root, p, facts.read.get(p)) for p in paths} if root.is_dir()
            else {p: MISSING for p in paths})

    cache_ok = options.use_cache and old.manifest is not None and old.manifest.format == format_id()
    finals: dict[str, bytes] = {}
    renders: dict[str, str] = {}
    to_format: dict[str, str] = {}
    cached = 0
    for path in sorted(files):
        source = files[path]
        renders[path] = render_sha = mf.text_sha(source)
        if not needs_formatting(path) or path in facts.preformatted:
            finals[path] = _encode(path, source)
            cached += path in facts.preformatted  # black's output known without running it
            continue
        entry = old_files.get(path) if cache_ok else None
        data = disk[path].data
        if entry is not None and entry.render == render_sha and data is not None and disk[path].sha == entry.final:
            finals[path] = data
            cached += 1
        else:
            to_format[path] = source
    for path, entry in facts.reused.items():
        if path in files:  # rendered after all: the render decides
            continue
        finals[path] = _reused_bytes(path, entry, old_files.get(path), disk[path], root)
        renders[path] = entry.render
        cached += needs_formatting(path)
    if while_formatting is not None:
        while_formatting(dict(finals))
    formatted = format_sources(to_format, options.jobs, pool)
    for path in sorted(formatted):  # each text dropped once encoded: a big API's output is not held twice
        finals[path] = _encode(path, formatted.pop(path))

    def final_sha(path: str) -> str:
        on_disk = disk[path]
        return on_disk.sha if on_disk.data == finals[path] else mf.sha256(finals[path])  # type: ignore[return-value]

    entries = {p: mf.FileEntry(render=renders[p], final=final_sha(p), key=facts.keys.get(p)) for p in finals}
    new_manifest = mf.build(entries, spec_hash=spec_hash, package=options.package_name,
                            generator_version=__version__, black_version=black_version(), format_id=format_id(),
                            validation=validation, inputs=mf.inputs_key(spec_hash, options.package_name))
    return Plan(root=root, finals=dict(sorted(finals.items())), new_manifest=new_manifest, old=old,
                disk=disk, formatted=len(to_format), cached=cached,
                manifest_bytes=new_manifest.to_json().encode("ascii"))
