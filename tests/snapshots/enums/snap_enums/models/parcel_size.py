from __future__ import annotations

from pydantic import Tag as _Tag
from typing import Annotated, Union
from .._base import RootSchema, listed_in as _listed_in
from .box_size import BoxSize
from .letter_size import LetterSize


class ParcelSize(
    RootSchema[
        Annotated[
            Union[Annotated[LetterSize, _Tag("0")], Annotated[BoxSize, _Tag("1")]],
            _listed_in(LetterSize, BoxSize),
        ]
    ]
):
    pass
