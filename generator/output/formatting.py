"""black, in-process, with one fixed mode; a process pool over the cores for big cold runs.

Only `.py`/`.pyi` files are formatted; every other file passes through.  The
mode never depends on the user's configuration, so the output depends only on
the spec, the options, our version and black's version (recorded in the
manifest; pyproject.toml pins black to one year's stable style).
"""

from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Sequence

from ..diagnostics import InputError, error

LINE_LENGTH = 88
#: Python versions the generated code targets (black only uses syntax all of them accept)
TARGET_VERSIONS = ("PY310", "PY311", "PY312", "PY313")
#: below this many files (or bytes) a process pool costs more than it saves
POOL_MIN_FILES = 48
POOL_MIN_BYTES = 256 * 1024


def needs_formatting(path: str) -> bool:
    return path.endswith((".py", ".pyi"))


@lru_cache(maxsize=1)
def black_version() -> str:
    """black's version, read from package metadata (cheaper than importing black)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("black")
    except PackageNotFoundError:  # pragma: no cover - black is a dependency
        import black

        return str(black.__version__)


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


@dataclass(frozen=True, slots=True)
class FormatFailure:
    path: str
    message: str


def _format_one(path: str, source: str) -> str | FormatFailure:
    import black

    try:
        return black.format_str(source, mode=_mode(path.endswith(".pyi")))
    except Exception as exc:  # black raises InvalidInput, parse errors, ASTSafetyError...
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        return FormatFailure(path, first[:300])


def _format_batch(batch: Sequence[tuple[str, str]]) -> list[tuple[str, str | FormatFailure]]:
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


def format_sources(sources: dict[str, str], jobs: int = 0) -> dict[str, str]:
    """Format every Python source in `sources` (path -> text); return path -> formatted text.

    Non-Python paths are returned unchanged.  Runs in-process for small sets
    and over a process pool (`jobs` workers, 0 = one per core) for big ones.
    Raises `InputError` naming each file black could not parse (a template
    bug or a name that slipped past naming: nothing is written).
    """
    out = {p: s for p, s in sources.items() if not needs_formatting(p)}
    todo = [(p, s) for p, s in sources.items() if needs_formatting(p)]
    workers = min(effective_jobs(jobs), len(todo))
    total = sum(len(s) for _, s in todo)
    results: Iterable[tuple[str, str | FormatFailure]]
    if workers > 1 and len(todo) >= POOL_MIN_FILES and total >= POOL_MIN_BYTES:
        # A few batches per worker keeps them all busy to the end without paying
        # a round-trip per file.
        batches = _batches(todo, workers * 3)
        _mode(False)  # import black here: forked workers inherit it instead of importing it each
        try:
            with ProcessPoolExecutor(max_workers=workers) as pool:
                results = [r for chunk in pool.map(_format_batch, batches) for r in chunk]
        except (BrokenProcessPool, OSError):  # a worker died (OOM killer) or no processes allowed
            results = _format_batch(todo)
    else:
        results = _format_batch(todo)
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
