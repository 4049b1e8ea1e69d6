from __future__ import annotations

from pydantic import Tag as _Tag
from typing import Annotated, Union
from .._base import Model, best_fit as _best_fit, discriminator as _discriminator


class Payment(Model):

    id: str
    method: Annotated[
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
    adjustments: (
        list[
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
        | None
    ) = None
    fees: (
        list[
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
        | None
    ) = None
    contact: (
        Annotated[
            Union[
                Annotated[EmailContact, _Tag("0")], Annotated[PhoneContact, _Tag("1")]
            ],
            _best_fit(EmailContact, PhoneContact),
        ]
        | None
    ) = None
    soundtrack: (
        Annotated[
            Union[Annotated[Track, _Tag("Track")], Annotated[Episode, _Tag("Episode")]],
            _discriminator(
                "type",
                {"track": "Track", "episode": "Episode"},
                {"Track": Track, "Episode": Episode},
            ),
        ]
        | None
    ) = None
    receipts: (
        list[
            Annotated[
                Union[
                    Annotated[EmailReceipt, _Tag("EmailReceipt")],
                    Annotated[PostalReceipt, _Tag("PostalReceipt")],
                ],
                _discriminator(
                    "channel",
                    {"email": "EmailReceipt", "postal": "PostalReceipt"},
                    {"EmailReceipt": EmailReceipt, "PostalReceipt": PostalReceipt},
                ),
            ]
        ]
        | None
    ) = None
    payer: (
        Annotated[
            Union[
                Annotated[Person, _Tag("Person")], Annotated[Company, _Tag("Company")]
            ],
            _discriminator(
                "payer_type",
                {"person": "Person", "company": "Company"},
                {"Person": Person, "Company": Company},
            ),
        ]
        | None
    ) = None
    """An inline union property."""


from .bank_transfer import BankTransfer
from .card import Card
from .chargeback import Chargeback
from .company import Company
from .email_contact import EmailContact
from .email_receipt import EmailReceipt
from .episode import Episode
from .fixed_fee import FixedFee
from .percent_fee import PercentFee
from .person import Person
from .phone_contact import PhoneContact
from .postal_receipt import PostalReceipt
from .refund import Refund
from .track import Track
from .wallet import Wallet
