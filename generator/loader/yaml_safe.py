"""YAML reading that keeps the document JSON-shaped and refuses alias bombs.

* libyaml (`CSafeLoader`) when available; only safe tags.
* Mapping keys keep their text (`on:` stays "on", `200:` becomes "200"),
  timestamps and binary stay strings: the result is plain JSON data.
* Aliases are counted on the event stream before anything is built: a
  document whose aliases would add more than `MAX_ALIAS_EXPANSION` nodes (a
  "billion laughs" bomb) or that aliases itself is refused, naming the alias.
* Nesting deeper than `MAX_DEPTH` is refused on the same event stream (libyaml's
  parser is iterative; its composer recurses in C and crashes the process on
  ~30,000 levels).  The pass is skipped when a cheap count shows the text
  cannot nest that deep (few brackets, no very long `- - - ` / indentation).
* Integers too long for Python (`sys.get_int_max_str_digits()`) are refused
  with their position instead of failing inside the constructor.
"""

from __future__ import annotations

import re

import yaml
from yaml.events import (
    AliasEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
)
from yaml.nodes import MappingNode, ScalarNode

from . import duplicates
from .limits import MAX_DEPTH, MAX_INT_DIGITS

_Base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

#: how many nodes aliases may add to a document, in total
MAX_ALIAS_EXPANSION = 1_000_000


class YamlRefused(Exception):
    """The document is refused before or while it is built (a limit), at a position."""

    def __init__(self, message: str, line: int, column: int, hint: str | None = None) -> None:
        super().__init__(message)
        self.line = line
        self.column = column
        self.hint = hint


class AliasBomb(YamlRefused):
    pass


class TooDeep(YamlRefused):
    pass


class SpecLoader(_Base):  # type: ignore[misc, valid-type]
    """Safe loader whose mapping keys are the key's text."""

    def construct_mapping(self, node, deep=False):  # type: ignore[no-untyped-def, override]
        mapping: dict[str, object] = {}
        self._fill(node, mapping, deep)
        return mapping

    def construct_map(self, node):  # type: ignore[no-untyped-def]
        """The constructor of mappings: the dict is made first (for recursive structures), then filled."""
        mapping: dict[str, object] = {}
        yield mapping
        self._fill(node, mapping, False)

    def _fill(self, node, mapping, deep):  # type: ignore[no-untyped-def]
        """Put `node`'s pairs into `mapping`, noting keys written twice (`duplicates`)."""
        explicit = {id(key_node) for key_node, _ in node.value}  # keys written here, not merged in by `<<`
        if isinstance(node, MappingNode):
            self.flatten_mapping(node)
        written: set[str] = set()
        for key_node, value_node in node.value:
            if isinstance(key_node, ScalarNode):
                key = key_node.value
            else:
                raise yaml.constructor.ConstructorError(
                    "while constructing a mapping", node.start_mark,
                    "found a complex (non-scalar) key; OpenAPI keys are strings", key_node.start_mark,
                )
            if id(key_node) in explicit:
                if key in written:
                    duplicates.note(mapping, key, key_node.start_mark.line + 1, key_node.start_mark.column + 1)
                written.add(key)
            mapping[key] = self.construct_object(value_node, deep=deep)


def _as_text(loader: SpecLoader, node: ScalarNode) -> str:
    return loader.construct_scalar(node)  # type: ignore[no-any-return]


#: the smallest integer whose decimal form Python refuses to write or read
_INT_BOUND = 10**MAX_INT_DIGITS


def _int(loader: SpecLoader, node: ScalarNode) -> int:
    text = node.value.replace("_", "").lstrip("+-")
    value = None
    if len(text) <= MAX_INT_DIGITS + 2:  # room for a 0x / 0b prefix
        try:
            value = yaml.constructor.SafeConstructor.construct_yaml_int(loader, node)
        except ValueError:
            value = None
    if value is None or abs(value) >= _INT_BOUND:
        mark = node.start_mark
        size = f"{len(text):,} digits" if text.isdigit() else f"{len(text):,} characters"
        raise YamlRefused(f"this integer is too long ({size}; at most {MAX_INT_DIGITS:,} decimal digits can be read)",
                          mark.line + 1, mark.column + 1,
                          "quote it to make it a string, or use a smaller number")
    return value  # type: ignore[no-any-return]


SpecLoader.add_constructor("tag:yaml.org,2002:map", SpecLoader.construct_map)
SpecLoader.add_constructor("tag:yaml.org,2002:timestamp", _as_text)
SpecLoader.add_constructor("tag:yaml.org,2002:binary", _as_text)
SpecLoader.add_constructor("tag:yaml.org,2002:int", _int)


def _may_nest_deeper(text: str, limit: int) -> bool:
    """False when `text` certainly nests at most `limit` levels (a cheap, linear count in C).

    Flow collections nest one level per `[` or `{`; block collections one level
    per indentation step or per `- `, `? `, `: ` at the start of a line, and a
    sequence may sit at its parent key's indentation, so a line prefix of N
    such characters allows at most 2N + 2 levels.
    """
    budget = limit - text.count("[") - text.count("{") - 2
    if budget < 2:
        return True
    return re.search(r"^[ \t?:-]{%d,}" % (budget // 2), text, re.MULTILINE) is not None


def check_events(text: str, max_depth: int = MAX_DEPTH) -> None:
    """Raise `AliasBomb` when aliases would blow the document up, `TooDeep` when it nests too deeply."""
    aliases = "*" in text
    deep = _may_nest_deeper(text, max_depth)
    if not aliases and not deep:
        return
    sizes: dict[str, int] = {}
    stack: list[list] = []  # [anchor, size]
    extra = 0
    for event in yaml.parse(text, Loader=_Base):
        kind = type(event)
        if kind is ScalarEvent:
            if event.anchor:
                sizes[event.anchor] = 1
            if stack:
                stack[-1][1] += 1
        elif kind is MappingStartEvent or kind is SequenceStartEvent:
            stack.append([event.anchor, 1])
            if len(stack) > max_depth:
                mark = event.start_mark
                raise TooDeep(f"the document is nested too deeply (more than {max_depth:,} levels here)",
                              mark.line + 1, mark.column + 1,
                              "a real spec nests a few dozen levels; check the file for runaway nesting")
        elif kind is MappingEndEvent or kind is SequenceEndEvent:
            anchor, size = stack.pop()
            if anchor:
                sizes[anchor] = size
            if stack:
                stack[-1][1] += size
        elif kind is AliasEvent:
            mark = event.start_mark
            size = sizes.get(event.anchor)
            if size is None:
                if any(frame[0] == event.anchor for frame in stack):
                    raise AliasBomb(
                        f"YAML alias '*{event.anchor}' refers to a node that contains it (a recursive alias)",
                        mark.line + 1, mark.column + 1,
                    )
                continue  # undefined alias: the parser reports it
            extra += size
            if stack:
                stack[-1][1] += size
            if extra > MAX_ALIAS_EXPANSION:
                raise AliasBomb(
                    f"YAML aliases expand the document by more than {MAX_ALIAS_EXPANSION:,} nodes "
                    f"(an alias bomb?); refusing to expand alias '*{event.anchor}'",
                    mark.line + 1, mark.column + 1,
                )


def check_aliases(text: str) -> None:
    """Raise `AliasBomb` when aliases would blow the document up (and `TooDeep` on runaway nesting)."""
    check_events(text)


def load_yaml(text: str) -> object:
    check_events(text)
    return yaml.load(text, Loader=SpecLoader)  # noqa: S506 - SpecLoader is a safe loader


def compose_yaml(text: str) -> object:
    """The node tree with marks (for positions); aliases were checked at load."""
    return yaml.compose(text, Loader=_Base)
