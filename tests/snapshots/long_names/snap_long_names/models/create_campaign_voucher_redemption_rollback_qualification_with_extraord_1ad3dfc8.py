from __future__ import annotations

from pydantic import Field
from .._base import Model


class CreateCampaignVoucherRedemptionRollbackQualificationWithExtraordinarily_0f287ecb(
    Model
):

    earning_rules_and_reward_assignments_settings: (
        CreateCampaignVoucherRedemptionRollbackQualificationWithExtraordinarily_a7d6a7f9
        | None
    ) = Field(
        default=None,
        validation_alias="earningRulesAndRewardAssignmentsSettings",
        serialization_alias="earningRulesAndRewardAssignmentsSettings",
    )


from .create_campaign_voucher_redemption_rollback_qualification_with_extraord_b3e37578 import (
    CreateCampaignVoucherRedemptionRollbackQualificationWithExtraordinarily_a7d6a7f9,
)
