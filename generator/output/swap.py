"""Replace a folder by another in one step, and clean up after runs that were killed.

The new tree is built in a staging folder beside the output (same parent, so
same file system).  On Linux `renameat2(RENAME_EXCHANGE)` swaps the two
folders atomically: at every instant the output path names either the
complete old tree or the complete new one.  Where the exchange is not
available (other systems, some file systems) we fall back to two renames
(output -> backup, staging -> output); a run killed between them leaves no
output folder but a complete backup, which `recover` (run at the start of
every `generate`) renames back.  Leftover staging and backup folders are
deleted by the next run.

Small change sets are committed in place instead (`inplace`): the staging
folder then holds only the new files and a journal.  A run killed after the
journal's commit leaves a partly updated tree; `recover` rolls such a journal
forward (after checking every step of it) before deleting the staging
folder, so the next run starts from the complete new tree.  A staging folder
without a committed journal is just deleted: the output was not touched.

A lock on the parent folder (flock) keeps two runs from recovering or
swapping (or updating in place) the same output at once.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import hashlib
import os
import re
import secrets
import shutil
import sys
from pathlib import Path
from typing import Iterator

STAGING_PREFIX = ".sdkgen-staging-"
BACKUP_PREFIX = ".sdkgen-backup-"

_AT_FDCWD = -100
_RENAME_EXCHANGE = 2
_renameat2 = None  # resolved lazily: the libc function, or False when unavailable


def _tag(name: str) -> str:
    """The output's name as it appears in staging names (hashed when long)."""
    if len(name) <= 64 and re.fullmatch(r"[A-Za-z0-9._]+", name):
        return name
    return hashlib.sha256(name.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def staging_path(output: Path) -> Path:
    return output.parent / f"{STAGING_PREFIX}{_tag(output.name)}-{secrets.token_hex(8)}"


def backup_path(output: Path, staging: Path) -> Path:
    return output.parent / (BACKUP_PREFIX + staging.name[len(STAGING_PREFIX):])


def leftovers(output: Path) -> list[Path]:
    """Staging and backup folders that earlier runs of this output left behind."""
    pattern = re.compile(rf"^\.sdkgen-(?:staging|backup)-{re.escape(_tag(output.name))}-[0-9a-f]{{16}}$")
    try:
        names = sorted(os.listdir(output.parent))
    except FileNotFoundError:
        return []
    return [output.parent / n for n in names if pattern.match(n)]


def recover(output: Path) -> int:
    """Finish or undo what a killed run left, then delete its leftovers.

    Restores a backup if the output is gone; rolls a committed in-place
    journal forward (only when there is exactly one: each run recovers before
    it commits, so two cannot come from sdkgen, and neither is trusted);
    deletes the rest.  Returns how many leftover folders were cleaned up.
    """
    from . import inplace

    found = leftovers(output)
    if not os.path.lexists(output):
        backups = [p for p in found if p.name.startswith(BACKUP_PREFIX)]
        if backups:  # killed between the two renames of the fallback: the old tree is complete
            os.rename(backups[-1], output)
            found.remove(backups[-1])
            fsync_dir(output.parent)
    journals = [p for p in found if p.name.startswith(STAGING_PREFIX) and inplace.committed(p, output)]
    if len(journals) == 1:
        inplace.roll_forward(journals[0], output)
    for path in found:
        remove_tree(path)
    if journals:  # a deleted journal must not come back after a crash and be replayed again
        fsync_dir(output.parent)
    return len(found)


def remove_tree(path: Path) -> None:
    if path.is_symlink() or not path.is_dir():
        path.unlink(missing_ok=True)
        return
    shutil.rmtree(path, ignore_errors=True)


def _libc_renameat2():  # type: ignore[no-untyped-def]
    global _renameat2
    if _renameat2 is None:
        _renameat2 = False
        if sys.platform.startswith("linux"):
            try:
                libc = ctypes.CDLL(None, use_errno=True)
                fn = libc.renameat2
                fn.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
                fn.restype = ctypes.c_int
                _renameat2 = fn
            except (OSError, AttributeError):  # old glibc or musl without the wrapper
                _renameat2 = False
    return _renameat2


def exchange(a: Path, b: Path) -> bool:
    """Atomically swap two paths; False when the system cannot (caller falls back)."""
    fn = _libc_renameat2()
    if not fn:
        return False
    rc = fn(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    if rc == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP):
        return False
    raise OSError(err, os.strerror(err), str(a), None, str(b))


def replace_tree(staging: Path, output: Path, *, use_exchange: bool = True) -> None:
    """Put the complete tree at `staging` in place of `output`, then delete the old one."""
    if not os.path.lexists(output):
        os.rename(staging, output)
        fsync_dir(output.parent)
        return
    if use_exchange and exchange(staging, output):
        fsync_dir(output.parent)
        remove_tree(staging)  # now holds the old tree
        return
    backup = backup_path(output, staging)
    os.rename(output, backup)
    os.rename(staging, output)
    fsync_dir(output.parent)
    remove_tree(backup)


def fsync_dir(path: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


#: up to this many written files are fsynced one by one; more are flushed with one `syncfs`
FSYNC_EACH_MAX = 64


def sync_tree(root: Path, written: list[str]) -> None:
    """Flush the staged tree to disk before it replaces the output.

    On Linux one `syncfs` on the staging folder flushes the whole file system
    in one call (much cheaper than an fsync per file when thousands were
    written); a few files are fsynced one by one instead, because `syncfs`
    would also wait for everything else not yet flushed on the file system
    (say, the previous generation's files).  Elsewhere each written file is
    fsynced.
    """
    if sys.platform.startswith("linux") and len(written) > FSYNC_EACH_MAX:
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            fd = os.open(root, os.O_RDONLY)
            try:
                if libc.syncfs(fd) == 0:
                    return
            finally:
                os.close(fd)
        except (OSError, AttributeError):
            pass
    for native in written:
        fd = os.open(native, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


@contextlib.contextmanager
def locked(folder: Path, *, shared: bool = False) -> Iterator[None]:
    """Hold an flock on `folder`: exclusive for writers, shared for readers (no-op where unavailable)."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        yield
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_SH if shared else fcntl.LOCK_EX)
        except OSError:
            pass
        yield
    finally:
        os.close(fd)  # releases the lock
