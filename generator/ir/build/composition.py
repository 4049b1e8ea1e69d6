"""allOf, oneOf and anyOf.

allOf
- `allOf: [{$ref: X}]` with nothing else that changes the type (annotation
  members and keywords such as `description` are allowed) is X itself:
  `RefType("X")`, or an `AliasSchema` of it for a component.
- Otherwise the members are flattened into one `ModelSchema`: properties in
  member order (a referenced parent's own allOf flattened first), the node's
  own properties last, `required` united.  A property repeated with another
  schema is merged keyword by keyword, the later member winning (so a child
  may narrow a parent's constraints or swap its type); no diagnostic.
  Named parents are recorded in `parents`.  Properties keep the name of the
  schema that declares them for hoisting (`Order.status` is `OrderStatus`
  wherever Order is inherited).
- An allOf of non-object members (`allOf: [{$ref: Str}, {maxLength: 5}]`)
  is merged into one schema of the members' keywords.

oneOf / anyOf (unions.py)
- An allOf whose other members only annotate one oneOf/anyOf member is that
  union (`sole_union`).
- oneOf/anyOf beside `properties` (or inside an allOf): not representable as
  a union of models here.  The object wins: the schema becomes a
  `ModelSchema` of its own properties, and the variants' properties are
  added as optional properties, with a warning.  Members that only carry
  validation (`required`, `not`, ...) add nothing and are dropped silently.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import AliasSchema, IRType, RefType, Schema
from . import primitives as prim
from .context import Node, RefError, component_name, join
from ...records import Struct, field
from .unions import Unions

if TYPE_CHECKING:
    from .schemas import SchemaBuilder

_UNIONS = ("oneOf", "anyOf")
#: owner of the properties of an inline allOf until its name is known
_PENDING = "\0pending"
#: keywords that make a schema an object for allOf merging
_OBJECT_KEYS = ("properties", "additionalProperties")


class PropSource(Struct):
    """A property's raw schema node and pointer, with the schema that declares it."""

    node: Node
    pointer: str
    #: the schema name that declares the property (hoisting prefix)
    owner: str
    #: the same property declared otherwise by other oneOf/anyOf members beside `properties`:
    #: the property takes any of their types
    alternatives: tuple["PropSource", ...] = ()


class Flat(Struct):
    """An object schema with its allOf flattened."""

    properties: dict[str, PropSource] = field(default_factory=dict)
    required: set[str] = field(default_factory=set)
    #: the last additionalProperties seen (None: not given)
    additional: Node = None
    additional_pointer: str = ""
    parents: list[str] = field(default_factory=list)
    is_object: bool = False
    #: keywords of non-object members, merged in order (for primitive allOfs)
    keywords: dict[str, Node] = field(default_factory=dict)

    def add_property(self, wire: str, source: PropSource) -> None:
        old = self.properties.get(wire)
        if old is not None and old.node is not source.node and isinstance(old.node, dict) \
                and isinstance(source.node, dict) and old.node != source.node:
            source = PropSource(merge_nodes(old.node, source.node), source.pointer, source.owner)
        elif old is not None and old.node == source.node:
            return
        self.properties[wire] = source

    def absorb(self, other: "Flat", *, optional: bool = False) -> None:
        for wire, source in other.properties.items():
            self.add_property(wire, source)
        if not optional:
            self.required |= other.required
            if other.additional is not None:
                self.additional, self.additional_pointer = other.additional, other.additional_pointer
        self.is_object = self.is_object or other.is_object
        self.keywords.update(other.keywords)


def _is_type_changing(node: dict[str, Node]) -> bool:
    return any(not prim.is_annotation(k) for k in node)


def merge_nodes(old: dict[str, Node], new: dict[str, Node]) -> dict[str, Node]:
    """One property declared twice in an allOf: keyword by keyword, the later wins.

    A later `$ref` or `type` replaces the earlier schema (keeping its
    annotations where the later has none); later constraints on an earlier
    `$ref` narrow it (allOf of both); nested `properties` and `items` merge
    the same way and `required` lists are united.
    """
    if "$ref" in new or ("$ref" in old and "type" in new):
        return {**{k: v for k, v in old.items() if prim.is_annotation(k)}, **new}
    if "$ref" in old:
        return {"allOf": [old, new]} if _is_type_changing(new) else {**old, **new}
    merged = {**old, **new}
    for key in ("properties",):
        before, after = old.get(key), new.get(key)
        if isinstance(before, dict) and isinstance(after, dict):
            combined = dict(before)
            for name, node in after.items():
                prior = before.get(name)
                combined[name] = merge_nodes(prior, node) \
                    if isinstance(prior, dict) and isinstance(node, dict) and prior != node else node
            merged[key] = combined
    if isinstance(old.get("items"), dict) and isinstance(new.get("items"), dict) and old["items"] != new["items"]:
        merged["items"] = merge_nodes(old["items"], new["items"])
    if isinstance(old.get("required"), list) and isinstance(new.get("required"), list):
        merged["required"] = old["required"] + [r for r in new["required"] if r not in old["required"]]
    return merged


def single_ref(node: dict[str, Node]) -> dict[str, Node] | None:
    """The one `$ref` member of an allOf that adds nothing else, if so."""
    members = node.get("allOf")
    if not isinstance(members, list):
        return None
    if any(not prim.is_annotation(k) and k not in ("allOf", "type") for k in node):
        return None
    refs = [m for m in members if isinstance(m, dict) and "$ref" in m]
    others = [m for m in members if not (isinstance(m, dict) and "$ref" in m)]
    if len(refs) != 1 or any(not isinstance(m, dict) or _is_type_changing(m) for m in others):
        return None
    ref = refs[0]
    if any(not prim.is_annotation(k) for k in ref if k != "$ref"):
        return None
    return ref


def sole_union(node: dict[str, Node]) -> dict[str, Node] | None:
    """An allOf that only annotates one oneOf/anyOf member (`allOf: [{oneOf: [...]},
    {description: ...}]`, as Box wraps unions to describe them): that member, with the
    annotations of the node and the other members added."""
    members = node.get("allOf")
    if not isinstance(members, list) or any(not prim.is_annotation(k) and k != "allOf" for k in node):
        return None
    unions = [m for m in members if isinstance(m, dict) and any(isinstance(m.get(k), list) for k in _UNIONS)]
    if len(unions) != 1 or any(k in unions[0] for k in ("properties", "allOf", "$ref")):
        return None
    others = [m for m in members if m is not unions[0]]
    if any(not isinstance(m, dict) or _is_type_changing(m) for m in others):
        return None
    merged = dict(unions[0])
    for source in (*others, node):
        merged.update((k, v) for k, v in source.items() if prim.is_annotation(k))
    return merged


class Composer:
    def __init__(self, builder: "SchemaBuilder") -> None:
        self.b = builder
        self.ctx = builder.ctx
        self.unions = Unions(builder)
        self._component_flats: dict[str, Flat] = {}
        self._flattening: set[str] = set()

    # ------------------------------------------------------------------ helpers

    def _target(self, member: dict[str, Node], pointer: str) -> tuple[str | None, str | None]:
        """(component name, pointer) a `$ref` member points at."""
        try:
            target = self.ctx.ref_pointer(member["$ref"])
        except RefError as exc:
            self.ctx.error(join(pointer, "$ref"), f"unresolved $ref: {exc}", "fix the reference", code="ir-ref")
            return None, None
        return component_name(target), target

    # ------------------------------------------------------------------ allOf

    def flatten(self, node: dict[str, Node], pointer: str, owner: str) -> Flat:
        flat = Flat()
        members = node.get("allOf")
        if members is not None and not isinstance(members, list):
            self.ctx.warn(join(pointer, "allOf"), "allOf is not a list; ignored", code="ir-allof")
            members = []
        for index, member in enumerate(members or ()):
            mpointer = join(pointer, "allOf", index)
            if not isinstance(member, dict):
                self.ctx.warn(mpointer, "allOf member is not a schema object; ignored", code="ir-allof")
                continue
            if "$ref" in member:
                flat.absorb(self._flatten_ref(member, mpointer, owner, flat))
                rest = {k: v for k, v in member.items() if k != "$ref"}
                if rest:
                    flat.absorb(self.flatten(rest, mpointer, owner))
            else:
                flat.absorb(self.flatten(member, mpointer, owner))
        self._own(node, pointer, owner, flat)
        return flat

    def _flatten_ref(self, member: dict[str, Node], pointer: str, owner: str, into: Flat) -> Flat:
        name, target = self._target(member, pointer)
        if target is None:
            return Flat()
        if name is None:
            try:
                node = self.ctx.lookup(target)
            except RefError as exc:
                self.ctx.error(join(pointer, "$ref"), f"unresolved $ref: {exc}", "fix the reference", code="ir-ref")
                return Flat()
            return self.flatten(node, target, owner) if isinstance(node, dict) else Flat()
        if name not in self.b.components:
            self.ctx.error(join(pointer, "$ref"), f"unresolved $ref: '#{target}' does not exist",
                           "fix the reference or add the schema", code="ir-ref")
            return Flat()
        if name in self._flattening:
            self.ctx.error(pointer, f"allOf cycle: '{name}' includes itself", "break the allOf cycle",
                           code="ir-allof-cycle")
            return Flat()
        flat = self.component_flat(name)
        if name not in into.parents and self.b.component_kind(name) == "model":
            into.parents.append(name)
        return flat

    def component_flat(self, name: str) -> Flat:
        """The flattened object of a component (memoised; its properties owned by it)."""
        cached = self._component_flats.get(name)
        if cached is None:
            node = self.b.components[name]
            pointer = join("/components/schemas", name)
            self._flattening.add(name)
            try:
                if isinstance(node, dict) and "$ref" in node and len(node) == 1:
                    cached = self._flatten_ref(node, pointer, name, Flat())
                else:
                    cached = self.flatten(node, pointer, name) if isinstance(node, dict) else Flat()
            finally:
                self._flattening.discard(name)
            self._component_flats[name] = cached
        return cached

    def _own(self, node: dict[str, Node], pointer: str, owner: str, flat: Flat) -> None:
        """The node's own keywords, after its allOf members."""
        props = node.get("properties")
        if isinstance(props, dict):
            for wire, pnode in props.items():
                flat.add_property(str(wire), PropSource(pnode, join(pointer, "properties", wire), owner))
        elif props is not None:
            self.ctx.warn(join(pointer, "properties"), "properties is not a mapping; ignored", code="ir-object")
        required = node.get("required")
        if isinstance(required, list):
            flat.required.update(r for r in required if isinstance(r, str))
        if "additionalProperties" in node:
            flat.additional = node["additionalProperties"]
            flat.additional_pointer = join(pointer, "additionalProperties")
        if any(k in node for k in _OBJECT_KEYS) or node.get("type") == "object" \
                or (isinstance(node.get("type"), list) and "object" in node["type"]):
            flat.is_object = True
        for key in _UNIONS:
            if isinstance(node.get(key), list):
                self._union_into_object(node, pointer, owner, key, flat)
        for key, value in node.items():
            if key not in ("allOf", "properties", "required", "additionalProperties", *_UNIONS) \
                    and not key.startswith("x-"):
                flat.keywords[key] = value

    def _union_into_object(self, node: dict[str, Node], pointer: str, owner: str, key: str, flat: Flat) -> None:
        extra: dict[str, PropSource] = {}
        for index, member in enumerate(node[key]):
            if not isinstance(member, dict):
                continue
            mpointer = join(pointer, key, index)
            if "$ref" in member:
                sub = self._flatten_ref(member, mpointer, owner, Flat())
            else:
                sub = self.flatten(member, mpointer, owner)
            for wire, source in sub.properties.items():
                first = extra.get(wire)
                if first is None:
                    extra[wire] = source
                elif all(known.node != source.node for known in (first, *first.alternatives)):
                    # a member types it otherwise: the property takes either type (not the last one only)
                    extra[wire] = PropSource(first.node, first.pointer, first.owner, (*first.alternatives, source))
        if not extra:
            return  # validation-only members (`required`, ...): nothing to add
        flat.is_object = True
        self.ctx.warn(join(pointer, key), f"{key} beside properties (or inside allOf) is not supported as a "
                      "union; its members' properties are added to the model as optional properties",
                      "move the shared properties into each variant with allOf", code="ir-union-object")
        for wire, source in extra.items():
            if wire not in flat.properties:
                flat.properties[wire] = source

    def _merged_keywords(self, flat: Flat, node: dict[str, Node]) -> dict[str, Node]:
        merged = dict(flat.keywords)
        merged.pop("$ref", None)
        merged.pop("nullable", None)
        return merged

    # ------------------------------------------------------------------ entry points

    def has_object_union(self, node: dict[str, Node]) -> bool:
        return bool(node.get("properties")) and any(isinstance(node.get(k), list) for k in _UNIONS)

    def inline(self, node: dict[str, Node], pointer: str, hint: str) -> IRType:
        """The type of an inline schema with allOf/oneOf/anyOf."""
        if "allOf" in node or self.has_object_union(node):
            ref = single_ref(node)
            if ref is not None:
                return self.b.type_of(ref, join(pointer, "allOf", node["allOf"].index(ref)), hint)
            union = sole_union(node)
            if union is not None:
                return self.unions.union_type(union, pointer, hint)
            seen = self.b.hoisted_name(node)
            if seen is not None:
                return RefType(seen)
            flat = self.flatten(node, pointer, _PENDING)
            if flat.is_object or flat.properties:
                same = self.b.names.same_as(node.get("title"), node, hint)
                if same is not None:
                    return RefType(same)
                name = self.b.names.claim(node.get("title"), hint, node)
                self.b.remember_hoisted(node, name)
                for source in flat.properties.values():
                    if source.owner == _PENDING:
                        source.owner = name
                self.ctx.schemas[name] = self.b.model_from_flat(name, node, pointer, flat)
                return RefType(name)
            return self.b.type_of(self._merged_keywords(flat, node), pointer, hint)
        return self.unions.union_type(node, pointer, hint)

    def named(self, name: str, node: dict[str, Node], pointer: str) -> Schema | None:
        """The named schema of a component with allOf/oneOf/anyOf; None: an alias."""
        if "allOf" in node or self.has_object_union(node):
            if single_ref(node) is not None:
                return None
            union = sole_union(node)
            if union is not None:
                return self.unions.named(name, union, pointer)
            flat = self.component_flat(name)
            if flat.is_object or flat.properties:
                return self.b.model_from_flat(name, node, pointer, flat)
            return AliasSchema(name, pointer, *prim.base_fields(node),
                               self.b.type_of(self._merged_keywords(flat, node), pointer, name))
        return self.unions.named(name, node, pointer)
