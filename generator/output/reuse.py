"""Which render units the output folder already holds exactly as this run would render them.

A target splits part of its output into units (`targets.python.units`: a
schema's model module and docs page) with a key over everything those files
are made from.  `generate` records each file's key in the manifest.  A unit
is reused, neither built nor rendered nor formatted, when:

- the cache may be used (no `--no-cache`), the manifest is sound and was
  written with the same formatter (`format`);
- every file of the unit is listed with this very key;
- every file still hashes to what the manifest says was written (a file
  edited, deleted or replaced by hand is rendered again, so the plan sees
  and reports it as before).

`make_plan` checks the reused files again under the output folder's lock and
takes their bytes from the disk.  `check` never reuses: it renders in full,
so it also vouches for this shortcut.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable, Protocol

from ..diagnostics import InputError
from ..options import Options
from . import manifest as mf
from .formatting import format_id
from .paths import check_inside
from .plan import DiskFile, read_disk
from ..records import Record, field


class Unit(Protocol):
    @property
    def name(self) -> str: ...

    @property
    def paths(self) -> tuple[str, ...]: ...

    @property
    def key(self) -> str: ...


class Reuse(Record):
    """What `reusable` found: the units kept as they are, their files' manifest entries, what was read."""

    #: the units kept (their names)
    units: frozenset[str] = frozenset()
    #: path -> the manifest entry it is kept with
    entries: dict[str, mf.FileEntry] = field(default_factory=dict)
    #: what was read to decide (the plan reads again only what changed since)
    read: dict[str, DiskFile] = field(default_factory=dict)


def reusable(units: Iterable[Unit], options: Options) -> Reuse:
    """The units whose files can be kept as they are (see the module doc)."""
    if not options.use_cache:
        return Reuse()
    root = Path(os.path.abspath(options.output))
    manifest = mf.load(root).manifest
    if manifest is None or manifest.format != format_id() or not root.is_dir():
        return Reuse()
    old = manifest.files
    candidates = [u for u in units if all(p in old and old[p].key == u.key for p in u.paths)]
    try:
        check_inside(root, [p for u in candidates for p in u.paths], what="previously generated file")
    except InputError:
        return Reuse()  # the plan reports it
    kept: set[str] = set()
    entries: dict[str, mf.FileEntry] = {}
    read: dict[str, DiskFile] = {}
    for unit in candidates:
        read.update((p, read_disk(root, p)) for p in unit.paths)
        if all(read[p].sha == old[p].final for p in unit.paths):
            kept.add(unit.name)
            entries.update((p, old[p]) for p in unit.paths)
    return Reuse(frozenset(kept), entries, read)
