from __future__ import annotations

from .._base import Model


class Flag(Model):

    key: str
    value: int | float | str
    threshold: int | bool | None = None
    targets: str | list[str] | None = None
    weight: int | float | str | None = None
    rule: str | Rule | None = None
    history: list[int | str] | None = None


from .rule import Rule
