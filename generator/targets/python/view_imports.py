"""Imports as values: collected from types, grouped and sorted for templates."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from .layout import fits
from ...records import Record
from .typemap import Import




class ImportLine(Record):
    """`from <module> import <clauses>`, preceded by `indent` (inside a block)."""

    module: str
    clauses: tuple[str, ...]
    indent: str = ""

    @property
    def wrapped(self) -> bool:
        """Too long for one line: one clause per line in parentheses."""
        return not fits(f"{self.indent}from {self.module} import {', '.join(self.clauses)}")


def import_lines(imports: Iterable[Import], indent: str = "") -> tuple[ImportLine, ...]:
    """One line per module: absolute modules first, then relative ones, each sorted."""
    by_module: dict[str, set[str]] = defaultdict(set)
    for imp in imports:
        by_module[imp.module].add(imp.clause)
    order = sorted(by_module, key=lambda m: (m.startswith("."), m))
    return tuple(ImportLine(m, tuple(sorted(by_module[m])), indent) for m in order)
