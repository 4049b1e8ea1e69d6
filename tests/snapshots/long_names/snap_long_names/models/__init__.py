"""The API's models, one module each; imported on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .campaigns_vouchers_redemptions_rollbacks_qualifications_response_body_w_8ced91a4 import (
        CampaignsVouchersRedemptionsRollbacksQualificationsResponseBodyWithAVer_1515b4bd,
    )
    from .campaigns_vouchers_redemptions_rollbacks_qualifications_response_body_w_aec201e3 import (
        CampaignsVouchersRedemptionsRollbacksQualificationsResponseBodyWithAVer_184b2d96,
    )
    from .campaigns_vouchers_redemptions_rollbacks_qualifications_response_body_w_2f3c68a3 import (
        CampaignsVouchersRedemptionsRollbacksQualificationsResponseBodyWithAVer_3b2f9ad8,
    )
    from .campaigns_vouchers_redemptions_rollbacks_qualifications_response_body_w_c8d39c03 import (
        CampaignsVouchersRedemptionsRollbacksQualificationsResponseBodyWithAVer_626f8ad0,
    )
    from .campaigns_vouchers_redemptions_rollbacks_qualifications_response_body_w_bd7b675b import (
        CampaignsVouchersRedemptionsRollbacksQualificationsResponseBodyWithAVer_8cac5770,
    )
    from .campaigns_vouchers_redemptions_rollbacks_qualifications_response_body_w_d92801e5 import (
        CampaignsVouchersRedemptionsRollbacksQualificationsResponseBodyWithAVer_8ff22c44,
    )
    from .campaigns_vouchers_redemptions_rollbacks_qualifications_response_body_w_4a53076a import (
        CampaignsVouchersRedemptionsRollbacksQualificationsResponseBodyWithAVer_a61c9a5d,
    )
    from .campaigns_vouchers_redemptions_rollbacks_qualifications_response_body_w_37dcda61 import (
        CampaignsVouchersRedemptionsRollbacksQualificationsResponseBodyWithAVer_abc45b3b,
    )
    from .campaigns_vouchers_redemptions_rollbacks_qualifications_response_body_w_052d6c5c import (
        CampaignsVouchersRedemptionsRollbacksQualificationsResponseBodyWithAVer_c4a42360,
    )
    from .campaigns_vouchers_redemptions_rollbacks_qualifications_response_body_w_a49e60ae import (
        CampaignsVouchersRedemptionsRollbacksQualificationsResponseBodyWithAVer_d3507e50,
    )
    from .campaigns_vouchers_redemptions_rollbacks_qualifications_response_body_w_447c0a85 import (
        CampaignsVouchersRedemptionsRollbacksQualificationsResponseBodyWithAVer_eeae1fcf,
    )
    from .create_campaign_voucher_redemption_rollback_qualification_with_extraord_1ad3dfc8 import (
        CreateCampaignVoucherRedemptionRollbackQualificationWithExtraordinarily_0f287ecb,
    )
    from .create_campaign_voucher_redemption_rollback_qualification_with_extraord_899ca883 import (
        CreateCampaignVoucherRedemptionRollbackQualificationWithExtraordinarily_a5698bc7,
    )
    from .create_campaign_voucher_redemption_rollback_qualification_with_extraord_b3e37578 import (
        CreateCampaignVoucherRedemptionRollbackQualificationWithExtraordinarily_a7d6a7f9,
    )
    from .create_campaign_voucher_redemption_rollback_qualification_with_extraord_bda3438f import (
        CreateCampaignVoucherRedemptionRollbackQualificationWithExtraordinarily_dafef125,
    )
    from .create_campaign_voucher_redemption_rollback_qualification_with_extraord_c3d62911 import (
        CreateCampaignVoucherRedemptionRollbackQualificationWithExtraordinarily_db4c5a94,
    )
    from .create_campaign_voucher_redemption_rollback_qualification_with_extraord_bcade928 import (
        CreateCampaignVoucherRedemptionRollbackQualificationWithExtraordinarily_f871fea3,
    )

__all__ = [
    "CampaignsVouchersRedemptionsRollbacksQualificationsResponseBodyWithAVer_1515b4bd",
    "CampaignsVouchersRedemptionsRollbacksQualificationsResponseBodyWithAVer_184b2d96",
    "CampaignsVouchersRedemptionsRollbacksQualificationsResponseBodyWithAVer_3b2f9ad8",
    "CampaignsVouchersRedemptionsRollbacksQualificationsResponseBodyWithAVer_626f8ad0",
    "CampaignsVouchersRedemptionsRollbacksQualificationsResponseBodyWithAVer_8cac5770",
    "CampaignsVouchersRedemptionsRollbacksQualificationsResponseBodyWithAVer_8ff22c44",
    "CampaignsVouchersRedemptionsRollbacksQualificationsResponseBodyWithAVer_a61c9a5d",
    "CampaignsVouchersRedemptionsRollbacksQualificationsResponseBodyWithAVer_abc45b3b",
    "CampaignsVouchersRedemptionsRollbacksQualificationsResponseBodyWithAVer_c4a42360",
    "CampaignsVouchersRedemptionsRollbacksQualificationsResponseBodyWithAVer_d3507e50",
    "CampaignsVouchersRedemptionsRollbacksQualificationsResponseBodyWithAVer_eeae1fcf",
    "CreateCampaignVoucherRedemptionRollbackQualificationWithExtraordinarily_0f287ecb",
    "CreateCampaignVoucherRedemptionRollbackQualificationWithExtraordinarily_a5698bc7",
    "CreateCampaignVoucherRedemptionRollbackQualificationWithExtraordinarily_a7d6a7f9",
    "CreateCampaignVoucherRedemptionRollbackQualificationWithExtraordinarily_dafef125",
    "CreateCampaignVoucherRedemptionRollbackQualificationWithExtraordinarily_db4c5a94",
    "CreateCampaignVoucherRedemptionRollbackQualificationWithExtraordinarily_f871fea3",
]

#: where each name lives, one "name module" line each (a table in one literal:
#: cheap to load, and to format for the thousands of models of big APIs)
_TABLE = """\
CampaignsVouchersRedemptionsRollbacksQualificationsResponseBodyWithAVer_1515b4bd .campaigns_vouchers_redemptions_rollbacks_qualifications_response_body_w_8ced91a4
CampaignsVouchersRedemptionsRollbacksQualificationsResponseBodyWithAVer_184b2d96 .campaigns_vouchers_redemptions_rollbacks_qualifications_response_body_w_aec201e3
CampaignsVouchersRedemptionsRollbacksQualificationsResponseBodyWithAVer_3b2f9ad8 .campaigns_vouchers_redemptions_rollbacks_qualifications_response_body_w_2f3c68a3
CampaignsVouchersRedemptionsRollbacksQualificationsResponseBodyWithAVer_626f8ad0 .campaigns_vouchers_redemptions_rollbacks_qualifications_response_body_w_c8d39c03
CampaignsVouchersRedemptionsRollbacksQualificationsResponseBodyWithAVer_8cac5770 .campaigns_vouchers_redemptions_rollbacks_qualifications_response_body_w_bd7b675b
CampaignsVouchersRedemptionsRollbacksQualificationsResponseBodyWithAVer_8ff22c44 .campaigns_vouchers_redemptions_rollbacks_qualifications_response_body_w_d92801e5
CampaignsVouchersRedemptionsRollbacksQualificationsResponseBodyWithAVer_a61c9a5d .campaigns_vouchers_redemptions_rollbacks_qualifications_response_body_w_4a53076a
CampaignsVouchersRedemptionsRollbacksQualificationsResponseBodyWithAVer_abc45b3b .campaigns_vouchers_redemptions_rollbacks_qualifications_response_body_w_37dcda61
CampaignsVouchersRedemptionsRollbacksQualificationsResponseBodyWithAVer_c4a42360 .campaigns_vouchers_redemptions_rollbacks_qualifications_response_body_w_052d6c5c
CampaignsVouchersRedemptionsRollbacksQualificationsResponseBodyWithAVer_d3507e50 .campaigns_vouchers_redemptions_rollbacks_qualifications_response_body_w_a49e60ae
CampaignsVouchersRedemptionsRollbacksQualificationsResponseBodyWithAVer_eeae1fcf .campaigns_vouchers_redemptions_rollbacks_qualifications_response_body_w_447c0a85
CreateCampaignVoucherRedemptionRollbackQualificationWithExtraordinarily_0f287ecb .create_campaign_voucher_redemption_rollback_qualification_with_extraord_1ad3dfc8
CreateCampaignVoucherRedemptionRollbackQualificationWithExtraordinarily_a5698bc7 .create_campaign_voucher_redemption_rollback_qualification_with_extraord_899ca883
CreateCampaignVoucherRedemptionRollbackQualificationWithExtraordinarily_a7d6a7f9 .create_campaign_voucher_redemption_rollback_qualification_with_extraord_b3e37578
CreateCampaignVoucherRedemptionRollbackQualificationWithExtraordinarily_dafef125 .create_campaign_voucher_redemption_rollback_qualification_with_extraord_bda3438f
CreateCampaignVoucherRedemptionRollbackQualificationWithExtraordinarily_db4c5a94 .create_campaign_voucher_redemption_rollback_qualification_with_extraord_c3d62911
CreateCampaignVoucherRedemptionRollbackQualificationWithExtraordinarily_f871fea3 .create_campaign_voucher_redemption_rollback_qualification_with_extraord_bcade928
"""
_EXPORTS: dict[str, str] = {
    name: module
    for name, _, module in (line.partition(" ") for line in _TABLE.splitlines())
}


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
