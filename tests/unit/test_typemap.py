"""The type table and the composition rules, on hand-built IR types."""

from __future__ import annotations

import pytest

from generator.ir.model import (
    AliasSchema,
    ArrayType,
    ConstType,
    Discriminator,
    EnumSchema,
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
from generator.targets.python.typemap import (
    BASE_MODULE,
    MODELS_PACKAGE,
    PRIMITIVES,
    Import,
    PyType,
    TypeMapper,
    optional,
    plain_booleans,
    union,
)

S, I, N = PrimitiveKind.STRING, PrimitiveKind.INTEGER, PrimitiveKind.NUMBER


def _common(name: str) -> dict:
    return dict(name=name, pointer=f"/components/schemas/{name}", description=None, title=None,
                deprecated=False, example=None)


SCHEMAS: dict[str, Schema] = {
    s.name: s
    for s in (
        ModelSchema(**_common("Cat"), properties=()),
        ModelSchema(**_common("Dog"), properties=()),
        EnumSchema(**_common("Status"), base=S, values=("A",)),
        EnumSchema(**_common("MaybeStatus"), base=S, values=("A",), nullable=True),
        EnumSchema(**_common("Nothing"), base=PrimitiveKind.NULL, values=()),
        EnumSchema(**_common("Mode"), base=PrimitiveKind.ANY, values=("auto", 0, 1, True), nullable=True),
        EnumSchema(**_common("Flag"), base=PrimitiveKind.BOOLEAN, values=(True, False)),
        AliasSchema(**_common("Names"), target=ArrayType(PrimitiveType(S))),
        AliasSchema(**_common("Loop"), target=ArrayType(RefType("Loop"))),
        UnionSchema(**_common("Pet"), variants=(RefType("Cat"), RefType("Dog")),
                    discriminator=Discriminator("petType", (("cat", "Cat"), ("dog", "Dog")))),
        UnionSchema(**_common("Scalar"), variants=(PrimitiveType(N), PrimitiveType(S)), nullable=True),
    )
}


@pytest.fixture()
def mapper() -> TypeMapper:
    return TypeMapper(SCHEMAS.__getitem__, lambda name: name)


@pytest.mark.parametrize(
    ("kind", "fmt", "annotation", "imports"),
    [
        (S, None, "str", set()),
        (S, "uuid", "str", set()),  # unknown formats fall back to the kind
        (S, "date", "date", {Import("datetime", "date")}),
        (S, "date-time", "datetime", {Import("datetime", "datetime")}),
        (I, "int64", "int", set()),
        (N, None, "int | float", set()),  # an integer `number` stays an int (exact past 2**53)
        (N, "double", "int | float", set()),
        (PrimitiveKind.BOOLEAN, None, "bool", set()),
        (PrimitiveKind.BINARY, None, "bytes", set()),
        (PrimitiveKind.ANY, None, "Any", {Import("typing", "Any")}),
        (PrimitiveKind.NULL, None, "None", set()),
    ],
)
def test_primitive_table(mapper: TypeMapper, kind: PrimitiveKind, fmt: str | None, annotation: str,
                         imports: set[Import]) -> None:
    mapped = mapper.map(PrimitiveType(kind, fmt))
    assert (mapped.annotation, set(mapped.imports)) == (annotation, imports)


def test_every_kind_has_a_fallback_row() -> None:
    assert {kind for kind, fmt in PRIMITIVES if fmt is None} == set(PrimitiveKind)


def test_containers_compose(mapper: TypeMapper) -> None:
    t = MapType(ArrayType(NullableType(PrimitiveType(S, "date"))))
    mapped = mapper.map(t)
    assert mapped.annotation == "dict[str, list[date | None]]"
    assert Import("datetime", "date") in mapped.imports


def test_unions_flatten_dedupe_and_put_none_last(mapper: TypeMapper) -> None:
    t = UnionType((NullableType(PrimitiveType(S)), PrimitiveType(I), PrimitiveType(S)))
    assert mapper.map(t).annotation == "str | int | None"
    assert mapper.map(UnionType((PrimitiveType(S), PrimitiveType(PrimitiveKind.ANY)))).annotation == "Any"


def test_nullable_does_not_double_none(mapper: TypeMapper) -> None:
    assert mapper.map(NullableType(NullableType(PrimitiveType(S)))).annotation == "str | None"
    assert optional(mapper.map(NullableType(PrimitiveType(S)))).annotation == "str | None"
    assert optional(mapper.map(PrimitiveType(PrimitiveKind.ANY))).annotation == "Any"


def test_const_becomes_literal(mapper: TypeMapper) -> None:
    mapped = mapper.map(ConstType("it's"))
    assert mapped.annotation == 'Literal["it\'s"]' and Import("typing", "Literal") in mapped.imports
    assert mapper.map(ConstType(None)).annotation == "None"


def test_refs_models_and_enums_by_class_aliases_and_unions_inlined(mapper: TypeMapper) -> None:
    cat = mapper.map(RefType("Cat"))
    assert cat.annotation == "Cat" and cat.refs == {"Cat"}
    assert mapper.map(RefType("MaybeStatus")).annotation == "MaybeStatus | None"
    assert mapper.map(RefType("Nothing")).annotation == "None"
    assert mapper.map(RefType("Names")).annotation == "list[str]"
    assert mapper.map(RefType("Scalar")).annotation == "int | float | str | None"


def test_alias_cycle_is_cut_with_any(mapper: TypeMapper) -> None:
    assert mapper.map(RefType("Loop")).annotation == "list[Any]"


def test_discriminated_union_of_models_is_tagged(mapper: TypeMapper) -> None:
    pet = mapper.map(RefType("Pet"))
    assert pet.annotation == (
        'Annotated[Union[Annotated[Cat, _Tag("Cat")], Annotated[Dog, _Tag("Dog")]], '
        '_discriminator("petType", {"cat": "Cat", "dog": "Dog"}, {"Cat": Cat, "Dog": Dog})]'
    )
    assert pet.refs == {"Cat", "Dog"}
    assert Import("pydantic", "Tag", "_Tag") in pet.imports
    assert pet.display == "Cat | Dog" and mapper.map(ArrayType(RefType("Pet"))).display == "list[Cat | Dog]"


def test_a_union_of_models_without_discriminator_is_picked_by_fit(mapper: TypeMapper) -> None:
    both = mapper.union_of((RefType("Cat"), RefType("Dog"), RefType("Cat")), None)
    assert both.annotation == (
        'Annotated[Union[Annotated[Cat, _Tag("0")], Annotated[Dog, _Tag("1")]], _best_fit(Cat, Dog)]'
    )
    assert Import(BASE_MODULE, "best_fit", "_best_fit") in both.imports
    assert optional(both).display == "Cat | Dog | None"
    assert mapper.union_of((RefType("Cat"), RefType("Cat")), None).annotation == "Cat"


def test_resolve_follows_aliases_only(mapper: TypeMapper) -> None:
    assert mapper.resolve(RefType("Names")) == ArrayType(PrimitiveType(S))
    assert mapper.resolve(RefType("Cat")) == RefType("Cat")


def test_union_helper_keeps_imports_and_refs() -> None:
    a = PyType(("A",), frozenset({Import("x", "A")}), frozenset({"A"}))
    b = PyType(("None",))
    merged = union([a, b])
    assert merged.annotation == "A | None" and merged.refs == {"A"} and merged.imports == a.imports


def test_enum_mixing_booleans_with_other_values_keeps_them_plain_bool(mapper: TypeMapper) -> None:
    # True == 1 in Python: as members, `true` would become an alias of `1`
    assert plain_booleans(SCHEMAS["Mode"])  # type: ignore[arg-type]
    assert not plain_booleans(SCHEMAS["Flag"]) and not plain_booleans(SCHEMAS["Status"])  # type: ignore[arg-type]
    assert mapper.map(RefType("Mode")).annotation == "Mode | bool | None"  # the enum first: lax mode keeps 0 an int
    assert mapper.map(RefType("Flag")).annotation == "Flag"


def test_models_package_twin_qualifies_every_class_and_nothing_else(mapper: TypeMapper) -> None:
    """The run-time spelling of API modules: classes through the lazy models package."""
    lazy = mapper.through_models_package()
    assert MODELS_PACKAGE == Import("..", "models", "_m")
    t = MapType(ArrayType(NullableType(RefType("Cat"))))
    assert lazy.map(t).annotation == "dict[str, list[_m.Cat | None]]"
    assert (lazy.map(t).refs, lazy.map(t).imports) == (mapper.map(t).refs, mapper.map(t).imports)
    assert lazy.map(RefType("Mode")).annotation == "_m.Mode | bool | None"
    assert lazy.map(RefType("Names")).annotation == "list[str]"  # aliases stay inlined
    assert lazy.map(RefType("Pet")).annotation == (
        'Annotated[Union[Annotated[_m.Cat, _Tag("Cat")], Annotated[_m.Dog, _Tag("Dog")]], '
        '_discriminator("petType", {"cat": "Cat", "dog": "Dog"}, {"Cat": _m.Cat, "Dog": _m.Dog})]'
    )
    assert mapper.map(RefType("Cat")).annotation == "Cat"  # the original mapper is unchanged
