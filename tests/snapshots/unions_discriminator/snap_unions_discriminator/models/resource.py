from __future__ import annotations

from pydantic import Tag as _Tag
from typing import Annotated, Union
from .._base import RootSchema, best_fit as _best_fit
from .domain import Domain
from .volume import Volume


class Resource(
    RootSchema[
        Annotated[
            Union[Annotated[Domain, _Tag("0")], Annotated[Volume, _Tag("1")]],
            _best_fit(Domain, Volume),
        ]
    ]
):
    """No discriminator and no required field; only the keys a value has tell the variants apart."""
