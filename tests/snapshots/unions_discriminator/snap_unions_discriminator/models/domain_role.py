from __future__ import annotations

from .._base import OpenStrEnum


class DomainRole(OpenStrEnum):
    MASTER = "master"
    SLAVE = "slave"
