from __future__ import annotations

from .._base import Model


class CampaignsVouchersRedemptionsRollbacksQualificationsResponseBodyWithAVer_c4a42360(
    Model
):

    a: str | None = None
