from __future__ import annotations

from pydantic import Field
from .._base import Model


class CampaignsVouchersRedemptionsRollbacksQualificationsResponseBodyWithAVer_eeae1fcf(
    Model
):

    order_items_discounted_by_the_redeemables_in_the_stack: (
        CampaignsVouchersRedemptionsRollbacksQualificationsResponseBodyWithAVer_3b2f9ad8
        | None
    ) = Field(
        default=None,
        validation_alias="orderItemsDiscountedByTheRedeemablesInTheStack",
        serialization_alias="orderItemsDiscountedByTheRedeemablesInTheStack",
    )


from .campaigns_vouchers_redemptions_rollbacks_qualifications_response_body_w_2f3c68a3 import (
    CampaignsVouchersRedemptionsRollbacksQualificationsResponseBodyWithAVer_3b2f9ad8,
)
