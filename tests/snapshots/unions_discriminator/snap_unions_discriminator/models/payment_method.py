from __future__ import annotations

from pydantic import Tag as _Tag
from typing import Annotated, Union
from .._base import RootSchema, discriminator as _discriminator
from .bank_transfer import BankTransfer
from .card import Card
from .wallet import Wallet


class PaymentMethod(
    RootSchema[
        Annotated[
            Union[
                Annotated[Card, _Tag("Card")],
                Annotated[BankTransfer, _Tag("BankTransfer")],
                Annotated[Wallet, _Tag("Wallet")],
            ],
            _discriminator(
                "type",
                {"card": "Card", "bank_transfer": "BankTransfer", "wallet": "Wallet"},
                {"Card": Card, "BankTransfer": BankTransfer, "Wallet": Wallet},
            ),
        ]
    ]
):
    """Explicit mapping (wire values differ from schema names)."""
