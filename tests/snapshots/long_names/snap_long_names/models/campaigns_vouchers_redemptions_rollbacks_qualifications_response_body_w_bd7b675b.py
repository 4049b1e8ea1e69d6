from __future__ import annotations

from .._base import Model


class CampaignsVouchersRedemptionsRollbacksQualificationsResponseBodyWithAVer_8cac5770(
    Model
):

    b: str | None = None
