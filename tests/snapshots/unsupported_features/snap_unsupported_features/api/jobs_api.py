from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, TYPE_CHECKING
from .. import models as _m
from .._runtime import Operation, Param, Timeout
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

    def create_job(
        self,
        *,
        job: Job | dict[str, Any] | None = None,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> Job:
        """POST /jobs"""
        return self.create_job_with_http_info(
            job=job,
            _request_timeout=_request_timeout,
            _headers=_headers,
        ).data

    def create_job_with_http_info(
        self,
        *,
        job: Job | dict[str, Any] | None = None,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[Job]:
        """Like `create_job`, returning the status code, headers and raw body too."""
        return self.api_client.call(
            _CREATE_JOB,
            {},
            job,
            timeout=_request_timeout,
            headers=_headers,
        )

    def get_job(
        self,
        job_id: str,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> Job:
        """GET /jobs/{jobId}"""
        return self.get_job_with_http_info(
            job_id,
            _request_timeout=_request_timeout,
            _headers=_headers,
        ).data

    def get_job_with_http_info(
        self,
        job_id: str,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[Job]:
        """Like `get_job`, returning the status code, headers and raw body too."""
        return self.api_client.call(
            _GET_JOB,
            {
                "jobId": job_id,
            },
            None,
            timeout=_request_timeout,
            headers=_headers,
        )


class AsyncJobsApi:
    """Operations tagged 'jobs'."""

    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else AsyncApiClient()

    async def create_job(
        self,
        *,
        job: Job | dict[str, Any] | None = None,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> Job:
        """POST /jobs

        Awaitable form of `JobsApi.create_job`, which documents it."""
        return (
            await self.create_job_with_http_info(
                job=job,
                _request_timeout=_request_timeout,
                _headers=_headers,
            )
        ).data

    async def create_job_with_http_info(
        self,
        *,
        job: Job | dict[str, Any] | None = None,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[Job]:
        """Like `create_job`, returning the status code, headers and raw body too."""
        return await self.api_client.call(
            _CREATE_JOB,
            {},
            job,
            timeout=_request_timeout,
            headers=_headers,
        )

    async def get_job(
        self,
        job_id: str,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> Job:
        """GET /jobs/{jobId}

        Awaitable form of `JobsApi.get_job`, which documents it."""
        return (
            await self.get_job_with_http_info(
                job_id,
                _request_timeout=_request_timeout,
                _headers=_headers,
            )
        ).data

    async def get_job_with_http_info(
        self,
        job_id: str,
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[Job]:
        """Like `get_job`, returning the status code, headers and raw body too."""
        return await self.api_client.call(
            _GET_JOB,
            {
                "jobId": job_id,
            },
            None,
            timeout=_request_timeout,
            headers=_headers,
        )
