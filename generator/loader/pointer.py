"""RFC 6901 JSON pointers: split, join and resolve ("" is the whole document)."""

from __future__ import annotations

from typing import Iterable
from urllib.parse import unquote

_MISSING = object()


def escape(segment: str | int) -> str:
    return str(segment).replace("~", "~0").replace("/", "~1")


def unescape(segment: str) -> str:
    return segment.replace("~1", "/").replace("~0", "~")


def join(segments: Iterable[str | int]) -> str:
    return "".join("/" + escape(s) for s in segments)


def split(pointer: str) -> list[str]:
    if not pointer:
        return []
    if not pointer.startswith("/"):
        raise ValueError(f"not a JSON pointer: {pointer!r}")
    return [unescape(s) for s in pointer[1:].split("/")]


def from_fragment(fragment: str) -> str:
    """The JSON pointer inside a `$ref` fragment (URI-encoded, "#" stripped)."""
    return unquote(fragment)


def resolve(document: object, segments: list[str]) -> object:
    """The node at `segments`, or `MISSING`."""
    node = document
    for seg in segments:
        if isinstance(node, dict):
            node = node.get(seg, _MISSING)
        elif isinstance(node, list) and seg.isdigit() and (seg == "0" or not seg.startswith("0")):
            i = int(seg)
            node = node[i] if i < len(node) else _MISSING
        else:
            return _MISSING
        if node is _MISSING:
            return _MISSING
    return node


def deepest(document: object, segments: list[str]) -> int:
    """How many leading segments of `segments` exist in `document`."""
    node = document
    for depth, seg in enumerate(segments):
        nxt = resolve(node, [seg])
        if nxt is _MISSING:
            return depth
        node = nxt
    return len(segments)


MISSING = _MISSING
