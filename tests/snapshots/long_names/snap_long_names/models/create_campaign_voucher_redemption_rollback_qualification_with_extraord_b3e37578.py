from __future__ import annotations

from pydantic import Field
from .._base import Model


class CreateCampaignVoucherRedemptionRollbackQualificationWithExtraordinarily_a7d6a7f9(
    Model
):

    validation_rules_assignments_conditions_list: (
        list[
            CreateCampaignVoucherRedemptionRollbackQualificationWithExtraordinarily_db4c5a94
        ]
        | None
    ) = Field(
        default=None,
        validation_alias="validationRulesAssignmentsConditionsList",
        serialization_alias="validationRulesAssignmentsConditionsList",
    )


from .create_campaign_voucher_redemption_rollback_qualification_with_extraord_c3d62911 import (
    CreateCampaignVoucherRedemptionRollbackQualificationWithExtraordinarily_db4c5a94,
)
