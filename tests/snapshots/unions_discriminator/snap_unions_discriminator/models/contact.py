from __future__ import annotations

from .._base import RootSchema
from .email_contact import EmailContact
from .phone_contact import PhoneContact


class Contact(RootSchema[EmailContact | PhoneContact]):
    """No discriminator; the variants differ by their required fields."""
