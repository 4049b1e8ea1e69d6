from __future__ import annotations

from pydantic import Field
from .._base import Model


class CampaignsVouchersRedemptionsRollbacksQualificationsResponseBodyWithAVer_abc45b3b(
    Model
):

    inapplicable_to_products_collections_and_skus_in_the_order: (
        CampaignsVouchersRedemptionsRollbacksQualificationsResponseBodyWithAVer_626f8ad0
        | None
    ) = Field(
        default=None,
        validation_alias="inapplicableToProductsCollectionsAndSkusInTheOrder",
        serialization_alias="inapplicableToProductsCollectionsAndSkusInTheOrder",
    )


from .campaigns_vouchers_redemptions_rollbacks_qualifications_response_body_w_c8d39c03 import (
    CampaignsVouchersRedemptionsRollbacksQualificationsResponseBodyWithAVer_626f8ad0,
)
