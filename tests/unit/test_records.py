"""`generator.records.Record`: the frozen records the IR, views and results are made of."""

from __future__ import annotations

import pickle

import pytest

from generator.ir import model as m
from generator.records import Record, field, fields, replace


class Point(Record):
    x: int
    y: int = 0
    tags: tuple[str, ...] = field(default_factory=tuple)


class Labelled(Point, order=True):
    label: str = ""


def test_a_record_is_frozen_with_value_equality_and_hash() -> None:
    p = Point(1, tags=("a",))
    with pytest.raises(AttributeError):
        p.x = 2  # type: ignore[misc]
    assert p == Point(1, 0, ("a",)) and hash(p) == hash(Point(1, 0, ("a",)))
    assert p != Point(2) and p != Labelled(1, tags=("a",))  # another class is never equal
    assert repr(p) == "Point(x=1, y=0, tags=('a',))"  # `ir.digest` hashes reprs: every field, in order


def test_subclasses_stay_frozen_and_keep_their_options() -> None:
    a, b = Labelled(2, label="b"), Labelled(1, label="z")
    with pytest.raises(AttributeError):
        a.label = "c"  # type: ignore[misc]
    assert sorted([a, b]) == [b, a]
    assert [f.name for f in fields(Labelled)] == ["x", "y", "tags", "label"]


def test_replace_copies_and_pickle_round_trips() -> None:
    p = Labelled(1, label="a")
    q = replace(p, label="b")
    assert (p.label, q.label, q.x) == ("a", "b", 1)
    assert pickle.loads(pickle.dumps(q)) == q  # findings cross from the validator child pickled


def test_the_api_index_of_schemas_is_not_part_of_its_value() -> None:
    schema = m.AliasSchema(name="Id", pointer="#/components/schemas/Id", description=None, title=None,
                           deprecated=False, example=m.MISSING, target=m.PrimitiveType(m.PrimitiveKind.STRING))
    made = [m.Api(title="t", version="1", description=None, openapi_version="3.0.3", servers=(),
                  security_schemes=(), operations=(), schemas=(schema,), tags=()) for _ in range(2)]
    assert made[0].schema("Id") is schema  # builds the index of the first one only
    assert made[0] == made[1] and repr(made[0]) == repr(made[1])
