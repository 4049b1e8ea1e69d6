from __future__ import annotations

from pydantic import Field
from .._base import Model


class CreateCampaignVoucherRedemptionRollbackQualificationWithExtraordinarily_f871fea3(
    Model
):

    loyalty_program_tier_thresholds_definition: (
        CreateCampaignVoucherRedemptionRollbackQualificationWithExtraordinarily_0f287ecb
        | None
    ) = Field(
        default=None,
        validation_alias="loyaltyProgramTierThresholdsDefinition",
        serialization_alias="loyaltyProgramTierThresholdsDefinition",
    )


from .create_campaign_voucher_redemption_rollback_qualification_with_extraord_1ad3dfc8 import (
    CreateCampaignVoucherRedemptionRollbackQualificationWithExtraordinarily_0f287ecb,
)
