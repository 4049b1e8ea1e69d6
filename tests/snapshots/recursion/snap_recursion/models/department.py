from __future__ import annotations

from .._base import Model


class Department(Model):

    name: str
    children: list[Department] | None = None
    head: Employee | None = None


from .employee import Employee
