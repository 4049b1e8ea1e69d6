"""YAML reading that keeps the document JSON-shaped and refuses alias bombs.

* libyaml (`CSafeLoader`) when available; only safe tags.
* Mapping keys keep their text (`on:` stays "on", `200:` becomes "200"),
  timestamps and binary stay strings: the result is plain JSON data.
* Aliases are counted on the event stream before anything is built: a
  document whose aliases would add more than `MAX_ALIAS_EXPANSION` nodes (a
  "billion laughs" bomb) or that aliases itself is refused, naming the alias.
"""

from __future__ import annotations

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

_Base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

#: how many nodes aliases may add to a document, in total
MAX_ALIAS_EXPANSION = 1_000_000


class AliasBomb(Exception):
    def __init__(self, message: str, line: int, column: int) -> None:
        super().__init__(message)
        self.line = line
        self.column = column


class SpecLoader(_Base):  # type: ignore[misc, valid-type]
    """Safe loader whose mapping keys are the key's text."""

    def construct_mapping(self, node, deep=False):  # type: ignore[no-untyped-def, override]
        if isinstance(node, MappingNode):
            self.flatten_mapping(node)
        mapping: dict[str, object] = {}
        for key_node, value_node in node.value:
            if isinstance(key_node, ScalarNode):
                key = key_node.value
            else:
                raise yaml.constructor.ConstructorError(
                    "while constructing a mapping", node.start_mark,
                    "found a complex (non-scalar) key; OpenAPI keys are strings", key_node.start_mark,
                )
            mapping[key] = self.construct_object(value_node, deep=deep)
        return mapping


def _as_text(loader: SpecLoader, node: ScalarNode) -> str:
    return loader.construct_scalar(node)  # type: ignore[no-any-return]


SpecLoader.add_constructor("tag:yaml.org,2002:timestamp", _as_text)
SpecLoader.add_constructor("tag:yaml.org,2002:binary", _as_text)


def check_aliases(text: str) -> None:
    """Raise `AliasBomb` when aliases would blow the document up."""
    if "*" not in text:
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


def load_yaml(text: str) -> object:
    check_aliases(text)
    return yaml.load(text, Loader=SpecLoader)  # noqa: S506 - SpecLoader is a safe loader


def compose_yaml(text: str) -> object:
    """The node tree with marks (for positions); aliases were checked at load."""
    return yaml.compose(text, Loader=_Base)
