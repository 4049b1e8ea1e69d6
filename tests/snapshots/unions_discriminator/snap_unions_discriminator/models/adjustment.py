from __future__ import annotations

from pydantic import Tag as _Tag
from typing import Annotated, Union
from .._base import RootSchema, discriminator as _discriminator
from .chargeback import Chargeback
from .refund import Refund


class Adjustment(
    RootSchema[
        Annotated[
            Union[
                Annotated[Refund, _Tag("Refund")],
                Annotated[Chargeback, _Tag("Chargeback")],
            ],
            _discriminator(
                "kind",
                {"Refund": "Refund", "Chargeback": "Chargeback"},
                {"Refund": Refund, "Chargeback": Chargeback},
            ),
        ]
    ]
):
    """Implicit mapping by schema name."""
