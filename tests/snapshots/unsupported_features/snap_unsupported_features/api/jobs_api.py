from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, TYPE_CHECKING
from .. import models as _m
from .._runtime import Operation, Param, Timeout, data_only, data_only_async
from ..api_client import ApiClient, AsyncApiClient
from ..api_response import ApiResponse

if TYPE_CHECKING:
    from ..models.job import Job

__all__ = ["JobsApi", "AsyncJobsApi"]

_CREATE_JOB = Operation(
    "POST",
    "/jobs",
    body=lambda: {
        "application/json": _m.Job,
    },
    responses=lambda: {
        "201": {
            "application/json": _m.Job,
        },
    },
)

_GET_JOB = Operation(
    "GET",
    "/jobs/{jobId}",
    params=(Param("jobId", "path"),),
    responses=lambda: {
        "200": {
            "application/json": _m.Job,
        },
    },
)


class JobsApi:
    """Operations tagged 'jobs'."""

    def __init__(self, api_client: ApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else ApiClient()

    def create_job_with_http_info(
        self,
        *,
        job: Job | dict[str, Any] | None = None,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[Job]:
        """POST /jobs

        `create_job` returns the response's data; `create_job_with_http_info` returns the whole `ApiResponse` (status code, headers, raw body and data).
        """
        return self.api_client.call(
            _CREATE_JOB,
            {},
            job,
            timeout=_request_timeout,
            headers=_headers,
        )

    create_job = data_only(create_job_with_http_info)

    def get_job_with_http_info(
        self,
        job_id: str,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[Job]:
        """GET /jobs/{jobId}

        `get_job` returns the response's data; `get_job_with_http_info` returns the whole `ApiResponse` (status code, headers, raw body and data).
        """
        return self.api_client.call(
            _GET_JOB,
            {
                "jobId": job_id,
            },
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    get_job = data_only(get_job_with_http_info)


class AsyncJobsApi:
    """Operations tagged 'jobs'."""

    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else AsyncApiClient()

    async def create_job_with_http_info(
        self,
        *,
        job: Job | dict[str, Any] | None = None,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[Job]:
        """POST /jobs

        Awaitable form of `JobsApi.create_job_with_http_info` and `JobsApi.create_job`, which document it.
        """
        return await self.api_client.call(
            _CREATE_JOB,
            {},
            job,
            timeout=_request_timeout,
            headers=_headers,
        )

    create_job = data_only_async(create_job_with_http_info)

    async def get_job_with_http_info(
        self,
        job_id: str,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[Job]:
        """GET /jobs/{jobId}

        Awaitable form of `JobsApi.get_job_with_http_info` and `JobsApi.get_job`, which document it.
        """
        return await self.api_client.call(
            _GET_JOB,
            {
                "jobId": job_id,
            },
            None,
            timeout=_request_timeout,
            headers=_headers,
        )

    get_job = data_only_async(get_job_with_http_info)
