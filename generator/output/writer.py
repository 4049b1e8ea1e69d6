"""`write_tree`: replace the output folder's generated files, keeping the user's own.

1. Render and format everything, read the folder, decide (nothing touched yet).
2. Stop (exit 2) on hand-edited generated files or user files in the way, unless --force.
3. Commit, in one of two ways:
   - staging + exchange (cold runs, large change sets, anything unusual):
     build the complete new tree in a staging folder beside the output: new
     and changed files written, unchanged generated files and every file the
     tool did not write hard-linked (copied where links fail); generated
     files no longer produced are simply left out, and so are the folders
     they emptied.  Flush it, swap it in (see `swap.py`), delete the old tree.
     A reader always sees the complete old tree or the complete new one.
   - in place (a few files written or removed, see `inplace.suitable`): stage
     just those files and the manifest, commit a journal, then rename them
     into the tree (see `inplace.py`).  A killed run leaves a tree that the
     next run's recovery completes to the new one; a reader without the lock
     can see a mix during the few renames.
   Both give the same tree, manifest and `WriteResult`.
"""

from __future__ import annotations

import os
import shutil
import stat
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable

from ..diagnostics import InputError, error
from ..options import MANIFEST_NAME, Options
from . import inplace, swap
from .formatting import FormatPool
from .paths import to_native
from .plan import Plan, RenderFacts, make_plan
from ..records import Record, replace

if TYPE_CHECKING:
    from ..validate.record import ValidationRecord


class WriteResult(Record):
    """What `write_tree` did to the output folder: the files written and removed, with counts."""

    output: Path
    written: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    unchanged: int = 0
    kept: int = 0
    formatted: int = 0
    cached: int = 0
    cleaned: int = 0

    def describe(self) -> str:
        text = f"{len(self.written)} written, {len(self.removed)} removed, {self.unchanged} unchanged"
        return text + f"; black: {self.formatted} formatted, {self.cached} cached"


def resolve_output(output: Path) -> Path:
    """The real output folder (symlinks resolved); refuse a file or a dangling link."""
    path = Path(os.path.abspath(output))
    problems = []
    if path.is_symlink() and not path.exists():
        problems.append(f"output path {output} is a symlink to nothing")
    elif path.exists() and not path.is_dir():
        problems.append(f"output path {output} exists and is not a folder")
    real = path.resolve()
    if not real.name or real == real.parent:
        problems.append(f"output path {output} is the root of the file system")
    else:
        try:
            cwd = Path.cwd().resolve()
        except OSError:  # the working folder was deleted
            cwd = Path("/")
        if cwd == real or real in cwd.parents:
            problems.append(f"output folder {output} contains the current folder {cwd}; "
                            "the tool replaces the whole output folder")
    if problems:
        raise InputError([error("", p, "choose another output folder with -o") for p in problems])
    return real


def _refuse(plan: Plan, force: bool) -> None:
    problems = []
    if not force:
        for path in plan.hand_edited():
            what = plan.disk[path].other or "edited since it was generated"
            problems.append(error("", f"{plan.root / path}: generated file was {what}",
                                  "move your changes to a file of your own, or run again with --force to overwrite"))
        for path in plan.foreign():
            problems.append(error("", f"{plan.root / path}: this file was not written by sdkgen but the new "
                                      "output has a file at this path",
                                  "rename your file, or run again with --force to replace it"))
    for path in plan.finals:
        if plan.disk[path].other == "a folder":
            problems.append(error("", f"{plan.root / path}: is a folder where a generated file must go",
                                  "move that folder away"))
    if problems:
        raise InputError(problems)


def _user_entries(plan: Plan) -> tuple[list[str], list[str]]:
    """Files (or symlinks) and empty folders in the output that the tool did not write, to carry over."""
    root = plan.root
    generated = set(plan.old_files) | {MANIFEST_NAME}
    new = plan.finals
    files: list[str] = []
    empty_dirs: list[str] = []
    if not root.is_dir():
        return files, empty_dirs
    root_device = os.lstat(root).st_dev

    def unreadable(exc: OSError) -> None:
        raise InputError([error("", f"{exc.filename}: cannot be read ({exc.strerror})",
                                "sdkgen must carry every file of yours over into the new tree; fix the permissions")])

    for folder, dirnames, filenames in os.walk(root, onerror=unreadable, followlinks=False):
        if os.lstat(folder).st_dev != root_device:
            raise InputError([error("", f"{folder}: is a mount point inside the output folder",
                                    "sdkgen replaces the output folder as a whole; unmount it or move it out")])
        rel_folder = os.path.relpath(folder, root).replace(os.sep, "/")
        prefix = "" if rel_folder == "." else rel_folder + "/"
        links = [d for d in dirnames if os.path.islink(os.path.join(folder, d))]
        dirnames[:] = sorted(d for d in dirnames if d not in links)
        for name in sorted(filenames + links):
            rel = prefix + name
            if rel in generated:
                continue
            if rel in new:  # a file of the user's at a generated path: --force replaces it
                continue
            files.append(rel)
        if not dirnames and not filenames and not links and prefix:
            empty_dirs.append(rel_folder)
    return files, empty_dirs


def _folders(paths: Iterable[str]) -> set[str]:
    """Every folder holding one of `paths` (relative POSIX), at any depth."""
    return {"/".join(p.split("/")[: i + 1]) for p in paths for i in range(p.count("/"))}


def _check_conflicts(plan: Plan, user_files: list[str], empty_dirs: list[str]) -> None:
    """A kept user file where a generated folder must go, or the reverse: refuse."""
    new_dirs = _folders(plan.finals)
    user_dirs = _folders(user_files + empty_dirs)
    problems = []
    for rel in user_files:
        if rel in new_dirs:
            problems.append(error("", f"{plan.root / rel}: your file (or link) is in the way of generated folder {rel}/",
                                  "move it away"))
    for rel in plan.finals:
        if rel in user_dirs or rel in empty_dirs:
            problems.append(error("", f"{plan.root / rel}: a folder of yours is in the way of a generated file",
                                  "move it away"))
    if problems:
        raise InputError(problems)


def _carry_over(src: str, dst: str) -> None:
    st = os.lstat(src)
    if stat.S_ISLNK(st.st_mode):
        os.symlink(os.readlink(src), dst)
    elif stat.S_ISREG(st.st_mode):
        try:
            os.link(src, dst, follow_symlinks=False)
        except OSError:
            shutil.copy2(src, dst, follow_symlinks=False)
    else:
        raise InputError([error("", f"{src}: is a special file (not a file, folder or link)",
                                "sdkgen cannot carry it over into the new tree; move it out of the output folder")])


def _make_parents(staging: Path, rel: str, made: set[str]) -> None:
    if "/" not in rel:
        return
    parent = rel.rsplit("/", 1)[0]
    if parent not in made:
        os.makedirs(to_native(staging, parent), exist_ok=True)
        made.add(parent)


#: threads creating the staged files
WRITER_THREADS = 8


def _new_staging(root: Path) -> Path:
    staging = swap.staging_path(root)
    os.mkdir(staging)
    if root.is_dir():
        os.chmod(staging, stat.S_IMODE(os.stat(root).st_mode))
    return staging


def _place(staging: Path, root: Path, finals: dict[str, bytes], link_from_old: "Callable[[str], bool]") -> list[str]:
    """Put `finals` into `staging`, hard-linking those `link_from_old` vouches for; the paths written."""
    made: set[str] = set()
    for rel in finals:
        _make_parents(staging, rel, made)

    def put(rel: str) -> str | None:
        dst = to_native(staging, rel)
        if link_from_old(rel):
            try:
                os.link(to_native(root, rel), dst, follow_symlinks=False)
                return None
            except OSError:
                pass
        with open(dst, "xb") as fh:
            fh.write(finals[rel])
        return dst

    # Creating thousands of small files is bound by the file system's latency, not the CPU:
    # threads overlap the waits.
    with ThreadPoolExecutor(max_workers=WRITER_THREADS) as threads:
        return [dst for dst in threads.map(put, finals, chunksize=64) if dst is not None]


class _EarlyStaging:
    """A cold run's files that need no formatting (docs, ...), staged in a thread while black works.

    Used only when there is no old tree (nothing to link from, nothing of the
    user's to keep in the way): the staging folder is new and removed on any
    failure, so the output folder is untouched until the swap, as before.
    """

    def __init__(self, root: Path) -> None:
        self.root = root
        self.staging: Path | None = None
        self.placed: set[str] = set()
        self._thread: threading.Thread | None = None
        self._written: list[str] = []
        self._error: BaseException | None = None

    def start(self, finals: dict[str, bytes]) -> None:
        self.staging = _new_staging(self.root)
        self.placed = set(finals)

        def run() -> None:
            try:
                assert self.staging is not None
                self._written = _place(self.staging, self.root, finals, lambda rel: False)
            except BaseException as exc:  # noqa: BLE001 - re-raised by `finish`
                self._error = exc

        self._thread = threading.Thread(target=run, name="sdkgen-staging", daemon=True)
        self._thread.start()

    def finish(self) -> list[str]:
        """Wait for the thread; the files it wrote (raises what it raised)."""
        if self._thread is not None:
            self._thread.join()
        if self._error is not None:
            raise self._error
        return self._written

    def discard(self) -> None:
        if self._thread is not None:
            self._thread.join()
        if self.staging is not None:
            swap.remove_tree(self.staging)


def _build_staging(plan: Plan, staging: Path, user_files: list[str], empty_dirs: list[str],
                   early: _EarlyStaging | None = None) -> list[str]:
    """Fill `staging` (new, or started by `early`) with the complete new tree; return the files written (to flush)."""
    root = plan.root
    written = early.finish() if early is not None else []
    made: set[str] = set()
    for rel in user_files:
        _make_parents(staging, rel, made)
        _carry_over(to_native(root, rel), to_native(staging, rel))
    for rel in empty_dirs:
        os.makedirs(to_native(staging, rel), exist_ok=True)
    placed = early.placed if early is not None else set()
    rest = {rel: data for rel, data in plan.finals.items() if rel not in placed}
    written += _place(staging, root, rest,
                      lambda rel: plan.disk[rel].data == plan.finals[rel] and rel in plan.old_files)
    manifest = to_native(staging, MANIFEST_NAME)
    with open(manifest, "xb") as fh:
        fh.write(plan.manifest_bytes)
    written.append(manifest)
    # Folders keep the user's permissions where they existed before.
    for rel in sorted(_folders([*plan.finals, *user_files]) | set(empty_dirs)):
        old = to_native(root, rel)
        if os.path.isdir(old) and not os.path.islink(old):
            os.chmod(to_native(staging, rel), stat.S_IMODE(os.stat(old).st_mode))
    return written


def _write_manifest_only(plan: Plan) -> None:
    """Only the manifest changed (e.g. new tool version): replace that one file atomically."""
    target = plan.root / MANIFEST_NAME
    tmp = swap.staging_path(plan.root)  # beside the output: a killed run's leftover is cleaned like any staging
    with open(tmp, "wb") as fh:
        fh.write(plan.manifest_bytes)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, target)
    swap.fsync_dir(plan.root)


def write_tree(files: dict[str, str], options: Options, spec_hash: str, *, use_exchange: bool = True,
               pool: FormatPool | None = None, validation: "ValidationRecord | None" = None,
               facts: RenderFacts | None = None) -> WriteResult:
    """Write `files` (relative path -> unformatted text) into `options.output`; see the module doc.

    `pool`: black workers that may already hold some of the files formatted (`FormatPool.prefetch`).
    `validation`: the validator's findings for the spec, recorded in the manifest for the next run.
    `facts`: what the render knows besides the text: unit keys, files kept unrendered (`plan.RenderFacts`).
    """
    output = resolve_output(options.output)
    parent_existed = output.parent.is_dir()
    if not parent_existed:  # nothing on disk to read: check and format before creating any folder
        plan = make_plan(files, options, spec_hash, output, pool, validation, facts=facts)
        output.parent.mkdir(parents=True, exist_ok=True)
    with swap.locked(output.parent):
        cleaned = swap.recover(output)
        early = _EarlyStaging(output) if parent_existed and _empty(output) else None
        try:
            if parent_existed:
                plan = make_plan(files, options, spec_hash, output, pool, validation, facts=facts,
                                 while_formatting=early.start if early is not None else None)
            return _write_plan(plan, options, use_exchange, cleaned, early)
        except BaseException:
            if early is not None:
                early.discard()
            raise


def _empty(output: Path) -> bool:
    """No output folder yet, or an empty one: a cold run, with nothing to keep or link."""
    if not os.path.lexists(output):
        return True
    try:
        return output.is_dir() and not output.is_symlink() and not any(os.scandir(output))
    except OSError:
        return False


def _write_plan(plan: Plan, options: Options, use_exchange: bool, cleaned: int,
                early: "_EarlyStaging | None") -> WriteResult:
    from .manifest import require_usable

    output = plan.root
    require_usable(plan.old, options.force)
    _refuse(plan, options.force)
    changed, added, removed = plan.changed(), plan.added(), plan.removed()
    unchanged = len(plan.finals) - len(changed) - len(added)
    result = WriteResult(output=output, written=tuple(sorted(changed + added)), removed=tuple(removed),
                         unchanged=unchanged, formatted=plan.formatted, cached=plan.cached, cleaned=cleaned)
    if not changed and not added and not removed:
        if early is not None:
            early.discard()
        if plan.old.raw != plan.manifest_bytes:
            if output.is_dir():
                _write_manifest_only(plan)
            else:
                _replace(plan, [], [], use_exchange)
        return result
    user_files, empty_dirs = _user_entries(plan)
    _check_conflicts(plan, user_files, empty_dirs)
    if early is None and inplace.suitable(plan, result.written, removed, len(plan.finals) + len(user_files)):
        keep = _folders([*plan.finals, *user_files]) | set(empty_dirs)
        inplace.commit(plan, list(result.written), removed, sorted(_folders(removed) - keep))
    else:
        _replace(plan, user_files, empty_dirs, use_exchange, early)
    return replace(result, kept=len(user_files))


def _replace(plan: Plan, user_files: list[str], empty_dirs: list[str], use_exchange: bool,
             early: "_EarlyStaging | None" = None) -> None:
    staging = (early.staging if early is not None else None) or _new_staging(plan.root)
    try:
        written = _build_staging(plan, staging, user_files, empty_dirs, early)
        swap.sync_tree(staging, written)
    except BaseException:
        swap.remove_tree(staging)
        raise
    swap.replace_tree(staging, plan.root, use_exchange=use_exchange)
