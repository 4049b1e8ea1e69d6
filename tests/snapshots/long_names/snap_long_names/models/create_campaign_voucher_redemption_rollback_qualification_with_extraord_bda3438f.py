from __future__ import annotations

from pydantic import Field
from .._base import Model


class CreateCampaignVoucherRedemptionRollbackQualificationWithExtraordinarily_dafef125(
    Model
):

    customer_segment_eligibility_rules_configuration: (
        CreateCampaignVoucherRedemptionRollbackQualificationWithExtraordinarily_f871fea3
        | None
    ) = Field(
        default=None,
        validation_alias="customerSegmentEligibilityRulesConfiguration",
        serialization_alias="customerSegmentEligibilityRulesConfiguration",
    )


from .create_campaign_voucher_redemption_rollback_qualification_with_extraord_bcade928 import (
    CreateCampaignVoucherRedemptionRollbackQualificationWithExtraordinarily_f871fea3,
)
