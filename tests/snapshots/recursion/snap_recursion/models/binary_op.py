from __future__ import annotations

from pydantic import Tag as _Tag
from typing import Annotated, Union
from .._base import Model, discriminator as _discriminator
from .binary_op_op import BinaryOpOp


class BinaryOp(Model):

    kind: str
    op: BinaryOpOp
    left: Annotated[
        Union[
            Annotated[Literal_, _Tag("Literal")], Annotated[BinaryOp, _Tag("BinaryOp")]
        ],
        _discriminator(
            "kind",
            {"literal": "Literal", "binary": "BinaryOp"},
            {"Literal": Literal_, "BinaryOp": BinaryOp},
        ),
    ]
    right: Annotated[
        Union[
            Annotated[Literal_, _Tag("Literal")], Annotated[BinaryOp, _Tag("BinaryOp")]
        ],
        _discriminator(
            "kind",
            {"literal": "Literal", "binary": "BinaryOp"},
            {"Literal": Literal_, "BinaryOp": BinaryOp},
        ),
    ]


from .literal import Literal_
