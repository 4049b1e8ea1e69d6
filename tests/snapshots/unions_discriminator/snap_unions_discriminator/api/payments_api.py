from __future__ import annotations

from collections.abc import Mapping, Sequence
from pydantic import Tag as _Tag
from typing import Annotated, Any, TYPE_CHECKING, Union
from .. import models as _m
from .._base import discriminator as _discriminator
from .._runtime import Operation, Param, Timeout, data_only, data_only_async
from ..api_client import ApiClient, AsyncApiClient
from ..api_response import ApiResponse

if TYPE_CHECKING:
    from ..models.bank_transfer import BankTransfer
    from ..models.card import Card
    from ..models.payment import Payment
    from ..models.wallet import Wallet

__all__ = ["PaymentsApi", "AsyncPaymentsApi"]

_CREATE_PAYMENT = Operation(
    "POST",
    "/payments",
    body=lambda: {
        "application/json": Annotated[
            Union[
                Annotated[_m.Card, _Tag("Card")],
                Annotated[_m.BankTransfer, _Tag("BankTransfer")],
                Annotated[_m.Wallet, _Tag("Wallet")],
            ],
            _discriminator(
                "type",
                {"card": "Card", "bank_transfer": "BankTransfer", "wallet": "Wallet"},
                {"Card": _m.Card, "BankTransfer": _m.BankTransfer, "Wallet": _m.Wallet},
            ),
        ],
    },
    responses=lambda: {
        "200": {
            "application/json": _m.Payment,
        },
    },
)


class PaymentsApi:
    """Operations tagged 'payments'."""

    def __init__(self, api_client: ApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else ApiClient()

    def create_payment_with_http_info(
        self,
        payment_method: Annotated[
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
        ],
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[Payment]:
        """POST /payments

        `create_payment` returns the response's data; `create_payment_with_http_info` returns the whole `ApiResponse` (status code, headers, raw body and data).
        """
        return self.api_client.call(
            _CREATE_PAYMENT,
            {},
            payment_method,
            timeout=_request_timeout,
            headers=_headers,
        )

    create_payment = data_only(create_payment_with_http_info)


class AsyncPaymentsApi:
    """Operations tagged 'payments'."""

    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else AsyncApiClient()

    async def create_payment_with_http_info(
        self,
        payment_method: Annotated[
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
        ],
        *,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[Payment]:
        """POST /payments

        Awaitable form of `PaymentsApi.create_payment_with_http_info` and `PaymentsApi.create_payment`, which document it.
        """
        return await self.api_client.call(
            _CREATE_PAYMENT,
            {},
            payment_method,
            timeout=_request_timeout,
            headers=_headers,
        )

    create_payment = data_only_async(create_payment_with_http_info)
