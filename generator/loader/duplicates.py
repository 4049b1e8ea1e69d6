"""Keys given twice in one object: noted while a file is parsed, located afterwards.

JSON and YAML parsers keep the later value of a repeated key without a word,
so a spec whose `GET /pets` has two `operationId`s silently loses the first.
The JSON hook and the YAML loader note each repeat here; `located` then finds
the objects' pointers in one walk of the document, only when there was any.
Parsing runs on one thread; `collecting` starts a fresh list per file.
"""

from __future__ import annotations

import contextlib
from typing import Iterator

from .pointer import escape
from ..records import Record


class DuplicateKey(Record):
    """A key given twice in one object of a file: the object keeps the later value."""

    #: the object's JSON pointer within its file
    pointer: str
    key: str
    #: where the later occurrence is, when the parser says (YAML); else None
    line: int | None = None
    column: int | None = None


#: (object, key, line, column) noted while the current file is parsed
_found: list[tuple[dict[str, object], str, int | None, int | None]] = []


def note(mapping: dict[str, object], key: str, line: int | None = None, column: int | None = None) -> None:
    """`mapping` was given `key` more than once."""
    _found.append((mapping, key, line, column))


def json_object(pairs: list[tuple[str, object]]) -> dict[str, object]:
    """`json.loads`' object_pairs_hook: the object as a dict, noting repeated keys."""
    mapping = dict(pairs)
    if len(mapping) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                note(mapping, key)
            seen.add(key)
    return mapping


@contextlib.contextmanager
def collecting() -> Iterator[list[tuple[dict[str, object], str, int | None, int | None]]]:
    """A fresh list of notes for the file parsed in this block."""
    global _found
    previous, _found = _found, []
    try:
        yield _found
    finally:
        _found = previous


def located(data: object, found: list[tuple[dict[str, object], str, int | None, int | None]]
            ) -> tuple[DuplicateKey, ...]:
    """The notes with their objects' pointers in `data`: one walk, only when something was noted."""
    if not found:
        return ()
    wanted = {id(mapping) for mapping, *_ in found}
    pointers: dict[int, str] = {}
    stack: list[tuple[object, str]] = [(data, "")]
    while stack:
        node, pointer = stack.pop()
        if isinstance(node, dict):
            if id(node) in wanted:
                pointers[id(node)] = pointer
            stack.extend((value, f"{pointer}/{escape(str(key))}") for key, value in node.items())
        elif isinstance(node, list):
            stack.extend((value, f"{pointer}/{index}") for index, value in enumerate(node))
    # an object not in `data` came from a parse that failed (JSON tried before YAML): not reported
    return tuple(DuplicateKey(pointers[id(mapping)], key, line, column)
                 for mapping, key, line, column in found if id(mapping) in pointers)
