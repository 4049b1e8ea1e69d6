"""Compiled templates kept across runs, like Python's `__pycache__` for the tool's own code.

Jinja compiles every template to Python code on first use: ~0.17 s per run
for our ~23 templates.  `bytecode_cache(env)` gives a Jinja bytecode cache
that keeps that code in a per-user folder, so later runs only unmarshal it.
Only the tool's own templates are ever cached, never anything derived from a
spec (spec text reaches templates as data, at render time).

Where (`cache_folder`):

    $SDKGEN_CACHE_DIR/<tag>            when the variable is set and not empty
    (nowhere: no cache)                when it is set to the empty string
    $XDG_CACHE_HOME/sdkgen/<tag>       when that is set to an absolute path
    ~/.cache/sdkgen/<tag>              otherwise

`<tag>` names the tool's version, the Python implementation and version and
Jinja's version (`templates-sdkgen0.1.0-cpython-311-jinja3.1.6`), so no two of
them ever share compiled code.  Inside, a file's name is Jinja's key (template
name and path) combined with the environment's syntax settings; Jinja itself
rejects a file made from other template source (a checksum of the source) or
by another bytecode format or Python version.

Safety: folders are created with mode 0o700, and a folder (or file) that is
not owned by the current user or that others may write to is not used: they
could plant code that the next run would execute.  Each file carries a
sha256 of its content, so a truncated or damaged file is recompiled instead of
being unmarshalled; files are written to a temporary name and moved into
place (`os.replace`), so a concurrent run never reads half a file.  Any
problem with the folder (read-only home, no permission, full disk) means
running without the cache, silently: the output is the same either way.
"""

from __future__ import annotations

import hashlib
import io
import os
import stat
import sys
import tempfile
import types
from pathlib import Path

import jinja2
from jinja2.bccache import Bucket, BytecodeCache

from . import __version__

#: the environment variable that moves the cache (an empty value turns it off)
ENV_VAR = "SDKGEN_CACHE_DIR"
#: the first bytes of every cache file, then the sha256 of the rest
MAGIC = b"sdkgen template bytecode 1\n"
#: a cache file bigger than this is not ours (compiled templates are tens of KB)
MAX_FILE_BYTES = 8 * 1024 * 1024
_DIGEST = hashlib.sha256().digest_size


def folder_tag() -> str | None:
    """The name of the cache folder for this tool, Python and Jinja (None: Python has no cache tag)."""
    python = sys.implementation.cache_tag
    if not python:
        return None
    return f"templates-sdkgen{__version__}-{python}-jinja{jinja2.__version__}"


def cache_folder(environ: "os._Environ[str] | dict[str, str] | None" = None) -> Path | None:
    """Where compiled templates go (see the module's docstring); None: no cache."""
    environ = os.environ if environ is None else environ
    tag = folder_tag()
    if tag is None:
        return None
    chosen = environ.get(ENV_VAR)
    if chosen is not None:
        if not chosen:
            return None
        return Path(os.path.abspath(os.path.expanduser(chosen))) / tag
    xdg = environ.get("XDG_CACHE_HOME", "")
    if os.path.isabs(xdg):  # the XDG spec: a relative value is to be ignored
        return Path(xdg) / "sdkgen" / tag
    home = os.path.expanduser("~")
    if not os.path.isabs(home):  # no home to be found
        return None
    return Path(home) / ".cache" / "sdkgen" / tag


def bytecode_cache(env: jinja2.Environment, folder: Path | None = None) -> "TemplateBytecodeCache | None":
    """A cache for `env`'s compiled templates in `folder` (default: `cache_folder()`), or None when it cannot be used."""
    folder = cache_folder() if folder is None else folder
    if folder is None or not hasattr(os, "geteuid") or not _prepare(folder):
        return None
    return TemplateBytecodeCache(folder, _settings(env))


class TemplateBytecodeCache(BytecodeCache):
    """Jinja's bytecode cache in a private folder: checked files, atomic writes, errors mean no cache."""

    def __init__(self, folder: Path, settings: str) -> None:
        self.folder = folder
        self._settings = settings
        self._writable = True

    def get_cache_key(self, name: str, filename: str | None = None) -> str:
        # Jinja's key (template name and file), plus the syntax settings the code was compiled with
        key = hashlib.sha256(self._settings.encode("utf-8"))
        key.update(super().get_cache_key(name, filename).encode("ascii"))
        return key.hexdigest()

    def _path(self, bucket: Bucket) -> Path:
        return self.folder / f"{bucket.key}.bc"

    def load_bytecode(self, bucket: Bucket) -> None:
        data = _read_private(self._path(bucket))
        payload = unwrap(data) if data is not None else None
        if payload is None:
            return
        try:
            bucket.load_bytecode(io.BytesIO(payload))
        except Exception:  # noqa: BLE001 - damaged beyond what Jinja checks: compile instead
            bucket.reset()
        if not isinstance(bucket.code, types.CodeType):
            bucket.reset()

    def dump_bytecode(self, bucket: Bucket) -> None:
        if not self._writable:
            return
        payload = io.BytesIO()
        bucket.write_bytecode(payload)
        try:
            _write_atomically(self._path(bucket), wrap(payload.getvalue()))
        except OSError:  # read-only, full, removed meanwhile: go on without writing
            self._writable = False

    def clear(self) -> None:
        for path in self.folder.glob("*.bc"):
            try:
                path.unlink()
            except OSError:
                pass


def wrap(payload: bytes) -> bytes:
    """A cache file's content: the magic line, the payload's sha256, the payload (Jinja's bucket data)."""
    return MAGIC + hashlib.sha256(payload).digest() + payload


def unwrap(data: bytes) -> bytes | None:
    """The payload of a cache file, or None when it is not one whole file written by `wrap`."""
    if not data.startswith(MAGIC) or len(data) < len(MAGIC) + _DIGEST:
        return None
    digest, payload = data[len(MAGIC): len(MAGIC) + _DIGEST], data[len(MAGIC) + _DIGEST:]
    return payload if hashlib.sha256(payload).digest() == digest else None


def _settings(env: jinja2.Environment) -> str:
    """What besides the template source shapes the compiled code."""
    autoescape = env.autoescape if isinstance(env.autoescape, bool) else "callable"
    return repr((
        env.block_start_string, env.block_end_string, env.variable_start_string, env.variable_end_string,
        env.comment_start_string, env.comment_end_string, env.line_statement_prefix, env.line_comment_prefix,
        env.trim_blocks, env.lstrip_blocks, env.newline_sequence, env.keep_trailing_newline,
        autoescape, env.optimized, env.is_async, sorted(env.extensions),
    ))


def _private(info: os.stat_result) -> bool:
    """Owned by the current user and not writable by anyone else."""
    return info.st_uid == os.geteuid() and not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def _prepare(folder: Path) -> bool:
    """Create `folder` (and its parent) with mode 0o700 if needed; True when both may be used."""
    try:
        os.makedirs(folder.parent, mode=0o700, exist_ok=True)
        try:
            os.mkdir(folder, 0o700)
        except FileExistsError:
            pass
        parent, own = os.stat(folder.parent), os.lstat(folder)
    except (OSError, ValueError):
        return False
    return (stat.S_ISDIR(parent.st_mode) and _private(parent)
            and stat.S_ISDIR(own.st_mode) and _private(own))


def _read_private(path: Path) -> bytes | None:
    """The file's bytes, if it is a regular file of ours that no one else may write; else None."""
    from .loader.source import read_regular

    try:
        return read_regular(path, MAX_FILE_BYTES, accept=_private, follow_symlinks=False)
    except OSError:
        return None


def _write_atomically(path: Path, data: bytes) -> None:
    """Write `data` to a private temporary file beside `path`, then move it into place."""
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".bc")  # mode 0o600
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(temporary, path)
    except BaseException:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise
