"""Schema objects -> `IRType`s and named `Schema`s.

`SchemaBuilder.type_of` turns any schema node into an `IRType`, hoisting
inline objects and enums into named schemas (see hoist.py for the names);
`SchemaBuilder.component` builds the named schema of a `components/schemas`
entry.  Composition (allOf/oneOf/anyOf) lives in composition.py.

Decisions
- A `$ref` to `components/schemas/X` is `RefType("X")`, wrapped in
  `NullableType` when X itself admits null (so every use site says so);
  component schemas are built once, by name, which is what breaks cycles.
- Refs to other places (`#/components/schemas/X/properties/y`) are followed
  and the target is treated as if written inline; each node is converted
  once (memo by node identity), so a node reached twice gets one name.
- Every inline enum is hoisted to a named `EnumSchema`, single-value enums
  included (users get a named type, and unknown values stay accepted);
  `const` is a `ConstType`.  An inline `enum: [null]` is the null type.
- An object without properties whose additionalProperties is true, absent
  or a schema is a `MapType` (free-form objects are `MapType(ANY)`); with
  `additionalProperties: false` it is a closed `ModelSchema`.
"""

from __future__ import annotations

import re

from typing import Callable

from ..model import (
    AliasSchema,
    ArrayType,
    ConstType,
    IRType,
    MISSING,
    MapType,
    ModelSchema,
    NullableType,
    Property,
    RefType,
    Schema,
    UnionType,
    to_json_value,
)
from . import primitives as prim
from .composition import Composer, Flat, single_ref, sole_union
from .context import Context, Node, RefError, component_name, join
from .hoist import Names, child
from .shapes import declared_types, hint_from_pointer, inferred_type, wrap_nullable

_COMPOSITION = ("allOf", "oneOf", "anyOf")


#: a components entry that is not a schema: a schema `$ref` to it is a mistake
_NOT_SCHEMAS = re.compile(r"/components/(responses|parameters|requestBodies|headers|examples|securitySchemes"
                          r"|links|callbacks|pathItems)/[^/]+$")

class SchemaBuilder:
    def __init__(self, ctx: Context, names: Names, components: dict[str, Node]) -> None:
        self.ctx = ctx
        self.names = names
        self.components = components
        #: id(node) -> (node, type); the node is kept so its id stays unique
        self._memo: dict[int, tuple[Node, IRType]] = {}
        self._nullable: dict[str, bool] = {}
        self._hoisted: dict[int, tuple[dict[str, Node], str]] = {}
        self._deep_in_progress: set[str] = set()
        self._kinds_memo: dict[str, str] = {}
        self.composer = Composer(self)
        self._kinds: dict[str, Callable[[dict[str, Node], str, str, str], IRType]] = {
            "object": self._object,
            "array": self._array,
            **{t: self._primitive for t in prim.TYPE_KINDS},
        }

    # ------------------------------------------------------------------ any schema

    def type_of(self, node: Node, pointer: str, hint: str) -> IRType:
        """The IRType of a schema node; `hint` names anything hoisted from it."""
        if node is True or node == {}:
            return prim.ANY
        if not isinstance(node, dict):
            if node is False:
                self.ctx.warn(pointer, "schema 'false' (nothing allowed) is not supported; typed as any value",
                              code="ir-schema")
            else:
                self.ctx.warn(pointer, "not a schema object; typed as any value", code="ir-schema")
            return prim.ANY
        key = id(node)
        hit = self._memo.get(key)
        if hit is not None:
            return hit[1]
        result = self._type_of(node, pointer, hint)
        self._memo[key] = (node, result)
        return result

    def _type_of(self, node: dict[str, Node], pointer: str, hint: str) -> IRType:
        if "$ref" in node:
            return self._ref(node, pointer, hint)
        if isinstance(node.get("ref"), str) and node["ref"].startswith("#"):
            self.ctx.warn(join(pointer, "ref"), "'ref' is not a keyword, so this schema refers to nothing; "
                          "did you mean '$ref'?", "write $ref", code="ir-ref")
        types, null_type = declared_types(node)
        nullable = null_type or node.get("nullable") is True or ("enum" in node and prim.enum_nullable(node))
        if null_type and not types and not any(k in node for k in ("enum", "const", *_COMPOSITION)):
            return prim.NULL
        inner = self._non_null(node, pointer, hint, types)
        return wrap_nullable(inner) if nullable else inner

    def _non_null(self, node: dict[str, Node], pointer: str, hint: str, types: list[str]) -> IRType:
        if "const" in node:
            return ConstType(to_json_value(node["const"]))
        if "enum" in node:
            return self._inline_enum(node, pointer, hint)
        if any(k in node for k in _COMPOSITION):
            return self.composer.inline(node, pointer, hint)
        if len(types) > 1:
            variants = tuple(self.type_of({**node, "type": t, "nullable": False}, pointer, hint) for t in types)
            return UnionType(variants, exclusive=False)
        type_name = types[0] if types else inferred_type(node)
        if type_name is None:
            return prim.ANY
        handler = self._kinds.get(type_name)
        if handler is None:
            self.ctx.warn(join(pointer, "type"), f"unknown type '{type_name}'; typed as any value",
                          "use one of string, integer, number, boolean, array, object, null", code="ir-type")
            return prim.ANY
        return handler(node, pointer, hint, type_name)

    def _primitive(self, node: dict[str, Node], pointer: str, hint: str, type_name: str) -> IRType:
        return prim.primitive(self.ctx, type_name, node, pointer)

    def _array(self, node: dict[str, Node], pointer: str, hint: str, type_name: str) -> IRType:
        items = node.get("items")
        if isinstance(items, list) or "prefixItems" in node:
            self.ctx.warn(pointer, "tuple arrays (prefixItems / items as a list) are not supported; "
                          "items typed as any value", code="ir-array")
            items_type: IRType = prim.ANY
        elif items is None:
            if not self.ctx.is_31:
                self.ctx.warn(pointer, "array without 'items'; items typed as any value", code="ir-array")
            items_type = prim.ANY
        else:
            items_type = self.type_of(items, join(pointer, "items"), hint + "Item")
        return ArrayType(items_type, prim.constraints(self.ctx, node, pointer))

    def _object(self, node: dict[str, Node], pointer: str, hint: str, type_name: str) -> IRType:
        props = node.get("properties")
        extra = node.get("additionalProperties")
        if not props and extra is not False:
            if isinstance(extra, dict) and extra:
                return MapType(self.type_of(extra, join(pointer, "additionalProperties"), hint + "Value"))
            return MapType(prim.ANY)
        return RefType(self.hoist(node, pointer, hint, self.model_from_node))

    def _inline_enum(self, node: dict[str, Node], pointer: str, hint: str) -> IRType:
        values = node.get("enum")
        if isinstance(values, list) and all(v is None for v in values):
            return prim.NULL
        if not prim.scalar_enum(self.ctx, node, pointer):
            return self._non_null({k: v for k, v in node.items() if k != "enum"}, pointer, hint,
                                  declared_types(node)[0])
        return RefType(self.hoist(node, pointer, hint, lambda name, n, p: prim.enum_schema(self.ctx, name, n, p)))

    def hoist(self, node: dict[str, Node], pointer: str, hint: str,
              build: Callable[[str, dict[str, Node], str], Schema]) -> str:
        """Register a named schema for an inline node; return its name.

        The same spec node reached again (through allOf merging, or a
        recursion that passes through inline schemas) is the same schema:
        it gets the name of its first visit, even while still being built,
        so a cycle ends in a `RefType` instead of new names forever.
        """
        seen = self.hoisted_name(node)
        if seen is not None:
            return seen
        same = self.names.same_as(node.get("title"), node, hint)
        if same is not None:
            return same
        name = self.names.claim(node.get("title"), hint, node)
        self.remember_hoisted(node, name)
        self.ctx.schemas[name] = build(name, node, pointer)
        return name

    def hoisted_name(self, node: dict[str, Node]) -> str | None:
        """The name this very spec node was hoisted under, if it was."""
        seen = self._hoisted.get(id(node))
        return seen[1] if seen is not None and seen[0] is node else None

    def remember_hoisted(self, node: dict[str, Node], name: str) -> None:
        self._hoisted[id(node)] = (node, name)  # keeps `node` alive, so its id stays unique

    # ------------------------------------------------------------------ refs

    def _ref(self, node: dict[str, Node], pointer: str, hint: str) -> IRType:
        ref = node["$ref"]
        try:
            target = self.ctx.ref_pointer(ref)
        except RefError as exc:
            self.ctx.error(join(pointer, "$ref"), f"unresolved $ref: {exc}", "fix the reference", code="ir-ref")
            return prim.ANY
        structural = {k: v for k, v in node.items()
                      if k != "$ref" and not prim.is_annotation(k) and k not in ("type", "format")}
        if structural:
            if not self.ctx.is_31:
                self.ctx.warn(pointer, "keywords beside $ref are ignored by OpenAPI 3.0; merged as allOf here",
                              "wrap them in allOf: [{$ref: ...}, {...}]", code="ir-ref-siblings")
            rest = {k: v for k, v in node.items() if k != "$ref"}
            merged = self.composer.inline({"allOf": [{"$ref": ref}, rest]}, pointer, hint)
            return wrap_nullable(merged) if node.get("nullable") is True else merged
        result = self.ref_target(target, pointer, hint)
        return wrap_nullable(result) if node.get("nullable") is True else result

    def ref_target(self, target: str, pointer: str, hint: str) -> IRType:
        """The type a schema `$ref` to `target` (a pointer) stands for."""
        name = component_name(target)
        if name is not None:
            if name not in self.components:
                self.ctx.error(join(pointer, "$ref"), f"unresolved $ref: '#{target}' does not exist",
                               "fix the reference or add the schema", code="ir-ref")
                return prim.ANY
            ref = RefType(name)
            return NullableType(ref) if self.component_nullable(name) else ref
        try:
            node = self.ctx.lookup(target)
        except RefError as exc:
            self.ctx.error(join(pointer, "$ref"), f"unresolved $ref: {exc}", "fix the reference", code="ir-ref")
            return prim.ANY
        section = _NOT_SCHEMAS.match(target)
        if section is not None:
            self.ctx.warn(join(pointer, "$ref"), f"this schema's $ref points at '#{target}', a "
                          f"components/{section.group(1)} entry, not a schema; typed as any value",
                          f"refer to a schema: the {section.group(1)} entry's own schema, or one under "
                          "components/schemas", code="ir-ref")
            return prim.ANY
        if target in self._deep_in_progress:
            self.ctx.warn(join(pointer, "$ref"), f"recursive reference to '#{target}', which is not a "
                          "components/schemas entry; typed as any value",
                          "move the schema to components/schemas", code="ir-ref")
            return prim.ANY
        self._deep_in_progress.add(target)
        try:
            return self.type_of(node, target, hint_from_pointer(target) or hint)
        finally:
            self._deep_in_progress.discard(target)

    def component_nullable(self, name: str, _seen: frozenset[str] = frozenset()) -> bool:
        if name in self._nullable:
            return self._nullable[name]
        node = self.components.get(name)
        result = False
        if isinstance(node, dict):
            types, null_type = declared_types(node)
            result = node.get("nullable") is True or null_type or prim.enum_nullable(node)
            if not result:
                for key in ("oneOf", "anyOf"):
                    variants = node.get(key)
                    if isinstance(variants, list) and any(self.composer.unions.is_null_schema(v) for v in variants):
                        result = True
            if not result and "$ref" in node and name not in _seen:
                try:
                    target = component_name(self.ctx.ref_pointer(node["$ref"]))
                except RefError:
                    target = None
                if target is not None and target in self.components:
                    result = self.component_nullable(target, _seen | {name})
        self._nullable[name] = result
        return result

    # ------------------------------------------------------------------ named schemas

    def component_kind(self, name: str) -> str:
        """What `component(name)` builds: "model", "enum", "union" or "alias"."""
        kind = self._kinds_memo.get(name)
        if kind is None:
            kind = self._component_kind(self.components.get(name), f"/components/schemas/{name}", name)
            self._kinds_memo[name] = kind
        return kind

    def _component_kind(self, node: Node, pointer: str, name: str) -> str:
        if not isinstance(node, dict) or "$ref" in node:
            return "alias"
        has_composition = any(k in node for k in _COMPOSITION)
        if "enum" in node and not has_composition and isinstance(node["enum"], list) \
                and prim.scalar_enum(self.ctx, node, pointer):
            return "enum"
        if "allOf" in node or self.composer.has_object_union(node):
            if single_ref(node) is not None:
                return "alias"
            if sole_union(node) is not None:
                return "union"
            self._kinds_memo[name] = "model"  # provisional, for allOf cycles
            flat = self.composer.component_flat(name)
            return "model" if flat.is_object or flat.properties else "alias"
        if any(isinstance(node.get(k), list) for k in ("oneOf", "anyOf")):
            return "union"
        types, _ = declared_types(node)
        type_name = types[0] if len(types) == 1 else (inferred_type(node) if not types else None)
        if type_name == "object" and (node.get("properties") or node.get("additionalProperties") is False):
            return "model"
        return "alias"

    def component(self, name: str, node: Node, pointer: str) -> Schema:
        """The named schema of `components/schemas/<name>`."""
        kind = self.component_kind(name)
        if not isinstance(node, dict):
            if node is not True:
                self.ctx.warn(pointer, "not a schema object; typed as any value", code="ir-schema")
            return AliasSchema(name, pointer, None, None, False, MISSING, prim.ANY)
        if "$ref" in node:
            return self._alias(name, node, pointer, self._component_ref(name, node, pointer))
        if kind == "enum":
            return prim.enum_schema(self.ctx, name, node, pointer)
        if kind in ("model", "union") and any(k in node for k in _COMPOSITION):
            named = self.composer.named(name, node, pointer)
            if named is not None:
                return named
        if kind == "model":
            if "discriminator" in node and not any(k in node for k in ("oneOf", "anyOf")):
                self.ctx.warn(join(pointer, "discriminator"), "a discriminator without oneOf/anyOf (allOf "
                              "inheritance) is not used: payloads parse as this schema, not as its subtypes",
                              "list the subtypes in a oneOf with the discriminator", code="ir-discriminator")
            return self.model_from_node(name, node, pointer)
        return self._alias(name, node, pointer, self.type_of(node, pointer, name))

    def _component_ref(self, name: str, node: dict[str, Node], pointer: str) -> IRType:
        """A component that is only a `$ref` (an alias); a loop of such is an error."""
        seen = [name]
        current: Node = node
        while isinstance(current, dict) and "$ref" in current:
            try:
                target = component_name(self.ctx.ref_pointer(current["$ref"]))
            except RefError:
                break
            if target is None:
                break
            if target in seen:
                self.ctx.error(pointer, "$ref loop: " + " -> ".join(seen + [target]),
                               "make one of the schemas a real definition", code="ir-ref-loop")
                return prim.ANY
            seen.append(target)
            current = self.components.get(target)
        return self.type_of(node, pointer, name)

    @staticmethod
    def _either(first: IRType, others: list[IRType]) -> IRType:
        """A property typed by several union members: any of their types (null allowed if any allows it)."""
        nullable = False
        variants: list[IRType] = []
        for t in (first, *others):
            if isinstance(t, NullableType):
                nullable, t = True, t.inner
            if t not in variants:
                variants.append(t)
        either = variants[0] if len(variants) == 1 else UnionType(tuple(variants), exclusive=False)
        return NullableType(either) if nullable else either

    @staticmethod
    def _alias(name: str, node: dict[str, Node], pointer: str, target: IRType) -> AliasSchema:
        return AliasSchema(name, pointer, *prim.base_fields(node), target)

    def model_from_node(self, name: str, node: dict[str, Node], pointer: str) -> ModelSchema:
        return self.model_from_flat(name, node, pointer, self.composer.flatten(node, pointer, name))

    def model_from_flat(self, name: str, node: dict[str, Node], pointer: str, flat: Flat) -> ModelSchema:
        props = []
        for wire, source in flat.properties.items():
            pnode = source.node
            ptype = self.type_of(pnode, source.pointer, child(source.owner, wire))
            if source.alternatives:
                ptype = self._either(ptype, [self.type_of(alt.node, alt.pointer, child(alt.owner, wire))
                                             for alt in source.alternatives])
            p = pnode if isinstance(pnode, dict) else {}
            props.append(Property(
                name=wire,
                type=ptype,
                required=wire in flat.required,
                description=prim.text(p, "description"),
                title=prim.text(p, "title"),
                default=to_json_value(p["default"]) if "default" in p else MISSING,
                example=prim.example_of(p),
                read_only=p.get("readOnly") is True,
                write_only=p.get("writeOnly") is True,
                deprecated=p.get("deprecated") is True,
                pointer=source.pointer,
            ))
        additional: IRType | None = None
        if isinstance(flat.additional, dict) and flat.additional:
            additional = self.type_of(flat.additional, flat.additional_pointer, name + "Value")
        elif flat.additional is True or flat.additional == {}:
            additional = prim.ANY
        return ModelSchema(
            name,
            pointer,
            *prim.base_fields(node),
            properties=tuple(props),
            additional=additional,
            closed=flat.additional is False,
            parents=tuple(flat.parents),
        )


__all__ = ["SchemaBuilder", "PrimitiveKind", "wrap_nullable"]
