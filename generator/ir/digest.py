"""Content digests of IR schemas and of everything each one reaches.

A target renders a schema's files from that schema and from the schemas it
reaches through references (property types, alias targets, union variants,
allOf parents, discriminator mappings), never from any other schema.  So a
digest over that reachable set is a key for those files: equal keys, equal
files (`targets.python.units` adds what else the files depend on).

`closure_digests(api)` computes every schema's key in one linear pass:
the reference graph's strongly connected components (iterative Tarjan) are
hashed bottom-up, each from its members' own digests and the digests of the
components it points at (a Merkle hash over a graph with cycles).

A schema's own digest hashes its `repr`: a `Record`'s repr names
every field, strings quoted, so different IR gives different text.
"""

from __future__ import annotations

import hashlib
from typing import Iterable

from .model import (
    AliasSchema,
    Api,
    ArrayType,
    IRType,
    MapType,
    ModelSchema,
    NullableType,
    RefType,
    Schema,
    UnionSchema,
    UnionType,
)

__all__ = ["digest", "type_refs", "schema_refs", "closure_digests"]


def digest(*parts: str) -> str:
    """sha256 over `parts`, each length-prefixed (no two part lists give the same input)."""
    h = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8", "surrogatepass")
        h.update(b"%d:" % len(data))
        h.update(data)
    return h.hexdigest()


def type_refs(t: IRType | None, out: set[str]) -> None:
    """Add to `out` every schema name `t` references."""
    stack: list[IRType | None] = [t]
    while stack:
        t = stack.pop()
        if isinstance(t, RefType):
            out.add(t.name)
        elif isinstance(t, ArrayType):
            stack.append(t.items)
        elif isinstance(t, MapType):
            stack.append(t.values)
        elif isinstance(t, NullableType):
            stack.append(t.inner)
        elif isinstance(t, UnionType):
            stack.extend(t.variants)
            if t.discriminator is not None:
                out.update(target for _, target in t.discriminator.mapping)


def schema_refs(schema: Schema) -> set[str]:
    """The names `schema` points at directly (itself included when it does)."""
    out: set[str] = set()
    if isinstance(schema, ModelSchema):
        for prop in schema.properties:
            type_refs(prop.type, out)
        type_refs(schema.additional, out)
        out.update(schema.parents)
    elif isinstance(schema, UnionSchema):
        for variant in schema.variants:
            type_refs(variant, out)
        if schema.discriminator is not None:
            out.update(target for _, target in schema.discriminator.mapping)
    elif isinstance(schema, AliasSchema):
        type_refs(schema.target, out)
    return out


def closure_digests(api: Api) -> dict[str, str]:
    """Schema name -> digest of the schema and of every schema it reaches (see the module doc)."""
    own = {s.name: digest(repr(s)) for s in api.schemas}
    edges = {s.name: sorted(r for r in schema_refs(s) if r in own) for s in api.schemas}
    result: dict[str, str] = {}
    for component in _components(list(own), edges):
        members = set(component)
        below = sorted({result[r] for m in component for r in edges[m] if r not in members})
        key = digest("component", *sorted(own[m] for m in component), "reaches", *below)
        for m in component:
            result[m] = key
    return result


def _components(nodes: list[str], edges: dict[str, list[str]]) -> Iterable[list[str]]:
    """Strongly connected components, each after every component it reaches (iterative Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    counter = 0
    for root in nodes:
        if root in index:
            continue
        work: list[tuple[str, int]] = [(root, 0)]
        while work:
            node, i = work.pop()
            if i == 0:
                index[node] = low[node] = counter
                counter += 1
                stack.append(node)
                on_stack.add(node)
            targets = edges[node]
            while i < len(targets):
                target = targets[i]
                i += 1
                if target not in index:
                    work.append((node, i))
                    work.append((target, 0))
                    break
                if target in on_stack:
                    low[node] = min(low[node], index[target])
            else:
                if low[node] == index[node]:
                    component = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.append(member)
                        if member == node:
                            break
                    yield component
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[node])
