from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING
from .. import models as _m
from .._runtime import Operation, Param, Timeout, data_only, data_only_async
from ..api_client import ApiClient, AsyncApiClient
from ..api_response import ApiResponse

if TYPE_CHECKING:
    from ..models.report import Report

__all__ = ["ReportsApi", "AsyncReportsApi"]

_GET_REPORT = Operation(
    "GET",
    "/reports/{reportId}",
    params=(Param("reportId", "path"),),
    responses=lambda: {
        "200": {
            "application/json": _m.Report,
        },
    },
)


class ReportsApi:
    """Operations tagged 'reports'."""

    def __init__(self, api_client: ApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else ApiClient()

    def get_report_with_http_info(
        self,
        report_id: str,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[Report]:
        """GET /reports/{reportId}

        `get_report` returns the response's data; `get_report_with_http_info` returns the whole `ApiResponse` (status code, headers, raw body and data).
        """
        return self.api_client.call(
            _GET_REPORT,
            {
                "reportId": report_id,
            },
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    get_report = data_only(get_report_with_http_info)


class AsyncReportsApi:
    """Operations tagged 'reports'."""

    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else AsyncApiClient()

    async def get_report_with_http_info(
        self,
        report_id: str,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[Report]:
        """GET /reports/{reportId}

        Awaitable form of `ReportsApi.get_report_with_http_info` and `ReportsApi.get_report`, which document it.
        """
        return await self.api_client.call(
            _GET_REPORT,
            {
                "reportId": report_id,
            },
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    get_report = data_only_async(get_report_with_http_info)
