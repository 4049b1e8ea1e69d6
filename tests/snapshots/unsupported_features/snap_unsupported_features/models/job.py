from __future__ import annotations

from typing import Any
from .._base import Model


class Job(Model):

    id: str
    callback_url: str | None = None
    range: list[Any] | None = None
    forbidden: Any = None
    target: JobTarget | None = None


from .job_target import JobTarget
