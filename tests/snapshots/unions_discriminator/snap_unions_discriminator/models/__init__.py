"""The API's models, one module each; imported on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .adjustment import Adjustment as Adjustment
    from .bank_transfer import BankTransfer as BankTransfer
    from .card import Card as Card
    from .chargeback import Chargeback as Chargeback
    from .company import Company as Company
    from .contact import Contact as Contact
    from .email_contact import EmailContact as EmailContact
    from .fee import Fee as Fee
    from .fixed_fee import FixedFee as FixedFee
    from .payment import Payment as Payment
    from .payment_method import PaymentMethod as PaymentMethod
    from .percent_fee import PercentFee as PercentFee
    from .person import Person as Person
    from .phone_contact import PhoneContact as PhoneContact
    from .refund import Refund as Refund
    from .wallet import Wallet as Wallet

__all__ = [
    "Adjustment",
    "BankTransfer",
    "Card",
    "Chargeback",
    "Company",
    "Contact",
    "EmailContact",
    "Fee",
    "FixedFee",
    "Payment",
    "PaymentMethod",
    "PercentFee",
    "Person",
    "PhoneContact",
    "Refund",
    "Wallet",
]

_EXPORTS: dict[str, str] = {
    "Adjustment": ".adjustment",
    "BankTransfer": ".bank_transfer",
    "Card": ".card",
    "Chargeback": ".chargeback",
    "Company": ".company",
    "Contact": ".contact",
    "EmailContact": ".email_contact",
    "Fee": ".fee",
    "FixedFee": ".fixed_fee",
    "Payment": ".payment",
    "PaymentMethod": ".payment_method",
    "PercentFee": ".percent_fee",
    "Person": ".person",
    "PhoneContact": ".phone_contact",
    "Refund": ".refund",
    "Wallet": ".wallet",
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
