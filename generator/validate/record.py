"""What openapi-spec-validator said about a spec, recorded in the manifest so it need not run again.

    record = ValidationRecord(spec=<spec hash>, validator=validator_id(), tool=__version__,
                              findings=(Diagnostic(...), ...))
    record.to_data()                        # JSON-ready, deterministic (no timestamps)
    ValidationRecord.from_data(data)        # None for anything not exactly of that shape

A record is only ever written by a run that succeeded, so its findings are
the validator's *tolerable* ones (warnings such as `required: []`), without
locations: they are located again against the spec on every run, exactly like
fresh findings.  A record is used only when the spec hash, the validator's
version and the tool's version all equal the current ones (see
`Validation`); anything else about it that looks wrong (a manifest edited by
hand, garbage) makes it unusable, which simply means validating again.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..diagnostics import Diagnostic, Level
from ..records import Record

#: the libraries whose versions decide the findings (messages come from jsonschema)
_LIBRARIES = ("openapi-spec-validator", "jsonschema")
_SHA256 = re.compile(r"[0-9a-f]{64}")
#: control characters (C0, DEL, C1): never in a finding we wrote, so a record holding one is not ours
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_FIELDS = frozenset({"level", "code", "pointer", "message", "hint"})


@lru_cache(maxsize=1)
def validator_id() -> str:
    """The validator libraries' versions, from package metadata (without importing them)."""
    from ..resources import installed_version

    return ", ".join(f"{name} {installed_version(name)}" for name in _LIBRARIES)


class ValidationRecord(Record):
    """What openapi-spec-validator found in one spec, with the versions that found it."""

    #: sha256 of the spec (and every file it references) that was validated
    spec: str
    #: `validator_id()` of the run that validated it
    validator: str
    #: the tool's version (our filtering and wording of the findings)
    tool: str
    #: the validator's findings, in order, unlocated
    findings: tuple[Diagnostic, ...] = ()

    def to_data(self) -> dict[str, object]:
        return {
            "spec": self.spec,
            "validator": self.validator,
            "tool": self.tool,
            "findings": [
                {"level": d.level.label, "code": d.code, "pointer": d.pointer, "message": d.message, "hint": d.hint}
                for d in self.findings
            ],
        }

    @classmethod
    def from_data(cls, data: object) -> "ValidationRecord | None":
        """The record in `data` (parsed JSON), or None when it is not exactly what `to_data` writes."""
        if not isinstance(data, dict) or set(data) != {"spec", "validator", "tool", "findings"}:
            return None
        spec, validator, tool, raw = data["spec"], data["validator"], data["tool"], data["findings"]
        if not (isinstance(spec, str) and _SHA256.fullmatch(spec) and _clean(validator) and _clean(tool)):
            return None
        if not isinstance(raw, list):
            return None
        findings = []
        for item in raw:
            finding = _finding(item)
            if finding is None:
                return None
            findings.append(finding)
        return cls(spec, validator, tool, tuple(findings))  # type: ignore[arg-type]


def _clean(value: object) -> bool:
    return isinstance(value, str) and _CONTROL.search(value) is None


def _finding(item: object) -> Diagnostic | None:
    """A recorded finding: only warnings can be recorded (a run with errors writes nothing)."""
    if not isinstance(item, dict) or set(item) != _FIELDS or item["level"] != Level.WARNING.label:
        return None
    code, pointer, message, hint = item["code"], item["pointer"], item["message"], item["hint"]
    if not (_clean(code) and _clean(pointer) and _clean(message) and (hint is None or _clean(hint))):
        return None
    if pointer and not pointer.startswith("/"):
        return None
    return Diagnostic(Level.WARNING, pointer, message, hint, code=code)
