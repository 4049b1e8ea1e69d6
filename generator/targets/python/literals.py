"""Spec text and spec values as Python source: the only way they reach code.

Everything a spec says (descriptions, defaults, enum values, paths, header
names) is written into generated modules through one of these functions, and
each returns a complete, self-delimiting token:

- `pyrepr(value)`: a literal expression (`'a\\'b'`, `10`, `None`, `{'k': [1]}`)
  whose value equals the input; quotes, backslashes, control characters,
  lone surrogates and line separators are all escaped, so the literal stays on
  one line and cannot end early;
- `docstring(text)`: a triple-quoted literal whose *value* is the text, with
  backslashes, quotes and every non-printable character escaped, so the
  docstring cannot be closed early and the reader sees the text verbatim;
- `comment(text)`: the text on one line, safe after a `#`.

Templates receive these finished tokens from the view; they never quote or
escape anything themselves.
"""

from __future__ import annotations

import math
import re

from ...ir.model import JsonArray, JsonObject, JsonValue
from .layout import fits

__all__ = ["pyrepr", "docstring", "comment", "json_literal", "tuple_literal", "package_version", "toml_string"]

#: a quote followed by another quote or by the end of the text
_QUOTE_RUN = re.compile(r'"(?="|\Z)')


def pyrepr(value: str | int | float | bool | None) -> str:
    """A Python literal for a scalar."""
    if isinstance(value, str):
        # repr escapes quotes, backslashes and every non-printable character
        # (control characters, line separators, lone surrogates)
        return _double_quoted(repr(value))
    if isinstance(value, float) and not math.isfinite(value):
        return f"float({str(value)!r})"
    return repr(value)


def _double_quoted(literal: str) -> str:
    """A `repr` string literal in double quotes where that needs no more escapes (black's choice)."""
    if literal[0] == '"':
        return literal
    body = literal[1:-1]
    if body.count('"') > body.count("\\'"):
        return literal
    return '"' + body.replace("\\'", "'").replace('"', '\\"') + '"'


def json_literal(value: JsonValue) -> str:
    """A Python literal (dicts, lists, scalars) for a JSON value from the spec."""
    if isinstance(value, JsonObject):
        return "{" + ", ".join(f"{pyrepr(k)}: {json_literal(v)}" for k, v in value.entries) + "}"
    if isinstance(value, JsonArray):
        return "[" + ", ".join(json_literal(v) for v in value.items) + "]"
    return pyrepr(value)


def tuple_literal(items: list[str] | tuple[str, ...]) -> str:
    """A tuple display of literals: `()`, `(a,)`, `(a, b)`."""
    if len(items) == 1:
        return f"({items[0]},)"
    return "(" + ", ".join(items) + ")"


def _escape_char(ch: str) -> str:
    code = ord(ch)
    if ch == "\t":
        return "\\t"
    if ch == "\r":
        return "\\r"
    if code < 0x100:
        return f"\\x{code:02x}"
    if code < 0x10000:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


def docstring(text: str, indent: int = 0) -> str:
    """A triple-quoted docstring literal whose value is `text`.

    Trailing whitespace of each line is dropped (black would do it anyway);
    continuation lines are indented by `indent` spaces, which
    `inspect.cleandoc` (help(), IDEs) removes again.  Everything else is
    kept: escapes make the cleaned value equal the text.
    """
    lines = [line.rstrip() for line in text.strip().split("\n")]
    pad = " " * indent
    body = "\n".join([lines[0], *(pad + line if line else "" for line in lines[1:])])
    body = body.replace("\\", "\\\\")
    # no run of two quotes survives, and none ends the text: it cannot close early
    body = _QUOTE_RUN.sub('\\\\"', body)
    if not body.replace("\n", "").isprintable():
        body = "".join(ch if ch == "\n" or ch.isprintable() else _escape_char(ch) for ch in body)
    last = body.rsplit("\n", 1)
    if len(last) > 1 and not fits(last[1] + '"""'):
        body += "\n" + pad  # as black does: closing quotes that do not fit go on their own line
    return '"""' + body + '"""'


def comment(text: str) -> str:
    """Text for a `#` comment: one line, control characters made visible."""
    one_line = " ".join(text.split())
    return "".join(ch if ch.isprintable() else _escape_char(ch) for ch in one_line)


_PEP440 = re.compile(r"^\d+(\.\d+)*((a|b|rc)\d+)?(\.post\d+)?(\.dev\d+)?$")


def package_version(api_version: str) -> str:
    """The spec's version when it is a valid package version, else 0.1.0."""
    return api_version if _PEP440.match(api_version) else "0.1.0"


def toml_string(text: str) -> str:
    """A TOML basic string; lone surrogates (not representable) become U+FFFD."""
    out = []
    for ch in text:
        code = ord(ch)
        if ch in '"\\':
            out.append("\\" + ch)
        elif code < 0x20 or code == 0x7F:
            out.append(f"\\u{code:04x}")
        elif 0xD800 <= code <= 0xDFFF:
            out.append("\\ufffd")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'
