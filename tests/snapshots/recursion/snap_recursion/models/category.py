from __future__ import annotations

from .._base import Model


class Category(Model):
    """Recursion through allOf inheritance."""

    name: str
    parent: Category | None = None
    subcategories: list[Category] | None = None
