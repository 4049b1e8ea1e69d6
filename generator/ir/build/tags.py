"""Implicit discriminators: the tag property a oneOf/anyOf's variants carry without saying so.

Specs often leave out `discriminator` but give every variant a property
that allows one string only (`type: {enum: [file]}` in File,
`[folder]` in Folder; `kind: {const: cat}`).  Clients that treat enums as
open (they accept values they do not list) would otherwise parse every
variant as the first one that fits.  When every variant is a named object
schema with such a property, of the same name in all and with a different
value in each, that property is the union's discriminator: the first one
every variant requires, else the first, in the first variant's order.  (A
value that leaves the property out is matched by shape, as before.)  The raw spec is read (`$ref`s followed, `allOf`
members merged), so a tag declared in a shared base schema counts too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from ..model import Discriminator, IRType, RefType
from .context import Node, RefError

if TYPE_CHECKING:
    from .context import Context

#: allOf chains deeper than this are not followed (a cycle, or nothing a real spec does)
_MAX_DEPTH = 32


def implicit_discriminator(ctx: "Context", node_of: Callable[[str], Node],
                           variants: tuple[IRType, ...]) -> Discriminator | None:
    """The discriminator `variants` imply (see the module doc), or None.

    `node_of`: the raw schema node a named schema was built from (None: unknown).
    """
    if len(variants) < 2 or not all(isinstance(v, RefType) for v in variants):
        return None
    names = [v.name for v in variants if isinstance(v, RefType)]
    tags = []
    required_in_all: set[str] | None = None
    for name in names:
        single, required = _walk(ctx, node_of(name), 0)
        tags.append(single)
        required_in_all = required if required_in_all is None else required_in_all & required
    # a property every variant requires first; one a variant may leave out still tells the others apart
    for prop in sorted(tags[0], key=lambda p: p not in (required_in_all or set())):
        values = [found.get(prop) for found in tags]
        strings = [v for v in values if isinstance(v, str)]
        if len(strings) == len(values) and len(set(strings)) == len(strings):
            return Discriminator(prop, tuple(zip(strings, names)))
    return None


def own_tag(ctx: "Context", node: Node, prop: str) -> str | None:
    """The one string `node` (a variant's raw schema, `allOf` members merged) allows for `prop`, or None.

    A discriminator's implicit mapping says a variant is tagged by its schema
    name; a variant whose tag property allows one value only can never carry
    that name, so its own value is its tag (`unions`).
    """
    return _walk(ctx, node, 0)[0].get(prop)


def _walk(ctx: "Context", node: Node, depth: int) -> tuple[dict[str, str], set[str]]:
    """(the properties that allow one string value only: name -> value, the required names),
    over `node` and its `allOf` members."""
    node = _resolved(ctx, node)
    if not isinstance(node, dict) or depth > _MAX_DEPTH:
        return {}, set()
    single: dict[str, str] = {}
    required: set[str] = set()
    members = node.get("allOf")
    for member in members if isinstance(members, list) else ():
        more, also = _walk(ctx, member, depth + 1)
        single.update(more)
        required |= also
    listed = node.get("required")
    required |= {r for r in listed if isinstance(r, str)} if isinstance(listed, list) else set()
    properties = node.get("properties")
    for name, prop in properties.items() if isinstance(properties, dict) else ():
        value = _only_string(_resolved(ctx, prop))
        if value is not None:
            single[str(name)] = value
    return single, required


def _only_string(node: Node) -> str | None:
    if not isinstance(node, dict):
        return None
    const = node.get("const")
    if isinstance(const, str):
        return const
    values = node.get("enum")
    return values[0] if isinstance(values, list) and len(values) == 1 and isinstance(values[0], str) else None


def _resolved(ctx: "Context", node: Node) -> Node:
    """`node` with a chain of `$ref`s followed (a broken one: None)."""
    for _ in range(_MAX_DEPTH):
        if not isinstance(node, dict) or "$ref" not in node:
            return node
        try:
            node = ctx.lookup(ctx.ref_pointer(node["$ref"]))
        except RefError:
            return None
    return None
