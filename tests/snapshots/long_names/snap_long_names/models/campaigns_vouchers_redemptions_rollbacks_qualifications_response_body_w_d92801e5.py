from __future__ import annotations

from pydantic import Field
from .._base import Model


class CampaignsVouchersRedemptionsRollbacksQualificationsResponseBodyWithAVer_8ff22c44(
    Model
):

    applicable_to_products_collections_and_skus_in_the_order: (
        CampaignsVouchersRedemptionsRollbacksQualificationsResponseBodyWithAVer_abc45b3b
        | None
    ) = Field(
        default=None,
        validation_alias="applicableToProductsCollectionsAndSkusInTheOrder",
        serialization_alias="applicableToProductsCollectionsAndSkusInTheOrder",
    )


from .campaigns_vouchers_redemptions_rollbacks_qualifications_response_body_w_37dcda61 import (
    CampaignsVouchersRedemptionsRollbacksQualificationsResponseBodyWithAVer_abc45b3b,
)
