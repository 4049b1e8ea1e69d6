from __future__ import annotations

from pydantic import Tag as _Tag
from typing import Annotated, Union
from .._base import RootSchema, best_fit as _best_fit
from .email_contact import EmailContact
from .phone_contact import PhoneContact


class Contact(
    RootSchema[
        Annotated[
            Union[
                Annotated[EmailContact, _Tag("0")], Annotated[PhoneContact, _Tag("1")]
            ],
            _best_fit(EmailContact, PhoneContact),
        ]
    ]
):
    """No discriminator; the variants differ by their required fields."""
