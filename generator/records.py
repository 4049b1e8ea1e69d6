"""`Record`: the frozen, typed value class the IR, the views and every stage's results are made of.

    class Server(Record):
        url: str
        description: str = ""

A `Record` subclass is a `msgspec.Struct` with `frozen=True`: typed fields,
positional or keyword construction, equality and hashing over its fields, a
`Name(field=value, ...)` repr, no attribute set after construction.  It is what
`@dataclass(frozen=True, slots=True)` gives, and type checkers read it the
same way (msgspec declares `dataclass_transform`).

Why msgspec rather than dataclasses: the standard library builds each
dataclass's methods from source text and compiles every one (`exec`), about
0.5 ms per class on Python 3.11.  The tool has over a hundred of them, so
that was about 60 ms of every command, more than half of importing our own
modules.  A Struct class is built in C in about 12 µs, and its instances are
also built several times faster, which counts on big specs (tens of
thousands of IR nodes).

`field(default_factory=...)`, `replace(record, name=value)` and
`fields(record_or_class)` are the counterparts of the dataclasses functions
(`field_names` gives the names alone, without resolving the annotations).
Options go in the class line: `class Entry(Record, order=True)`; a mutable
record is a plain `msgspec.Struct` (`Struct` here).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from msgspec import Struct, field
from msgspec.structs import fields, replace

__all__ = ["Record", "Struct", "field", "field_names", "fields", "replace"]


def field_names(record: Struct | type[Struct]) -> tuple[str, ...]:
    """The names of a record's fields, in order: cheap, where `fields` also resolves their types."""
    return record.__struct_fields__

if TYPE_CHECKING:
    from typing_extensions import dataclass_transform
else:

    def dataclass_transform(**_: object):  # for type checkers only (typing has it from Python 3.11)
        return lambda cls: cls


#: `frozen_default`: type checkers take every subclass as frozen too, as msgspec makes it
@dataclass_transform(frozen_default=True, field_specifiers=(field,))
class Record(Struct, frozen=True):
    """Base of every frozen record (see the module's docstring)."""
