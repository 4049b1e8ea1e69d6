"""Names for hoisted inline schemas, in the reference's convention.

- A schema's `title` names it when present and free (or when the schema
  already registered under that name is the very same JSON: an inline copy of
  a component that carries the component's name as its title reuses it).
- Otherwise the parent's name plus the property's name in PascalCase
  (`Order` + `product` -> `OrderProduct`), `Item` for array items
  (`OrdersListResponseBodyOrdersItem`), `Value` for map values,
  `OneOf<n>`/`AnyOf<n>` for inline union members,
  `<OperationId>RequestBody` and `<OperationId>Response<Status>` for inline
  bodies, `Parameter<Name><OperationId>` for inline parameter schemas.
- A name already taken gets `2`, `3`, ... in the order the builder asks,
  which is deterministic (components sorted by name, then operations in
  spec order).

Names are IR keys only (the IR is language-neutral); every target derives
its identifiers from them through its own naming rules.  They are never
capped here.
"""

from __future__ import annotations

import re
from typing import Iterable

from ... import naming
from .context import Node

_SIMPLE = re.compile(r"[A-Z][A-Za-z0-9]*\Z")


def pascal_words(text: str) -> str:
    """PascalCase from the spec's words, without the identifier length cap."""
    return "".join(w[:1].upper() + w[1:] for w in naming.words(text))


def part(text: str) -> str:
    """A name part: kept verbatim when already PascalCase ASCII, else PascalCased."""
    if _SIMPLE.match(text):
        return text
    return pascal_words(text)


def child(parent: str, suffix: str, fallback: str = "Property") -> str:
    """`Order` + `product` -> `OrderProduct`."""
    return part(parent) + (pascal_words(suffix) or fallback)


class Names:
    """The registry of every schema name in use."""

    def __init__(self, reserved: Iterable[tuple[str, Node]]) -> None:
        #: name -> the raw node it was made from (for same-JSON reuse by title)
        self._sources: dict[str, Node] = {}
        for name, node in reserved:
            self._sources[name] = node

    def __contains__(self, name: str) -> bool:
        return name in self._sources

    def node_of(self, name: str) -> Node:
        """The raw node the schema `name` was made from (None: no such name)."""
        return self._sources.get(name)

    def same_as(self, title: object, node: Node, hint: str = "") -> str | None:
        """An already-registered schema named by this title (or hint) with equal JSON.

        Inline copies of one schema (a component repeated inline with its
        name as title, one schema under several media types) share a name.
        """
        candidates = [title, part(title)] if isinstance(title, str) and title else []
        if hint:
            candidates.append(hint)
        for candidate in candidates:
            source = self._sources.get(candidate)
            if source is not None and (source is node or source == node):
                return candidate
        return None

    def claim(self, title: object, fallback: str, node: Node) -> str:
        """A free name for `node`: its title if free, else `fallback`, else numbered."""
        base = ""
        if isinstance(title, str) and title.strip():
            base = part(title.strip())
            if base and base not in self._sources:
                self._sources[base] = node
                return base
        base = fallback or base or "Model"
        name = base
        n = 2
        while name in self._sources:
            name = f"{base}{n}"
            n += 1
        self._sources[name] = node
        return name
