"""The pipeline, stage by stage: load -> validate -> IR -> render -> format -> write.

Each stage returns its result and its diagnostics; `run_front_end` gathers
them and stops at the first stage that found errors (later stages would only
report the same problem again).  The CLI and the public API both call these.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Callable

from .diagnostics import Diagnostic, InputError, Level, Report
from .options import Options
from .records import Record, field
from .standby import recorded, take_standby

if TYPE_CHECKING:
    from .ir.model import Api  # only for annotations: importing this module stays cheap (`early_validation`)
    from .output import FormatPool
    from .output.plan import RenderFacts
    from .validate import ValidationRecord


class FrontEnd(Record):
    """What the first stages produced: the IR and every diagnostic seen."""

    api: Api
    diagnostics: tuple[Diagnostic, ...]
    #: sha256 over the spec and every file it references
    spec_hash: str
    #: openapi-spec-validator's findings for this spec, for the manifest (None: nothing to record)
    validation: "ValidationRecord | None" = None


class Rendered(Record):
    """The unformatted output tree: relative POSIX path -> text."""

    files: dict[str, str]
    front: FrontEnd
    #: the output folder already holds exactly this generation (`output.memo`): nothing was
    #: rendered (`files` is empty) and these are the files it has; None otherwise
    up_to_date: tuple[str, ...] | None = None
    #: what the render knows about its files besides their text: unit keys, files kept without
    #: rendering them (`output.reuse`), pre-formatted files (None: nothing)
    facts: "RenderFacts | None" = None

    @property
    def file_count(self) -> int:
        if self.up_to_date is not None:
            return len(self.up_to_date)
        return len(self.files) + (len(self.facts.reused) if self.facts is not None else 0)


def run_front_end(spec: Path, *, ref_root: Path | None = None, strict: bool = False,
                  validate_only: bool = False) -> FrontEnd | Report:
    """Load, validate and build the IR.

    Returns a `Report` (with located diagnostics) when the input has errors,
    or when `validate_only` is set (the IR is built then too, for its
    diagnostics, unless validation failed); otherwise the `FrontEnd`.  Raises
    `InputError` for input that cannot even be read.
    """
    if validate_only:
        from .loader import load
        from .validate import begin

        loaded, load_diagnostics = load(spec, ref_root=ref_root)
        report = Report()
        report.extend(load_diagnostics)
        standby = take_standby(spec, ref_root, None)
        validation = begin(loaded, background=False, standby=standby)  # `validate(loaded)`, using the standby
        if standby is not None:
            standby.cancel()
        try:
            report.extend(validation.result())
        finally:
            validation.cancel()
        if not report.has_errors(strict):  # what `generate` would add: the IR's warnings
            from .ir.build import build_ir

            report.extend(build_ir(loaded)[1])
        return _located(report, loaded)
    result = _run(spec, ref_root, strict, None, None)
    return result if isinstance(result, Report) else result.front


class _Produced(Record):
    """What `_run` returns for good input: the front end and, with `after_ir`, the files it rendered."""

    front: FrontEnd
    files: dict[str, str] | None


def _run(spec: Path, ref_root: Path | None, strict: bool,
         after_ir: "Callable[[Api, str], dict[str, str]] | None", output: Path | None,
         pool: "FormatPool | None" = None) -> "_Produced | Report":
    """The front end, with openapi-spec-validator overlapping everything after loading.

    `output`: the output folder whose manifest may hold this spec's validation
    (None: always validate).  When it does, the validator does not run.
    `pool`: a black pool to start (`FormatPool.start_after_loading`) once the
    validator child is forked, before the IR is built.  The validator child
    forked at the start of the command (`early_validation`) is used when it
    was forked for this spec; when the run does not need it, it is killed
    right after loading.

    Our own checks run first (they are cheap); when they pass, the validator
    runs in a forked child while this process builds the IR and runs
    `after_ir` (render, start formatting).  Those stages are speculative: if
    validation then fails, whatever they produced or raised is dropped and
    the report is exactly the one a sequential run gives (load, then
    validation diagnostics; the IR's only when validation passed).
    """
    from .ir.build import build_ir
    from .loader import load
    from .validate import begin

    loaded, load_diagnostics = load(spec, ref_root=ref_root)
    report = Report()
    report.extend(load_diagnostics)
    early = Report()  # what is known before the validator's findings: failing here skips the IR
    early.extend(load_diagnostics)
    standby = take_standby(spec, ref_root, output)
    record = recorded(output)
    validation = begin(loaded, background=True, recorded=record, standby=standby)
    if standby is not None:
        standby.cancel()  # unless handed over: the manifest's record is used, or nothing is to be validated
    try:
        if pool is not None and pool.start_after_loading:
            pool.start(preload=True)
        early.extend(validation.ours)
        ir_result = None
        files = None
        problem: BaseException | None = None
        if not early.has_errors(strict):
            try:
                ir_result = build_ir(loaded)
                ir_report = Report()
                ir_report.extend(load_diagnostics)
                ir_report.extend(validation.ours)
                ir_report.extend(ir_result[1])
                if after_ir is not None and not ir_report.has_errors(strict):
                    files = after_ir(ir_result[0], loaded.content_hash)
            except (Exception, RecursionError) as exc:  # noqa: BLE001 - reported only if validation passes
                problem = exc
        if not validation.from_record and not early.has_errors(strict):
            _locate_ahead(loaded, record)
        report.extend(validation.result())
    finally:
        validation.cancel()
    if report.has_errors(strict):
        return _located(report, loaded)
    if problem is not None:
        raise problem
    assert ir_result is not None
    api, ir_diagnostics = ir_result
    report.extend(ir_diagnostics)
    located = _located(report, loaded)
    if located.has_errors(strict):
        return located
    return _Produced(FrontEnd(api, tuple(located.items), loaded.content_hash, validation.record()), files)


def _locate_ahead(loaded: object, recorded: "ValidationRecord | None") -> None:
    """While the validator child works, find the source positions of what it found last time.

    A regenerated spec mostly differs a little from the one the manifest
    recorded findings for, so its findings mostly sit at the same pointers;
    locating them (`_located`) indexes the containers on their way, which on a
    big spec is most of the cost.  Done now, that costs no time: this process
    would only be waiting.
    """
    if recorded is not None:
        locate = getattr(loaded, "locate")
        for finding in recorded.findings:
            locate(finding.pointer)


def produce(options: Options, pool: "FormatPool | None" = None, *, reuse: bool = False) -> Rendered:
    """Load, validate, build the IR and render `options.spec`; raise `InputError` on bad input.

    With `pool`, the Python files that will need black are handed to its
    workers as soon as they are rendered, while validation may still run.
    When the output folder already holds this very generation (`output.memo`),
    nothing is rendered: the result says so in `up_to_date`.  With `reuse`
    (`generate`), render units whose files the folder holds as they would be
    rendered are not rendered (`output.reuse`): the result lists them in `facts.reused`.
    """
    up_to_date: tuple[str, ...] | None = None
    facts: RenderFacts | None = None

    def after_ir(api: Api, spec_hash: str) -> dict[str, str]:
        nonlocal up_to_date, facts
        from .output.memo import up_to_date as already_written

        up_to_date = already_written(options, spec_hash)
        if up_to_date is not None:
            return {}
        if pool is None:
            files, facts = _render(api, options, reuse)
            return files
        later: dict[str, str] = {}  # code too big to format while the docs are rendered

        def prefetch(code: dict[str, str], preformatted: frozenset[str]) -> None:
            from .output import to_prefetch

            todo = to_prefetch(code, options, preformatted)
            if sum(map(len, todo.values())) <= OVERLAP_DOCS_MAX_CODE_BYTES:
                pool.prefetch(todo)
            else:
                later.update(todo)

        files, facts = _render(api, options, reuse, prefetch)
        if later:
            pool.prefetch(later)
        return files

    result = _run(options.spec, options.ref_root, options.strict, after_ir,
                  options.output if options.use_cache else None, pool)
    if isinstance(result, Report):
        raise InputError(result.items)
    assert result.files is not None
    return Rendered(result.files, result.front, up_to_date, facts)


def _located(report: Report, loaded: object) -> Report:
    locate = getattr(loaded, "locate")
    out = Report()
    for d in report:
        out.add(d if d.location is not None else d.with_location(locate(d.pointer)))
    return out


#: code to format up to this size is formatted while the docs are rendered; more is handed to the
#: workers after the docs: overlapping both on a big API raises the peak memory (the workers' parse
#: trees on top of the main process's docs), while its run time is spent mostly formatting anyway
OVERLAP_DOCS_MAX_CODE_BYTES = 2 * 1024 * 1024
#: specs at least this big start the black workers before the IR is built
EARLY_POOL_MIN_SPEC_BYTES = 16 * 1024
#: specs at least this big start them before loading (the workers fork small and each import black);
#: smaller ones right after loading, from a process that imported black first (the workers inherit it:
#: one import instead of one per worker, which is most of a small run's start-up)
EARLY_POOL_BEFORE_LOADING_BYTES = 1024 * 1024


def early_format_pool(options: Options) -> "FormatPool | None":
    """A black pool started early, when this run will most likely format many files.

    That is: more than one core, a spec that is not tiny, and no usable cache
    (no manifest in the output folder, or --no-cache).  With a manifest the
    pool is only started if formatting turns out to be big (see `produce`).
    A big spec's pool starts now; a mid-sized one's once the spec is loaded
    and the validator child forked (`_run`).
    """
    import os

    from .options import MANIFEST_NAME
    from .output.formatting import FormatPool, effective_jobs

    if effective_jobs(options.jobs) < 2:
        return None
    try:
        size = os.stat(options.spec).st_size
    except OSError:
        return None
    pool = FormatPool(options.jobs)
    cold = not options.use_cache or not os.path.lexists(os.path.join(options.output, MANIFEST_NAME))
    if cold and size >= EARLY_POOL_BEFORE_LOADING_BYTES:
        pool.start()
    elif cold and size >= EARLY_POOL_MIN_SPEC_BYTES:
        pool.start_after_loading = True
    return pool


def render(front: FrontEnd, options: Options, *, reuse: bool = False) -> Rendered:
    """Render the front end's IR (`reuse`: keep unchanged units' files, as `produce` does)."""
    files, facts = _render(front.api, options, reuse)
    return Rendered(files, front, facts=facts)


def _render(api: Api, options: Options, reuse: bool,
            code_done: "Callable[[dict[str, str], frozenset[str]], None] | None" = None,
            ) -> "tuple[dict[str, str], RenderFacts]":
    """The files to format and write, and what is known of them besides their text (`output.plan.RenderFacts`).

    `code_done`: called with the code files and the pre-formatted paths among
    them once the code is rendered, before the docs (see `render_package`).
    """
    from .output.plan import RenderFacts
    from .output.reuse import Reuse, reusable
    from .targets.python import preformatted, render_package, render_units

    units = render_units(api, options.package_name)
    kept = reusable(units.units, options) if reuse else Reuse()
    ready = preformatted(units.names)
    files = render_package(api, options, units, kept.units,
                           None if code_done is None else lambda code: code_done(code, ready))
    return files, RenderFacts(keys=units.keys(), reused=kept.entries, read=kept.read, preformatted=ready)


def front_end_or_raise(options: Options, *, use_manifest: bool = False) -> FrontEnd:
    """The front end or `InputError`; `use_manifest`: reuse the validation recorded in the output's manifest."""
    output = options.output if use_manifest and options.use_cache else None
    result = _run(options.spec, options.ref_root, options.strict, None, output)
    if isinstance(result, Report):
        raise InputError(result.items)
    return result.front


def summary(front: FrontEnd, rendered: Rendered | None = None) -> str:
    from .targets.python import rendered_api

    api = front.api
    warnings = sum(1 for d in front.diagnostics if d.level == Level.WARNING)
    text = (
        f"{len(api.operations)}/{api.declared_operations} operations, "
        f"{len(rendered_api(api).schemas)} models ({api.declared_schemas} declared schemas)"
    )
    if rendered is not None:
        text += f", {rendered.file_count} files"
    if warnings:
        text += f", {warnings} warning{'s' if warnings != 1 else ''}"
    return text
