"""The API's models, one module each; imported on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .adjustment import Adjustment
    from .attachment import Attachment
    from .bank_transfer import BankTransfer
    from .card import Card
    from .chargeback import Chargeback
    from .company import Company
    from .contact import Contact
    from .domain import Domain
    from .domain_role import DomainRole
    from .email_contact import EmailContact
    from .email_receipt import EmailReceipt
    from .email_receipt_channel import EmailReceiptChannel
    from .episode import Episode
    from .episode_type import EpisodeType
    from .fee import Fee
    from .fixed_fee import FixedFee
    from .payment import Payment
    from .payment_method import PaymentMethod
    from .percent_fee import PercentFee
    from .person import Person
    from .phone_contact import PhoneContact
    from .playable import Playable
    from .postal_receipt import PostalReceipt
    from .postal_receipt_channel import PostalReceiptChannel
    from .receipt_base import ReceiptBase
    from .refund import Refund
    from .resource import Resource
    from .track import Track
    from .track_type import TrackType
    from .volume import Volume
    from .wallet import Wallet

__all__ = [
    "Adjustment",
    "Attachment",
    "BankTransfer",
    "Card",
    "Chargeback",
    "Company",
    "Contact",
    "Domain",
    "DomainRole",
    "EmailContact",
    "EmailReceipt",
    "EmailReceiptChannel",
    "Episode",
    "EpisodeType",
    "Fee",
    "FixedFee",
    "Payment",
    "PaymentMethod",
    "PercentFee",
    "Person",
    "PhoneContact",
    "Playable",
    "PostalReceipt",
    "PostalReceiptChannel",
    "ReceiptBase",
    "Refund",
    "Resource",
    "Track",
    "TrackType",
    "Volume",
    "Wallet",
]

#: where each name lives, one "name module" line each (a table in one literal:
#: cheap to load, and to format for the thousands of models of big APIs)
_TABLE = """\
Adjustment .adjustment
Attachment .attachment
BankTransfer .bank_transfer
Card .card
Chargeback .chargeback
Company .company
Contact .contact
Domain .domain
DomainRole .domain_role
EmailContact .email_contact
EmailReceipt .email_receipt
EmailReceiptChannel .email_receipt_channel
Episode .episode
EpisodeType .episode_type
Fee .fee
FixedFee .fixed_fee
Payment .payment
PaymentMethod .payment_method
PercentFee .percent_fee
Person .person
PhoneContact .phone_contact
Playable .playable
PostalReceipt .postal_receipt
PostalReceiptChannel .postal_receipt_channel
ReceiptBase .receipt_base
Refund .refund
Resource .resource
Track .track
TrackType .track_type
Volume .volume
Wallet .wallet
"""
_EXPORTS: dict[str, str] = {
    name: module
    for name, _, module in (line.partition(" ") for line in _TABLE.splitlines())
}


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
