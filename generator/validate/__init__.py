"""Validation: openapi-spec-validator plus our own checks, as diagnostics.

    from generator.validate import validate
    diagnostics = validate(loaded)      # never raises for spec problems

Levels say whether a problem stops generation: ERROR for structural
problems, WARNING (code `validator-tolerable`) for validator findings that
real specs have and that we can generate through, such as an empty
`required: []`.  The `validate` command fails on those too
(`for_validate_command`), `generate` only warns, `--strict` fails on warnings.
When our checks and the validator find the same thing, ours is kept.

The validator is the expensive part.  `begin(..., standby=...)` uses a
validator child forked at the start of the run (`background.Standby`), which
has imported the validator and validated meanwhile; without one the validator
is forked (or run) here.  `begin(..., recorded=...)` takes what a
manifest recorded about an earlier run (`record.ValidationRecord`) and, when
it was made for this very spec by the same validator and tool versions, uses
those findings instead of running the validator again: the diagnostics are
the same either way.  `Validation.record()` gives the record to store.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import __version__
from ..diagnostics import Diagnostic, Level
from ..loader import LoadedSpec
from ..loader import pointer as jp
from . import spec_validator
from .document import check_info, check_version
from .operations import check_operations
from .record import ValidationRecord, validator_id
from .refs import check_refs

if TYPE_CHECKING:
    from . import background as bg

__all__ = ["TOLERABLE", "Validation", "ValidationRecord", "begin", "for_validate_command", "validate"]

TOLERABLE = "validator-tolerable"
_VALIDATOR = "validator"


def validate(loaded: LoadedSpec) -> list[Diagnostic]:
    return begin(loaded, background=False).result()


class Validation:
    """A validation under way: our checks are done, openapi-spec-validator may still run.

    `result()` gives exactly what `validate` returns.  With `background`, the
    validator runs in a forked child (see `background.py`) while the caller
    goes on; `cancel()` stops it when the run ends early.  A `standby` child
    (forked for this spec at the start of the run) is used when it is still
    there, whether `background` or not; the caller still cancels the standby
    (a no-op once handed over).  With a usable `recorded` result (see
    `usable_record`), the validator does not run at all.
    """

    def __init__(self, loaded: LoadedSpec, *, background: bool, recorded: ValidationRecord | None = None,
                 standby: "bg.Standby | None" = None) -> None:
        self._loaded = loaded
        document = loaded.document
        ours, version, go_on = check_version(document)
        self._job: "bg.Job | None" = None
        self._done: list[Diagnostic] | None = None
        #: the validator's own findings (after ours), once known; None when it does not apply
        self._validator: tuple[Diagnostic, ...] | None = None
        #: the findings came from `recorded`, not from running the validator
        self.from_record = False
        cached = usable_record(recorded, loaded.content_hash) if go_on and version is not None else None
        if go_on and version is not None and cached is None:  # the validator starts before our checks
            from . import background as bg

            child = standby.hand_over(version, loaded.content_hash) if standby is not None else None
            self._job = bg.start(document, version, fork=child if child is not None else background)
        try:
            if go_on:
                ours += check_info(document)
                ours += check_refs(document, loaded.unresolved)
                ours += check_operations(document, loaded.locate)
        except BaseException:
            self.cancel()
            raise
        self.ours = ours
        if not go_on or version is None:
            self._done = ours
        elif cached is not None:
            self._validator = tuple(sorted(cached.findings, key=lambda d: _order(jp.split(d.pointer), d.message)))
            self._done = ours + list(self._validator)
            self.from_record = True

    @property
    def ours_have_errors(self) -> bool:
        """Our own checks (cheap, done already) found errors: nothing after validation will run."""
        return any(d.level >= Level.ERROR for d in self.ours)

    def result(self) -> list[Diagnostic]:
        if self._done is None:
            assert self._job is not None
            findings, crash = self._job.result()
            self._job = None
            self._validator = tuple(_from_validator(self._loaded, findings, crash, self.ours))
            self._done = self.ours + list(self._validator)
        return list(self._done)

    def record(self) -> ValidationRecord | None:
        """What to store for the next run: None unless the validator's findings are all tolerable."""
        done = self.result()
        if self._validator is None or any(d.level >= Level.ERROR for d in done):
            return None
        if any(d.level != Level.WARNING or d.code != TOLERABLE or d.location is not None for d in self._validator):
            return None
        return ValidationRecord(self._loaded.content_hash, validator_id(), __version__, self._validator)

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()
            self._job = None


def begin(loaded: LoadedSpec, *, background: bool = True, recorded: ValidationRecord | None = None,
          standby: "bg.Standby | None" = None) -> Validation:
    return Validation(loaded, background=background, recorded=recorded, standby=standby)


def usable_record(recorded: ValidationRecord | None, spec_hash: str) -> ValidationRecord | None:
    """`recorded` if it was made for this spec by this validator and tool, and holds only tolerable findings."""
    if recorded is None or recorded.spec != spec_hash or recorded.tool != __version__:
        return None
    if any(d.level != Level.WARNING or d.code != TOLERABLE for d in recorded.findings):
        return None
    return recorded if recorded.validator == validator_id() else None


def _order(segments: "list[str] | tuple[str, ...]", message: str) -> tuple[object, ...]:
    """A finding's place in the report: by pointer (array indexes as numbers), then message.

    The validator's own order depends on Python's string hashing (it walks
    some objects' keys through a set), so it would differ from run to run.
    """
    # digits compare by length first: numeric order for indexes, and no int() of a hostile 10,000-digit key
    return tuple((0, len(s), s) if s.isascii() and s.isdigit() else (1, 0, s) for s in segments), message


def _from_validator(loaded: LoadedSpec, findings: list[spec_validator.Finding], crash: str | None,
                    ours: list[Diagnostic]) -> list[Diagnostic]:
    findings = sorted(findings, key=lambda f: _order(f.segments, f.message))
    claimed = {d.pointer for d in ours}
    claimed |= {d.pointer[: -len("/$ref")] for d in ours if d.pointer.endswith("/$ref")}
    skip = tuple(p + "/" for p in loaded.unresolved)
    seen: set[tuple[str, str]] = set()
    out = []
    for f in findings:
        pointer = jp.join(f.segments)
        if pointer in claimed or pointer in loaded.unresolved or pointer.startswith(skip):
            continue
        origin = loaded.origin(pointer)  # a file inlined twice is reported once
        key = (f"{origin[0].path}#{jp.join(origin[1])}" if origin else pointer, f.message)
        if key in seen:
            continue
        seen.add(key)
        out.append(_diagnostic(pointer, f))
    if crash and not any(d.level >= Level.ERROR for d in ours + out):
        out.append(Diagnostic(Level.ERROR, "", crash, "simplify the document or report this as a bug", code=_VALIDATOR))
    return out


def _diagnostic(pointer: str, f: spec_validator.Finding) -> Diagnostic:
    if f.tolerable:
        hint = "openapi-spec-validator rejects this; `generate` only warns about this"
        if f.keyword == "minItems" and pointer.endswith("/required"):
            hint = "remove `required: []` or list the required properties; `generate` only warns about this"
        return Diagnostic(Level.WARNING, pointer, f.message, hint, code=TOLERABLE)
    return Diagnostic(Level.ERROR, pointer, f.message, "fix this to match the OpenAPI specification (openapi-spec-validator)",
                      code=_VALIDATOR)


def for_validate_command(diagnostics: "list[Diagnostic] | tuple[Diagnostic, ...]") -> list[Diagnostic]:
    """`validate` reports every validator finding as an error, tolerable or not."""
    return [Diagnostic(Level.ERROR, d.pointer, d.message, d.hint, d.location, d.code) if d.code == TOLERABLE else d
            for d in diagnostics]
