from __future__ import annotations

from pydantic import Tag as _Tag
from typing import Annotated, Union
from .._base import Model, discriminator as _discriminator


class Attachment(Model):
    """The tag sits beside the union, in a property its variants do not declare (as Linode's)."""

    type: str | None = None
    data: (
        Annotated[
            Union[Annotated[Domain, _Tag("Domain")], Annotated[Volume, _Tag("Volume")]],
            _discriminator(
                "type",
                {"Domain": "Domain", "Volume": "Volume"},
                {"Domain": Domain, "Volume": Volume},
            ),
        ]
        | None
    ) = None


from .domain import Domain
from .volume import Volume
