from __future__ import annotations

from .._base import OpenStrEnum


class CampaignsVouchersRedemptionsRollbacksQualificationsResponseBodyWithAVer_1515b4bd(
    OpenStrEnum
):
    APPLICABLE = "APPLICABLE"
    INAPPLICABLE = "INAPPLICABLE"
