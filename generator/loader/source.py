"""Reading one spec file: bytes -> text -> JSON-shaped data, with clear refusals.

`read_source` raises `SourceError` (a message, a hint and, where known, a
line and column) for anything that is not a readable YAML or JSON document:
a missing file, a folder, a binary or non-UTF-8 file, an empty file, syntax
errors, nesting too deep, YAML alias bombs.  The format is chosen by content
(a document starting with `{` or `[` is JSON), not by the file's extension.
"""

from __future__ import annotations

import codecs
import json
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .positions import JsonPositions, YamlPositions
from .yaml_safe import AliasBomb, load_yaml

#: larger files are refused before reading (a spec is text, rarely above a few MB)
MAX_FILE_BYTES = 64 * 1024 * 1024


class SourceError(Exception):
    def __init__(self, message: str, hint: str | None = None, line: int | None = None,
                 column: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.line = line
        self.column = column


@dataclass(eq=False)
class SourceFile:
    """One file of a spec: where it is, what it said and how to find positions in it."""

    path: Path  # resolved (symlinks followed)
    display: str  # how messages name it
    raw: bytes
    text: str
    is_json: bool
    data: object
    _positions: JsonPositions | YamlPositions | None = field(default=None, repr=False)

    def position(self, segments: list[str]) -> tuple[int, int]:
        if self._positions is None:
            self._positions = JsonPositions(self.text) if self.is_json else YamlPositions(self.text)
        try:
            return self._positions.find(segments)
        except Exception:  # noqa: BLE001 - a position is a nicety; never fail a report over it
            return 1, 1


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def _decode(raw: bytes) -> str:
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                return raw[len(bom):].decode(encoding)
            except UnicodeDecodeError as exc:
                raise SourceError(f"the file is not valid {encoding} text ({exc.reason} at byte {exc.start})",
                                  "save the file as UTF-8") from None
    nul = raw.find(b"\0", 0, 1 << 16)
    if nul >= 0:
        raise SourceError(f"this is a binary file, not YAML or JSON (NUL byte at offset {nul})",
                          "pass the OpenAPI document itself (a .yaml or .json text file)")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        raise SourceError(f"the file is not UTF-8 text (byte 0x{raw[exc.start]:02x} at offset {exc.start})",
                          "save the file as UTF-8; a binary file cannot be a spec", line, column) from None


def _parse_json(text: str) -> object:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise SourceError(f"JSON syntax error: {exc.msg}",
                          "fix the JSON at this position (a missing comma, quote or bracket is the usual cause)",
                          exc.lineno, exc.colno) from None


def _parse_yaml(text: str) -> object:
    try:
        return load_yaml(text)
    except AliasBomb as exc:
        raise SourceError(str(exc), "use $ref to reuse parts of a spec instead of YAML aliases",
                          exc.line, exc.column) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or "invalid YAML"
        context = f" ({exc.context})" if exc.context else ""
        hint = "check the indentation and quoting on this line and the one before it"
        if "tab" in problem:
            hint = "indent YAML with spaces, not tabs"
        raise SourceError(f"YAML syntax error: {problem}{context}", hint,
                          mark.line + 1 if mark else None, mark.column + 1 if mark else None) from None
    except yaml.YAMLError as exc:
        raise SourceError(f"YAML error: {exc}", "check the YAML syntax") from None


def read_source(path: Path, display: str) -> SourceFile:
    try:
        resolved = path.resolve()
        if not path.exists():
            raise SourceError("file not found", "check the path (it is relative to the current folder)")
        if path.is_dir():
            candidates = sorted(p.name for p in path.iterdir()
                                if p.suffix in (".yaml", ".yml", ".json") and p.is_file())[:3]
            hint = "pass the OpenAPI file itself"
            if candidates:
                hint += ", e.g. " + " or ".join(str(Path(display) / c) for c in candidates)
            raise SourceError("this is a folder, not a spec file", hint)
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise SourceError(f"the file is too large ({size:,} bytes; the limit is {MAX_FILE_BYTES:,})",
                              "split the spec into several files joined by $ref")
        raw = path.read_bytes()
    except PermissionError:
        raise SourceError("permission denied", "make the file readable") from None
    except OSError as exc:
        raise SourceError(f"cannot read the file ({exc.strerror or exc})") from None
    text = _decode(raw)
    if text.startswith("\ufeff"):
        text = text[1:]
    stripped = text.lstrip()
    if not stripped:
        raise SourceError("the file is empty", "write an OpenAPI document (openapi, info, paths) into it")
    is_json = stripped[0] in "{["
    try:
        if is_json:
            try:
                data = _parse_json(text)
            except SourceError as json_error:
                if path.suffix.lower() == ".json":
                    raise
                try:  # YAML flow style ({a: 1}) also starts with a brace
                    data, is_json = _parse_yaml(text), False
                except SourceError:
                    raise json_error from None
        else:
            data = _parse_yaml(text)
    except RecursionError:
        raise SourceError("the document is nested too deeply to read",
                          "a real spec nests a few dozen levels; check the file for runaway nesting") from None
    if data is None:
        raise SourceError("the file has no content (only comments or an empty document)",
                          "write an OpenAPI document (openapi, info, paths) into it")
    return SourceFile(resolved, display, raw, text, is_json, data)
