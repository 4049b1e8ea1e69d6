"""The validator child forked at the very start of a command, before our imports and the load.

`early_validation` (the CLI wraps each command in it) forks
`validate.background.Standby` as soon as the options are known: the child
imports openapi-spec-validator's stack and loads the spec while this process
imports the pipeline and loads it too.  The front end (`pipeline._run`) then
takes the child with `take_standby` and hands it the validation, or kills it
when the manifest's recorded validation is used (`recorded`).
"""

from __future__ import annotations

import contextlib
from contextvars import ContextVar
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

from .options import Options

if TYPE_CHECKING:
    from .validate import ValidationRecord
    from .validate.background import Standby

__all__ = ["early_validation", "take_standby", "recorded", "record_will_be_used"]


#: the validator child forked at the start of a command (`early_validation`), until a front end takes it
_STANDBY: "ContextVar[tuple[Standby, tuple[Path, Path | None, Path | None]] | None]" = ContextVar(
    "sdkgen_validator_standby", default=None)


@contextlib.contextmanager
def early_validation(options: Options, *, use_manifest: bool) -> Iterator[None]:
    """Fork openapi-spec-validator's child for `options.spec` now, for the front end run in this block.

    Called as soon as a command knows its options, before the pipeline's own
    imports and the load: the child imports the validator's stack and loads
    the spec meanwhile (`validate.background.Standby`).  The first front end
    run in the block for the same spec, `--ref-root` and manifest
    (`use_manifest`: the output's, as `produce` and `front_end_or_raise` use
    it) takes the child: it hands it over or, when the manifest's record is
    used, kills it right after loading.  Whatever is not taken is killed when
    the block ends, however it ends.  No child is forked when the manifest's
    record will be used (`record_will_be_used`).
    """
    output = options.output if use_manifest and options.use_cache else None
    if output is not None and record_will_be_used(options.spec, options.ref_root, output):
        yield  # the validator will not run: no child at all
        return
    from .validate.background import Standby

    standby = Standby(options.spec, options.ref_root)
    token = _STANDBY.set((standby, (options.spec, options.ref_root, output)))
    try:
        yield
    finally:
        _STANDBY.reset(token)
        standby.cancel()


def record_will_be_used(spec: Path, ref_root: Path | None, output: Path) -> bool:
    """Whether the validation recorded in `output`'s manifest will be used for `spec`: told before loading.

    A spec of one file has the content hash of its bytes alone
    (`loader.spec.content_hash`), so this reads the file and hashes it (a few
    ms for 8 MB); a hash the manifest does not even contain is decided
    without parsing the manifest.  A spec with external `$ref`s is never
    predicted (its hash covers its other files too): its early child is
    killed right after loading if the record is used after all.  Only speed
    depends on this guess: `_run` decides from the loaded spec.
    """
    import os

    from .loader.source import MAX_FILE_BYTES, SourceFile, read_regular
    from .loader.spec import content_hash
    from .options import MANIFEST_NAME

    manifest = Path(os.path.abspath(output)) / MANIFEST_NAME
    try:
        resolved = Path(spec).resolve()
        raw = read_regular(resolved, MAX_FILE_BYTES)
        if raw is None or manifest.is_symlink():
            return False
        base = Path(ref_root).resolve() if ref_root is not None else resolved.parent
        digest = content_hash([SourceFile(resolved, str(spec), raw, False, None)], base)
        manifest_bytes = read_regular(manifest, MAX_FILE_BYTES)
    except (OSError, ValueError, RuntimeError):
        return False
    if manifest_bytes is None or digest.encode("ascii") not in manifest_bytes:
        return False
    from .validate import usable_record

    return usable_record(recorded(output), digest) is not None


def take_standby(spec: Path, ref_root: Path | None, output: Path | None) -> "Standby | None":
    """The early validator child, if one was forked for this spec, ref root and manifest (once)."""
    held = _STANDBY.get()
    if held is None or held[1] != (spec, ref_root, output):
        return None
    _STANDBY.set(None)
    return held[0]


def recorded(output: Path | None) -> "ValidationRecord | None":
    """The validation recorded in `output`'s manifest, if any (a broken manifest records nothing)."""
    if output is None:
        return None
    import os

    from .output.manifest import load as load_manifest

    found = load_manifest(Path(os.path.abspath(output)))
    return found.manifest.validation if found.manifest is not None else None
