from __future__ import annotations

from pydantic import Field
from .._base import Model


class CampaignsVouchersRedemptionsRollbacksQualificationsResponseBodyWithAVer_3b2f9ad8(
    Model
):

    variant_one: (
        CampaignsVouchersRedemptionsRollbacksQualificationsResponseBodyWithAVer_a61c9a5d
        | None
    ) = Field(
        default=None, validation_alias="variantOne", serialization_alias="variantOne"
    )
    variant_two: (
        CampaignsVouchersRedemptionsRollbacksQualificationsResponseBodyWithAVer_d3507e50
        | None
    ) = Field(
        default=None, validation_alias="variantTwo", serialization_alias="variantTwo"
    )


from .campaigns_vouchers_redemptions_rollbacks_qualifications_response_body_w_4a53076a import (
    CampaignsVouchersRedemptionsRollbacksQualificationsResponseBodyWithAVer_a61c9a5d,
)
from .campaigns_vouchers_redemptions_rollbacks_qualifications_response_body_w_a49e60ae import (
    CampaignsVouchersRedemptionsRollbacksQualificationsResponseBodyWithAVer_d3507e50,
)
