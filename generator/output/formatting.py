"""black, in-process, with one fixed mode; a process pool over the cores for big cold runs.

Only `.py`/`.pyi` files are formatted; every other file passes through.  The
mode never depends on the user's configuration, so the output depends only on
the spec, the options, our version and black's version (recorded in the
manifest; pyproject.toml pins black to one year's stable style).
"""

from __future__ import annotations

import gc
import os
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Iterable, Sequence

from ..diagnostics import InputError, error
from ..records import Record

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool


def __getattr__(name: str) -> Any:
    """`ProcessPoolExecutor` and `BrokenProcessPool`, imported on first use (~20 ms saved for small runs)."""
    if name == "ProcessPoolExecutor":
        from concurrent.futures import ProcessPoolExecutor

        globals()[name] = ProcessPoolExecutor
        return ProcessPoolExecutor
    if name == "BrokenProcessPool":
        from concurrent.futures.process import BrokenProcessPool

        globals()[name] = BrokenProcessPool
        return BrokenProcessPool
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _lazy(name: str) -> Any:
    return globals().get(name) or __getattr__(name)

LINE_LENGTH = 88
#: Python versions the generated code targets (black only uses syntax all of them accept)
TARGET_VERSIONS = ("PY310", "PY311", "PY312", "PY313")
#: below this many files (or bytes) a process pool costs more than it saves
POOL_MIN_FILES = 48
POOL_MIN_BYTES = 256 * 1024


def needs_formatting(path: str) -> bool:
    return path.endswith((".py", ".pyi"))


def black_version() -> str:
    """black's version, read from package metadata (cheaper than importing black)."""
    from ..resources import installed_version

    return installed_version("black")


def format_id() -> str:
    """Everything the formatted bytes depend on besides the source: cache key part."""
    return f"black {black_version()} line-length={LINE_LENGTH} target={','.join(TARGET_VERSIONS)}"


@lru_cache(maxsize=2)
def _mode(is_pyi: bool):  # type: ignore[no-untyped-def]
    import black

    return black.Mode(
        target_versions={black.TargetVersion[v] for v in TARGET_VERSIONS},
        line_length=LINE_LENGTH,
        is_pyi=is_pyi,
        string_normalization=True,
        magic_trailing_comma=True,
        preview=False,
    )


class FormatFailure(Record):
    """A file black could not format, with the first line of black's error."""

    path: str
    message: str


def _format_one(path: str, source: str) -> str | FormatFailure:
    import black

    try:
        return black.format_str(source, mode=_mode(path.endswith(".pyi")))
    except Exception as exc:  # black raises InvalidInput, parse errors, ASTSafetyError...
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        return FormatFailure(path, first[:300])


#: the garbage collector's thresholds while black runs: Python's defaults.  black's parse trees
#: are cyclic (children link to their parents), so only the collector frees them, and the raised
#: thresholds of the rest of a run (`cli.GC_THRESHOLDS`) would let them pile up in memory
BLACK_GC_THRESHOLDS = (700, 10, 10)
#: formatting less source than this in this process leaves garbage too small to matter, so the thresholds
#: stay as they are: lowering them in a big process (to format the one file a regeneration changed) would
#: make the collector walk all of its long-lived objects
BLACK_GC_MIN_BYTES = 64 * 1024


def _format_batch(batch: Sequence[tuple[str, str]]) -> list[tuple[str, str | FormatFailure]]:
    """Format `batch` with the collector's default thresholds (what a worker process runs)."""
    previous = gc.get_threshold()
    gc.set_threshold(*BLACK_GC_THRESHOLDS)
    try:
        return [(path, _format_one(path, source)) for path, source in batch]
    finally:
        gc.set_threshold(*previous)


def _format_in_worker(batch: Sequence[tuple[str, str]]) -> list[tuple[str, str | FormatFailure]]:
    """Format `batch` in a worker process, then collect its garbage.

    black's parse trees are cyclic: left to the collector's thresholds they pile
    up to several batches' worth before a full collection frees them.  A worker's
    own long-lived objects are frozen (`_worker_init`), so this collection only
    walks what the batch left: full Voucherify's peak memory (PSS, all processes)
    drops by about 15 MiB for no measurable time.
    """
    try:
        return _format_batch(batch)
    finally:
        gc.collect()


def _format_here(batch: Sequence[tuple[str, str]]) -> list[tuple[str, str | FormatFailure]]:
    """Format `batch` in this process: a few small files under the run's own thresholds."""
    if sum(len(source) for _, source in batch) >= BLACK_GC_MIN_BYTES:
        return _format_batch(batch)
    return [(path, _format_one(path, source)) for path, source in batch]


def _batches(items: list[tuple[str, str]], count: int) -> list[list[tuple[str, str]]]:
    """Split into `count` batches of about equal size (largest first, greedy)."""
    bins: list[list[tuple[str, str]]] = [[] for _ in range(count)]
    loads = [0] * count
    for item in sorted(items, key=lambda kv: (-len(kv[1]), kv[0])):
        i = loads.index(min(loads))
        bins[i].append(item)
        loads[i] += len(item[1])
    return [b for b in bins if b]


def effective_jobs(jobs: int) -> int:
    return max(1, jobs if jobs > 0 else (os.cpu_count() or 1))


def _pool_worthwhile(count: int, total: int, workers: int) -> bool:
    return workers > 1 and count >= POOL_MIN_FILES and total >= POOL_MIN_BYTES


def format_sources(sources: dict[str, str], jobs: int = 0, pool: "FormatPool | None" = None) -> dict[str, str]:
    """Format every Python source in `sources` (path -> text); return path -> formatted text.

    Non-Python paths are returned unchanged.  Runs in-process for small sets
    and over a process pool (`jobs` workers, 0 = one per core) for big ones;
    `pool`, when given, supplies results formatted ahead (`FormatPool.prefetch`)
    and the workers for the rest.  Raises `InputError` naming each file black
    could not parse (a template bug or a name that slipped past naming:
    nothing is written).
    """
    out = {p: s for p, s in sources.items() if not needs_formatting(p)}
    todo = [(p, s) for p, s in sources.items() if needs_formatting(p)]
    results: list[tuple[str, str | FormatFailure]] = []
    if pool is not None:
        results, todo = pool.collect(todo)
    workers = min(effective_jobs(jobs), len(todo))
    total = sum(len(s) for _, s in todo)
    if todo and pool is not None and pool.usable and _pool_worthwhile(len(todo), total, pool.workers):
        pool.prefetch(dict(todo))
        more, todo = pool.collect(todo)
        results += more
    if _pool_worthwhile(len(todo), total, workers):
        results += _format_in_new_pool(todo, workers)
    elif todo:
        results += _format_here(todo)
    failures = []
    for path, result in results:
        if isinstance(result, FormatFailure):
            failures.append(result)
        else:
            out[path] = result
    if failures:
        raise InputError([
            error("", f"generated file {f.path} is not valid Python: black says: {f.message}",
                  "this is a bug in sdkgen's templates or naming; please report it with the spec")
            for f in sorted(failures, key=lambda f: f.path)
        ])
    return out


def _format_in_new_pool(todo: list[tuple[str, str]], workers: int) -> list[tuple[str, str | FormatFailure]]:
    # A few batches per worker keeps them all busy to the end without paying
    # a round-trip per file.
    batches = _batches(todo, workers * 3)
    _mode(False)  # import black here: forked workers inherit it instead of importing it each
    try:
        with _lazy("ProcessPoolExecutor")(max_workers=workers, initializer=_worker_init) as pool:
            return [r for chunk in pool.map(_format_in_worker, batches) for r in chunk]
    except (_lazy("BrokenProcessPool"), OSError):  # a worker died (OOM killer) or no processes allowed
        return _format_batch(todo)


def _warm() -> None:
    """Import black and build the modes before the first file arrives."""
    _mode(False)
    _mode(True)


def _worker_init() -> None:
    """Worker initializer: `_warm`, then move every object the worker has (black, what it inherited
    from the parent) out of the collector's reach, so `_format_in_worker`'s collections walk only
    a batch's garbage (and never write to pages shared with the parent)."""
    _warm()
    gc.freeze()


def _noop() -> None:
    return None


class FormatPool:
    """black worker processes, started early and fed before the output folder is even read.

    Started at the beginning of a run (`start`), the workers fork from a small
    process (before the spec is loaded: they do not carry it) and import black
    while the front end runs.  `prefetch` hands them sources as soon as they
    are rendered; `format_sources(..., pool=...)` later takes the results of
    those whose text is still what needs formatting, and formats the rest as
    usual.  black is a pure function of the text, so where a file was
    formatted changes no byte.  Any failure of the pool (a worker killed, no
    processes allowed) falls back to formatting in-process.
    """

    #: aim for batches of about this many bytes (round-trips stay cheap, workers stay balanced)
    BATCH_BYTES = 48 * 1024
    MIN_BATCHES_PER_WORKER = 4

    def __init__(self, jobs: int = 0) -> None:
        self.workers = effective_jobs(jobs)
        #: `pipeline._run` starts the pool (preloaded) once the spec is loaded and the validator forked
        self.start_after_loading = False
        self._executor: Any = None
        self._broken = False
        self._pending: dict[str, tuple[str, "Future[list[tuple[str, str | FormatFailure]]]"]] = {}

    @property
    def usable(self) -> bool:
        return self.workers > 1 and not self._broken

    def start(self, *, preload: bool = False) -> "FormatPool":
        """Fork the workers now.  `preload`: import black here first, so they inherit it instead of
        each importing it (cheaper in CPU; worth it when this process is still small)."""
        if self._executor is not None or not self.usable:
            return self
        if preload:
            _warm()
        try:
            import multiprocessing

            methods = multiprocessing.get_all_start_methods()
            context = multiprocessing.get_context("fork" if "fork" in methods else None)
            self._executor = _lazy("ProcessPoolExecutor")(max_workers=self.workers, mp_context=context,
                                                          initializer=_worker_init)
            self._executor.submit(_noop)  # forks every worker now (with "fork", all at once)
        except (OSError, RuntimeError, ValueError):
            self._broken = True
            self._executor = None
        return self

    def prefetch(self, sources: dict[str, str]) -> None:
        """Start formatting `sources` (Python files among them) in the workers."""
        todo = [(p, s) for p, s in sources.items() if needs_formatting(p) and p not in self._pending]
        if not todo or not self.usable:
            return
        if self._executor is None and not _pool_worthwhile(len(todo), sum(len(s) for _, s in todo), self.workers):
            return  # a few files: formatting them in-process is cheaper than forking workers (from a big process)
        self.start()
        if self._executor is None:
            return
        total = sum(len(s) for _, s in todo)
        # at least a few batches per worker: one whose files happen to be slow to format
        # would otherwise leave the other workers idle at the end
        count = min(len(todo), max(self.workers * self.MIN_BATCHES_PER_WORKER, -(-total // self.BATCH_BYTES)))
        try:
            for batch in _batches(todo, count):  # largest first: no long file left for the end
                future = self._executor.submit(_format_in_worker, batch)
                for path, source in batch:
                    self._pending[path] = (source, future)
        except Exception:  # noqa: BLE001 - broken or shut down: format in-process later
            self._broken = True

    def collect(self, todo: list[tuple[str, str]]) -> tuple[list[tuple[str, str | FormatFailure]],
                                                            list[tuple[str, str]]]:
        """(results of prefetched files whose text matches, the files left to format)."""
        done: list[tuple[str, str | FormatFailure]] = []
        rest: list[tuple[str, str]] = []
        batches: dict[int, dict[str, str | FormatFailure]] = {}
        for path, source in todo:
            # taken out of the pending table: the results are held only as long as the caller holds them
            entry = self._pending.pop(path, None)
            if entry is None or entry[0] != source:
                rest.append((path, source))
                continue
            future = entry[1]
            key = id(future)
            if key not in batches:
                try:
                    batches[key] = dict(future.result())
                except Exception:  # noqa: BLE001 - a worker died: format this batch in-process
                    self._broken = True
                    batches[key] = {}
            result = batches[key].get(path)
            if result is None:
                rest.append((path, source))
            else:
                done.append((path, result))
        return done, rest

    def close(self) -> None:
        """Stop the workers (at once if the run ended before using them)."""
        executor, self._executor = self._executor, None
        self._pending.clear()
        if executor is None:
            return
        processes = list((getattr(executor, "_processes", None) or {}).values())
        manager = getattr(executor, "_executor_manager_thread", None)
        executor.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            try:
                process.terminate()
            except (OSError, AttributeError):
                pass
        for process in processes:
            try:
                process.join(5)
            except (OSError, AttributeError, AssertionError):
                pass
        # Let the executor's manager thread see its workers gone and close its wake-up pipe now:
        # Python 3.11's exit hook would otherwise race it and write to the closing pipe, printing
        # "Exception ignored ... Bad file descriptor" at interpreter exit on a busy machine.
        if manager is not None:
            try:
                manager.join(5)
            except RuntimeError:
                pass
