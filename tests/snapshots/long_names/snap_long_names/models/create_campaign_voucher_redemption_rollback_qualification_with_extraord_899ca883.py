from __future__ import annotations

from pydantic import Field
from .._base import Model


class CreateCampaignVoucherRedemptionRollbackQualificationWithExtraordinarily_a5698bc7(
    Model
):

    qualification_request_parameters_container: (
        CreateCampaignVoucherRedemptionRollbackQualificationWithExtraordinarily_dafef125
        | None
    ) = Field(
        default=None,
        validation_alias="qualificationRequestParametersContainer",
        serialization_alias="qualificationRequestParametersContainer",
    )


from .create_campaign_voucher_redemption_rollback_qualification_with_extraord_bda3438f import (
    CreateCampaignVoucherRedemptionRollbackQualificationWithExtraordinarily_dafef125,
)
