from __future__ import annotations

from .._base import Model


class UploadPhotoRequestBody(Model):

    photo: bytes | None = None
    thumbnail: bytes | None = None
    caption: str | None = None
    meta: Owner | None = None
    legacy: Owner | None = None
    raw: bytes | None = None


from .owner import Owner
