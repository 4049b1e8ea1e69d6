from __future__ import annotations

from .._base import Model


class CreateNoteRequestBody(Model):

    text: str
    labels: list[str] | None = None
    owner: Owner | None = None
    attachments: list[bytes] | None = None


from .owner import Owner
