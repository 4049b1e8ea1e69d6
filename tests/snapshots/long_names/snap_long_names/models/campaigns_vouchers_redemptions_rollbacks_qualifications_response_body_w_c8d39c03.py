from __future__ import annotations

from pydantic import Field
from .._base import Model


class CampaignsVouchersRedemptionsRollbacksQualificationsResponseBodyWithAVer_626f8ad0(
    Model
):

    stacking_rules_application_mode_and_exclusive_categories: (
        CampaignsVouchersRedemptionsRollbacksQualificationsResponseBodyWithAVer_eeae1fcf
        | None
    ) = Field(
        default=None,
        validation_alias="stackingRulesApplicationModeAndExclusiveCategories",
        serialization_alias="stackingRulesApplicationModeAndExclusiveCategories",
    )


from .campaigns_vouchers_redemptions_rollbacks_qualifications_response_body_w_447c0a85 import (
    CampaignsVouchersRedemptionsRollbacksQualificationsResponseBodyWithAVer_eeae1fcf,
)
