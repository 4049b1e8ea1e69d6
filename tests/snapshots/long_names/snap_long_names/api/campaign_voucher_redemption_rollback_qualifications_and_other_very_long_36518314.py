from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, TYPE_CHECKING
from .. import models as _m
from .._runtime import Operation, Param, Timeout, data_only, data_only_async
from ..api_client import ApiClient, AsyncApiClient
from ..api_response import ApiResponse

if TYPE_CHECKING:
    from ..models.campaigns_vouchers_redemptions_rollbacks_qualifications_response_body_w_aec201e3 import (
        CampaignsVouchersRedemptionsRollbacksQualificationsResponseBodyWithAVer_184b2d96,
    )
    from ..models.create_campaign_voucher_redemption_rollback_qualification_with_extraord_899ca883 import (
        CreateCampaignVoucherRedemptionRollbackQualificationWithExtraordinarily_a5698bc7,
    )

__all__ = [
    "CampaignVoucherRedemptionRollbackQualificationsAndOtherVeryLongTagNamesThatGoOnApi",
    "AsyncCampaignVoucherRedemptionRollbackQualificationsAndOtherVeryLongTagNamesThatGoOnApi",
]

_CREATE_CAMPAIGN_VOUCHER_REDEMPTION_ROLLBACK_QUALIFICATION_WITH_EXTRAORDINARILY_LONG_OPERATION_IDENTIFIER_THAT_KEEPS_GOING = Operation(
    "POST",
    "/campaigns/{campaignId}/vouchers/{voucherId}/redemptions/{redemptionId}/rollbacks/qualifications",
    params=(
        Param("campaignId", "path"),
        Param("voucherId", "path"),
        Param("redemptionId", "path"),
    ),
    body=lambda: {
        "application/json": _m.CreateCampaignVoucherRedemptionRollbackQualificationWithExtraordinarily_a5698bc7,
    },
    responses=lambda: {
        "200": {
            "application/json": _m.CampaignsVouchersRedemptionsRollbacksQualificationsResponseBodyWithAVer_184b2d96,
        },
    },
)


class CampaignVoucherRedemptionRollbackQualificationsAndOtherVeryLongTagNamesThatGoOnApi:
    """Operations tagged 'campaign-voucher-redemption-rollback-qualifications-and-other-very-long-tag-names-that-go-on'."""

    def __init__(self, api_client: ApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else ApiClient()

    def create_campaign_voucher_redemption_rollback_qualification_with_extraordinarily_long_operation_identifier_that_keeps_going_with_http_info(
        self,
        campaign_id: str,
        voucher_id: str,
        redemption_id: str,
        *,
        create_campaign_voucher_redemption_rollback_qualification_with_extraord_a5698bc7: (
            CreateCampaignVoucherRedemptionRollbackQualificationWithExtraordinarily_a5698bc7
            | dict[str, Any]
            | None
        ) = None,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[
        CampaignsVouchersRedemptionsRollbacksQualificationsResponseBodyWithAVer_184b2d96
    ]:
        """POST /campaigns/{campaignId}/vouchers/{voucherId}/redemptions/{redemptionId}/rollbacks/qualifications

        `create_campaign_voucher_redemption_rollback_qualification_with_extraordinarily_long_operation_identifier_that_keeps_going` returns the response's data; `create_campaign_voucher_redemption_rollback_qualification_with_extraordinarily_long_operation_identifier_that_keeps_going_with_http_info` returns the whole `ApiResponse` (status code, headers, raw body and data).
        """
        return self.api_client.call(
            _CREATE_CAMPAIGN_VOUCHER_REDEMPTION_ROLLBACK_QUALIFICATION_WITH_EXTRAORDINARILY_LONG_OPERATION_IDENTIFIER_THAT_KEEPS_GOING,
            {
                "campaignId": campaign_id,
                "voucherId": voucher_id,
                "redemptionId": redemption_id,
            },
            create_campaign_voucher_redemption_rollback_qualification_with_extraord_a5698bc7,
            timeout=_request_timeout,
            headers=_headers,
        )

    create_campaign_voucher_redemption_rollback_qualification_with_extraordinarily_long_operation_identifier_that_keeps_going = data_only(
        create_campaign_voucher_redemption_rollback_qualification_with_extraordinarily_long_operation_identifier_that_keeps_going_with_http_info
    )


class AsyncCampaignVoucherRedemptionRollbackQualificationsAndOtherVeryLongTagNamesThatGoOnApi:
    """Operations tagged 'campaign-voucher-redemption-rollback-qualifications-and-other-very-long-tag-names-that-go-on'."""

    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else AsyncApiClient()

    async def create_campaign_voucher_redemption_rollback_qualification_with_extraordinarily_long_operation_identifier_that_keeps_going_with_http_info(
        self,
        campaign_id: str,
        voucher_id: str,
        redemption_id: str,
        *,
        create_campaign_voucher_redemption_rollback_qualification_with_extraord_a5698bc7: (
            CreateCampaignVoucherRedemptionRollbackQualificationWithExtraordinarily_a5698bc7
            | dict[str, Any]
            | None
        ) = None,
        _request_timeout: Timeout = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[
        CampaignsVouchersRedemptionsRollbacksQualificationsResponseBodyWithAVer_184b2d96
    ]:
        """POST /campaigns/{campaignId}/vouchers/{voucherId}/redemptions/{redemptionId}/rollbacks/qualifications

        Awaitable form of `CampaignVoucherRedemptionRollbackQualificationsAndOtherVeryLongTagNamesThatGoOnApi.create_campaign_voucher_redemption_rollback_qualification_with_extraordinarily_long_operation_identifier_that_keeps_going_with_http_info` and `CampaignVoucherRedemptionRollbackQualificationsAndOtherVeryLongTagNamesThatGoOnApi.create_campaign_voucher_redemption_rollback_qualification_with_extraordinarily_long_operation_identifier_that_keeps_going`, which document it.
        """
        return await self.api_client.call(
            _CREATE_CAMPAIGN_VOUCHER_REDEMPTION_ROLLBACK_QUALIFICATION_WITH_EXTRAORDINARILY_LONG_OPERATION_IDENTIFIER_THAT_KEEPS_GOING,
            {
                "campaignId": campaign_id,
                "voucherId": voucher_id,
                "redemptionId": redemption_id,
            },
            create_campaign_voucher_redemption_rollback_qualification_with_extraord_a5698bc7,
            timeout=_request_timeout,
            headers=_headers,
        )

    create_campaign_voucher_redemption_rollback_qualification_with_extraordinarily_long_operation_identifier_that_keeps_going = data_only_async(
        create_campaign_voucher_redemption_rollback_qualification_with_extraordinarily_long_operation_identifier_that_keeps_going_with_http_info
    )
