from __future__ import annotations

from pydantic import Tag as _Tag
from typing import Annotated, Union
from .._base import RootSchema, discriminator as _discriminator
from .binary_op import BinaryOp
from .literal import Literal_


class Expression(
    RootSchema[
        Annotated[
            Union[
                Annotated[Literal_, _Tag("Literal")],
                Annotated[BinaryOp, _Tag("BinaryOp")],
            ],
            _discriminator(
                "kind",
                {"literal": "Literal", "binary": "BinaryOp"},
                {"Literal": Literal_, "BinaryOp": BinaryOp},
            ),
        ]
    ]
):
    pass
