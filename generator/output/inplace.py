"""In-place, journaled update: how `write_tree` commits a small change set.

Building a complete staging tree (a link for every unchanged file), swapping
it in and deleting the old tree costs time in proportion to the whole tree;
when a regeneration writes or removes only a few files that is almost all
waste.  For such runs (see `suitable`) the writer instead:

1. Stages: every new or changed file and the new manifest go into a fresh
   staging folder beside the output (`swap.staging_path`, so the leftover
   cleanup knows it), under flat names (`f0`, `f1`, ..., `manifest`), and are
   flushed (`swap.sync_tree`).
2. Commits: a journal listing the steps -- move each staged file onto its
   output path, unlink each removed file, remove each folder the removals
   empty, and last move the manifest -- is written to `JOURNAL_TMP`, fsynced,
   and renamed to `JOURNAL`; the staging folder is fsynced.  That rename is
   the commit point.
3. Applies the steps (parent folders made as needed); the folders touched are
   fsynced before the manifest moves (and the output folder after it); then
   the staging folder is deleted and that deletion flushed, all under the
   writer's lock.  A step failing there (an OS error) stops the run with
   that error; the journal stays for the next run's recovery.

Guarantee.  A run killed before the commit leaves the old tree untouched (the
next run deletes its staging folder).  A run killed after it leaves a tree
that the next run's recovery -- `swap.recover`, which every `generate` runs
first, under the lock -- completes to the new tree (`roll_forward`).  Unlike
the exchange of `swap.replace_tree`, a reader that does not take the lock can
see a mix of old and new files: while the few renames run, and after a killed
run until the next `generate`.  `check` and the up-to-date test take the
shared lock, so they never see a live run's renames; a killed run's half-done
tree shows as drift (its manifest, moved last, is still the old one) until
the next `generate` completes it.

Each step is idempotent, so recovery can replay a journal any number of
times: a staged file already gone was moved (its target must then hold the
journal's hash), a file to unlink that is gone was unlinked, a folder to
remove that is gone (or no longer empty: something of the user's is in it)
stays as it is; a staged manifest already gone means every step was done.

Recovery trusts nothing in the journal.  Before touching anything it checks
every step: staged names are plain (`f<n>`, `manifest`) regular files; output
paths are safe relative paths (`paths.path_problem`) whose existing parent
folders are real folders (no symlinks) inside the output; each target is in
either its recorded old state (hash, or absent) or its new one, so a file the
user edited after the kill is never overwritten; the staged files hold the
recorded bytes.  On anything odd it applies nothing: the staging folder alone
is deleted, and the run goes on against the tree as it is (its manifest
checks then refuse, as hand edits, any file a half-done update left new).  We
delete rather than refuse with an `InputError` because the folder is ours
(by name, beside the output) and keeping it would stop every later run; a
step that fails with an OS error while a valid journal is replayed does
raise an `InputError`, keeping the staging folder for the next try.
"""

from __future__ import annotations

import errno
import json
import os
import re
import stat
from pathlib import Path
from typing import Iterable

from ..diagnostics import InputError, error
from ..options import MANIFEST_NAME
from . import manifest as mf
from . import swap
from .paths import path_problem, to_native
from .plan import MISSING, Plan
from ..records import Record

#: at most this many files written plus removed for an in-place update
IN_PLACE_MAX_CHANGES = 64
#: ... and at most one file in this many of the new tree (generated and user files)
IN_PLACE_TREE_RATIO = 8

JOURNAL = "journal"
JOURNAL_TMP = "journal.tmp"
JOURNAL_VERSION = 1
#: the staged manifest's name in the staging folder
STAGED_MANIFEST = "manifest"
_STAGED_NAME = re.compile(r"f[0-9]{1,9}")
_SHA = re.compile(r"[0-9a-f]{64}")
#: a journal is small (at most IN_PLACE_MAX_CHANGES moves, unlinks and the folders they empty)
_MAX_JOURNAL_BYTES = 1 << 20


class Step(Record):
    """One journal step: `move` staged `source` onto `path`, `unlink` `path`, or `rmdir` `path`.

    `before`: sha256 of the file at `path` when the run planned (None: absent);
    `after`: sha256 of the staged file (moves only).
    """

    kind: str
    path: str
    source: str | None = None
    before: str | None = None
    after: str | None = None

    def to_data(self) -> dict[str, str | None]:
        return {"kind": self.kind, "path": self.path, "source": self.source,
                "before": self.before, "after": self.after}


# --- choosing the strategy ------------------------------------------------------------------


def suitable(plan: Plan, written: Iterable[str], removed: Iterable[str], tree_size: int) -> bool:
    """Whether `commit` may apply this change set (else the staging + exchange path runs).

    Small change sets on an ordinary tree only: the old manifest read fine,
    every path written or removed is a regular file or absent, reached
    through real folders (no symlink, no file in the way) that we may write.
    """
    written, removed = list(written), list(removed)
    changes = len(written) + len(removed)
    if not changes or changes > IN_PLACE_MAX_CHANGES or changes * IN_PLACE_TREE_RATIO > tree_size:
        return False
    root = plan.root
    if plan.old.manifest is None or plan.old.problem is not None or not _real_folder(str(root)):
        return False
    writable: set[str] = {str(root)}
    for rel in written + removed:
        found = plan.disk[rel]
        if found != MISSING and not found.is_file:
            return False
        nearest = _nearest_folder(root, rel)
        if nearest is None:
            return False
        writable.add(nearest)
    return all(os.access(folder, os.W_OK | os.X_OK) for folder in writable)


def _real_folder(native: str) -> bool:
    try:
        return stat.S_ISDIR(os.lstat(native).st_mode)
    except OSError:
        return False


def _nearest_folder(root: Path, rel: str) -> str | None:
    """The deepest existing folder on the way to `rel`; None when a symlink or a file is in the way."""
    parts = rel.split("/")[:-1]
    nearest = str(root)
    for i in range(len(parts)):
        native = to_native(root, "/".join(parts[: i + 1]))
        try:
            mode = os.lstat(native).st_mode
        except FileNotFoundError:
            return nearest
        except OSError:
            return None
        if not stat.S_ISDIR(mode):
            return None
        nearest = native
    return nearest


# --- committing -----------------------------------------------------------------------------


def commit(plan: Plan, written: list[str], removed: list[str], emptied: list[str]) -> None:
    """Stage, journal and apply: `written` (paths of `plan.finals`), `removed`, `emptied` folders; see the doc."""
    root = plan.root
    staging = swap.staging_path(root)
    os.mkdir(staging)
    try:
        steps: list[Step] = []
        natives: list[str] = []
        for i, rel in enumerate(written):
            name = f"f{i}"
            data = plan.finals[rel]
            natives.append(_write_new(os.path.join(staging, name), data))
            steps.append(Step("move", rel, name, plan.disk[rel].sha, mf.sha256(data)))
        steps += [Step("unlink", rel, before=plan.disk[rel].sha) for rel in removed]
        steps += [Step("rmdir", rel) for rel in sorted(emptied, key=lambda r: (-r.count("/"), r))]
        natives.append(_write_new(os.path.join(staging, STAGED_MANIFEST), plan.manifest_bytes))
        old_manifest = mf.sha256(plan.old.raw) if plan.old.raw is not None else None
        steps.append(Step("move", MANIFEST_NAME, STAGED_MANIFEST, old_manifest, mf.sha256(plan.manifest_bytes)))
        swap.sync_tree(staging, natives)
        _write_journal(staging, root, steps)
    except BaseException:
        swap.remove_tree(staging)
        raise
    # Committed: from here on a failure leaves the journal for the next run's recovery.
    _apply(steps, staging, root)
    _discard(staging)


def _write_new(native: str, data: bytes) -> str:
    with open(native, "xb") as fh:
        fh.write(data)
    return native


def _write_journal(staging: Path, root: Path, steps: list[Step]) -> None:
    body = {"sdkgen-journal": JOURNAL_VERSION, "output": root.name, "steps": [s.to_data() for s in steps]}
    tmp = staging / JOURNAL_TMP
    with open(tmp, "xb") as fh:
        fh.write(json.dumps(body, sort_keys=True, ensure_ascii=True).encode("ascii"))
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, staging / JOURNAL)  # the commit point
    swap.fsync_dir(staging)
    swap.fsync_dir(staging.parent)


def _apply(steps: list[Step], staging: Path, root: Path) -> None:
    """Carry out `steps` (the manifest move last); each is skipped when already done."""
    touched: set[str] = set()
    *body, last = steps
    for step in body:
        target = to_native(root, step.path)
        parent = os.path.dirname(target)
        if step.kind == "move":
            source = os.path.join(staging, step.source or "")
            if not os.path.lexists(source):
                continue  # moved by an earlier attempt
            _make_folders(parent, touched)
            os.replace(source, target)
        elif step.kind == "unlink":
            try:
                os.unlink(target)
            except FileNotFoundError:
                continue
        else:
            try:
                os.rmdir(target)
            except OSError as exc:
                if exc.errno in (errno.ENOENT, errno.ENOTEMPTY, errno.EEXIST):
                    continue  # gone already, or holds something of the user's: it stays
                raise
            touched.discard(target)
        touched.add(parent)
    for folder in sorted(touched):
        swap.fsync_dir(Path(folder))
    # The manifest goes last and only once the rest is on disk: a staged manifest that is gone means "all done".
    source = os.path.join(staging, last.source or "")
    if os.path.lexists(source):
        os.replace(source, to_native(root, last.path))
        swap.fsync_dir(root)


def _make_folders(parent: str, touched: set[str]) -> None:
    """Create `parent` and missing ancestors; record the folders whose entries changed."""
    missing = []
    folder = parent
    while not os.path.isdir(folder):
        missing.append(folder)
        folder = os.path.dirname(folder)
    for native in reversed(missing):
        os.mkdir(native)
        touched.add(os.path.dirname(native))


def _discard(staging: Path) -> None:
    """Delete a staging folder for good (flushed: a deleted journal must not come back after a crash)."""
    swap.remove_tree(staging)
    swap.fsync_dir(staging.parent)


# --- recovery -------------------------------------------------------------------------------


def committed(staging: Path, output: Path) -> bool:
    """Whether `staging` (a leftover beside `output`) holds a committed, well-formed journal for it."""
    return _real_folder(str(staging)) and _load(staging, output) is not None


def roll_forward(staging: Path, output: Path) -> bool:
    """Complete the update journaled in `staging` when the journal checks out; True when it was applied.

    The caller deletes `staging` afterwards either way (see the module doc).
    Raises `InputError` when a valid journal cannot be applied (the staging
    folder is then kept for the next try).
    """
    steps = _load(staging, output)
    if steps is None or not os.path.lexists(staging / STAGED_MANIFEST):
        return False  # odd, or every step done already
    if not _on_disk_as_planned(steps, staging, output):
        return False
    try:
        _apply(steps, staging, output)
    except OSError as exc:
        raise InputError([error("", f"{output}: cannot complete the update an interrupted run committed "
                                    f"({exc.strerror}: {exc.filename})",
                                f"fix the cause and run again; the update's journal is kept in {staging}")]) from None
    return True


def _load(staging: Path, output: Path) -> list[Step] | None:
    """The journal's steps, when it is well formed and names this output; else None."""
    native = staging / JOURNAL
    try:
        st = os.lstat(native)
        if not stat.S_ISREG(st.st_mode) or st.st_size > _MAX_JOURNAL_BYTES:
            return None
        fd = os.open(native, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
        with os.fdopen(fd, "rb") as fh:
            data = json.loads(fh.read(_MAX_JOURNAL_BYTES + 1).decode("ascii"))
    except (OSError, ValueError, RecursionError):
        return None
    if not isinstance(data, dict) or data.get("sdkgen-journal") != JOURNAL_VERSION or data.get("output") != output.name:
        return None
    raw = data.get("steps")
    if not isinstance(raw, list) or not raw:
        return None
    steps = []
    for item in raw:
        step = _step(item)
        if step is None:
            return None
        steps.append(step)
    *body, last = steps
    if last != Step("move", MANIFEST_NAME, STAGED_MANIFEST, last.before, last.after):
        return None
    paths = [s.path for s in steps]
    sources = [s.source for s in steps if s.kind == "move"]
    if len(set(paths)) != len(paths) or len(set(sources)) != len(sources):
        return None
    if any(s.path == MANIFEST_NAME or s.source == STAGED_MANIFEST for s in body):
        return None
    return steps


def _step(item: object) -> Step | None:
    if not isinstance(item, dict) or set(item) != {"kind", "path", "source", "before", "after"}:
        return None
    kind, path, source, before, after = (item[k] for k in ("kind", "path", "source", "before", "after"))
    if not isinstance(path, str) or path_problem(path) is not None:
        return None
    if before is not None and not (isinstance(before, str) and _SHA.fullmatch(before)):
        return None
    if kind == "move":
        if not isinstance(source, str) or not (_STAGED_NAME.fullmatch(source) or source == STAGED_MANIFEST):
            return None
        if not isinstance(after, str) or not _SHA.fullmatch(after):
            return None
    elif kind in ("unlink", "rmdir"):
        if source is not None or after is not None or (kind == "rmdir" and before is not None):
            return None
    else:
        return None
    return Step(kind, path, source, before, after)


def _on_disk_as_planned(steps: list[Step], staging: Path, output: Path) -> bool:
    """Every step's paths are where the journal expects them: inside `output`, old state or new, no symlinks."""
    if not _real_folder(str(output)):
        return False
    for step in steps:
        if _nearest_folder(output, step.path) is None:
            return False
        target = _state(to_native(output, step.path))
        if step.kind == "rmdir":
            if target not in (None, "folder"):
                return False
        elif step.kind == "unlink":
            if target not in (None, step.before):
                return False
        else:
            staged = _state(os.path.join(staging, step.source or ""))
            if staged is None:  # moved already
                if target != step.after:
                    return False
            elif staged != step.after or target != step.before:
                return False
    return True


def _state(native: str) -> str | None:
    """None (absent), a regular file's sha256, "folder" (a real one), or "other"."""
    try:
        st = os.lstat(native)
    except FileNotFoundError:
        return None
    except OSError:
        return "other"
    if stat.S_ISDIR(st.st_mode):
        return "folder"
    if not stat.S_ISREG(st.st_mode):
        return "other"
    try:
        fd = os.open(native, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
        with os.fdopen(fd, "rb") as fh:
            return mf.sha256(fh.read())
    except OSError:
        return "other"
