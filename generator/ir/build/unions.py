"""oneOf and anyOf: `UnionSchema` when named, `UnionType` inline.

- Object members without a name are hoisted as `<Parent>OneOf<n>` /
  `<Parent>AnyOf<n>` (1-based).  A `{type: 'null'}` member makes the union
  nullable instead of being a variant; a union left with one variant is
  that variant; equal variants are listed once.
- Discriminator: the explicit mapping first (values normalised to schema
  names, `#/components/schemas/X` and bare `X` alike), then the implicit
  mapping for each `$ref` variant not mapped explicitly: the one value its
  tag property allows (`type: {enum: [track]}`: it can carry no other), else
  its schema name.  Mapping targets that are not components are warnings.  Without one, a
  tag property every variant carries is the discriminator (`tags`).
- oneOf/anyOf beside `properties` is handled by composition.py (the object
  wins).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import Discriminator, IRType, NullableType, RefType, UnionSchema, UnionType
from . import primitives as prim
from .context import Node, RefError, component_name, join
from .tags import implicit_discriminator, own_tag

if TYPE_CHECKING:
    from .schemas import SchemaBuilder


class Unions:
    def __init__(self, builder: "SchemaBuilder") -> None:
        self.b = builder
        self.ctx = builder.ctx

    @staticmethod
    def is_null_schema(node: Node) -> bool:
        return isinstance(node, dict) and (node.get("type") == "null" or node.get("enum") == [None]) \
            and not any(k in node for k in ("properties", "items", "$ref"))

    def named(self, name: str, node: dict[str, Node], pointer: str) -> UnionSchema | None:
        key = "oneOf" if isinstance(node.get("oneOf"), list) else "anyOf"
        if not isinstance(node.get(key), list):
            return None
        variants, nullable = self.variants(node, pointer, name, key)
        return UnionSchema(
            name,
            pointer,
            *prim.base_fields(node),
            variants=variants,
            discriminator=self._discriminator(node, pointer, variants),
            exclusive=key == "oneOf",
            nullable=nullable or node.get("nullable") is True,
        )

    def union_type(self, node: dict[str, Node], pointer: str, hint: str) -> IRType:
        key = "oneOf" if isinstance(node.get("oneOf"), list) else "anyOf"
        if not isinstance(node.get(key), list):
            self.ctx.warn(pointer, f"{key} is not a list; typed as any value", code="ir-union")
            return prim.ANY
        variants, nullable = self.variants(node, pointer, hint, key)
        result: IRType
        if not variants:
            result = prim.NULL if nullable else prim.ANY
            return result
        if len(variants) == 1:
            result = variants[0]
        else:
            result = UnionType(variants, self._discriminator(node, pointer, variants), key == "oneOf")
        if nullable and not isinstance(result, NullableType):
            result = NullableType(result)
        return result

    def variants(self, node: dict[str, Node], pointer: str, hint: str, key: str) -> tuple[tuple[IRType, ...], bool]:
        members = node[key]
        if isinstance(node.get("oneOf"), list) and isinstance(node.get("anyOf"), list):
            self.ctx.warn(join(pointer, "anyOf"), "oneOf and anyOf together: anyOf ignored", code="ir-union")
        label = "OneOf" if key == "oneOf" else "AnyOf"
        variants: list[IRType] = []
        nullable = False
        for index, member in enumerate(members):
            if self.is_null_schema(member):
                nullable = True
                continue
            mtype = self.b.type_of(member, join(pointer, key, index), f"{hint}{label}{index + 1}")
            if isinstance(mtype, NullableType):
                nullable = True
                mtype = mtype.inner
            if mtype not in variants:
                variants.append(mtype)
        return tuple(variants), nullable

    def _discriminator(self, node: dict[str, Node], pointer: str,
                       variants: tuple[IRType, ...]) -> Discriminator | None:
        raw = node.get("discriminator")
        if raw is None:
            return implicit_discriminator(self.ctx, self.b.names.node_of, variants)
        dpointer = join(pointer, "discriminator")
        if not isinstance(raw, dict) or not isinstance(raw.get("propertyName"), str):
            self.ctx.warn(dpointer, "discriminator without a propertyName string; ignored", code="ir-discriminator")
            return None
        mapping: list[tuple[str, str]] = []
        raw_mapping = raw.get("mapping")
        if isinstance(raw_mapping, dict):
            for value, target in raw_mapping.items():
                schema = self._mapping_target(target)
                if schema is None:
                    self.ctx.warn(join(dpointer, "mapping", value),
                                  f"discriminator mapping target {target!r} is not a components/schemas entry; ignored",
                                  code="ir-discriminator")
                    continue
                mapping.append((str(value), schema))
        elif raw_mapping is not None:
            self.ctx.warn(join(dpointer, "mapping"), "mapping is not an object; ignored", code="ir-discriminator")
        mapped = {schema for _, schema in mapping}
        values = {value for value, _ in mapping}
        nameless: list[str] = []
        for variant in variants:
            if isinstance(variant, RefType) and variant.name not in mapped:
                own = own_tag(self.ctx, self.b.names.node_of(variant.name), raw["propertyName"])
                value = own if own is not None and own not in values else variant.name
                if value == variant.name and variant.name not in self.b.components:
                    nameless.append(variant.name)
                mapping.append((value, variant.name))
                mapped.add(variant.name)
                values.add(value)
        if nameless:
            # an inline variant has no name a payload could carry: a tag could never pick it
            self.ctx.warn(dpointer, f"the discriminator cannot tell {len(nameless)} inline variant(s) apart: they "
                          "are not in the mapping and their tag property allows more than one value; the union "
                          "is matched by shape", "map each tag value to a components/schemas entry",
                          code="ir-discriminator")
            return implicit_discriminator(self.ctx, self.b.names.node_of, variants)
        return Discriminator(raw["propertyName"], tuple(mapping))

    def _mapping_target(self, target: object) -> str | None:
        if not isinstance(target, str):
            return None
        if target.startswith("#"):
            try:
                name = component_name(self.ctx.ref_pointer(target))
            except RefError:
                return None
        else:
            name = target
        return name if name in self.b.components else None
