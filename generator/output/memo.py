"""The shortcut before rendering: does the output folder already hold exactly this generation?

A run's *inputs key* fingerprints everything its output depends on: the spec
(and every file it references), the options that shape the output (the
package name) and the tool itself (`resources.tool_fingerprint`: source,
templates, library versions).  `generate` records it in the manifest.  A later
`generate` or `check` with the same key, on a folder whose listed files all
still hash to what the manifest says was written, would render, format and
write the very same bytes: it can stop right after the front end (which still
runs, so every diagnostic is reported as usual).

Anything else (no manifest, another key, a file edited, deleted or replaced)
means the full path, which also explains what differs.  `--no-cache` never
takes the shortcut.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..diagnostics import InputError
from ..options import Options
from . import manifest as mf
from . import swap
from .formatting import black_version, format_id, needs_formatting
from .paths import check_inside
from .plan import read_disk
from .writer import WriteResult


def up_to_date(options: Options, spec_hash: str) -> tuple[str, ...] | None:
    """The generated files' paths when `options.output` already holds this run's output, else None.

    "This run's output" includes the manifest: one without the validator's
    record for this spec (stripped by hand, say) is rewritten by the full path.
    """
    if not options.use_cache:
        return None
    root = Path(os.path.abspath(options.output))
    found = mf.load(root)
    manifest = found.manifest
    if manifest is None or manifest.inputs is None or manifest.inputs != mf.inputs_key(spec_hash, options.package_name):
        return None
    if not _as_written_now(manifest, spec_hash):
        return None
    if not root.is_dir():
        return None
    with swap.locked(root.parent, shared=True):  # never read a tree half-way through a swap
        try:
            check_inside(root, manifest.files, what="previously generated file")
        except InputError:
            return None  # the full path reports it
        for path, entry in manifest.files.items():
            if read_disk(root, path).sha != entry.final:
                return None
        if mf.load(root).raw != found.raw:  # rewritten while we looked
            return None
    return tuple(manifest.files)


def _as_written_now(manifest: mf.Manifest, spec_hash: str) -> bool:
    """Whether this run would write these very manifest fields (besides the files)."""
    from .. import __version__
    from ..validate import usable_record

    return (manifest.generator == __version__ and manifest.black == black_version()
            and manifest.format == format_id() and usable_record(manifest.validation, spec_hash) is not None)


def unchanged_result(output: Path, paths: tuple[str, ...]) -> WriteResult:
    """What `write_tree` reports for a folder it leaves as it is: every Python file's formatting came from the cache."""
    return WriteResult(output=output, unchanged=len(paths), cached=sum(1 for p in paths if needs_formatting(p)))
