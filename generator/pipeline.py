"""The pipeline, stage by stage: load -> validate -> IR -> render -> format -> write.

Each stage returns its result and its diagnostics; `run_front_end` gathers
them and stops at the first stage that found errors (later stages would only
report the same problem again).  The CLI and the public API both call these.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .diagnostics import Diagnostic, InputError, Level, Report
from .ir.model import Api
from .options import Options


@dataclass(frozen=True, slots=True)
class FrontEnd:
    """What the first stages produced: the IR and every diagnostic seen."""

    api: Api
    diagnostics: tuple[Diagnostic, ...]
    #: sha256 over the spec and every file it references
    spec_hash: str


@dataclass(frozen=True, slots=True)
class Rendered:
    """The unformatted output tree: relative POSIX path -> text."""

    files: dict[str, str]
    front: FrontEnd


def run_front_end(spec: Path, *, ref_root: Path | None = None, strict: bool = False,
                  validate_only: bool = False) -> FrontEnd | Report:
    """Load, validate and build the IR.

    Returns a `Report` (with located diagnostics) when the input has errors,
    or when `validate_only` is set; otherwise the `FrontEnd`.  Raises
    `InputError` for input that cannot even be read.
    """
    from .ir.build import build_ir
    from .loader import load
    from .validate import validate

    loaded, load_diagnostics = load(spec, ref_root=ref_root)
    report = Report()
    report.extend(load_diagnostics)
    report.extend(validate(loaded))
    if report.has_errors(strict) or validate_only:
        return _located(report, loaded)
    api, ir_diagnostics = build_ir(loaded)
    report.extend(ir_diagnostics)
    located = _located(report, loaded)
    if located.has_errors(strict):
        return located
    return FrontEnd(api, tuple(located.items), loaded.content_hash)


def _located(report: Report, loaded: object) -> Report:
    locate = getattr(loaded, "locate")
    out = Report()
    for d in report:
        out.add(d if d.location is not None else d.with_location(locate(d.pointer)))
    return out


def render(front: FrontEnd, options: Options) -> Rendered:
    from .targets.python import render_package

    return Rendered(render_package(front.api, options), front)


def front_end_or_raise(options: Options) -> FrontEnd:
    result = run_front_end(options.spec, ref_root=options.ref_root, strict=options.strict)
    if isinstance(result, Report):
        raise InputError(result.items)
    return result


def summary(front: FrontEnd, rendered: Rendered | None = None) -> str:
    api = front.api
    warnings = sum(1 for d in front.diagnostics if d.level == Level.WARNING)
    text = (
        f"{len(api.operations)}/{api.declared_operations} operations, "
        f"{len(api.schemas)} models ({api.declared_schemas} declared schemas)"
    )
    if rendered is not None:
        text += f", {len(rendered.files)} files"
    if warnings:
        text += f", {warnings} warning{'s' if warnings != 1 else ''}"
    return text
