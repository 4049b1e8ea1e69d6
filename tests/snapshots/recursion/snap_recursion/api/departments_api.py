from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING
from .. import models as _m
from .._runtime import Operation, Param, Timeout, data_only, data_only_async
from ..api_client import ApiClient, AsyncApiClient
from ..api_response import ApiResponse

if TYPE_CHECKING:
    from ..models.department import Department

__all__ = ["DepartmentsApi", "AsyncDepartmentsApi"]

_GET_DEPARTMENT = Operation(
    "GET",
    "/departments/{departmentId}",
    params=(Param("departmentId", "path"),),
    responses=lambda: {
        "200": {
            "application/json": _m.Department,
        },
    },
)


class DepartmentsApi:
    """Operations tagged 'departments'."""

    def __init__(self, api_client: ApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else ApiClient()

    def get_department_with_http_info(
        self,
        department_id: str,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[Department]:
        """GET /departments/{departmentId}

        `get_department` returns the response's data; `get_department_with_http_info` returns the whole `ApiResponse` (status code, headers, raw body and data).
        """
        return self.api_client.call(
            _GET_DEPARTMENT,
            {
                "departmentId": department_id,
            },
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    get_department = data_only(get_department_with_http_info)


class AsyncDepartmentsApi:
    """Operations tagged 'departments'."""

    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else AsyncApiClient()

    async def get_department_with_http_info(
        self,
        department_id: str,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[Department]:
        """GET /departments/{departmentId}

        Awaitable form of `DepartmentsApi.get_department_with_http_info` and `DepartmentsApi.get_department`, which document it.
        """
        return await self.api_client.call(
            _GET_DEPARTMENT,
            {
                "departmentId": department_id,
            },
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    get_department = data_only_async(get_department_with_http_info)
