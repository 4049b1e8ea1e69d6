from __future__ import annotations

from .._base import OpenStrEnum


class ParameterActionDescribeStores(OpenStrEnum):
    DESCRIBE_STORES = "DescribeStores"
