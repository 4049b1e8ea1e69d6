from __future__ import annotations

from pydantic import Tag as _Tag
from typing import Annotated, Union
from .._base import RootSchema, discriminator as _discriminator
from .fixed_fee import FixedFee
from .percent_fee import PercentFee


class Fee(
    RootSchema[
        Annotated[
            Union[
                Annotated[FixedFee, _Tag("FixedFee")],
                Annotated[PercentFee, _Tag("PercentFee")],
            ],
            _discriminator(
                "fee_type",
                {"fixed": "FixedFee", "percent": "PercentFee"},
                {"FixedFee": FixedFee, "PercentFee": PercentFee},
            ),
        ]
    ]
):
    """anyOf with a discriminator."""
