"""Reading one spec file: bytes -> text -> JSON-shaped data, with clear refusals.

`read_source` raises `SourceError` (a message, a hint and, where known, a
line and column) for anything that is not a readable YAML or JSON document:
a missing file, a folder, a device or pipe, a binary or non-UTF-8 file, an
empty file, a file over the size limit, syntax errors, nesting too deep,
integers too long to read, YAML alias bombs.  The format is chosen by content
(a document starting with `{` or `[` is JSON), not by the file's extension.

Limits: a file is read only if it is a regular file (checked before opening
and again on the open descriptor, which is opened non-blocking so a FIFO
swapped in cannot hang the run), and never more than `MAX_FILE_BYTES` + 1
bytes are read.  YAML is parsed by a Python-level constructor at about
1-2 MB/s, so YAML above `MAX_YAML_BYTES` is refused with a pointer to JSON,
which loads in C at well over 50 MB/s.
"""

from __future__ import annotations

import codecs
import json
import os
import re
import stat
import sys
from pathlib import Path
from typing import Callable

from . import duplicates
from .duplicates import DuplicateKey
from .limits import MAX_DEPTH, MAX_INT_DIGITS
from .positions import JsonPositions, LineIndex, YamlPositions
from ..records import Struct, field

#: larger files are refused before reading (a spec is text, rarely above a few MB)
MAX_FILE_BYTES = 64 * 1024 * 1024
#: larger YAML files are refused before parsing (about 10 s of parsing; the full Voucherify spec is 3.3 MB as YAML)
MAX_YAML_BYTES = 16 * 1024 * 1024


class SourceError(Exception):
    def __init__(self, message: str, hint: str | None = None, line: int | None = None,
                 column: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.line = line
        self.column = column


class SourceFile(Struct, eq=False):
    """One file of a spec: where it is, what it said and how to find positions in it."""

    path: Path  # resolved (symlinks followed)
    display: str  # how messages name it
    raw: bytes
    is_json: bool
    data: object
    _positions: JsonPositions | YamlPositions | None = field(default=None)
    #: keys given twice in one object (the later value is kept)
    duplicates: tuple[DuplicateKey, ...] = ()

    @property
    def text(self) -> str:
        """The decoded text, decoded again when asked (only positions need it): a str of a big
        spec takes up to four times its bytes, and the bytes are kept anyway for the hash."""
        return _text(self.raw)

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


def _text(raw: bytes) -> str:
    text = _decode(raw)
    return text[1:] if text.startswith("\ufeff") else text


_NESTING_HINT = "a real spec nests a few dozen levels; check the file for runaway nesting"
#: a JSON string, or an integer too long for int() (a float of any length is fine)
_LONG_INT = re.compile(r'"(?:[^"\\]|\\.)*"|(-?[0-9]{%d,})(?![0-9.eE])' % (MAX_INT_DIGITS + 1))
#: a JSON string, or a bracket
_BRACKET = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]')


#: more than MAX_DEPTH opening brackets in a row (searched from the start of each run only: linear)
_BRACKET_RUN = re.compile(r"(?<![\[{])[\[{]{%d}" % (MAX_DEPTH + 1))


def _json_loads_bounded(text: str) -> object:
    """`json.loads` that gives up past about MAX_DEPTH levels of nesting.

    The json module's C scanner stops at the interpreter's recursion limit,
    which other code may have raised (mypy sets 2**14): pin it for the call.
    """
    depth = 0
    frame = sys._getframe()
    while frame is not None:
        depth += 1
        frame = frame.f_back  # type: ignore[assignment]
    previous = sys.getrecursionlimit()
    sys.setrecursionlimit(depth + MAX_DEPTH + 50)
    try:
        return json.loads(text, object_pairs_hook=duplicates.json_object)
    finally:
        sys.setrecursionlimit(previous)


def _parse_json(text: str) -> object:
    try:
        return _json_loads_bounded(text)
    except json.JSONDecodeError as exc:
        raise SourceError(f"JSON syntax error: {exc.msg}",
                          "fix the JSON at this position (a missing comma, quote or bracket is the usual cause)",
                          exc.lineno, exc.colno) from None
    except ValueError as exc:  # int(): "Exceeds the limit (4300 digits) for integer string conversion"
        for match in _LONG_INT.finditer(text):
            if match.group(1):
                line, column = LineIndex(text).line_col(match.start())
                raise SourceError(
                    f"this integer is too long ({len(match.group(1).lstrip('-')):,} digits; "
                    f"at most {MAX_INT_DIGITS:,} decimal digits can be read)",
                    "write it as a string, or use a smaller number", line, column) from None
        raise SourceError(f"JSON value error: {exc}", "check the JSON") from None
    except RecursionError:
        deep: tuple[int, int] | None = None
        depth = 0
        for match in _BRACKET.finditer(text):  # only on this error path: where does it get too deep?
            char = match.group()
            if char in "[{":
                depth += 1
                if depth > MAX_DEPTH:
                    deep = LineIndex(text).line_col(match.start())
                    break
            elif char in "]}":
                depth -= 1
        where = f" (more than {MAX_DEPTH:,} levels here)" if deep is not None else ""
        raise SourceError(f"the document is nested too deeply to read{where}", _NESTING_HINT,
                          *(deep or (None, None))) from None


#: how PyYAML words a tag it has no constructor for
_UNKNOWN_TAG = re.compile(r"could not determine a constructor for the tag '([^']*)'")


def _parse_yaml(text: str) -> object:
    if len(text) > MAX_YAML_BYTES:
        run = _BRACKET_RUN.search(text)  # refused either way; name runaway nesting if it is plain to see
        if run is not None:
            line, column = LineIndex(text).line_col(run.start() + MAX_DEPTH)
            raise SourceError(f"the document is nested too deeply (more than {MAX_DEPTH:,} levels here)",
                              _NESTING_HINT, line, column)
        raise SourceError(
            f"this YAML file is too large to parse in reasonable time ({len(text):,} characters; "
            f"the limit for YAML is {MAX_YAML_BYTES:,}; JSON may be up to {MAX_FILE_BYTES:,} bytes)",
            "convert it to JSON (e.g. python -c \"import json,sys,yaml; "
            "json.dump(yaml.safe_load(sys.stdin), sys.stdout)\" < spec.yaml > spec.json) "
            "or split it into files joined by $ref")
    import yaml  # imported only for YAML documents: a JSON spec's run never needs it

    from .yaml_safe import YamlRefused, load_yaml

    try:
        return load_yaml(text)
    except YamlRefused as exc:
        hint = exc.hint or "use $ref to reuse parts of a spec instead of YAML aliases"
        raise SourceError(str(exc), hint, exc.line, exc.column) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = (mark.line + 1 if mark else None, mark.column + 1 if mark else None)
        problem = exc.problem or "invalid YAML"
        tag = _UNKNOWN_TAG.search(problem) if isinstance(exc, yaml.constructor.ConstructorError) else None
        if tag is not None:
            raise SourceError(f"unsupported YAML tag {tag.group(1)!r}: a spec is read as plain data, with "
                              "YAML's standard tags only", "remove the tag and give the value as plain "
                              "YAML, e.g. quoted text", *where) from None
        context = f" ({exc.context})" if exc.context else ""
        hint = "check the indentation and quoting on this line and the one before it"
        if "tab" in problem:
            hint = "indent YAML with spaces, not tabs"
        raise SourceError(f"YAML syntax error: {problem}{context}", hint, *where) from None
    except yaml.YAMLError as exc:
        raise SourceError(f"YAML error: {exc}", "check the YAML syntax") from None


_SPECIAL = ((stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISCHR, "a character device"),
            (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"))


def _check_regular(info: os.stat_result) -> None:
    """Refuse anything but a regular file of acceptable size (a pipe or device may never end)."""
    if not stat.S_ISREG(info.st_mode):
        kind = next((name for test, name in _SPECIAL if test(info.st_mode)), "not a regular file")
        raise SourceError(f"this is {kind}, not a regular file; it is not read",
                          "pass the OpenAPI document itself (a .yaml or .json file)")
    if info.st_size > MAX_FILE_BYTES:
        raise SourceError(f"the file is too large ({info.st_size:,} bytes; the limit is {MAX_FILE_BYTES:,})",
                          "split the spec into several files joined by $ref")


def read_regular(path: Path | str, limit: int, *, accept: Callable[[os.stat_result], bool] = lambda info: True,
                 follow_symlinks: bool = True) -> bytes | None:
    """A regular file's bytes, at most `limit` of them; None for anything else.

    Opened non-blocking, so a FIFO or device swapped in cannot hang the read,
    and checked on the open descriptor: None when it is not a regular file,
    is over `limit` (or grows past it while read: at most `limit` + 1 bytes
    are read), or `accept` (given the descriptor's stat) refuses it.
    `accept` may also raise to say why.  OSError propagates.
    """
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOCTTY", 0)
    if not follow_symlinks:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(path, flags)
    try:
        info = os.fstat(fd)
        if not accept(info) or not stat.S_ISREG(info.st_mode) or info.st_size > limit:
            return None
        os.set_blocking(fd, True)
        chunks, total = [], 0
        while total <= limit:
            chunk = os.read(fd, min(1 << 22, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    finally:
        os.close(fd)
    return b"".join(chunks) if total <= limit else None


def _read_bounded(path: Path) -> bytes:
    """The spec file's bytes; what is not a regular file of acceptable size is refused (`_check_regular`)."""
    def check(info: os.stat_result) -> bool:
        _check_regular(info)
        return True

    data = read_regular(path, MAX_FILE_BYTES, accept=check)
    if data is None:  # it grew while being read
        raise SourceError(f"the file is too large (over {MAX_FILE_BYTES:,} bytes)",
                          "split the spec into several files joined by $ref")
    return data


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
        _check_regular(path.stat())
        raw = _read_bounded(path)
    except PermissionError:
        raise SourceError("permission denied", "make the file readable") from None
    except OSError as exc:
        raise SourceError(f"cannot read the file ({exc.strerror or exc})") from None
    text = _text(raw)
    stripped = text.lstrip()
    if not stripped:
        raise SourceError("the file is empty", "write an OpenAPI document (openapi, info, paths) into it")
    is_json = stripped[0] in "{["
    with duplicates.collecting() as repeated:
        data, is_json = _parse(path, text, is_json)
    if data is None:
        raise SourceError("the file has no content (only comments or an empty document)",
                          "write an OpenAPI document (openapi, info, paths) into it")
    return SourceFile(resolved, display, raw, is_json, data, duplicates=duplicates.located(data, repeated))


def _parse(path: Path, text: str, is_json: bool) -> tuple[object, bool]:
    """(the data, whether it was read as JSON): JSON when it starts like JSON, else (or failing that) YAML."""
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
        raise SourceError("the document is nested too deeply to read", _NESTING_HINT) from None
    return data, is_json
