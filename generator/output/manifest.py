"""The manifest: which files the tool wrote, with hashes; it doubles as the format cache.

Stored as `options.output / MANIFEST_NAME`, JSON with sorted keys, no
timestamps, so equal runs give equal bytes::

    {"files": {"pkg/x.py": {"final": "<sha256>", "key": "<sha256>", "render": "<sha256>"}, ...},
     "format": "black 26.10.1 line-length=88 target=...", "black": "26.10.1",
     "generator": "0.1.0", "manifest": 1, "package": "voucherify", "spec": "<sha256>",
     "validation": {"spec": "<sha256>", "validator": "openapi-spec-validator 0.9.0, ...",
                    "tool": "0.1.0", "findings": [{"level": "warning", "pointer": ..., ...}]},
     "inputs": "<sha256>"}

`render` hashes the unformatted text the templates produced, `final` the
bytes written, `key` (optional) the inputs of the render unit the file came
from (`targets.python.units`): a regeneration whose unit has the same key,
on a file that still hashes to `final`, keeps the file without rendering it.
When a new render hashes to `render` and the file on disk still hashes to
`final` (with the same `format`), formatting it again would give the disk
bytes: black is skipped.

`validation` (optional) is what openapi-spec-validator found in that spec
(`generator.validate.record`): a later run on the same spec with the same
versions re-reports it instead of validating again.  A `validation` entry of
the wrong shape is ignored (the spec is validated again); the rest of the
manifest stays usable.

`inputs` (optional) fingerprints what the whole folder was made from: the
spec hash, the options that shape the output and the tool itself (its source,
templates and libraries; see `memo`).  When a run's fingerprint equals it and
every listed file still has its `final` hash, the folder is exactly what the
run would write, and it stops before rendering.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import TYPE_CHECKING

from ..diagnostics import InputError, error
from ..options import MANIFEST_NAME
from .paths import path_problem
from ..records import Record

if TYPE_CHECKING:
    from ..validate.record import ValidationRecord

MANIFEST_VERSION = 1


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def text_sha(text: str) -> str:
    return sha256(text.encode("utf-8", "surrogatepass"))


class FileEntry(Record):
    """One file in the manifest: the hashes of its render and of the bytes written, and its unit's key."""

    render: str
    final: str
    #: the render unit's key (`targets.python.units`): equal keys, equal render (None: not recorded)
    key: str | None = None


class Manifest(Record):
    """The manifest's content: the files written, with hashes, and what they were made from."""

    files: dict[str, FileEntry]
    spec: str
    package: str
    generator: str
    black: str
    format: str
    version: int = MANIFEST_VERSION
    #: what the validator found in the spec `spec` (None: not recorded)
    validation: "ValidationRecord | None" = None
    #: `inputs_key` of the run that wrote the folder: spec, options and tool fingerprint (None: unknown)
    inputs: str | None = None

    def to_json(self) -> str:
        data = {
            "manifest": self.version,
            "generator": self.generator,
            "black": self.black,
            "format": self.format,
            "package": self.package,
            "spec": self.spec,
            "files": _FILES_PLACEHOLDER,
        }
        if self.validation is not None:
            data["validation"] = self.validation.to_data()
        if self.inputs is not None:
            data["inputs"] = self.inputs
        text = json.dumps(data, sort_keys=True, indent=1, ensure_ascii=True)
        slot = '"files": ' + json.dumps(_FILES_PLACEHOLDER)  # the key's own quotes: no string value can hold it
        return text.replace(slot, '"files": ' + _files_json(self.files), 1) + "\n"

    def drift_view(self) -> str:
        """What `check` compares: no tool versions, no render hashes, no validation record (they never change the files)."""
        data = {"package": self.package, "spec": self.spec,
                "files": {p: e.final for p, e in self.files.items()}}
        return json.dumps(data, sort_keys=True, indent=1, ensure_ascii=True) + "\n"


#: stands for the file list in `Manifest.to_json` until `_files_json` writes it (a string no real value is)
_FILES_PLACEHOLDER = "\x00files\x00"


def _files_json(files: dict[str, FileEntry]) -> str:
    """`files` exactly as `json.dumps(..., sort_keys=True, indent=1, ensure_ascii=True)` writes it at depth 1.

    Written here because json's indenting encoder is pure Python: for the
    thousands of entries of a big API it took most of a regeneration's write.
    A test compares both on random manifests.
    """
    if not files:
        return "{}"
    quote = json.encoder.encode_basestring_ascii  # type: ignore[attr-defined]
    entries = []
    for path in sorted(files):
        entry = files[path]
        fields = [("final", entry.final)] + ([("key", entry.key)] if entry.key is not None else []) + [
            ("render", entry.render)]
        body = ",\n".join(f"   {quote(k)}: {quote(v)}" for k, v in fields)
        entries.append(f"  {quote(path)}: {{\n{body}\n  }}")
    return "{\n" + ",\n".join(entries) + "\n }"


class LoadedManifest(Record):
    """The manifest found on disk: absent, unreadable (with why), or parsed."""

    manifest: Manifest | None = None
    raw: bytes | None = None
    problem: str | None = None

    @property
    def present(self) -> bool:
        return self.raw is not None


_SHA256 = re.compile(r"[0-9a-f]{64}")


def _hex(value: object) -> bool:
    return isinstance(value, str) and _SHA256.fullmatch(value) is not None


def parse(raw: bytes) -> Manifest:
    """Parse manifest bytes; raise ValueError saying what is wrong."""
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError(f"not valid JSON ({exc})") from None
    if not isinstance(data, dict) or data.get("manifest") != MANIFEST_VERSION:
        raise ValueError(f"not a version {MANIFEST_VERSION} sdkgen manifest")
    files = data.get("files")
    if not isinstance(files, dict):
        raise ValueError("'files' is not an object")
    entries: dict[str, FileEntry] = {}
    for path, entry in files.items():
        why = path_problem(path)
        if why:
            raise ValueError(f"lists the unsafe path {path!r}, which {why}")
        if path == MANIFEST_NAME:
            raise ValueError("lists itself")
        if not isinstance(entry, dict) or not _hex(entry.get("render")) or not _hex(entry.get("final")):
            raise ValueError(f"entry for {path!r} lacks sha256 'render'/'final' hashes")
        key = entry.get("key")  # anything but a sha256 is ignored: the file is just rendered again
        entries[path] = FileEntry(entry["render"], entry["final"], key if _hex(key) else None)
    strings = {k: data.get(k) for k in ("spec", "package", "generator", "black", "format")}
    for key, value in strings.items():
        if not isinstance(value, str):
            raise ValueError(f"'{key}' is not a string")
    from ..validate.record import ValidationRecord

    validation = ValidationRecord.from_data(data.get("validation"))
    inputs = data.get("inputs")  # anything but a sha256 is ignored: the run just cannot take the shortcut
    return Manifest(files=entries, **strings, validation=validation,  # type: ignore[arg-type]
                    inputs=inputs if _hex(inputs) else None)


def load(output: Path) -> LoadedManifest:
    path = output / MANIFEST_NAME
    try:
        if path.is_symlink() or (path.exists() and not path.is_file()):
            return LoadedManifest(raw=b"", problem=f"{path} is not a regular file")
        raw = path.read_bytes()
    except FileNotFoundError:
        return LoadedManifest()
    except NotADirectoryError:
        return LoadedManifest()
    except OSError as exc:
        return LoadedManifest(raw=b"", problem=f"{path} cannot be read ({exc.strerror})")
    global _last
    if _last is not None and _last[0] == path and _last[1] == raw:
        return _last[2]  # a run reads it up to three times (validation, prefetch, plan): parse it once
    try:
        found = LoadedManifest(manifest=parse(raw), raw=raw)
    except ValueError as exc:
        found = LoadedManifest(raw=raw, problem=f"{path} is unusable: {exc}")
    _last = (path, raw, found)
    return found


#: the last manifest parsed: (path, its bytes, what they gave); equal bytes give an equal parse
_last: tuple[Path, bytes, LoadedManifest] | None = None


def require_usable(loaded: LoadedManifest, force: bool) -> Manifest | None:
    """The manifest for `generate`: a broken one stops the run unless --force."""
    if loaded.problem and not force:
        raise InputError([error("", f"the manifest {loaded.problem}",
                                "without it sdkgen cannot tell generated files from yours; restore it "
                                "(e.g. from version control) or run again with --force to overwrite")])
    return loaded.manifest


def inputs_key(spec_hash: str, package: str) -> str:
    """What a generation is made from: the spec, the options that shape the output, the tool (`memo`)."""
    from ..resources import tool_fingerprint

    data = {"spec": spec_hash, "package": package, "tool": tool_fingerprint()}
    return sha256(json.dumps(data, sort_keys=True).encode())


def build(files: dict[str, FileEntry], *, spec_hash: str, package: str, generator_version: str,
          black_version: str, format_id: str, validation: "ValidationRecord | None" = None,
          inputs: str | None = None) -> Manifest:
    """A manifest for `files`, whose paths the caller has checked (`paths.check_relative_paths`).

    `validation` is recorded only when it was made for `spec_hash`.
    """
    if validation is not None and validation.spec != spec_hash:
        validation = None
    return Manifest(files=dict(sorted(files.items())), spec=spec_hash, package=package,
                    generator=generator_version, black=black_version, format=format_id, validation=validation,
                    inputs=inputs)
