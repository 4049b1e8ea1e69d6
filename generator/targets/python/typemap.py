"""IR types -> Python annotations: a table for primitives, rules for the rest.

`PyType` is an annotation already written as text, with what it needs:
the imports (`Import` values) and the named schemas it refers to, so the
view can place those imports (models late, to allow recursion).

Named aliases and unions (`AliasSchema`, `UnionSchema`) are inlined where
they are used (`list[Order]` rather than a wrapper class), so a field, a
parameter or a response has the plain type a user expects; their own
modules still define a `RootModel` for direct use.  A cycle through
aliases only is cut with `Any`.
"""

from __future__ import annotations

from typing import Callable, Mapping

from ...ir.model import (
    AliasSchema,
    ArrayType,
    ConstType,
    Discriminator,
    EnumSchema,
    IRType,
    MapType,
    ModelSchema,
    NullableType,
    PrimitiveKind,
    PrimitiveType,
    RefType,
    Schema,
    UnionSchema,
    UnionType,
)
from .literals import pyrepr
from ...records import Record, Struct, field

__all__ = ["Import", "PyType", "PRIMITIVES", "MODELS_PACKAGE", "TypeMapper", "optional", "plain_booleans", "union"]

#: the generated package's own modules, as imported from a module one level
#: down (`<pkg>/models/x.py`, `<pkg>/api/x.py`)
BASE_MODULE = ".._base"


class Import(Record, order=True):
    """`from <module> import <name> [as <alias>]`; module absolute or relative (`.x`).

    Helpers whose plain names could be a spec's model or field name are
    imported under a private alias (`Tag as _Tag`).
    """

    module: str
    name: str
    alias: str = ""

    @property
    def clause(self) -> str:
        return f"{self.name} as {self.alias}" if self.alias else self.name


#: the package's lazy `models` package (its `__init__` imports a model on first
#: attribute access), as API modules import it to name models at run time
MODELS_PACKAGE = Import("..", "models", "_m")


class PyType(Record):
    """An annotation as union members (`("Order", "None")` is `Order | None`)."""

    members: tuple[str, ...]
    imports: frozenset[Import] = frozenset()
    #: wire names of the named schemas this type mentions
    refs: frozenset[str] = frozenset()
    #: how a reader is shown each member, where that is not the member itself (a union picked by a
    #: discriminator is `A | B` to a reader); empty: as the members
    shown: tuple[str, ...] = ()

    @property
    def annotation(self) -> str:
        return " | ".join(self.members)

    @property
    def display(self) -> str:
        """The annotation as the docs show it."""
        return " | ".join(dict.fromkeys(self.shown or self.members))

    @property
    def nullable(self) -> bool:
        return "None" in self.members or self.members == ("Any",)

    def wrap(self, template: str, *extra: Import) -> PyType:
        """This type inside a generic: `template` has one `{}`."""
        shown = (template.format(self.display),) if self.shown else ()
        return PyType((template.format(self.annotation),), self.imports | frozenset(extra), self.refs, shown)


def _t(annotation: str, *imports: Import) -> PyType:
    return PyType((annotation,), frozenset(imports))


_ANY_IMPORT = Import("typing", "Any")
ANY = _t("Any", _ANY_IMPORT)
NONE = _t("None")
STR = _t("str")
BYTES = _t("bytes")

#: (kind, format) -> type; (kind, None) is the fallback for unknown formats
PRIMITIVES: Mapping[tuple[PrimitiveKind, str | None], PyType] = {
    (PrimitiveKind.STRING, None): STR,
    (PrimitiveKind.STRING, "date"): _t("date", Import("datetime", "date")),
    (PrimitiveKind.STRING, "date-time"): _t("datetime", Import("datetime", "datetime")),
    (PrimitiveKind.INTEGER, None): _t("int"),
    # int first: JSON has one number type, so an integer stays an int (exact past
    # 2**53, and sent back as it came); mypy reads `float` as taking ints anyway
    (PrimitiveKind.NUMBER, None): PyType(("int", "float")),
    (PrimitiveKind.BOOLEAN, None): _t("bool"),
    (PrimitiveKind.BINARY, None): BYTES,
    (PrimitiveKind.ANY, None): ANY,
    (PrimitiveKind.NULL, None): NONE,
}

#: JSON scalar types a `Literal[...]` may hold (others are typed by the table)
_LITERAL_TYPES = (str, int, bool)


def primitive(kind: PrimitiveKind, fmt: str | None) -> PyType:
    return PRIMITIVES.get((kind, fmt)) or PRIMITIVES[(kind, None)]


def plain_booleans(schema: EnumSchema) -> bool:
    """Whether an enum keeps its boolean values as plain `bool` rather than members.

    In Python `True == 1` and `False == 0`: an Enum class listing `1` and `true`
    makes one member an alias of the other and loses the boolean.  An enum that
    mixes booleans with other values therefore has members for the others only
    and is typed `TheEnum | bool` wherever it is used.
    """
    kinds = {type(v) is bool for v in schema.values if v is not None}
    return kinds == {True, False}


def union(types: list[PyType]) -> PyType:
    """`A | B`, flattened and de-duplicated in order; `Any` absorbs the rest."""
    shown: dict[str, str] = {}  # member -> what a reader is shown
    for t in types:
        if t.members == ANY.members:
            return PyType(ANY.members, ANY.imports | _merge_imports(types), _merge_refs(types))
        for member, display in zip(t.members, t.shown or t.members):
            shown.setdefault(member, display)
    if "None" in shown:  # keep None last, as people write it
        shown["None"] = shown.pop("None")
    members = tuple(shown)
    displays = tuple(shown.values())
    return PyType(members, _merge_imports(types), _merge_refs(types), displays if displays != members else ())


def optional(t: PyType) -> PyType:
    """`T | None` (unchanged when None is already allowed)."""
    return t if t.nullable else PyType((*t.members, "None"), t.imports, t.refs, (*t.shown, "None") if t.shown else ())


def _merge_imports(types: list[PyType]) -> frozenset[Import]:
    return frozenset().union(*(t.imports for t in types))


def _merge_refs(types: list[PyType]) -> frozenset[str]:
    return frozenset().union(*(t.refs for t in types))


class TypeMapper(Struct):
    """Maps IR types of one API to `PyType`s; `class_name` names schemas.

    An alias of a model (`OrdersCreateResponseBody: {allOf: [$ref: Order]}`)
    has its own class, a subclass of the model; `keep_model_aliases` names
    that class (API signatures, as the reference documents them), otherwise
    the model itself is used (model fields: model modules never import an
    alias module, which keeps their import graph free of cycles).
    """

    schema: Callable[[str], Schema]
    class_name: Callable[[str], str]
    keep_model_aliases: bool = False
    _inlining: set[str] = field(default_factory=set)
    _cache: dict[IRType, PyType] = field(default_factory=dict)

    def through_models_package(self) -> TypeMapper:
        """This mapper's twin that spells classes as attributes of `MODELS_PACKAGE` (`_m.Order`).

        That is the run-time spelling in API modules: evaluated only when an
        operation first needs its types, it imports just the models named.
        """
        return TypeMapper(self.schema, lambda name: f"{MODELS_PACKAGE.alias}.{self.class_name(name)}",
                          self.keep_model_aliases)

    def map(self, t: IRType) -> PyType:
        cached = self._cache.get(t)
        if cached is None:
            cached = self._map(t)
            if not self._inlining:  # results inside a cycle depend on the path
                self._cache[t] = cached
        return cached

    def _map(self, t: IRType) -> PyType:
        if isinstance(t, PrimitiveType):
            return primitive(t.kind, t.format)
        if isinstance(t, ArrayType):
            return self.map(t.items).wrap("list[{}]")
        if isinstance(t, MapType):
            return self.map(t.values).wrap("dict[str, {}]")
        if isinstance(t, NullableType):
            return union([self.map(t.inner), NONE])
        if isinstance(t, ConstType):
            return self._const(t)
        if isinstance(t, UnionType):
            return self.union_of(t.variants, t.discriminator)
        return self.ref(t.name)

    def _const(self, t: ConstType) -> PyType:
        if t.value is None:
            return NONE
        if isinstance(t.value, _LITERAL_TYPES):
            return _t(f"Literal[{pyrepr(t.value)}]", Import("typing", "Literal"))
        if isinstance(t.value, float):
            return _t("float")
        return ANY

    def resolve(self, t: IRType) -> IRType:
        """`t` with references to aliases followed (a model or enum ref stays)."""
        seen: set[str] = set()
        while isinstance(t, RefType) and t.name not in seen:
            schema = self.schema(t.name)
            if not isinstance(schema, AliasSchema):
                break
            seen.add(t.name)
            t = schema.target
        return t

    def aliased_model(self, schema: Schema) -> str | None:
        """The model an alias schema stands for, following alias chains; else None."""
        if not isinstance(schema, AliasSchema):
            return None
        target = self.resolve(schema.target)
        if isinstance(target, RefType) and isinstance(self.schema(target.name), ModelSchema):
            return target.name
        return None

    def ref(self, name: str) -> PyType:
        """A named schema: models and enums by class, aliases and unions inlined."""
        schema = self.schema(name)
        own = PyType((self.class_name(name),), refs=frozenset({name}))
        if isinstance(schema, ModelSchema):
            return own
        if isinstance(schema, EnumSchema):
            if schema.base == PrimitiveKind.NULL:
                return NONE
            if plain_booleans(schema):  # the enum first: pydantic's lax mode would make 0 a bool
                own = union([own, PRIMITIVES[(PrimitiveKind.BOOLEAN, None)]])
            return union([own, NONE]) if schema.nullable else own
        if self.keep_model_aliases and self.aliased_model(schema) is not None:
            return own
        if name in self._inlining:
            return ANY
        self._inlining.add(name)
        try:
            return self.definition(schema)
        finally:
            self._inlining.discard(name)

    def definition(self, schema: AliasSchema | UnionSchema | Schema) -> PyType:
        """What an alias or union schema stands for (its RootModel's type)."""
        if isinstance(schema, AliasSchema):
            return self.map(schema.target)
        if isinstance(schema, UnionSchema):
            inner = self.union_of(schema.variants, schema.discriminator)
            return union([inner, NONE]) if schema.nullable else inner
        if isinstance(schema, EnumSchema) and schema.base == PrimitiveKind.NULL:
            return NONE
        return PyType((self.class_name(schema.name),), refs=frozenset({schema.name}))

    def union_of(self, variants: tuple[IRType, ...], disc: Discriminator | None) -> PyType:
        if disc is not None and variants and all(self._is_model_ref(v) for v in variants):
            return self._tagged(variants, disc)
        if len(variants) > 1 and all(self._is_model_ref(v) for v in variants):
            return self._by_fit(variants)
        if len(variants) > 1 and all(self._is_enum_class(v) for v in variants):
            listed = self._by_listing(variants)
            schemas = [self.schema(v.name) for v in variants if isinstance(v, RefType)]
            nullable = any(isinstance(e, EnumSchema) and e.nullable for e in schemas)
            return union([listed, NONE]) if nullable else listed
        return union([self.map(v) for v in variants])

    def _is_model_ref(self, t: IRType) -> bool:
        return isinstance(t, RefType) and isinstance(self.schema(t.name), ModelSchema)

    def _is_enum_class(self, t: IRType) -> bool:
        """An enum typed as its class (or its class or None): not null-only, not beside plain booleans."""
        schema = self.schema(t.name) if isinstance(t, RefType) else None
        return isinstance(schema, EnumSchema) and schema.base != PrimitiveKind.NULL and not plain_booleans(schema)

    def _by_listing(self, variants: tuple[IRType, ...]) -> PyType:
        """`Annotated[Annotated[A, Tag('0')] | ..., listed_in(A, ...)]`: enums accept values they do not
        list, so the union picks the one that lists a value (`_base.listed_in`)."""
        return self._by_position(variants, "listed_in")

    def _by_fit(self, variants: tuple[IRType, ...]) -> PyType:
        """`Annotated[Annotated[A, Tag('0')] | ..., best_fit(A, ...)]`: models accept keys they do not declare,
        so the union picks the one a value's keys fit best (`_base.best_fit`)."""
        return self._by_position(variants, "best_fit")

    def _by_position(self, variants: tuple[IRType, ...], picker: str) -> PyType:
        """A union of named classes that `_base.<picker>(A, ...)` chooses from; tags are their positions."""
        names = list(dict.fromkeys(v.name for v in variants if isinstance(v, RefType)))
        if len(names) == 1:
            return self.map(variants[0])
        classes = [self.class_name(n) for n in names]
        return _picked_union([(c, str(i)) for i, c in enumerate(classes)], f"_{picker}({', '.join(classes)})",
                             Import(BASE_MODULE, picker, f"_{picker}"), names)

    def _tagged(self, variants: tuple[IRType, ...], disc: Discriminator) -> PyType:
        """`Annotated[Annotated[A, Tag('A')] | ..., discriminator(prop, {value: 'A'}, {'A': A})]`: a value
        without the tag goes to the variant it fits best."""
        names = [v.name for v in variants if isinstance(v, RefType)]
        mapping = ", ".join(f"{pyrepr(value)}: {pyrepr(target)}" for value, target in disc.mapping if target in names)
        classes = ", ".join(f"{pyrepr(n)}: {self.class_name(n)}" for n in names)
        return _picked_union([(self.class_name(n), n) for n in names],
                             f"_discriminator({pyrepr(disc.property_name)}, {{{mapping}}}, {{{classes}}})",
                             Import(BASE_MODULE, "discriminator", "_discriminator"), names)


def _picked_union(members: list[tuple[str, str]], picker: str, picker_import: Import, refs: list[str]) -> PyType:
    """`Annotated[Union[Annotated[Class, _Tag(tag)], ...], picker]`: a union whose member `picker` (a pydantic
    `Discriminator`) chooses by tag; `members` are (class, tag) pairs, `refs` the schemas they name.
    A reader is shown `Class | ...`."""
    tags = ", ".join(f"Annotated[{cls}, _Tag({pyrepr(tag)})]" for cls, tag in members)
    imports = {Import("typing", "Annotated"), Import("typing", "Union"), Import("pydantic", "Tag", "_Tag"),
               picker_import}
    return PyType((f"Annotated[Union[{tags}], {picker}]",), frozenset(imports), frozenset(refs),
                  (" | ".join(dict.fromkeys(cls for cls, _ in members)),))
