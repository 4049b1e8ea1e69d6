from __future__ import annotations

from .._base import Model
from .domain_role import DomainRole


class Domain(Model):

    role: DomainRole | None = None
