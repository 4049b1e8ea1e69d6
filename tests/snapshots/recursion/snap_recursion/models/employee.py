from __future__ import annotations

from .._base import Model


class Employee(Model):

    name: str
    department: Department | None = None
    manager: Employee | None = None
    reports_by_id: dict[str, Employee] | None = None


from .department import Department
