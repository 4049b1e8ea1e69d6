"""Errors are data: every stage reports `Diagnostic`s; the CLI decides what fails a run.

A diagnostic names *where* (a JSON pointer into the document, plus the file and
line/column when the loader could find them), *what* is wrong and, where we
know it, *what to do*.  Stages gather diagnostics in a `Report` and keep
going as far as they safely can, so a user sees every problem at once.
"""

from __future__ import annotations

import enum
import re

from .records import Record, Struct, field


# Characters that would let spec text (names, titles) forge extra message
# lines or drive the terminal: C0/C1 controls, line/paragraph separators,
# and bidi/format characters that reorder what the reader sees.
_UNPRINTABLE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u2028\u2029\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]"
)


def printable(text: str) -> str:
    """`text` with every control or bidi character written as an escape (`\\n`, `\\x1b`)."""
    if not _UNPRINTABLE.search(text):
        return text
    return _UNPRINTABLE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


class Level(enum.IntEnum):
    """How bad a diagnostic is.  Ordered, so `max()` gives the worst."""

    INFO = 10
    WARNING = 20
    ERROR = 30

    @property
    def label(self) -> str:
        return self.name.lower()


class Location(Record):
    """A position in a source file (1-based line and column)."""

    file: str
    line: int | None = None
    column: int | None = None

    def __str__(self) -> str:
        if self.line is None:
            return self.file
        if self.column is None:
            return f"{self.file}:{self.line}"
        return f"{self.file}:{self.line}:{self.column}"


class Diagnostic(Record):
    """One problem found in the input.

    `pointer` is an RFC 6901 JSON pointer ("" for the whole document, "#" is
    never included).  `hint` says what to do about it.  `location` is filled
    in by the loader's source map when the position is known.
    """

    level: Level
    pointer: str
    message: str
    hint: str | None = None
    location: Location | None = None
    code: str = ""

    def with_location(self, location: Location | None) -> Diagnostic:
        return Diagnostic(
            self.level, self.pointer, self.message, self.hint, location, self.code
        )

    def render(self) -> str:
        """`FILE:LINE:COL: <pointer>: level: message (hint)` on one line."""
        where = f"{self.location}: " if self.location else ""
        pointer = self.pointer if self.pointer else "/"
        text = f"{where}{pointer}: {self.level.label}: {self.message}"
        if self.hint:
            text += f" ({self.hint})"
        # one diagnostic is one line, whatever the spec's names contain
        return printable(text)


def error(pointer: str, message: str, hint: str | None = None, code: str = "") -> Diagnostic:
    return Diagnostic(Level.ERROR, pointer, message, hint, code=code)


def warning(pointer: str, message: str, hint: str | None = None, code: str = "") -> Diagnostic:
    return Diagnostic(Level.WARNING, pointer, message, hint, code=code)


class Report(Struct):
    """An append-only collection of diagnostics, in the order they were found."""

    items: list[Diagnostic] = field(default_factory=list)

    def add(self, diagnostic: Diagnostic) -> None:
        self.items.append(diagnostic)

    def extend(self, diagnostics: "list[Diagnostic] | tuple[Diagnostic, ...] | Report") -> None:
        if isinstance(diagnostics, Report):
            self.items.extend(diagnostics.items)
        else:
            self.items.extend(diagnostics)

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.items if d.level >= Level.ERROR]

    @property
    def warnings(self) -> list[Diagnostic]:
        return [d for d in self.items if d.level == Level.WARNING]

    def has_errors(self, strict: bool = False) -> bool:
        threshold = Level.WARNING if strict else Level.ERROR
        return any(d.level >= threshold for d in self.items)

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)


class InputError(Exception):
    """Raised to stop a run because of bad input; carries the diagnostics.

    The CLI prints them and exits with status 2, without a traceback.
    """

    def __init__(self, diagnostics: list[Diagnostic] | tuple[Diagnostic, ...]) -> None:
        self.diagnostics = tuple(diagnostics)
        super().__init__("\n".join(d.render() for d in self.diagnostics))
