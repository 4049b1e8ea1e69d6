from __future__ import annotations

from pydantic import Field
from .._base import Model
from .campaigns_vouchers_redemptions_rollbacks_qualifications_response_body_w_8ced91a4 import (
    CampaignsVouchersRedemptionsRollbacksQualificationsResponseBodyWithAVer_1515b4bd,
)


class CampaignsVouchersRedemptionsRollbacksQualificationsResponseBodyWithAVer_184b2d96(
    Model
):

    redeemables_applicable_to_the_customer_and_order_context: (
        CampaignsVouchersRedemptionsRollbacksQualificationsResponseBodyWithAVer_8ff22c44
        | None
    ) = Field(
        default=None,
        validation_alias="redeemablesApplicableToTheCustomerAndOrderContext",
        serialization_alias="redeemablesApplicableToTheCustomerAndOrderContext",
    )
    status: (
        CampaignsVouchersRedemptionsRollbacksQualificationsResponseBodyWithAVer_1515b4bd
        | None
    ) = None


from .campaigns_vouchers_redemptions_rollbacks_qualifications_response_body_w_d92801e5 import (
    CampaignsVouchersRedemptionsRollbacksQualificationsResponseBodyWithAVer_8ff22c44,
)
